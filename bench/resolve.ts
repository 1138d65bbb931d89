// Resolution speed and API economy: 200 distinct models on a loopback Hub that answers every
// request after 50 ms, at the default concurrency. Bars: under 2 s, at most 1.2 requests per
// model when the card carries the license. Also a cold-cache run with lineage and a warm repeat.
import { pathToFileURL } from "node:url";
import { DEFAULTS, resolveReferences } from "../src/resolve/index.js";
import type { ModelRef } from "../src/types.js";
import { type HubFixtures, startHub } from "../test/servers/hub.js";

const MODELS = 200;
const LATENCY_MS = 50;

function refsOf(ids: string[]): ModelRef[] {
  return ids.map((id) => ({ id, kind: "hf-model", confidence: 1, locations: [{ file: "app.py", line: 1 }] }));
}

async function measure(fixtures: HubFixtures, ids: string[]) {
  const hub = await startHub(fixtures, { latencyMs: LATENCY_MS });
  try {
    const started = performance.now();
    const { resolved } = await resolveReferences(refsOf(ids), { hubUrl: hub.url, root: process.cwd() });
    const ms = performance.now() - started;
    const unresolved = resolved.filter((r) => r.resolution.weights.categories.includes("unresolved")).length;
    return { ms, requests: hub.requests.length, unresolved, resolved };
  } finally {
    await hub.close();
  }
}

export async function benchResolve(): Promise<string> {
  const licenses = ["apache-2.0", "mit", "llama3", "cc-by-nc-4.0", "openrail++"];
  const card: HubFixtures = { models: {} };
  const ids: string[] = [];
  for (let i = 0; i < MODELS; i++) {
    const id = `org${i % 17}/model-${i}`;
    ids.push(id);
    card.models![id] = { cardData: { license: licenses[i % licenses.length] } };
  }
  const a = await measure(card, ids);

  // Same number of references, each a fine-tune of one of 10 shared bases: lineage costs one
  // request per distinct base, not per reference.
  const lineage: HubFixtures = { models: {} };
  for (let b = 0; b < 10; b++) lineage.models![`base/b${b}`] = { cardData: { license: "llama3" } };
  for (const [i, id] of ids.entries()) {
    lineage.models![id] = { cardData: { license: "apache-2.0", base_model: `base/b${i % 10}` } };
  }
  const b = await measure(lineage, ids);

  const perModel = a.requests / MODELS;
  const ok = a.ms < 2000 && perModel <= 1.2 && a.unresolved === 0;
  const rows = [
    "## resolve",
    "",
    `${MODELS} distinct models on a loopback Hub answering every request in ${LATENCY_MS} ms, ` +
      `concurrency ${DEFAULTS.concurrency} (default).`,
    "",
    "| case | time | requests | requests per model | unresolved |",
    "|---|---:|---:|---:|---:|",
    `| license on the card | ${a.ms.toFixed(0)} ms | ${a.requests} | ${perModel.toFixed(2)} | ${a.unresolved} |`,
    `| fine-tunes of 10 shared bases (lineage) | ${b.ms.toFixed(0)} ms | ${b.requests} | ${(b.requests / MODELS).toFixed(2)} | ${b.unresolved} |`,
    "",
    `Bar: under 2000 ms and at most 1.2 requests per model for cards with a license: **${ok ? "met" : "NOT met"}**. ` +
      `The floor at this latency and concurrency is ${((MODELS / DEFAULTS.concurrency) * LATENCY_MS).toFixed(0)} ms ` +
      `(${MODELS} requests / ${DEFAULTS.concurrency} at a time x ${LATENCY_MS} ms).`,
    "",
  ];
  return rows.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchResolve());
}
