// CycloneDX 1.6: each reference as a machine-learning-model component (datasets as data), with its
// weights license, and the base models it derives from as pedigree ancestors.
import { randomUUID } from "node:crypto";
import spdxIds from "spdx-license-list/simple.js";
import type { Finding, LicenseFact, LineageEntry, ScanResult } from "../types.js";

export interface CycloneDxOptions {
  /** ISO 8601; defaults to now. */
  timestamp?: string;
  /** urn:uuid:...; defaults to a random one. */
  serialNumber?: string;
}

const canonicalSpdx = new Map<string, string>();
for (const id of spdxIds) canonicalSpdx.set(id.toLowerCase(), id);

/** The listed SPDX id with its canonical case, or undefined for LicenseRef-, custom names and unknown ids. */
export function realSpdxId(spdx: string | null | undefined): string | undefined {
  if (!spdx) return undefined;
  return canonicalSpdx.get(spdx.trim().toLowerCase());
}

const EXPRESSION = /\s(AND|OR|WITH)\s/;

type CdxLicense = { license: { id: string } | { name: string; url?: string } } | { expression: string };

export function cdxLicenses(fact: LicenseFact): CdxLicense[] {
  const id = realSpdxId(fact.spdx);
  if (id) return [{ license: { id } }];
  if (fact.spdx && EXPRESSION.test(fact.spdx)) {
    const parts = fact.spdx.split(/\s+|[()]/).filter((p) => p && !/^(AND|OR|WITH)$/.test(p));
    if (parts.every((p) => realSpdxId(p) || p.startsWith("LicenseRef-"))) return [{ expression: fact.spdx }];
  }
  const name = fact.license ?? fact.declared;
  if (!name) return [];
  const link = fact.link && /^https?:\/\/[^\s]+$/.test(fact.link) ? fact.link : undefined;
  return [{ license: link ? { name, url: link } : { name } }];
}

/** Package URL per the purl spec: huggingface namespace/name@sha, github owner/repo@ref. */
export function purlFor(kind: Finding["ref"]["kind"], id: string, version?: string): string | undefined {
  const enc = (s: string) => encodeURIComponent(s);
  const [owner, ...rest] = id.split("/");
  const name = rest.join("/");
  const at = version ? `@${enc(version)}` : "";
  if (kind === "hf-model") {
    if (!name) return `pkg:huggingface/${enc(id)}${at.toLowerCase()}`;
    return `pkg:huggingface/${enc(owner ?? "")}/${enc(name)}${at.toLowerCase()}`;
  }
  if (kind === "github-repo" && owner && name) {
    return `pkg:github/${enc(owner.toLowerCase())}/${enc(name.toLowerCase())}${at}`;
  }
  return undefined;
}

function props(entries: Record<string, string | undefined>) {
  return Object.entries(entries)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== "")
    .map(([name, value]) => ({ name: `model-license-gate:${name}`, value }));
}

function ancestor(base: LineageEntry) {
  const purl = purlFor("hf-model", base.id);
  const licenses = cdxLicenses(base.license);
  return {
    type: "machine-learning-model" as const,
    name: base.id,
    ...(purl ? { purl } : {}),
    ...(licenses.length ? { licenses } : {}),
    properties: props({
      relation: base.relation,
      "derived-model": base.of,
      categories: base.license.categories.join(","),
    }),
  };
}

function component(f: Finding, index: number) {
  const { ref, resolution } = f;
  const version = resolution.sha ?? ref.revision;
  const purl = purlFor(ref.kind, ref.id, version);
  const licenses = cdxLicenses(resolution.weights);
  const code = resolution.code;
  return {
    type: ref.kind === "hf-dataset" ? ("data" as const) : ("machine-learning-model" as const),
    "bom-ref": `ref-${index + 1}-${ref.kind}:${ref.id}${ref.revision ? `@${ref.revision}` : ""}`,
    name: ref.id,
    ...(version ? { version } : {}),
    ...(purl ? { purl } : {}),
    ...(licenses.length ? { licenses } : {}),
    ...(resolution.lineage.length ? { pedigree: { ancestors: resolution.lineage.map(ancestor) } } : {}),
    properties: props({
      kind: ref.kind,
      verdict: f.verdict,
      gated: String(resolution.gated),
      "weights-categories": resolution.weights.categories.join(","),
      "weights-source": resolution.weights.source,
      "code-license": code ? (code.spdx ?? code.license ?? code.declared ?? "unknown") : undefined,
      locations: ref.locations.map((l) => `${l.file}:${l.line}`).join(" "),
    }),
  };
}

export function renderCycloneDx(result: ScanResult, options: CycloneDxOptions = {}) {
  return {
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX" as const,
    specVersion: "1.6" as const,
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: options.timestamp ?? new Date().toISOString(),
      tools: { components: [{ type: "application" as const, name: "model-license-gate" }] },
      properties: props({ verdict: result.verdict, policy: result.policy.source }),
    },
    components: result.findings.map(component),
  };
}
