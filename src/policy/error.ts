/** A policy file error, with its place: `file:line:col: message`. */
export class PolicyError extends Error {
  /** Every error found in the file (this one first), so `policy check` can list them all at once. */
  all: PolicyError[] = [this];

  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${detail}`);
    this.name = "PolicyError";
  }
}
