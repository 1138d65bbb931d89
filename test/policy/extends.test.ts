import { describe, expect, it } from "vitest";
import { loadPreset, PolicyError, parsePolicy } from "../../src/policy/index.js";

function repo(files: Record<string, string>) {
  const reads: string[] = [];
  return {
    reads,
    readFile: (p: string) => {
      reads.push(p);
      return files[p] ?? null;
    },
  };
}

function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PolicyError) return e.all.map((x) => x.message);
    throw e;
  }
  return [];
}

describe("extends", () => {
  it("a preset by name: lists concatenate, the extending file's scalars win", () => {
    const p = parsePolicy(
      "version: 1\nextends: commercial\ndeny:\n  licenses: [gpl-3.0]\nunmatched: fail\n",
      ".github/model-license-policy.yml",
    );
    const commercial = loadPreset("commercial");
    expect(p.deny.categories).toEqual(commercial.deny.categories);
    expect(p.deny.licenses).toEqual(["gpl-3.0"]);
    expect(p.warn).toEqual(commercial.warn);
    expect(p.unmatched).toBe("fail");
    expect(p.source).toBe(".github/model-license-policy.yml");
  });

  it("repository files by path, read through readFile, relative to the repository root", () => {
    const r = repo({
      "policies/org.yml": "version: 1\nextends: [default]\nwarn:\n  licenses: [llama*]\nunmatched: pass\n",
      "policies/team.yml": "version: 1\nignore:\n  paths: [vendor/**]\n",
    });
    const p = parsePolicy("version: 1\nextends: [./policies/org.yml, policies/team.yml]\n", "p.yml", r);
    expect(r.reads).toEqual(["policies/org.yml", "policies/team.yml"]);
    expect(p.warn.licenses).toEqual(["llama*"]);
    expect(p.warn.categories).toEqual(loadPreset("default").warn.categories);
    expect(p.unmatched).toBe("pass");
    expect(p.ignore.paths).toEqual(["vendor/**"]);
  });

  it("a later base overrides an earlier base's scalar; the file itself overrides both", () => {
    const r = repo({ "a.yml": "version: 1\nunmatched: fail\n", "b.yml": "version: 1\nunmatched: pass\n" });
    expect(parsePolicy("version: 1\nextends: [a.yml, b.yml]\n", "p.yml", r).unmatched).toBe("pass");
    expect(parsePolicy("version: 1\nextends: [b.yml, a.yml]\n", "p.yml", r).unmatched).toBe("fail");
    expect(parsePolicy("version: 1\nextends: [a.yml]\nunmatched: warn\n", "p.yml", r).unmatched).toBe("warn");
  });

  it("the same entry from two files is listed once", () => {
    const r = repo({ "a.yml": "version: 1\ndeny:\n  categories: [no-license]\n" });
    const p = parsePolicy("version: 1\nextends: [a.yml]\ndeny:\n  categories: [no-license]\n", "p.yml", r);
    expect(p.deny.categories).toEqual(["no-license"]);
  });

  it("refuses a cycle, naming the chain, at the extends entry that closes it", () => {
    const r = repo({
      "a.yml": "version: 1\nextends: [b.yml]\n",
      "b.yml": "version: 1\nextends:\n  - a.yml\n",
    });
    expect(errorsOf(() => parsePolicy("version: 1\nextends: [b.yml]\n", "a.yml", r))).toEqual([
      "b.yml:3:5: extends cycle: a.yml -> b.yml -> a.yml",
    ]);
  });

  it("refuses a file that extends itself", () => {
    const r = repo({});
    expect(errorsOf(() => parsePolicy("version: 1\nextends: ./self.yml\n", "self.yml", r))).toEqual([
      "self.yml:2:10: extends cycle: self.yml -> self.yml",
    ]);
  });

  it("a missing file, a path outside the repository and no reader are errors at the entry", () => {
    const r = repo({});
    expect(errorsOf(() => parsePolicy("version: 1\nextends: [gone.yml]\n", "p.yml", r))).toEqual([
      'p.yml:2:11: extends "gone.yml": no such file in the repository',
    ]);
    r.reads.length = 0;
    expect(
      errorsOf(() => parsePolicy("version: 1\nextends: [../../etc/x.yml, /abs.yml]\n", "p.yml", r)),
    ).toEqual([
      'p.yml:2:11: extends "../../etc/x.yml": must be a path inside the repository, relative to its root',
      'p.yml:2:28: extends "/abs.yml": must be a path inside the repository, relative to its root',
    ]);
    expect(r.reads).toEqual([]);
    expect(errorsOf(() => parsePolicy("version: 1\nextends: [a.yml]\n", "p.yml"))).toEqual([
      'p.yml:2:11: extends "a.yml": repository files cannot be read here',
    ]);
  });

  it("an error inside an extended file names that file and its place", () => {
    const r = repo({ "base.yml": "version: 1\nwarn:\n  categories: [comunity]\n" });
    expect(
      errorsOf(() => parsePolicy("version: 1\nextends: [base.yml]\nunmatched: nah\n", "p.yml", r)),
    ).toEqual([
      'p.yml:3:12: unknown verdict "nah" in unmatched (expected pass, warn or fail)',
      'base.yml:3:16: unknown category "comunity" in warn.categories: did you mean "community"?',
    ]);
  });

  it("a chain longer than eight files is refused", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`p${i}.yml`] = `version: 1\nextends: [p${i + 1}.yml]\n`;
    files["p12.yml"] = "version: 1\n";
    const errors = errorsOf(() => parsePolicy("version: 1\nextends: [p0.yml]\n", "top.yml", repo(files)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^p7\.yml:2:11: extends chain is deeper than 8 files: top\.yml -> p0\.yml -> .* -> p8\.yml$/,
    );
  });

  it("tightening a base rule is fine: deny what the preset only warns about", () => {
    const p = parsePolicy(
      "version: 1\nextends: [default]\ndeny:\n  categories: [network-copyleft]\n",
      "p.yml",
    );
    expect(p.deny.categories).toContain("network-copyleft");
  });

  it("loosening a base rule with a list is refused, pointing at exceptions", () => {
    const errors = errorsOf(() =>
      parsePolicy("version: 1\nextends: [commercial]\nallow:\n  categories: [non-commercial]\n", "p.yml"),
    );
    expect(errors).toEqual([
      'p.yml:4:16: allow.categories: "non-commercial" has no effect: deny.categories (preset:commercial) names it too and deny is checked first; to let specific models through, add an exception',
    ]);
  });

  it("preset: prefix is accepted, and an unknown name with no near miss lists the presets", () => {
    expect(parsePolicy("version: 1\nextends: [preset:research]\n", "p.yml").allow.categories).toContain(
      "research-only",
    );
    expect(errorsOf(() => parsePolicy("version: 1\nextends: [strict]\n", "p.yml"))[0]).toBe(
      'p.yml:2:11: unknown preset "strict" in extends (presets: default, commercial, permissive-only, research; a repository file needs its path, e.g. .github/base-policy.yml)',
    );
  });

  it("a reader that throws becomes an error at the entry, not a crash", () => {
    const readFile = () => {
      throw new Error("EACCES");
    };
    expect(errorsOf(() => parsePolicy("version: 1\nextends: [a.yml]\n", "p.yml", { readFile }))).toEqual([
      'p.yml:2:11: extends "a.yml": cannot read it (EACCES)',
    ]);
  });
});
