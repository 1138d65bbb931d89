import type { GitHubClient } from "./octokit.js";
import type { RepoRef } from "./pull-request.js";

export type WriteOutcome =
  | { ok: true; url: string; action: "created" | "updated" | "unchanged" }
  | { ok: false; permission: string; message: string };

/** A 403/404 on a write means the token may not write (a fork's read-only token), not that the run broke. */
function permissionDenied(err: unknown, permission: string): WriteOutcome | null {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 404) {
    return {
      ok: false,
      permission,
      message: `the token cannot write to this pull request (HTTP ${status}); grant \`permissions: ${permission}\` to the job (a pull request from a fork always gets a read-only token)`,
    };
  }
  return null;
}

/** Create the sticky comment, or edit the one that carries the marker, so a PR holds one comment. */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  options: { createIfMissing?: boolean } = {},
): Promise<WriteOutcome> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      if (existing.body === body) return { ok: true, url: existing.html_url, action: "unchanged" };
      const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      return { ok: true, url: data.html_url, action: "updated" };
    }
    if (options.createIfMissing === false) return { ok: true, url: "", action: "unchanged" };
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { ok: true, url: data.html_url, action: "created" };
  } catch (err) {
    const denied = permissionDenied(err, "pull-requests: write");
    if (denied) return denied;
    throw err;
  }
}

export interface InlineComment {
  path: string;
  line: number;
  body: string;
}

/**
 * Post a review with inline comments on the given lines. Comments already posted by an earlier run
 * (same path, line and marker-tagged body) are not posted again.
 */
export async function postReview(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  commitId: string,
  marker: string,
  summary: string,
  comments: InlineComment[],
): Promise<WriteOutcome> {
  try {
    const existing = await client.paginate(client.rest.pulls.listReviewComments, {
      ...repo,
      pull_number: pullNumber,
      per_page: 100,
    });
    const seen = new Set(
      existing.filter((c) => c.body.includes(marker)).map((c) => `${c.path}:${c.line}:${c.body}`),
    );
    const fresh = comments.filter((c) => !seen.has(`${c.path}:${c.line}:${c.body}`));
    if (fresh.length === 0) {
      return { ok: true, url: `pull/${pullNumber}`, action: "unchanged" };
    }
    const { data } = await client.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      commit_id: commitId,
      event: "COMMENT",
      body: summary,
      comments: fresh.map((c) => ({ path: c.path, line: c.line, side: "RIGHT", body: c.body })),
    });
    return { ok: true, url: data.html_url ?? `pull/${pullNumber}`, action: "created" };
  } catch (err) {
    const denied = permissionDenied(err, "pull-requests: write");
    if (denied) return denied;
    throw err;
  }
}
