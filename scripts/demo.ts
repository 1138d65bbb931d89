// `npm run demo`: the sample pull request of examples/sample-pr, scanned by the built CLI against the
// built-in sample Hub (a loopback server), printing the verdict table.
import { spawn } from "node:child_process";
import path from "node:path";
import { createSampleRepo, REPO_ROOT } from "../test/helpers/git-repo.js";
import { SAMPLE_HUB, startHub } from "../test/servers/hub.js";

const hub = await startHub(SAMPLE_HUB, { latencyMs: 5 });
const repo = createSampleRepo();
try {
  console.log(
    `Sample pull request: examples/sample-pr (base ${repo.base.slice(0, 7)}, head ${repo.head.slice(0, 7)})`,
  );
  console.log(`Sample Hub: ${hub.url}\n`);
  // Asynchronous, so this process's loopback Hub can answer the CLI while it runs.
  const cli = spawn(
    process.execPath,
    [
      path.join(REPO_ROOT, "dist", "cli.js"),
      "scan",
      "--diff",
      `${repo.base}...${repo.head}`,
      "--hub-url",
      hub.url,
    ],
    { cwd: repo.dir, stdio: "inherit", env: { ...process.env, HF_TOKEN: "", HF_ENDPOINT: "" } },
  );
  const status = await new Promise<number | null>((resolve) => cli.on("close", resolve));
  console.log(`\nexit status ${status} (0 pass or warn, 1 fail, 2 usage or configuration error)`);
} finally {
  repo.remove();
  await hub.close();
}
