import { describe, expect, it } from "vitest";
import { capAnnotations, renderAnnotations } from "../../src/report/index.js";
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

describe("capAnnotations", () => {
  const many = (level: "error" | "warning", n: number) =>
    Array.from({ length: n }, (_, i) => ({
      level,
      file: `src/f${i % 4}.py`,
      line: i + 1,
      title: `t${i}`,
      message: `m${i}`,
    }));

  it("keeps every annotation up to GitHub's 10 per level", () => {
    const list = [...many("error", 10), ...many("warning", 3)];
    expect(capAnnotations(list)).toEqual(list);
  });

  it("past the limit, shows 9 and says how many more there are and where to see them", () => {
    const capped = capAnnotations([...many("error", 25), ...many("warning", 11)]);
    const errors = capped.filter((a) => a.level === "error");
    const warnings = capped.filter((a) => a.level === "warning");
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(errors.slice(0, 9).map((a) => a.title)).toEqual(many("error", 9).map((a) => a.title));
    expect(errors[9]!.title).toBe("16 more failing model locations");
    expect(errors[9]!.message).toContain("job summary");
    expect(errors[9]!.message).toContain("in 4 file(s)");
    expect(errors[9]).toMatchObject({ file: "src/f1.py", line: 10 });
    expect(warnings[9]!.title).toBe("2 more warned model locations");
  });
});
