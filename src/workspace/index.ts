// Workspace: which files to scan, what a change touched, and reading them for the detectors.
export { type CollectOptions, collectReferences } from "./collect.js";
export { parsePatch, parseUnifiedDiff } from "./diff.js";
export { listFiles } from "./files.js";
export { gitChangedFiles, isGitCheckout } from "./git.js";
export { MAX_TEXT_BYTES } from "./reader.js";
