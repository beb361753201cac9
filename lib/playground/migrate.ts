// Share-link format versions. A link keeps working after the format changes: each old version has
// one step to the next, and migrate() applies them in order up to CURRENT_VERSION.
//
// To change the format: bump CURRENT_VERSION, add STEPS[old] = (payload of version old) → payload of
// version old + 1, update readPayload() in share.ts, and add a fixture link of the new version to
// tests/fixtures/share-links/ (the old fixtures must still decode to the same programs).

export const CURRENT_VERSION = 1 as const;

export class MigrationError extends Error {}

type Raw = Record<string, unknown> & { v: number };

/** STEPS[n] turns a version-n payload into a version-(n+1) payload. Version 1 is the first. */
export const STEPS: Record<number, (p: Raw) => Raw> = {};

/** Brings a parsed payload of any known version to CURRENT_VERSION. Throws MigrationError. */
export function migrate(payload: unknown): Raw {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new MigrationError('it holds no program');
  let p = payload as Raw;
  if (typeof p.v !== 'number' || !Number.isInteger(p.v) || p.v < 1) throw new MigrationError('its format version is missing');
  if (p.v > CURRENT_VERSION) throw new MigrationError(`it was made by a newer version of Heaplab (format ${p.v})`);
  while (p.v < CURRENT_VERSION) {
    const step = STEPS[p.v];
    if (!step) throw new MigrationError(`format ${p.v} is no longer supported`);
    const next = step(p);
    if (next.v !== p.v + 1) throw new MigrationError(`format ${p.v} did not migrate`);
    p = next;
  }
  return p;
}
