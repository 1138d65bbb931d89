// Follows base models breadth-first: a derived model is bound by its bases' licenses whatever
// its own card says. Bounded in depth; a model seen once is not followed again (cycles, diamonds).
import type { LineageEntry, LineageRelation } from "../types.js";
import type { HubClient } from "./hub.js";

export const MAX_LINEAGE_DEPTH = 5;

export interface Base {
  id: string;
  relation: LineageRelation;
  /** Named only by a hint such as config.json `_name_or_path`, which may be a local path. */
  weak?: boolean;
}

export async function lineageOf(
  hub: HubClient,
  rootId: string,
  firstBases: Base[],
  maxDepth = MAX_LINEAGE_DEPTH,
): Promise<{ lineage: LineageEntry[]; notes: string[] }> {
  const lineage: LineageEntry[] = [];
  const notes: string[] = [];
  const seen = new Set<string>([rootId.toLowerCase()]);
  let frontier: (Base & { of: string })[] = firstBases.map((b) => ({ ...b, of: rootId }));
  for (let depth = 1; frontier.length > 0; depth++) {
    const fresh = frontier.filter((b) => {
      const key = b.id.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (depth > maxDepth) {
      if (fresh.length) notes.push(`${rootId}: lineage deeper than ${maxDepth} hops; not followed further`);
      break;
    }
    // One level at a time, all of its bases at once; the hub client bounds the concurrency.
    const resolved = await Promise.all(fresh.map((b) => hub.resolveRepo("model", b.id)));
    const next: typeof frontier = [];
    fresh.forEach((b, i) => {
      const facts = resolved[i]!;
      if (b.weak && !facts.exists) return;
      lineage.push({ id: b.id, relation: b.relation, of: b.of, depth, license: facts.weights });
      for (const parent of facts.bases) next.push({ id: parent.id, relation: parent.relation, of: b.id });
    });
    frontier = next;
  }
  return { lineage, notes };
}
