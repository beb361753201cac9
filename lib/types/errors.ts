// Shared error for the Go and Rust type-expression parsers (lib/go/types.ts, lib/rust/types.ts).

/** Thrown on a malformed type expression. `column` is 1-based, pointing at the offending character. */
export class TypeSyntaxError extends Error {
  readonly column: number;
  constructor(message: string, column: number) {
    super(`${message} (column ${column})`);
    this.name = 'TypeSyntaxError';
    this.column = column;
  }
}
