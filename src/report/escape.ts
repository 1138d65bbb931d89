// Everything in a report that came from outside (model metadata, license names, file names, the
// reasons that quote them) passes through here before it reaches Markdown, a terminal or a URL.

/** C0/C1 controls, DEL, and the bidi overrides that can reorder what a reviewer sees. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZWSP = "\u200b";

/** One line of plain text: controls and line breaks become spaces, runs of blanks collapse. */
export function oneLine(text: string): string {
  return String(text).replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
}

/** Cut to at most max characters (code points), marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Untrusted text made inert in GitHub Markdown, also inside a table cell: no HTML, no @-mentions,
 * no links or autolinks, no issue references, no emphasis or code spans, no line breaks.
 */
export function escapeMarkdown(text: string): string {
  return (
    oneLine(text)
      // HTML first, so that the entities added below are not themselves escaped.
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // Markdown punctuation that could open links, images, emphasis, code spans, math or split a cell.
      .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
      // Mentions and e-mail autolinks need an @ directly before a name; a zero-width space breaks both.
      .replace(/@/g, `@${ZWSP}`)
      // GFM autolinks bare scheme://, www. and xmpp:/mailto: forms. Every "://" is broken, whatever
      // precedes it: matching the scheme too would retry a long run of letters from each of them.
      .replace(/:(?=\/\/)/g, `:${ZWSP}`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
      .replace(/\b(mailto|xmpp):/gi, `$1${ZWSP}:`)
      // Issue and pull-request references (#12, GH-12) would become links to this repository.
      .replace(/#(?=\d)/g, `#${ZWSP}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
  );
}

/** Terminal-safe text: no escape sequences, no line breaks. */
export function escapeTerminal(text: string): string {
  return oneLine(text);
}

/** A path or id as URL path segments: each segment percent-encoded, slashes kept. */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join("/");
}
