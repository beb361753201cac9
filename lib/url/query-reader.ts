// Reading a lab's link leniently: each field is read on its own, and what cannot be used becomes a
// sentence for the reader (plain text, quoted and shortened), never an exception. Shared by the labs'
// url-state modules.

/** Quoted, shortened and stripped of control characters: the text is shown to the user. */
export function quote(v: string): string {
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return `“${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}”`;
}

export class QueryReader {
  readonly errors: string[] = [];
  constructor(
    protected readonly params: URLSearchParams,
    /** Longest value worth reading: anything longer is not something the lab wrote. */
    private readonly maxValueLength: number,
  ) {}

  /** The single value of `key`, or undefined (absent, repeated or oversized: the latter two are reported). */
  get(key: string, what: string): string | undefined {
    const all = this.params.getAll(key);
    if (all.length === 0) return undefined;
    if (all.length > 1) {
      this.errors.push(`${what} (“${key}”) was given ${all.length} times`);
      return undefined;
    }
    if (all[0].length > this.maxValueLength) {
      this.errors.push(`${what} (“${key}”) is ${all[0].length.toLocaleString('en-US')} characters long`);
      return undefined;
    }
    return all[0];
  }
}
