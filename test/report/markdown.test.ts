import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER, escapeMarkdown, renderMarkdown, renderSummary } from "../../src/report/index.js";
import type { Finding, LinkContext, ScanResult } from "../../src/types.js";
import {
  apachePass,
  fact,
  finding,
  hostile,
  llamaFinetune,
  llamaFinetuneFail,
  llamaGated,
  nonCommercial,
  result,
  unresolved,
} from "./fixtures.js";
import { linkTargets, unsafeParts } from "./markdown-safety.js";

const ctx: LinkContext = {
  hubUrl: "https://huggingface.co",
  githubUrl: "https://github.com",
  blobBase: "https://github.com/acme/app/blob/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432/",
  runUrl: "https://github.com/acme/app/actions/runs/42",
};
const TRUSTED = [ctx.hubUrl, ctx.githubUrl!, ctx.blobBase!, ctx.runUrl!];

function rows(md: string): string[] {
  return md
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| Verdict") && !l.startsWith("| ---"));
}

describe("renderMarkdown: the table a reviewer reads", () => {
  const res = result([apachePass, llamaFinetune, nonCommercial, llamaGated, unresolved]);
  const md = renderMarkdown(res, ctx);

  it("starts with the sticky marker and states the run verdict and counts", () => {
    expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(md).toMatch(/### ❌ Model licenses: fail/);
    expect(md).toContain("**5 model references**: 2 fail, 2 warn, 1 pass.");
    expect(md).toContain("Policy: .github/model-license-policy.yml at 0c1d2e3");
  });

  it("has one row per reference, most severe first, each with the verdict word", () => {
    const r = rows(md);
    expect(r).toHaveLength(5);
    expect(r.map((l) => l.split(" | ")[0]?.replace("| ", ""))).toEqual([
      "❌ fail",
      "❌ fail",
      "⚠️ warn",
      "⚠️ warn",
      "✅ pass",
    ]);
  });

  it("links each model to its Hub page and each location to file:line on the head commit", () => {
    const row = rows(md).find((l) => l.includes("google-bert/bert-base-uncased"))!;
    expect(row).toContain(
      "[google-bert/bert-base-uncased](https://huggingface.co/google-bert/bert-base-uncased)",
    );
    expect(row).toContain(`[src/embed.py:5](${ctx.blobBase}src/embed.py#L5)`);
    expect(row).toContain("| apache-2.0 (permissive) | mit (permissive) |");
  });

  it("shows the lineage of a fine-tune and why its base decides the verdict", () => {
    const row = rows(md).find((l) => l.includes("acme/llama3-support-bot"))!;
    expect(row).toContain(
      "via [meta-llama/Meta-Llama-3-8B](https://huggingface.co/meta-llama/Meta-Llama-3-8B)",
    );
    expect(row).toContain("(finetune, llama3)");
    expect(row).toContain("monthly-active-user threshold of 700,000,000 users (warn.clauses: mau-threshold)");
    // Both locations, in the Where cell.
    expect(row).toContain(`[configs/serve.yaml:3](${ctx.blobBase}configs/serve.yaml#L3)`);
    // The pass reason of its own apache-2.0 card does not hide the warning.
    expect(row).not.toContain("apache-2.0 is permissive");
  });

  it("marks a fine-tune that fails through its Llama base", () => {
    const out = renderMarkdown(result([llamaFinetuneFail]), ctx);
    const [row] = rows(out);
    expect(row).toMatch(/^\| ❌ fail \| \[acme\/llama3-support-bot\]/);
    expect(row).toContain(
      "via meta-llama/Meta-Llama-3-8B is listed in deny.licenses (deny.licenses: llama3)",
    );
  });

  it("says gated, shows clauses, and explains an unresolved lookup with its error", () => {
    const gated = rows(md).find((l) => l.includes("Meta-Llama-3-8B-Instruct"))!;
    expect(gated).toContain("· gated");
    expect(gated).toContain("llama3 (community; MAU limit 700M, use restrictions)");
    const ghost = rows(md).find((l) => l.includes("ghost-org/vanished-model"))!;
    expect(ghost).toContain("| unresolved |");
    expect(ghost).toContain("HTTP 503 after 3 attempts");
    const nc = rows(md).find((l) => l.includes("musicgen"))!;
    expect(nc).toContain("cc-by-nc-4.0 (non-commercial)");
  });

  it("links datasets, GitHub repos and vendored weights where each lives", () => {
    const ds = finding({
      id: "HuggingFaceFW/fineweb",
      kind: "hf-dataset",
      locations: [{ file: "data.py", line: 2 }],
      weights: fact({ license: "odc-by", spdx: "ODC-By-1.0", categories: ["permissive"] }),
      verdict: "pass",
      reasons: [],
    });
    const gh = finding({
      id: "ultralytics/yolov5",
      kind: "github-repo",
      revision: "v7.0",
      locations: [{ file: "detect.py", line: 9 }],
      weights: fact({ license: "agpl-3.0", spdx: "AGPL-3.0-only", categories: ["network-copyleft"] }),
      verdict: "fail",
      reasons: [
        { level: "fail", rule: "deny.licenses: agpl-3.0", message: "weights license agpl-3.0 is listed" },
      ],
    });
    const file = finding({
      id: "models/tiny llama#1.gguf",
      kind: "weights-file",
      locations: [{ file: "models/tiny llama#1.gguf", line: 1 }],
      weights: fact({ license: "llama2", categories: ["community"], source: "gguf:general.license" }),
      verdict: "warn",
      reasons: [{ level: "warn", rule: "warn.categories: community", message: "vendor license" }],
    });
    const out = renderMarkdown(result([ds, gh, file]), ctx);
    expect(out).toContain(
      "[HuggingFaceFW/fineweb](https://huggingface.co/datasets/HuggingFaceFW/fineweb) (dataset)",
    );
    expect(out).toContain("[ultralytics/yolov5](https://github.com/ultralytics/yolov5) (GitHub) @ v7.0");
    // The file name's space and # are encoded in the URL, so the link points at the right file.
    expect(out).toContain(`(${ctx.blobBase}models/tiny%20llama%231.gguf#L1)`);
    expect(unsafeParts(out, TRUSTED)).toEqual([]);
  });

  it("shows an exception that passes a model, and the rule it overrode", () => {
    const excepted: Finding = {
      ...llamaGated,
      verdict: "pass",
      reasons: [
        {
          level: "pass",
          rule: "exceptions: meta-llama/*",
          message:
            "exception for meta-llama/Meta-Llama-3-8B-Instruct: Approved by legal, LEG-42 (until 2027-06-30)",
        },
        ...llamaGated.reasons,
      ],
    };
    const [row] = rows(renderMarkdown(result([excepted]), ctx));
    expect(row).toMatch(/^\| ✅ pass \|/);
    const why = row!.split(/(?<!\\)\|/)[6]!;
    expect(why.indexOf("Approved by legal, LEG-42")).toBeLessThan(why.indexOf("overridden: "));
    expect(why).toContain(
      "overridden: weights license llama3 is listed in deny.licenses (deny.licenses: llama3)",
    );
  });

  it("in the CLI (no blob base) lists locations as plain file:line", () => {
    const out = renderMarkdown(result([apachePass]), { hubUrl: "https://huggingface.co" });
    expect(out).toContain("| src/embed.py:5 |");
    expect(linkTargets(out)).toEqual(["https://huggingface.co/google-bert/bert-base-uncased"]);
  });

  it("shows notices and errors", () => {
    const out = renderMarkdown(
      result([apachePass], {
        notices: [
          "This pull request changes .github/model-license-policy.yml; the change applies after merge.",
          "Exception for meta-llama/* expired on 2025-01-31 and was ignored.",
        ],
        errors: ["src/big.bin: could not read the header: truncated safetensors"],
      }),
      ctx,
    );
    expect(out).toMatch(/\*\*Notices\*\*\n\n- This pull request changes .*applies after merge\./);
    expect(out).toContain("- Exception for meta-llama/\\* expired on 2025-01-31 and was ignored.");
    expect(out).toMatch(/\*\*Errors\*\*\n\n- src\/big.bin: could not read the header: truncated safetensors/);
  });
});

describe("renderMarkdown: no references", () => {
  it("says so plainly, with no table left over for a sticky comment edited later", () => {
    const out = renderMarkdown(result([]), ctx);
    expect(out).toContain("No model references found in this change");
    expect(out).toContain("### ✅ Model licenses: pass");
    expect(out).not.toContain("| Verdict");
    expect(out.startsWith(COMMENT_MARKER)).toBe(true);
  });
});

describe("renderMarkdown: untrusted text", () => {
  const out = renderMarkdown(result([hostile, apachePass]), ctx);

  it("renders a hostile model card as inert text", () => {
    expect(unsafeParts(out, TRUSTED)).toEqual([]);
    expect(out).not.toContain("<img");
    expect(out).not.toContain("@octocat");
    expect(out).not.toContain("](https://evil.example)");
  });

  it("still shows the reviewer what the card said", () => {
    const row = rows(out).find((l) => l.includes("innocent-model"))!;
    expect(row).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(row).toContain("@\u200boctocat");
    expect(row).toContain("\\[click\\](https:\u200b//evil.example)");
    // Not the declared license_link either: we link only what we build.
    expect(row).not.toContain("https://evil.example/license");
  });

  it("keeps a hostile file name inside its cell and its link", () => {
    const row = rows(out).find((l) => l.includes("innocent-model"))!;
    const where = row.split(/(?<!\\)\|/)[5]!;
    expect(where).toContain("%40octocat/%5Bx%5D%28https%3A/evil.example%29%7C%3Cb%3E.py#L3");
  });

  it("holds for arbitrary text in every untrusted field", () => {
    const hostileText = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        "<script>alert(1)</script>",
        "@octocat",
        "[x](javascript:alert(1))",
        "![i](https://evil.example/p.png)",
        "https://evil.example",
        "www.evil.example",
        "a|b",
        "`code`",
        "line\nbreak",
        "#123",
        "<!-- x -->",
        "$x^2$",
        "\u202eevil",
        "&lt;img&gt;",
        "\\|",
        "\\",
      ),
    );
    const pieces = fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((a) => a.join(" "));
    fc.assert(
      fc.property(pieces, pieces, pieces, pieces, (declared, file, message, notice) => {
        const f: Finding = finding({
          id: "org/model",
          locations: [{ file, line: 7 }],
          weights: fact({ declared, categories: ["unknown"] }),
          code: fact({ declared: message, categories: ["unknown"] }),
          verdict: "fail",
          reasons: [{ level: "fail", rule: `deny.licenses: ${declared}`, message }],
          lineage: [
            { id: notice, relation: "merge", of: "org/model", depth: 1, license: fact({ declared }) },
          ],
        });
        const md = renderMarkdown(result([f], { notices: [notice], errors: [message] }), ctx);
        expect(unsafeParts(md, TRUSTED)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("renderMarkdown: size", () => {
  function many(n: number): ScanResult {
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const verdict = i % 7 === 0 ? "fail" : i % 3 === 0 ? "warn" : "pass";
      findings.push(
        finding({
          id: `org-${i}/a-rather-long-model-name-for-testing-${i}-instruct-v0.${i % 10}`,
          locations: Array.from({ length: 5 }, (_, k) => ({
            file: `services/s${i}/inference/k${k}.py`,
            line: k + 1,
          })),
          weights: verdict === "fail" ? nonCommercial.resolution.weights : llamaFinetune.resolution.weights,
          verdict,
          reasons: [
            {
              level: verdict,
              rule: `x.rule: r${i}`,
              message: `model ${i} ${"is described at length ".repeat(8)}`,
            },
          ],
          lineage: llamaFinetune.resolution.lineage,
        }),
      );
    }
    return result(findings);
  }

  it("keeps 2,000 references within 65,536 characters, failures first, pointing to the job summary", () => {
    const res = many(2000);
    const out = renderMarkdown(res, ctx);
    expect(out.length).toBeLessThanOrEqual(65_536);
    expect(out.startsWith(COMMENT_MARKER)).toBe(true);
    const shown = rows(out);
    expect(shown.length).toBeGreaterThan(20);
    const fails = res.findings.filter((f) => f.verdict === "fail").length;
    // All rows shown are failures (there are 286 of them and they come first).
    expect(shown.every((l) => l.startsWith("| ❌ fail"))).toBe(true);
    const note = out.match(
      /\*\*Shortened:\*\* (\d+) of 2000 references shown; (\d+) more \((\d+) fail, (\d+) warn\)/,
    );
    expect(note).not.toBeNull();
    expect(Number(note![1])).toBe(shown.length);
    expect(Number(note![2])).toBe(2000 - shown.length);
    expect(Number(note![3])).toBe(fails - shown.length);
    expect(out).toContain(`are listed in the [job summary](${ctx.runUrl}).`);
    expect(out).toContain("**2000 model references**");
  });

  it("uses the space it has: a shortened comment is close to the limit", () => {
    const out = renderMarkdown(many(2000), ctx);
    expect(out.length).toBeGreaterThan(65_536 - 1_500);
  });

  it("respects any limit, however small", () => {
    const res = many(50);
    for (const maxLength of [200, 1_000, 5_000, 20_000]) {
      const out = renderMarkdown(res, ctx, { maxLength });
      expect(out.length).toBeLessThanOrEqual(maxLength);
      expect(out).toContain("Model licenses: fail");
    }
  });

  it("does not shorten a report that fits", () => {
    const out = renderMarkdown(many(20), ctx);
    expect(rows(out)).toHaveLength(20);
    expect(out).not.toContain("Shortened");
  });

  it("the job summary holds the whole table, without the sticky marker, within its byte limit", () => {
    const summary = renderSummary(many(600), ctx);
    expect(summary).not.toContain(COMMENT_MARKER);
    expect(rows(summary)).toHaveLength(600);
    expect(summary.length).toBeGreaterThan(65_536);

    const wide = many(3000);
    for (const f of wide.findings)
      f.resolution.weights = fact({ declared: "模型许可证".repeat(60), categories: ["unknown"] });
    const big = renderSummary(wide, ctx);
    expect(new TextEncoder().encode(big).length).toBeLessThanOrEqual(1_000_000);
    expect(big).toContain("are listed in the JSON report.");
  });
});

describe("escapeMarkdown", () => {
  it("escapes HTML, mentions, links, code, pipes and line breaks", () => {
    expect(escapeMarkdown("<b>bold</b>")).toBe("&lt;b&gt;bold&lt;/b&gt;");
    expect(escapeMarkdown("hi @octocat")).toBe("hi @\u200boctocat");
    expect(escapeMarkdown("[a](https://x.example)")).toBe("\\[a\\](https:\u200b//x.example)");
    expect(escapeMarkdown("a|b`c`")).toBe("a\\|b\\`c\\`");
    expect(escapeMarkdown("one\ntwo\r\nthree")).toBe("one two three");
    expect(escapeMarkdown("fixes #12")).toBe("fixes #\u200b12");
    // GitHub renders $...$ as math, which can draw anything.
    expect(escapeMarkdown("$\\color{red}{PASS}$")).toBe("\\$\\\\color{red}{PASS}\\$");
  });

  it("leaves ordinary license names and ids readable", () => {
    expect(escapeMarkdown("apache-2.0")).toBe("apache-2.0");
    expect(escapeMarkdown("meta-llama/Meta-Llama-3-8B")).toBe("meta-llama/Meta-Llama-3-8B");
    expect(escapeMarkdown("Llama 3.1 Community License (custom)")).toBe(
      "Llama 3.1 Community License (custom)",
    );
  });

  it("drops bidi overrides that would reorder what a reviewer reads", () => {
    expect(escapeMarkdown("abc\u202edef")).not.toContain("\u202e");
  });
});
