import type { ModelRef, RefKind } from "../../src/types.js";

export function ref(id: string, extra: Partial<ModelRef> & { kind?: RefKind } = {}): ModelRef {
  return { id, kind: "hf-model", confidence: 1, locations: [{ file: "app.py", line: 1 }], ...extra };
}
