// Fails when dist/ is not what a fresh build of the sources produces: the action runs dist/, not src/.
// `node scripts/check-dist.mjs DIR` checks DIR instead of dist/ (the test of this check uses it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const fresh = mkdtempSync(path.join(os.tmpdir(), "mlg-dist-"));

function files(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

try {
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs"), fresh], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const committed = path.resolve(process.argv[2] ?? path.join(root, "dist"));
  const want = files(fresh).sort();
  const have = statSync(committed, { throwIfNoEntry: false }) ? files(committed).sort() : [];
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing: dist/${f}`);
    else if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(committed, f))))
      problems.push(`stale: dist/${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`not built by the sources: dist/${f}`);
  if (problems.length > 0) {
    console.error(
      `dist/ is out of date with the sources; run \`npm run build\` and commit dist/.\n  ${problems.join("\n  ")}`,
    );
    process.exitCode = 1;
  } else {
    console.log("dist/ is up to date");
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
