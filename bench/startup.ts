// Action start-up (spawn of dist/index.js to its first request on a loopback server) and bundle sizes.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createSampleRepo, REPO_ROOT } from "../test/helpers/git-repo.js";
import { pullRequestPayload, runAction } from "../test/helpers/run-action.js";
import { newGitHubState, startGitHub } from "../test/servers/github.js";
import { SAMPLE_HUB, startHub } from "../test/servers/hub.js";

function folderBytes(dir: string, skip: string[] = []): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (skip.includes(name)) continue;
    const full = path.join(dir, name);
    const s = statSync(full);
    total += s.isDirectory() ? folderBytes(full) : s.size;
  }
  return total;
}

async function startupMs(): Promise<number[]> {
  const repo = createSampleRepo();
  const hub = await startHub(SAMPLE_HUB);
  const github = await startGitHub(newGitHubState());
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const before = github.requests.length + hub.requests.length;
      const started = performance.now();
      let first = 0;
      const poll = setInterval(() => {
        if (!first && github.requests.length + hub.requests.length > before) first = performance.now();
      }, 1);
      await runAction({
        workspace: repo.dir,
        eventName: "pull_request",
        payload: pullRequestPayload(repo.base, repo.head),
        sha: repo.head,
        apiUrl: github.url,
        inputs: { "github-token": "t", "hub-url": hub.url },
      });
      clearInterval(poll);
      times.push(first ? first - started : Number.NaN);
    }
  } finally {
    await hub.close();
    await github.close();
    repo.remove();
  }
  return times;
}

export async function benchStartup(): Promise<string> {
  const times = await startupMs();
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const dist = path.join(REPO_ROOT, "dist");
  const action = folderBytes(dist, ["cli", "cli.js"]);
  const cli = folderBytes(path.join(dist, "cli")) + statSync(path.join(dist, "cli.js")).size;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  return [
    "## Action start-up and bundle sizes",
    "",
    "Spawn of `node dist/index.js` (a `pull_request` event on the sample pull request) to the first request",
    "that reaches a loopback server, 5 runs.",
    "",
    "| measure | value | bar |",
    "| --- | --- | --- |",
    `| start to first request (median) | ${median.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(", ")}) | under 300 ms |`,
    `| action bundle (dist/index.js and its chunks) | ${mb(action)} MB | under 3 MB |`,
    `| CLI bundle (dist/cli.js and dist/cli/) | ${mb(cli)} MB | under 3 MB |`,
    "",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(await benchStartup());
