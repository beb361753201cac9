// Share links: the code, language and settings of one program (or a compared pair), as JSON,
// deflate-raw compressed and base64url-encoded in the URL hash: `#v=1&z=…`. The hash never reaches
// a server, and the link needs nothing else to reproduce the run.
//
// Everything read from a link is untrusted: it is size-capped before and after inflating, parsed
// as JSON, migrated to the current version and validated field by field. The errors are plain
// sentences for a role=alert message, never markup.

import { deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './codec';
import { CURRENT_VERSION, migrate, MigrationError } from './migrate';
import { LANGS, readSettings, type Lang, type Settings } from './settings';

export { CURRENT_VERSION };

/** One program as a link carries it. */
export interface ProgramSpec {
  lang: Lang;
  code: string;
  settings: Settings;
  /** The example it started from, if any (for the "modified" badge). */
  example?: string;
}

export interface SharePayload {
  v: typeof CURRENT_VERSION;
  a: ProgramSpec;
  /** Compare: a second program, or the same program (code omitted on the wire) under other settings. */
  b?: ProgramSpec;
}

export const MAX_ENCODED_CHARS = 64 * 1024;
export const MAX_CODE_CHARS = 100 * 1024;
/** Inflated JSON: two programs at the code cap plus room for the JSON around them. */
export const MAX_JSON_BYTES = 2 * MAX_CODE_CHARS * 3 + 4096;

export type DecodeResult = { ok: true; payload: SharePayload; warnings: string[] } | { ok: false; error: string };

/** Wire shape: `b.code` and `b.lang` are left out when B is A's program under other settings. */
function toWire(p: SharePayload): unknown {
  const a = { lang: p.a.lang, code: p.a.code, settings: p.a.settings, ...(p.a.example ? { example: p.a.example } : {}) };
  if (!p.b) return { v: p.v, a };
  const same = p.b.lang === p.a.lang && p.b.code === p.a.code;
  const b = same ? { settings: p.b.settings } : { lang: p.b.lang, code: p.b.code, settings: p.b.settings, ...(p.b.example ? { example: p.b.example } : {}) };
  return { v: p.v, a, b };
}

/** The hash (without '#') of a link to this payload. */
export async function encodeShare(p: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toWire(p)));
  const z = toBase64Url(await deflateRaw(json));
  return `v=${p.v}&z=${z}`;
}

/** True when the hash looks like a share link at all (so a plain #anchor is left alone). */
export function isShareHash(hash: string): boolean {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  return /(^|&)z=/.test(h.slice(0, MAX_ENCODED_CHARS + 16)) || /^v=/.test(h);
}

const EXAMPLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function readProgram(raw: unknown, which: string, fallback: ProgramSpec | null, warnings: string[]): ProgramSpec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MigrationError(`program ${which} is missing`);
  const r = raw as Record<string, unknown>;
  const lang = r.lang === undefined && fallback ? fallback.lang : r.lang;
  if (typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang)) throw new MigrationError(`program ${which} has an unknown language`);
  const code = r.code === undefined && fallback ? fallback.code : r.code;
  if (typeof code !== 'string') throw new MigrationError(`program ${which} has no code`);
  if (code.length > MAX_CODE_CHARS) throw new MigrationError(`program ${which} is longer than ${MAX_CODE_CHARS / 1024} kB`);
  const errors: string[] = [];
  const settings = readSettings(r.settings, errors);
  for (const e of errors) warnings.push(`${e} in program ${which}, so the default is used`);
  const spec: ProgramSpec = { lang: lang as Lang, code, settings };
  const example = r.example === undefined && r.code === undefined && fallback ? fallback.example : r.example;
  if (typeof example === 'string' && EXAMPLE_ID.test(example)) spec.example = example;
  return spec;
}

/** Validates a migrated (current-version) payload. Throws MigrationError with a plain sentence. */
export function readPayload(raw: unknown, warnings: string[] = []): SharePayload {
  const r = raw as Record<string, unknown>;
  const a = readProgram(r.a, 'A', null, warnings);
  const payload: SharePayload = { v: CURRENT_VERSION, a };
  if (r.b !== undefined) payload.b = readProgram(r.b, 'B', a, warnings);
  return payload;
}

/** Reads a link's hash ('#v=1&z=…' or without '#'). Never throws. */
export async function decodeShare(hash: string): Promise<DecodeResult> {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h.length > MAX_ENCODED_CHARS) {
    return { ok: false, error: `This link is too long (${Math.round(h.length / 1024)} kB; a playground link holds at most ${MAX_ENCODED_CHARS / 1024} kB).` };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(h);
  } catch {
    return { ok: false, error: 'This link could not be read.' };
  }
  const z = params.get('z');
  if (!z) return { ok: false, error: 'This link has no program in it (it may have been cut short).' };
  let json: string;
  try {
    const bytes = await inflateRaw(fromBase64Url(z), MAX_JSON_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, error: 'This link holds more code than the playground accepts.' };
    return { ok: false, error: 'This link is damaged or incomplete (it may have been cut short when copied).' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This link is damaged: its contents are not readable.' };
  }
  try {
    const warnings: string[] = [];
    const outer = params.get('v');
    if (outer !== null && typeof raw === 'object' && raw !== null && String((raw as { v?: unknown }).v) !== outer) {
      throw new MigrationError('its version marks disagree');
    }
    return { ok: true, payload: readPayload(migrate(raw), warnings), warnings };
  } catch (e) {
    if (e instanceof MigrationError) return { ok: false, error: `This link could not be used: ${e.message}.` };
    return { ok: false, error: 'This link could not be used.' };
  }
}
