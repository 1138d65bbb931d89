import type { Policy } from "../types.js";
import { PolicyError } from "./error.js";
import { PRESET_NAMES, parsePolicy } from "./load.js";
import { PRESETS } from "./presets.generated.js";
import { suggest } from "./suggest.js";

const loaded = new Map<string, Policy>();

/** A built-in preset by name (`default`, `commercial`, `permissive-only`, `research`). */
export function loadPreset(name: string): Policy {
  const text = PRESETS[name];
  if (text === undefined || !(PRESET_NAMES as readonly string[]).includes(name)) {
    const near = suggest(name, PRESET_NAMES);
    throw new PolicyError(
      `preset:${name}`,
      1,
      1,
      `unknown preset${near ? `: did you mean "${near}"?` : ` (presets: ${PRESET_NAMES.join(", ")})`}`,
    );
  }
  let policy = loaded.get(name);
  if (!policy) {
    policy = parsePolicy(text, `preset:${name}`);
    loaded.set(name, policy);
  }
  return structuredClone(policy);
}
