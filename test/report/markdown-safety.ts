// What a GitHub reader could be hurt by in a rendered comment, checked on the raw Markdown.
import { COMMENT_MARKER } from "../../src/report/index.js";

const OUR_TAGS = /<br>|<sub>|<\/sub>/g;

/** Link destinations of [text](url) links (an escaped \] does not close a link text). */
export function linkTargets(markdown: string): string[] {
  const md = markdown.replace(/\\\\/g, "\u0001\u0001");
  return [...md.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1] ?? "");
}

/** Problems a reviewer would notice; empty when the Markdown is inert apart from what we built. */
export function unsafeParts(md: string, trustedBases: string[]): string[] {
  const problems: string[] = [];
  // An escaped backslash escapes nothing after it; take the pairs out before looking for escapes.
  const body = md.replace(COMMENT_MARKER, "").replace(/\\\\/g, "\u0001\u0001");
  const withoutTags = body.replace(OUR_TAGS, "");
  if (withoutTags.includes("<"))
    problems.push(`raw HTML: ${withoutTags.slice(withoutTags.indexOf("<"), 40)}`);
  const mention = body.match(/@[A-Za-z0-9]/);
  if (mention) problems.push(`mention: ${mention[0]}`);
  const targets = linkTargets(body);
  for (const url of targets) {
    if (!trustedBases.some((b) => url.startsWith(b))) problems.push(`foreign link: ${url}`);
  }
  const openers = [...body.matchAll(/(?<!\\)!?\[/g)].length;
  if (openers !== targets.length) problems.push(`${openers} unescaped [ for ${targets.length} links`);
  const prose = body.replace(/(?<!\\)\]\(([^)\s]*)\)/g, "]");
  const autolink = prose.match(/[a-z][a-z0-9+.-]*:\/\/|\bwww\.|(?<![\\\w])#\d/i);
  if (autolink) problems.push(`autolink: ${autolink[0]}`);
  for (const line of body.split("\n")) {
    if (!line.startsWith("| ")) continue;
    const pipes = [...line.matchAll(/(?<!\\)\|/g)].length;
    if (pipes !== 7) problems.push(`row with ${pipes} cell separators: ${line.slice(0, 80)}`);
  }
  const backtick = body.match(/(?<!\\)`/);
  if (backtick) problems.push("unescaped backtick");
  const math = body.match(/(?<!\\)\$/);
  if (math) problems.push("unescaped $ (math)");
  return problems;
}
