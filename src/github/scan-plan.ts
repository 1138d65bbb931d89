import { execFileSync } from "node:child_process";
import {
  DEFAULT_POLICY_FILE,
  gitReader,
  hasCommit,
  loadPolicy,
  policyChangeNotice,
  workingTreeReader,
} from "../load-policy.js";
import type { ChangedFile, Policy } from "../types.js";
import { gitChangedFiles } from "../workspace/index.js";
import { type RunContext, scanMode } from "./context.js";
import type { ActionInputs } from "./inputs.js";
import { materializeChanged } from "./materialize.js";
import type { GitHubClient } from "./octokit.js";
import { fileAtRef, pullRequestFiles, toChangedFile } from "./pull-request.js";

export interface ScanPlan {
  workspace: string;
  /** The folder detection reads: the workspace, or a copy of the changed files at the head commit. */
  root: string;
  changed: ChangedFile[] | null;
  /** Diff mode: the commit to read changed files at, when it is not what the checkout holds. */
  rev?: string;
  policy: Policy;
  policyRef: string | null;
  notices: string[];
  errors: string[];
}

function headOfCheckout(root: string): string | null {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

/**
 * What to scan and by which policy. A diff is judged by the policy of its base commit, so a pull
 * request cannot loosen the rules that judge it.
 */
export async function planScan(
  ctx: RunContext,
  inputs: ActionInputs,
  client: GitHubClient,
): Promise<ScanPlan> {
  const workspace = ctx.workspace;
  const mode = scanMode(inputs.mode, ctx);
  const notices: string[] = [];
  const errors: string[] = [];
  const repo = { owner: ctx.owner, repo: ctx.repo };

  if (mode === "full" || !ctx.base || !ctx.head) {
    const loaded = loadPolicy(inputs.policy, workingTreeReader(workspace), "in the workspace");
    return {
      workspace,
      root: workspace,
      changed: null,
      policy: loaded.policy,
      policyRef: headOfCheckout(workspace),
      notices,
      errors,
    };
  }

  const base = ctx.base;
  const head = ctx.head;
  const hasBase = hasCommit(workspace, base);
  const local = hasBase && hasCommit(workspace, head);

  let readBase = gitReader(workspace, base);
  if (!hasBase) {
    // The base commit is not in a shallow checkout: read the policy through the contents API.
    const file = inputs.policy || DEFAULT_POLICY_FILE;
    const policyText = await fileAtRef(client, repo, file, base).catch((err: unknown) => {
      errors.push(`could not read ${file} at the base commit: ${(err as Error).message}`);
      return null;
    });
    readBase = (f) => (f === file ? policyText : null);
  }
  const loaded = loadPolicy(inputs.policy, readBase, `at the base commit ${base.slice(0, 12)}`);

  let changed: ChangedFile[];
  if (local) {
    changed = await gitChangedFiles(workspace, base, head);
  } else if (ctx.pullNumber !== null) {
    changed = await pullRequestFiles(client, repo, ctx.pullNumber);
  } else {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
    });
    changed = (data.files ?? []).map(toChangedFile);
  }

  const notice = policyChangeNotice(changed, loaded.file ?? inputs.policy ?? DEFAULT_POLICY_FILE);
  if (notice) notices.push(notice);

  if (local) {
    // Line numbers are the head commit's, whatever the checkout holds (a PR's merge commit).
    const rev = headOfCheckout(workspace) === head ? undefined : head;
    return {
      workspace,
      root: workspace,
      changed,
      rev,
      policy: loaded.policy,
      policyRef: base,
      notices,
      errors,
    };
  }
  const copy = await materializeChanged(changed, client, repo, head);
  errors.push(...copy.errors);
  return { workspace, root: copy.dir, changed, policy: loaded.policy, policyRef: base, notices, errors };
}
