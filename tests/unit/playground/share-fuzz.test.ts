// Hostile and broken links, measured: 10,000+ generated links go through what the page does with
// an opening link (decodeShare, then the store's applyLink or linkFailed, then the alert and the
// code rendered as the page renders them). Every one must end in a clear message or an opened
// program; none may throw, hang, or put markup from the link into the page. The counts are printed.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PgStoreContext } from '@/components/Playground/context';
import { LinkAlert } from '@/components/Playground/LinkAlert';
import { createPgStore, initialState } from '@/components/Playground/store';
import { deflateRaw, toBase64Url } from '@/lib/playground/codec';
import { loadExamples } from '@/lib/playground/load-examples';
import { decodeShare, encodeShare, isShareHash, MAX_CODE_CHARS, MAX_ENCODED_CHARS, type SharePayload } from '@/lib/playground/share';

const examples = loadExamples();
const enc = new TextEncoder();
const z = async (bytes: Uint8Array) => toBase64Url(await deflateRaw(bytes));
const zJson = async (json: string) => z(enc.encode(json));

/** The sentences a broken link may produce (never any of the link's own text). */
const CLEAR = [
  /^This link is too long \(\d+ kB; a playground link holds at most 64 kB\)\.$/,
  /^This link could not be read\.$/,
  /^This link has no program in it \(it may have been cut short\)\.$/,
  /^This link holds more code than the playground accepts\.$/,
  /^This link is damaged or incomplete \(it may have been cut short when copied\)\.$/,
  /^This link is damaged: its contents are not readable\.$/,
  /^This link could not be used: (it holds no program|its format version is missing|it was made by a newer version of Heaplab \(format [0-9e+.]+\)|format \d+ is no longer supported|its version marks disagree|program [AB] is missing|program [AB] has an unknown language|program [AB] has no code|program [AB] is longer than 100 kB)\.$/,
  /^This link could not be used\.$/,
];
const WARNING = /^(GOGC|GOMEMLIMIT|GOMAXPROCS) (is out of range|is not a number|is not valid)[^<>]* in program [AB], so the default is used$/;

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')", '{{constructor.constructor("alert(1)")()}}', '\u202e\u0000\ud800'];

const real: SharePayload[] = [
  { v: 1, a: { lang: 'go', code: examples[0].code, settings: { gogc: 50, memlimitMiB: 64, gomaxprocs: 2 }, example: examples[0].id } },
  { v: 1, a: { lang: 'rust', code: 'fn main() { println!("hi"); }', settings: { gogc: 100, memlimitMiB: null, gomaxprocs: 1 } } },
  { v: 1, a: { lang: 'go', code: 'package main\nfunc main() {}\n', settings: { gogc: 'off', memlimitMiB: null, gomaxprocs: 4 } }, b: { lang: 'go', code: 'package main\nfunc main() {}\n', settings: { gogc: 200, memlimitMiB: null, gomaxprocs: 4 } } },
];

/** The generated links, by family: each a hash as it would stand in the address bar. */
const families: Record<string, fc.Arbitrary<Promise<string>>> = {
  'random bytes': fc.uint8Array({ minLength: 0, maxLength: 600 }).map(async (b) => `#v=1&z=${toBase64Url(b)}`),
  'random text': fc.string({ unit: 'binary', maxLength: 300 }).map(async (s) => `#${s}`),
  'random deflated bytes': fc.uint8Array({ maxLength: 400 }).map(async (b) => `#v=1&z=${await z(b)}`),
  'truncated real link': fc.tuple(fc.nat(real.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(async ([i, f]) => {
    const h = await encodeShare(real[i]);
    return `#${h.slice(0, Math.floor(h.length * f))}`;
  }),
  'bit-flipped real link': fc.tuple(fc.nat(real.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 4 })).map(async ([i, flips]) => {
    const bytes = await deflateRaw(enc.encode(JSON.stringify(real[i])));
    for (const f of flips) bytes[f % bytes.length] ^= 1 << f % 8;
    return `#v=1&z=${toBase64Url(bytes)}`;
  }),
  'unknown version': fc.tuple(fc.constantFrom(0, -1, 2, 99, 1.5, '1', null, 'x', 1e308), fc.boolean()).map(async ([v, outer]) => {
    const json = JSON.stringify({ ...real[0], v });
    return `#${outer ? `v=${String(v)}&` : ''}z=${await zJson(json)}`;
  }),
  'deflate bomb': fc.integer({ min: 620_000, max: 1_500_000 }).map(async (n) => `#v=1&z=${await z(new Uint8Array(n).fill(0x20))}`),
  'deeply nested JSON': fc.integer({ min: 1_000, max: 200_000 }).map(async (n) => `#v=1&z=${await zJson('['.repeat(n) + ']'.repeat(n))}`),
  'code at and over the cap': fc.integer({ min: -2, max: 2 }).map(async (d) => {
    const p: SharePayload = { v: 1, a: { lang: 'go', code: 'x'.repeat(MAX_CODE_CHARS + d), settings: real[0].a.settings } };
    return `#v=1&z=${await zJson(JSON.stringify(p))}`;
  }),
  'too long a link': fc.integer({ min: MAX_ENCODED_CHARS - 10, max: MAX_ENCODED_CHARS + 4000 }).map(async (n) => `#v=1&z=${'A'.repeat(n)}`),
  'odd but valid settings': fc
    .record({
      gogc: fc.oneof(fc.constantFrom('off', 'OFF', 0, 1, 100, 10_000, -1, 1e9, 'nan', null), fc.integer()),
      memlimitMiB: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1 << 22 }), fc.constantFrom('64', 0.5)),
      gomaxprocs: fc.oneof(fc.integer({ min: -2, max: 300 }), fc.constantFrom('2', 1.5, null)),
      extra: fc.string({ maxLength: 8 }),
    })
    .map(async (settings) => `#v=1&z=${await zJson(JSON.stringify({ v: 1, a: { lang: 'go', code: 'package main\nfunc main() {}\n', settings } }))}`),
  'markup in every field': fc.tuple(fc.constantFrom(...HOSTILE), fc.constantFrom('code', 'example', 'lang', 'settings', 'b')).map(async ([x, field]) => {
    const a: Record<string, unknown> = { lang: 'go', code: `// ${x}\npackage main\nfunc main() {}\n`, settings: real[0].a.settings };
    if (field === 'example') a.example = x;
    if (field === 'lang') a.lang = x;
    if (field === 'settings') a.settings = { gogc: x, memlimitMiB: x, gomaxprocs: x };
    const wire: Record<string, unknown> = { v: 1, a };
    if (field === 'b') wire.b = { lang: x, code: x, settings: x };
    return `#v=1&z=${await zJson(JSON.stringify(wire))}`;
  }),
};

/** What the page shows for a link: the alert's markup and the code's, rendered as React renders them. */
function pageFor(hash: string, r: Awaited<ReturnType<typeof decodeShare>>): { markup: string; opened: boolean } {
  const api = createPgStore(initialState(examples));
  if (r.ok) api.getState().applyLink(r.payload, r.warnings);
  else api.getState().linkFailed(r.error);
  const s = api.getState();
  const markup = renderToStaticMarkup(createElement(PgStoreContext.Provider, { value: api }, createElement(LinkAlert), createElement('pre', null, s.code)));
  return { markup, opened: r.ok };
}

const TAGS = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/g;

describe('hostile and broken links, measured', () => {
  it('10,000+ generated links: each gives a clear message or opens; none throws, hangs or injects markup', { timeout: 240_000 }, async () => {
    const PER_FAMILY = 850;
    const counts: Record<string, { message: number; opened: number; warned: number }> = {};
    let threw = 0;
    let hung = 0;
    let injected = 0;
    let total = 0;
    for (const [name, arb] of Object.entries(families)) {
      const c = (counts[name] = { message: 0, opened: 0, warned: 0 });
      const hashes = fc.sample(arb, { numRuns: PER_FAMILY, seed: 7 });
      for (const h of hashes) {
        total++;
        const hash = await h;
        let r;
        try {
          // The page reads a hash only when it looks like a link; the rest is left alone (a plain #anchor).
          if (!isShareHash(hash)) {
            c.message++;
            continue;
          }
          const t0 = performance.now();
          r = await decodeShare(hash);
          if (performance.now() - t0 > 2000) hung++;
        } catch {
          threw++;
          continue;
        }
        const { markup, opened } = pageFor(hash, r);
        const tags = new Set([...markup.matchAll(TAGS)].map((m) => m[1].toLowerCase()));
        for (const t of tags) if (!['div', 'p', 'button', 'pre'].includes(t)) injected++;
        if (opened && r.ok) {
          c.opened++;
          if (r.warnings.length) c.warned++;
          for (const w of r.warnings) expect(w).toMatch(WARNING);
        } else if (!r.ok) {
          expect(CLEAR.some((re) => re.test(r.error)), r.error).toBe(true);
          c.message++;
        }
      }
    }
    const lines = Object.entries(counts).map(([k, c]) => `  ${k.padEnd(26)} clear message ${String(c.message).padStart(4)}  opened ${String(c.opened).padStart(4)} (${c.warned} with a warning)`);
    console.log(`Links tried: ${total}; threw ${threw}, hung ${hung}, injected markup ${injected}\n${lines.join('\n')}`);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect({ threw, hung, injected }).toEqual({ threw: 0, hung: 0, injected: 0 });
    // Every family was really exercised: the broken ones give messages, the valid ones open.
    expect(counts['random bytes'].message).toBeGreaterThan(800);
    expect(counts['deflate bomb'].message).toBe(PER_FAMILY);
    expect(counts['odd but valid settings'].opened).toBe(PER_FAMILY);
    expect(counts['markup in every field'].opened).toBeGreaterThan(0);
    expect(counts['markup in every field'].message).toBeGreaterThan(0);
  });
});
