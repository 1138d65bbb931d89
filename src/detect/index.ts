// STUB (owned by the detection engineer): signatures are the contract, bodies are placeholders.
import type { ModelRef, RawReference } from "../types.js";

/** References in a text file; the detector is chosen by file name. */
export function detectText(_file: string, _text: string): RawReference[] {
  return [];
}

/** Whether a path names a vendored weight file (by extension). */
export function isWeightsFile(file: string): boolean {
  return /\.(safetensors|gguf|bin|pt|pth|ckpt|onnx|h5|tflite|mlmodel|keras)$/i.test(file);
}

/** How many bytes of a weight file detectWeights needs. */
export const WEIGHTS_HEAD_BYTES = 1 << 20;

/** The reference of a vendored weight file, with license facts from its header bytes. */
export function detectWeights(file: string, _head: Uint8Array, _size: number): RawReference {
  return { id: file, kind: "weights-file", file, line: 1, confidence: 1, via: "weights" };
}

/** One entry per distinct (kind, id, revision), with every location. */
export function groupReferences(_raws: RawReference[]): ModelRef[] {
  return [];
}
