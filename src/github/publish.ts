import * as core from "@actions/core";
import {
  COMMENT_MARKER,
  capAnnotations,
  escapeMarkdown,
  renderAnnotations,
  renderMarkdown,
  renderSummary,
} from "../report/index.js";
import type { ChangedFile, LinkContext, ScanResult } from "../types.js";
import { type InlineComment, postReview, upsertStickyComment, type WriteOutcome } from "./comments.js";
import type { RunContext } from "./context.js";
import type { ActionInputs } from "./inputs.js";
import type { GitHubClient } from "./octokit.js";

const REVIEW_MARKER = "<!-- model-license-gate:review -->";

export interface PublishContext {
  ctx: RunContext;
  inputs: ActionInputs;
  client: GitHubClient;
  links: LinkContext;
  changed: ChangedFile[] | null;
}

function inDiff(changed: ChangedFile[] | null, file: string, line: number): boolean {
  const f = changed?.find((c) => c.path === file);
  return f !== undefined && (f.lines === "all" || f.lines.has(line));
}

/** Summary and annotations always; then the PR comment or review the `comment` input asks for. */
export async function publish(result: ScanResult, p: PublishContext): Promise<void> {
  await core.summary.addRaw(renderSummary(result, p.links), true).write();

  const annotations = renderAnnotations(result);
  for (const a of capAnnotations(annotations)) {
    const props = { file: a.file, startLine: a.line, title: a.title };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }

  const { ctx, inputs, client } = p;
  if (inputs.comment === "off" || ctx.pullNumber === null) return;
  if (!inputs.githubToken) {
    core.warning("no github-token: the pull request comment was skipped; the job summary has the report");
    return;
  }
  const repo = { owner: ctx.owner, repo: ctx.repo };
  let outcome: WriteOutcome;
  if (inputs.comment === "review") {
    const comments: InlineComment[] = annotations
      .filter((a) => a.level !== "notice" && inDiff(p.changed, a.file, a.line))
      .map((a) => ({
        path: a.file,
        line: a.line,
        body: `${REVIEW_MARKER}\n**${a.level === "error" ? "fail" : "warn"}**: ${escapeMarkdown(a.title)}. ${escapeMarkdown(a.message)}`,
      }));
    const body = `${REVIEW_MARKER}\nmodel-license-gate: **${result.verdict}**. ${comments.length} comment(s) on the changed lines; the job summary has the full table.`;
    outcome = await postReview(
      client,
      repo,
      ctx.pullNumber,
      ctx.head ?? ctx.sha,
      REVIEW_MARKER,
      body,
      comments,
    );
  } else {
    // A pull request that never brought a model gets no comment; one that did sees it resolved.
    outcome = await upsertStickyComment(
      client,
      repo,
      ctx.pullNumber,
      COMMENT_MARKER,
      renderMarkdown(result, p.links),
      {
        createIfMissing: result.findings.length > 0 || result.errors.length > 0,
      },
    );
  }
  if (outcome.ok) {
    if (!outcome.url) return;
    core.setOutput("comment-url", outcome.url);
    core.info(
      `pull request ${inputs.comment === "review" ? "review" : "comment"} ${outcome.action}: ${outcome.url}`,
    );
  } else {
    core.warning(
      `model-license-gate could not comment: ${outcome.message}. The verdict, summary and annotations stand.`,
    );
  }
}
