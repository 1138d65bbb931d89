import { evaluate, isIgnoredPath, worstVerdict } from "./policy/index.js";
import { type ResolverOptions, resolveReferences } from "./resolve/index.js";
import type { ChangedFile, Finding, Policy, ScanResult } from "./types.js";
import { collectReferences } from "./workspace/index.js";

export interface PipelineInput {
  root: string;
  /** Diff mode: the changed files and lines; null scans the whole tree. */
  changed: ChangedFile[] | null;
  /** Diff mode: read the changed files at this commit rather than from the working tree. */
  rev?: string;
  policy: Policy;
  policyRef: string | null;
  resolver: ResolverOptions;
  now?: Date;
  /** Notices gathered before the pipeline (e.g. the PR changes the policy file). */
  notices?: string[];
  onProgress?: (stage: string) => void;
}

/** detect -> resolve -> evaluate: the whole gate, with no output of its own. */
export async function runPipeline(input: PipelineInput): Promise<ScanResult> {
  const now = input.now ?? new Date();
  const progress = input.onProgress ?? (() => {});
  progress("detecting references");
  const collected = await collectReferences(input.root, {
    changed: input.changed,
    rev: input.rev,
    ignore: (file) => isIgnoredPath(input.policy, file),
  });
  progress(`resolving ${collected.refs.length} references`);
  const { resolved } = await resolveReferences(collected.refs, input.resolver);
  progress("evaluating");
  const notices = [...(input.notices ?? [])];
  const findings: Finding[] = resolved.map(({ ref, resolution }) => {
    const evaluation = evaluate(ref, resolution, input.policy, now);
    for (const n of evaluation.notices) if (!notices.includes(n)) notices.push(n);
    return { ref, resolution, verdict: evaluation.verdict, reasons: evaluation.reasons };
  });
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  findings.sort((a, b) => order[a.verdict] - order[b.verdict] || a.ref.id.localeCompare(b.ref.id));
  return {
    verdict: worstVerdict(findings.map((f) => f.verdict)),
    policy: { source: input.policy.source, ref: input.policyRef },
    findings,
    errors: [
      ...collected.errors,
      ...resolved.flatMap(({ ref, resolution }) => resolution.errors.map((e) => `${ref.id}: ${e}`)),
    ],
    notices,
  };
}
