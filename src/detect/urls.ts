// Hub URLs and prefixed ids anywhere in any text: https://huggingface.co/..., hf.co/..., hf://...,
// hf-hub:org/name. Matches are found with a literal search, so the time is linear in the text.

import type { RawReference } from "../types.js";
import { isSiteAsset, normalizeHubId, parseHubUrl } from "./ids.js";
import { LineCounter } from "./lines.js";
import { trimEndChars } from "./text.js";

/**
 * `@hf.co:` is the SSH remote of a Hub repository: `git clone git@hf.co:org/x`; `huggingface://` is
 * LocalAI's scheme for a file of a Hub repository (`huggingface://org/x/file.gguf`).
 */
const TRIGGER = /huggingface\.co\/|hf\.co\/|hf:\/\/|huggingface:\/\/|hf[-_]hub:|@(?:huggingface|hf)\.co:/gi;
const MAX_URL = 600;

function isUrlChar(c: number): boolean {
  // Everything but whitespace, quotes, brackets and separators that end a URL in prose or code.
  return (
    c > 32 &&
    c !== 34 &&
    c !== 39 &&
    c !== 96 &&
    c !== 60 &&
    c !== 62 &&
    c !== 40 &&
    c !== 41 &&
    c !== 91 &&
    c !== 93 &&
    c !== 123 &&
    c !== 125 &&
    c !== 44 &&
    c !== 59 &&
    c !== 124 &&
    c !== 92 &&
    c !== 94 &&
    c !== 127
  );
}

function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/**
 * Hub URLs in a text. `prose`: the text is documentation (Markdown, plain text, a notebook's
 * Markdown cell), where links to the Hub's own sample images and badges only display them; code
 * that fetches one brings that dataset in.
 */
export function detectUrls(
  file: string,
  text: string,
  lineMap?: (line: number) => number,
  prose = false,
): RawReference[] {
  const out: RawReference[] = [];
  // Every trigger contains "hf" or "huggingface": two fast searches skip most files.
  if (text.indexOf("hf") < 0 && text.indexOf("huggingface") < 0) return out;
  const lines = new LineCounter(text);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const at = m.index;
    const word = m[0].toLowerCase();
    let end = at + word.length;
    while (end < text.length && end - at < MAX_URL && isUrlChar(text.charCodeAt(end))) end++;
    TRIGGER.lastIndex = end;
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    let found: { id: string; kind: RawReference["kind"]; revision?: string } | null = null;
    let via = "url";
    if (word.startsWith("@")) {
      found = parseHubUrl(`hf.co/${text.slice(at + word.length, end)}`);
      via = "ssh-remote";
    } else if (word.startsWith("hf-hub") || word.startsWith("hf_hub")) {
      if (isHostChar(before) || before === 95) continue; // part of a longer word
      const n = normalizeHubId(trimEndChars(text.slice(at, end), ".:"));
      found = n && !n.localLike ? n : null;
      via = "hf-hub-prefix";
    } else if (word.startsWith("huggingface:")) {
      if (isHostChar(before) || before === 95) continue;
      found = parseHubUrl(`hf://${text.slice(at + word.length, end)}`);
    } else {
      // Back up over scheme and subdomain; a letter right before means another host (shelf.co).
      let start = at;
      if (word.startsWith("hf:")) {
        if (isHostChar(before) || before === 95) continue;
      } else {
        if (before !== 46 && isHostChar(before)) continue;
        while (start > 0 && at - start < 40 && isHostChar(text.charCodeAt(start - 1))) start--;
        if (text.startsWith("://", start - 3)) {
          const s = text.lastIndexOf("http", start - 3);
          if (s >= 0 && start - 3 - s <= 1) start = s;
        }
      }
      found = parseHubUrl(text.slice(start, end));
    }
    if (!found || (prose && isSiteAsset(found.id))) continue;
    const line = lines.lineAt(at);
    out.push({
      id: found.id,
      kind: found.kind,
      file,
      line: lineMap ? lineMap(line) : line,
      confidence: 1,
      via,
      ...(found.revision ? { revision: found.revision } : {}),
    });
  }
  return out;
}
