import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["src/detect", "src/workspace"];

/** Every regex literal in the detection and workspace sources, with its place. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  const files = DIRS.flatMap((d) =>
    readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(d, f)),
  );
  files.push("src/commands/refs.ts");
  for (const file of files) {
    const sf = ts.createSourceFile(
      file,
      readFileSync(path.join(ROOT, file), "utf8"),
      ts.ScriptTarget.ES2022,
      true,
    );
    const walk = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf("/");
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        out.push({ where: `${file}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      n.forEachChild(walk);
    };
    walk(sf);
  }
  return out;
}

describe("regexes of the detectors", () => {
  it("are all judged safe (no exponential or polynomial backtracking) by recheck", async () => {
    const regexes = regexLiterals();
    expect(regexes.length).toBeGreaterThan(30);
    const unsafe: string[] = [];
    for (const r of regexes) {
      const result = await check(r.source, r.flags, { timeout: 10_000 });
      if (result.status !== "safe") unsafe.push(`${r.where} /${r.source}/${r.flags}: ${result.status}`);
    }
    expect(unsafe).toEqual([]);
  }, 300_000);
});
