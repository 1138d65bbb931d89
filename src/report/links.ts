// The only links a report contains are built here, from the run's LinkContext and encoded ids/paths.

import type { LinkContext, RefKind } from "../types.js";
import { withoutTrailingSlashes } from "../util/slashes.js";
import { encodePath } from "./escape.js";

/** Hub page of a model or dataset, or the GitHub repository page; undefined for a vendored file. */
export function refUrl(kind: RefKind, id: string, ctx: LinkContext): string | undefined {
  switch (kind) {
    case "hf-model":
      return `${withoutTrailingSlashes(ctx.hubUrl)}/${encodePath(id)}`;
    case "hf-dataset":
      return `${withoutTrailingSlashes(ctx.hubUrl)}/datasets/${encodePath(id)}`;
    case "github-repo":
      return `${withoutTrailingSlashes(ctx.githubUrl ?? "https://github.com")}/${encodePath(id.split(":")[0] ?? id)}`;
    default:
      return undefined;
  }
}

/** file:line on the head commit, when the run knows the blob base (not in the CLI). */
export function lineUrl(file: string, line: number, ctx: LinkContext): string | undefined {
  if (!ctx.blobBase) return undefined;
  const base = ctx.blobBase.endsWith("/") ? ctx.blobBase : `${ctx.blobBase}/`;
  return `${base}${encodePath(file)}#L${Math.max(1, Math.trunc(line) || 1)}`;
}
