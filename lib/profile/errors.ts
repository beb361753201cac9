// What the importer says when a file is not a profile it can read. Messages are plain text.

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** Size and node budgets: a hostile or corrupted file is refused, never allowed to freeze a tab. */
export const LIMITS = {
  /** Bytes of the file as given (gzipped or not). */
  fileBytes: 256 << 20,
  /** Bytes after gunzip. */
  inflatedBytes: 512 << 20,
  /** Samples, locations, functions and frames, each. */
  nodes: 5_000_000,
  /** Frames on one stack. */
  depth: 4096,
};
