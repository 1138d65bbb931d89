// SARIF 2.1.0 for code scanning: one rule per policy rule, one result per fail/warn reason and location.
import type { LinkContext, ScanResult } from "../types.js";
import { licenseLabel, sortFindings, uniqueLocations } from "./describe.js";
import { clip, encodePath, oneLine } from "./escape.js";
import { refUrl } from "./links.js";

const SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** A stable rule id from the policy's rule text, e.g. "deny.categories: non-commercial" -> "deny.categories/non-commercial". */
export function ruleId(rule: string): string {
  // By hand where a regex would retry long runs of blanks or dashes (quadratic on hostile text).
  const parts = oneLine(rule).toLowerCase().split(":");
  const joined = parts
    .map((p, k) => {
      const q = k < parts.length - 1 ? p.trimEnd() : p;
      return k > 0 ? q.trimStart() : q;
    })
    .join("/")
    .replace(/[^a-z0-9._/+-]+/g, "-")
    .replace(/-{2,}/g, "-");
  const edge = (c: number) => c === 45 || c === 47; // - or /
  let start = 0;
  let end = joined.length;
  while (start < end && edge(joined.charCodeAt(start))) start++;
  while (end > start && edge(joined.charCodeAt(end - 1))) end--;
  return clip(joined.slice(start, end) || "policy", 200);
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: "error" | "warning" };
  properties: { tags: string[] };
}

export function renderSarif(result: ScanResult, ctx: LinkContext) {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: object[] = [];

  for (const f of sortFindings(result.findings)) {
    if (f.verdict === "pass") continue;
    const reasons = f.reasons.filter((r) => r.level !== "pass");
    // A fail/warn without a policy reason (e.g. a failed lookup) still needs a rule to hang on.
    if (reasons.length === 0) {
      reasons.push({ level: f.verdict, rule: "unresolved", message: f.resolution.errors[0] ?? "" });
    }
    for (const reason of reasons) {
      const id = ruleId(reason.rule);
      const level = reason.level === "fail" ? "error" : "warning";
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(id, index);
        rules.push({
          id,
          name: id.replace(/[^a-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : "")),
          shortDescription: { text: clip(`Model license policy rule ${oneLine(reason.rule)}`, 300) },
          defaultConfiguration: { level },
          properties: { tags: ["license", "ml-model"] },
        });
      } else if (level === "error") {
        // The same rule may warn in one place and fail in another; the rule's default is its worst.
        const rule = rules[index];
        if (rule) rule.defaultConfiguration.level = "error";
      }
      const text = clip(
        oneLine(
          `${f.ref.id}: ${reason.message || reason.rule} (weights license ${licenseLabel(f.resolution.weights)})`,
        ),
        1000,
      );
      const url = refUrl(f.ref.kind, f.ref.id, ctx);
      for (const loc of uniqueLocations(f)) {
        results.push({
          ruleId: id,
          ruleIndex: index,
          level,
          message: { text },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodePath(loc.file), uriBaseId: "%SRCROOT%" },
                region: { startLine: Math.max(1, Math.trunc(loc.line) || 1) },
              },
            },
          ],
          partialFingerprints: { "modelLicenseGate/v1": `${f.ref.kind}:${f.ref.id}:${id}` },
          properties: {
            model: f.ref.id,
            kind: f.ref.kind,
            verdict: f.verdict,
            ...(url ? { modelUrl: url } : {}),
          },
        });
      }
    }
  }

  return {
    $schema: SCHEMA,
    version: "2.1.0" as const,
    runs: [
      {
        tool: { driver: { name: "model-license-gate", rules } },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository." } } },
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...result.errors.map((e) => ({ level: "warning", message: { text: clip(oneLine(e), 1000) } })),
              ...result.notices.map((n) => ({ level: "note", message: { text: clip(oneLine(n), 1000) } })),
            ],
          },
        ],
      },
    ],
  };
}
