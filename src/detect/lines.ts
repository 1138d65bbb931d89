/** Line numbers of offsets asked for in increasing order, in one pass over the text. */
export class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
    }
    let i = this.text.indexOf("\n", this.pos);
    while (i >= 0 && i < offset) {
      this.line++;
      i = this.text.indexOf("\n", i + 1);
    }
    this.pos = offset;
    return this.line;
  }
}
