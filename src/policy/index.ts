// The policy stage: read the rules a legal or platform team wrote, and judge references by them.
export { PolicyError } from "./error.js";
export { type Evaluation, evaluate, worstVerdict } from "./evaluate.js";
export { type ParseOptions, PRESET_NAMES, parsePolicy } from "./load.js";
export { isIgnoredPath } from "./match.js";
export { loadPreset } from "./presets.js";
