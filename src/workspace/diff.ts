// Unified diffs (git diff output, GitHub patch fields) to the added or changed lines of each file.

import type { ChangedFile } from "../types.js";

/** Added line numbers (in the new file) of one file's patch; context lines only advance. */
export function parsePatch(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const raw of patch.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.startsWith("@@")) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      inHunk = m !== null;
      if (m) next = Number(m[1]);
      continue;
    }
    if (!inHunk) continue;
    const c = line.charAt(0);
    if (c === "+") lines.add(next++);
    else if (c === " ") next++;
    else if (c === "-" || c === "\\") continue;
    else if (line === "")
      next++; // some tools strip the space of an empty context line
    else inHunk = false;
  }
  return lines;
}

/** A path of a diff header, unquoting git's C-style quoting ("a/t\303\251st.py"). */
export function unquotePath(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, p.lastIndexOf('"') > 0 ? p.lastIndexOf('"') : undefined);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      for (const b of Buffer.from(ch, "utf8")) bytes.push(b);
      continue;
    }
    const nx = body[i + 1] ?? "";
    if (/[0-7]/.test(nx)) {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[nx] ?? nx.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function stripPrefix(p: string, prefix: string): string {
  const u = unquotePath(p.trim());
  return u.startsWith(prefix) ? u.slice(prefix.length) : u;
}

/** Changed files of a unified diff (git diff output with a/ and b/ prefixes). */
export function parseUnifiedDiff(diff: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let cur: ChangedFile | null = null;
  let hunk: string[] = [];
  let binary = false;
  const finish = () => {
    if (!cur) return;
    if (cur.status !== "deleted") {
      if (binary || cur.status === "added") cur.lines = "all";
      else cur.lines = parsePatch(hunk.join("\n"));
    } else cur.lines = new Set();
    files.push(cur);
    cur = null;
    hunk = [];
    binary = false;
  };
  const lines = diff.split("\n");
  let inHunks = false;
  for (const line of lines) {
    if (line.startsWith("diff --git ")) {
      finish();
      inHunks = false;
      // Paths come from ---/+++ or rename lines; this header is a fallback for mode-only changes.
      const rest = line.slice(11);
      let path = "";
      const half = (rest.length - 1) / 2;
      if (
        Number.isInteger(half) &&
        rest.startsWith("a/") &&
        rest.slice(half + 1) === `b/${rest.slice(2, half)}`
      ) {
        // "a/my file.bin b/my file.bin": names with spaces are not quoted; both halves match
        path = rest.slice(2, half);
      } else {
        const m = /^(?:"(?:[^"\\]|\\.)*"|\S+) (.*)$/.exec(rest);
        if (m) path = stripPrefix(m[1]!, "b/");
      }
      cur = { path, status: "modified", lines: new Set() };
      continue;
    }
    if (!cur) continue;
    const c: ChangedFile = cur;
    if (!inHunks) {
      if (line.startsWith("new file mode")) c.status = "added";
      else if (line.startsWith("deleted file mode")) c.status = "deleted";
      else if (line.startsWith("rename from ")) {
        c.status = "renamed";
        c.previousPath = unquotePath(line.slice(12));
      } else if (line.startsWith("rename to ")) c.path = unquotePath(line.slice(10));
      else if (line.startsWith("copy from ")) {
        c.status = "added";
        c.previousPath = unquotePath(line.slice(10));
      } else if (line.startsWith("copy to ")) c.path = unquotePath(line.slice(8));
      else if (line.startsWith("Binary files ") || line === "GIT binary patch") binary = true;
      else if (line.startsWith("--- ")) {
        const p = line.slice(4);
        if (p !== "/dev/null" && c.status === "deleted") c.path = stripPrefix(p, "a/");
      } else if (line.startsWith("+++ ")) {
        const p = line.slice(4);
        if (p !== "/dev/null") c.path = stripPrefix(p, "b/");
      } else if (line.startsWith("@@")) {
        inHunks = true;
        hunk.push(line);
      }
      continue;
    }
    hunk.push(line);
  }
  finish();
  return files;
}
