import { describe, expect, it } from "vitest";
import { renderAnnotations } from "../../src/report/index.js";
import {
  apachePass,
  hostile,
  llamaFinetune,
  llamaFinetuneFail,
  llamaGated,
  nonCommercial,
  result,
  unresolved,
} from "./fixtures.js";

describe("renderAnnotations", () => {
  const notes = renderAnnotations(result([apachePass, llamaFinetune, llamaGated, nonCommercial, unresolved]));

  it("gives one annotation per fail/warn location and none for a pass", () => {
    expect(notes.map((a) => `${a.level} ${a.file}:${a.line}`)).toEqual([
      "error audio/generate.py:8",
      "error train.py:40",
      "warning src/app.py:12",
      "warning configs/serve.yaml:3",
      "warning src/app.py:30",
    ]);
    expect(notes.some((a) => a.file === "src/embed.py")).toBe(false);
  });

  it("titles it with the verdict and model, and says the license and rule in one line", () => {
    const nc = notes[0]!;
    expect(nc.title).toBe("Model license fail: facebook/musicgen-small");
    expect(nc.message).toBe(
      "license cc-by-nc-4.0 (non-commercial) — deny.categories: non-commercial: weights license cc-by-nc-4.0 is non-commercial",
    );
    const ft = notes[2]!;
    expect(ft.message).toContain("warn.clauses: mau-threshold");
    expect(ft.message).toContain("via meta-llama/Meta-Llama-3-8B");
    expect(ft.message).toContain("(+1 more)");
    const ghost = notes[4]!;
    expect(ghost.message).toBe(
      "license unresolved — Hub lookup failed for ghost-org/vanished-model: HTTP 503 after 3 attempts",
    );
  });

  it("puts the deciding reason first when a base fails a fine-tune", () => {
    const [a] = renderAnnotations(result([llamaFinetuneFail]));
    expect(a!.level).toBe("error");
    expect(a!.message).toContain("deny.licenses: llama3");
  });

  it("keeps hostile text on one bounded line", () => {
    const f = structuredClone(hostile);
    f.reasons[0]!.message = `line one\nline two\r\n${"x".repeat(5000)}`;
    const [a] = renderAnnotations(result([f]));
    expect(a!.message).not.toMatch(/[\n\r]/);
    expect(a!.message.length).toBeLessThanOrEqual(400);
    expect(a!.file).toBe(hostile.ref.locations[0]!.file);
  });

  it("annotates each distinct location once", () => {
    const f = structuredClone(llamaGated);
    f.ref.locations = [f.ref.locations[0]!, f.ref.locations[0]!, { file: "train.py", line: 41 }];
    expect(renderAnnotations(result([f])).map((a) => a.line)).toEqual([40, 41]);
  });
});
