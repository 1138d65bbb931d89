import { describe, expect, it } from "vitest";
import { detectText } from "../../src/detect/index.js";

/** Hostile inputs per detector; each is built from a unit repeated n times. */
const CASES: [string, (n: number) => string][] = [
  ["x.py", (n) => `${'from_pretrained("'.repeat(n)}\n${"(".repeat(n)}${"[{".repeat(n)}\n${"a.".repeat(n)}(`],
  ["x.py", (n) => `${"'''".repeat(n)}${'f"{'.repeat(n)}${"\\".repeat(n)}${"model_id = ".repeat(n)}`],
  ["x.ts", (n) => `${"/".repeat(n)}${"`${".repeat(n)}${"/* ".repeat(n)}${"{ model: ".repeat(n)}`],
  ["x.yaml", (n) => `${"base_model: ".repeat(n)}\n${"  - ".repeat(n)}\n${"--model ".repeat(n)}`],
  ["x.json", (n) => `{${'"model": "a/b", '.repeat(n)}${'"model":"'.repeat(n)}`],
  ["x.sh", (n) => `${"huggingface-cli download ".repeat(n)}\\\n${"-hf ".repeat(n)}${"${X:-".repeat(n)}`],
  ["Dockerfile", (n) => `RUN ${"huggingface-cli download \\\n ".repeat(n)}`],
  ["x.md", (n) => `---\n${"base_model: [".repeat(n)}\n${"```python\n".repeat(n)}`],
  [
    "x.txt",
    (n) =>
      `${"https://huggingface.co/".repeat(n)}${"hf.co/a/".repeat(n)}${"hf-hub:".repeat(n)}${"a".repeat(n)}`,
  ],
  [
    "x.ipynb",
    (n) => `{"cells":[${'{"cell_type":"code","source":["from_pretrained(\\"a/b\\""]},'.repeat(n)}{}]}`,
  ],
];

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

describe("detectors run in linear time on hostile input", () => {
  for (const [file, make] of CASES) {
    it(`${file}: 8x the input takes well under 64x the time`, () => {
      const small = make(5_000);
      const big = make(40_000);
      detectText(file, small); // warm up
      const ts = Math.max(
        1,
        Math.min(
          time(() => detectText(file, small)),
          time(() => detectText(file, small)),
        ),
      );
      const tb = Math.min(
        time(() => detectText(file, big)),
        time(() => detectText(file, big)),
      );
      // Linear would be ~8x; quadratic 64x. Leave room for GC and timer noise.
      expect(tb / ts).toBeLessThan(30);
      expect(tb).toBeLessThan(3_000);
    });
  }
});
