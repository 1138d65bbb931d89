import type { Location, ModelRef, RawReference } from "../types.js";

/**
 * Hub and GitHub ids are case-insensitive; weight files are paths and keep their case. `main`, the
 * default branch, pins nothing: it groups with the spelling that names no revision.
 */
function keyOf(r: RawReference): string {
  const id = r.kind === "weights-file" ? r.id : r.id.toLowerCase();
  return `${r.kind}\u0000${id}\u0000${r.revision === "main" ? "" : (r.revision ?? "")}`;
}

function compareLoc(a: Location, b: Location): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** One entry per distinct (kind, id, revision), with every location; the first spelling wins. */
export function groupReferences(raws: RawReference[]): ModelRef[] {
  const byKey = new Map<string, ModelRef>();
  for (const r of raws) {
    const key = keyOf(r);
    let ref = byKey.get(key);
    if (!ref) {
      ref = { id: r.id, kind: r.kind, confidence: r.confidence, locations: [] };
      if (r.revision !== undefined) ref.revision = r.revision;
      byKey.set(key, ref);
    }
    // written `main` in every place, the entry says so; once without a revision, it says nothing
    if (ref.revision === "main" && r.revision === undefined) delete ref.revision;
    ref.confidence = Math.max(ref.confidence, r.confidence);
    ref.locations.push({ file: r.file, line: r.line });
    if (r.header && !ref.header) ref.header = r.header;
  }
  const refs = [...byKey.values()];
  for (const ref of refs) {
    ref.locations.sort(compareLoc);
    ref.locations = ref.locations.filter((l, i, a) => i === 0 || compareLoc(a[i - 1]!, l) !== 0);
  }
  return refs.sort((a, b) => {
    const x = a.id.toLowerCase();
    const y = b.id.toLowerCase();
    if (x !== y) return x < y ? -1 : 1;
    if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
    return (a.revision ?? "") < (b.revision ?? "") ? -1 : (a.revision ?? "") > (b.revision ?? "") ? 1 : 0;
  });
}
