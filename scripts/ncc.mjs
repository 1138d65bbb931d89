// One way to bundle an entry point with ncc, shared by the build and the benchmarks (which time
// the code as it ships, not as tsx runs it).
import { execFileSync } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

export function bundle(entry, dir) {
  execFileSync(
    process.execPath,
    [
      ncc,
      "build",
      path.join(root, entry),
      "-o",
      dir,
      "--minify",
      "--no-source-map-register",
      "--quiet",
      "--target",
      "es2022",
    ],
    { stdio: "inherit", cwd: root },
  );
}
