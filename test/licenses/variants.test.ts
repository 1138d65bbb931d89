// Variants built at run time from reference texts (the spdx-license-list package, and the shared
// corpus when present): formatting must not change the answer, added terms must.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyText } from "../../src/licenses/index.js";

const spdx = (id: string): string =>
  createRequire(import.meta.url)(`spdx-license-list/licenses/${id}.json`).licenseText;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = path.join(path.resolve(repoRoot, "../shared"), "corpus/licenses");
const present = existsSync(path.join(corpus, "INDEX.tsv"));
const corpusText = (id: string) => readFileSync(path.join(corpus, `${id}.txt`), "utf8");

const fillCopyright = (t: string) =>
  t.replace(
    /Copyright \(c\) <year> <(?:copyright holders|owner)>\.?/gi,
    "Copyright (c) 2019-2024 Jane Roe, Acme Labs GmbH and contributors",
  );

const VARIANTS: Record<string, (t: string) => string> = {
  crlf: (t) => t.replace(/\r?\n/g, "\r\n"),
  bom: (t) => `\uFEFF${t}`,
  "one line": (t) => t.replace(/\s+/g, " "),
  "no indentation, no trailing spaces": (t) =>
    t
      .split("\n")
      .map((l) => l.trim())
      .join("\n"),
  "hard-wrapped at 60": (t) =>
    t
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").replace(/(.{1,60})(\s|$)/g, "$1\n"))
      .join("\n"),
  markdown: (t) => {
    const lines = t.split("\n");
    const first = lines.findIndex((l) => l.trim().length > 0);
    if (first >= 0) lines[first] = `# ${lines[first]!.trim()}`;
    return lines
      .map((l) => l.replace(/^(\s*)(\d+)\.\s/, "$1$2\\. ").replace(/"([A-Z][a-z]+)"/g, '"**$1**"'))
      .join("\n");
  },
  "filled copyright": fillCopyright,
  "pointer line on top": (t) => `[For the original copy, see https://example.org/LICENSE]\n\n${t}`,
  "note on top": (t) =>
    `The model weights in this repository are released under the following license.\n\n${t}`,
  "notice appended": (t) =>
    `${t}\n\nThird-party notices\n\nThis product includes the tokenizer developed by Example Corp (https://example.org).\n`,
};

describe("standard texts keep their label through formatting", () => {
  const cases: Array<[string, string]> = [
    ["MIT", "mit"],
    ["Apache-2.0", "apache-2.0"],
    ["BSD-3-Clause", "bsd-3-clause"],
    ["BSD-2-Clause", "bsd-2-clause"],
    ["GPL-3.0-only", "gpl-3.0"],
    ["AGPL-3.0-only", "agpl-3.0"],
    ["LGPL-2.1-only", "lgpl-2.1"],
    ["MPL-2.0", "mpl-2.0"],
    ["CC-BY-4.0", "cc-by-4.0"],
    ["CC-BY-SA-4.0", "cc-by-sa-4.0"],
    ["CC-BY-NC-SA-4.0", "cc-by-nc-sa-4.0"],
    ["CC-BY-NC-ND-4.0", "cc-by-nc-nd-4.0"],
    ["CC0-1.0", "cc0-1.0"],
    ["ODbL-1.0", "odbl"],
    ["ISC", "isc"],
    ["MIT-0", "mit-0"],
  ];
  for (const [id, expected] of cases) {
    it.each(Object.entries(VARIANTS))(`${id}: %s`, (_name, make) => {
      const c = classifyText(make(spdx(id)));
      expect(c.license).toBe(expected);
      expect(c.confidence).toBeGreaterThanOrEqual(0.8);
    });
  }
});

describe.skipIf(!present)("corpus texts keep their label through formatting", () => {
  const ids = present
    ? readFileSync(path.join(corpus, "INDEX.tsv"), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split("\t") as [string, string])
    : [];
  for (const [id, expected] of ids) {
    it.each(Object.entries(VARIANTS))(`${id}: %s`, (_name, make) => {
      expect(classifyText(make(corpusText(id))).license).toBe(expected);
    });
  }
});

describe("a modified standard license is not the standard one", () => {
  const mit = fillCopyright(spdx("MIT"));

  it.each([
    ["a use restriction appended", `${mit}\n\nThe Software shall not be used for military purposes.\n`],
    [
      "a commercial term appended",
      `${mit}\n\nCommercial use of the Software requires a separate paid license from the authors.\n`,
    ],
    [
      "a clause inserted in the middle",
      mit.replace(
        /(THE SOFTWARE IS PROVIDED)/,
        "The Software may only be used for non-commercial research purposes.\n\n$1",
      ),
    ],
  ])("MIT with %s", (_name, text) => {
    const c = classifyText(text);
    expect(c.license).toBeNull();
    expect(c.confidence).toBeLessThan(0.5);
    expect(c.note).toMatch(/MIT/);
  });

  it("reports the added term through its clauses", () => {
    const c = classifyText(`${mit}\n\nYou may not use the Software for commercial purposes.\n`);
    expect(c.clauses.nonCommercial).toBe(true);
    expect(c.categories).toContain("non-commercial");
  });

  it("Apache-2.0 with an added use restriction is not Apache-2.0", () => {
    const text = spdx("Apache-2.0").replace(
      /END OF TERMS AND CONDITIONS/,
      "10. Use Restrictions. You agree not to use the Work to develop weapons or for mass surveillance.\n\nEND OF TERMS AND CONDITIONS",
    );
    expect(classifyText(text).license).toBeNull();
  });

  it("half of a license is not the license", () => {
    const gpl = spdx("GPL-3.0-only");
    const c = classifyText(gpl.slice(0, Math.floor(gpl.length / 3)));
    expect(c.license).not.toBe("gpl-3.0");
  });

  it("tells close siblings apart", () => {
    expect(classifyText(spdx("CC-BY-NC-4.0")).license).toBe("cc-by-nc-4.0");
    expect(classifyText(spdx("CC-BY-4.0")).license).toBe("cc-by-4.0");
    expect(classifyText(spdx("GPL-2.0-only")).license).toBe("gpl-2.0");
    expect(classifyText(spdx("LGPL-3.0-only")).license).toBe("lgpl-3.0");
  });

  it("answers null, not a guess, for prose that is no license", () => {
    const c = classifyText("# My model\n\nThis is a fine-tuned model for sentiment analysis. Enjoy!\n");
    expect(c.license).toBeNull();
    expect(c.confidence).toBeLessThan(0.3);
    expect(classifyText("").license).toBeNull();
  });
});

describe("short notices that name a license", () => {
  it.each([
    [
      'Copyright 2024 Example Labs\n\nLicensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.',
      "apache-2.0",
    ],
    [
      "This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.",
      "cc-by-nc-4.0",
    ],
    ["The weights are released under the CC BY-SA 4.0 license.", "cc-by-sa-4.0"],
    [
      "This program is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License.",
      "agpl-3.0",
    ],
    ["SPDX-License-Identifier: BSD-2-Clause", "bsd-2-clause"],
    ["MIT", "mit"],
  ])("%s", (text, id) => {
    const c = classifyText(text);
    expect(c.license).toBe(id);
    expect(c.confidence).toBeLessThan(0.9);
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a notice that adds terms is not the named license", () => {
    const c = classifyText(
      "This model is licensed under the MIT license, but it may not be used for commercial purposes.",
    );
    expect(c.license).toBeNull();
    expect(c.clauses.nonCommercial).toBe(true);
    expect(c.note).toMatch(/MIT/);
  });
});

describe("standard licenses outside the references are not named as a sibling", () => {
  it.each([
    ["BSD-1-Clause", "bsd-2-clause"],
    ["BSD-3-Clause-No-Nuclear-License-2014", "bsd-3-clause"],
    ["MS-LPL", "ms-pl"],
    ["CC-BY-ND-3.0", "cc-by-3.0"],
    ["ECL-1.0", "stability-community"],
    ["EUPL-1.1", "eupl-1.2"],
  ])("%s is not %s", (id, sibling) => {
    expect(classifyText(spdx(id)).license).not.toBe(sibling);
  });

  it("names a Creative Commons text by its title when a sibling's text is closer", () => {
    expect(classifyText(spdx("CC-BY-NC-ND-3.0")).license).toBe("cc-by-nc-nd-3.0");
  });
});

describe.skipIf(!present)("model licenses changed by a third party", () => {
  it("keeps the family of a vendor license whose title announces changes, with a note", () => {
    const llama3 = corpusText("llama3-license");
    const adapted = llama3.replace(
      /^(.*COMMUNITY LICENSE AGREEMENT)/,
      "$1 - Adapted for Example Corp\n\nExample Corp Additional License Terms Release Date: 2024",
    );
    const c = classifyText(adapted);
    expect(c.license).toBe("llama3");
    expect(c.confidence).toBeLessThan(0.9);
    expect(c.note).toMatch(/changes/);
    expect(c.clauses.mauThreshold).toBe(700_000_000);
  });

  it("takes the threshold the text states over the catalog's", () => {
    const changed = corpusText("llama2-license").replace(/700 million/g, "50 million");
    expect(classifyText(changed).clauses.mauThreshold).toBe(50_000_000);
  });
});
