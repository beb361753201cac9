// The cursor both type-expression parsers (lib/go/types.ts, lib/rust/types.ts) read with: a
// position in the source, skipping white space and // and /* */ comments, failing with a column.
import { TypeSyntaxError } from './errors';

export class TypeLexer {
  pos = 0;
  constructor(readonly src: string) {}

  fail(msg: string, at = this.pos): never {
    throw new TypeSyntaxError(msg, at + 1);
  }

  /** Skips white space and comments; newlines too unless `keepNewlines` (Go's struct field separators). */
  skip(keepNewlines = false): void {
    for (;;) {
      const c = this.src[this.pos] ?? '';
      if (c !== '' && /\s/.test(c) && !(keepNewlines && c === '\n')) this.pos++;
      else if (this.src.startsWith('//', this.pos)) {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else if (this.src.startsWith('/*', this.pos)) {
        const end = this.src.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('unterminated comment');
        this.pos = end + 2;
      } else return;
    }
  }

  peek(): string {
    this.skip();
    return this.src[this.pos] ?? '';
  }
}
