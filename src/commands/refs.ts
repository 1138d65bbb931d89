// `refs [PATH...] [--diff BASE...HEAD] [--format json|table]`: the references of a tree or of a
// change, with no network. Paths in the output are relative to the working directory.

import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { groupReferences } from "../detect/index.js";
import type { ModelRef } from "../types.js";
import { collectReferences, gitChangedFiles } from "../workspace/index.js";
import { type CommandIO, EXIT } from "./io.js";

const HELP = `Usage: model-license-gate refs [PATH...] [--diff BASE...HEAD] [--format json|table]

List the model references in PATH (default: the current directory), without any network.
In a git checkout the files git tracks are read; elsewhere the tree is walked.

Options:
  --diff BASE...HEAD   only references on lines added or changed between two commits
                       (BASE..HEAD compares the two trees directly)
  --format json|table  output format (default: json)
  -h, --help           show this help
`;

export function parseRange(spec: string): { base: string; head: string } | null {
  const three = spec.indexOf("...");
  const at = three >= 0 ? three : spec.indexOf("..");
  if (at <= 0) return null;
  const base = spec.slice(0, at);
  const head = spec.slice(at + (three >= 0 ? 3 : 2));
  if (!head || head.includes("..")) return null;
  return { base, head };
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

function table(refs: ModelRef[]): string {
  if (refs.length === 0) return "No model references found.\n";
  const rows = refs.map((r) => [
    r.id,
    r.kind,
    r.revision ?? "",
    r.confidence.toFixed(2),
    r.locations.map((l) => `${l.file}:${l.line}`).join(", "),
  ]);
  const head = ["ID", "KIND", "REVISION", "CONFIDENCE", "LOCATIONS"];
  const widths = head.map((h, k) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[k]!.length))));
  const fmt = (cells: string[]) =>
    cells
      .map((c, k) => (k === cells.length - 1 ? c : c.padEnd(widths[k]!)))
      .join("  ")
      .trimEnd();
  // Ids come from files: control characters must not reach the terminal.
  const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return `${[fmt(head), ...rows.map((r) => fmt(r.map(clean)))].join("\n")}\n`;
}

export async function runRefs(argv: string[], io: CommandIO): Promise<number> {
  let values: { diff?: string; format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        diff: { type: "string" },
        format: { type: "string", default: "json" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    io.stderr(`refs: ${(e as Error).message}\nRun 'model-license-gate refs --help' for usage.\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? "json";
  if (format !== "json" && format !== "table") {
    io.stderr(`refs: unknown --format '${format}' (expected json or table)\n`);
    return EXIT.usage;
  }
  let range: { base: string; head: string } | null = null;
  if (values.diff !== undefined) {
    range = parseRange(values.diff);
    if (!range) {
      io.stderr(`refs: --diff expects BASE...HEAD (or BASE..HEAD), got '${values.diff}'\n`);
      return EXIT.usage;
    }
  }
  const targets = positionals.length > 0 ? positionals : ["."];
  const all: ModelRef[] = [];
  const errors: string[] = [];
  for (const target of targets) {
    const abs = path.resolve(io.cwd, target);
    let isDir: boolean;
    try {
      isDir = (await stat(abs)).isDirectory();
    } catch {
      io.stderr(`refs: ${target}: no such file or directory\n`);
      return EXIT.usage;
    }
    const root = isDir ? abs : path.dirname(abs);
    const only = isDir ? null : path.basename(abs);
    let changed = null;
    if (range) {
      try {
        changed = await gitChangedFiles(root, range.base, range.head);
      } catch (e) {
        io.stderr(`refs: ${target}: ${(e as Error).message}\n`);
        return EXIT.usage;
      }
      if (only) changed = changed.filter((c) => c.path === only);
    } else if (only) {
      changed = [{ path: only, status: "modified" as const, lines: "all" as const }];
    }
    // In diff mode the lines are the head commit's: read the files there, not from the disk.
    const onProgress = io.isTTY
      ? (done: number, total: number) => io.stderr(`\rrefs: ${done}/${total} files read`)
      : undefined;
    const result = await collectReferences(root, {
      changed,
      ...(range ? { rev: range.head } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    if (onProgress) io.stderr("\r\u001b[K");
    errors.push(...result.errors);
    const rel = (f: string) => toPosix(path.relative(io.cwd, path.join(root, f))) || ".";
    for (const ref of result.refs) {
      const r: ModelRef = {
        ...ref,
        locations: ref.locations.map((l) => ({ file: rel(l.file), line: l.line })),
      };
      if (r.kind === "weights-file") r.id = rel(r.id);
      all.push(r);
    }
  }
  // Several paths: the same reference found under each is still one entry.
  const merged =
    targets.length > 1
      ? groupReferences(
          all.flatMap((r) =>
            r.locations.map((l) => ({
              id: r.id,
              kind: r.kind,
              file: l.file,
              line: l.line,
              confidence: r.confidence,
              via: "refs",
              ...(r.revision ? { revision: r.revision } : {}),
              ...(r.header ? { header: r.header } : {}),
            })),
          ),
        )
      : all;
  for (const e of errors) io.stderr(`refs: warning: ${e}\n`);
  if (format === "table") io.stdout(table(merged));
  else {
    const references = merged.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...(r.revision !== undefined ? { revision: r.revision } : {}),
      confidence: r.confidence,
      locations: r.locations,
    }));
    io.stdout(`${JSON.stringify({ references }, null, 2)}\n`);
  }
  return EXIT.ok;
}
