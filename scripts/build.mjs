// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the CLI), each runnable
// with no node_modules. `node scripts/build.mjs OUT` builds into OUT instead (used by check-dist).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundle, root } from "./ncc.mjs";

const out = path.resolve(process.argv[2] ?? path.join(root, "dist"));

if (existsSync(path.join(root, "scripts", "gen-presets.mjs"))) {
  execFileSync(process.execPath, [path.join(root, "scripts", "gen-presets.mjs")], { stdio: "inherit" });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The action is the root bundle; the CLI lives in its own folder so the chunks of the two never collide.
bundle("src/action.ts", out);
const cliDir = path.join(out, "cli");
bundle("src/cli.ts", cliDir);
writeFileSync(path.join(out, "cli.js"), '#!/usr/bin/env node\nimport "./cli/index.js";\n', { mode: 0o755 });

console.log(`built ${path.relative(root, out) || "."}: index.js, cli.js`);
