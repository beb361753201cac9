import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { elemPresetsFor } from '@/lib/growth/elem-presets';
import { DEFAULT_LAB_STATE, isValidLabState, LIMITS, type LabState, type SeriesState } from '@/lib/growth/lab-state';
import { strategiesFor, type Lang } from '@/lib/growth/simulate';
import { parseLabState, serializeLabState } from '@/lib/growth/url-state';

const series = (lang: Lang): fc.Arbitrary<SeriesState> =>
  fc.record({
    strategy: fc.constantFrom(...strategiesFor(lang)),
    chunk: fc.integer({ min: LIMITS.chunk.min, max: LIMITS.chunk.max }),
  });

const labState: fc.Arbitrary<LabState> = fc.constantFrom<Lang>('go', 'rust').chain((lang) =>
  fc.record({
    lang: fc.constant(lang),
    elem: fc.oneof(
      fc.constantFrom(...elemPresetsFor(lang).map((p) => p.id)).map((id) => ({ kind: 'preset' as const, id })),
      fc.record({
        kind: fc.constant('custom' as const),
        size: fc.integer({ min: LIMITS.size.min, max: LIMITS.size.max }),
        hasPointers: fc.boolean(),
      }),
    ),
    n: fc.integer({ min: LIMITS.n.min, max: LIMITS.n.max }),
    a: series(lang),
    b: fc.option(series(lang), { nil: null }),
  }),
);

describe('serializeLabState / parseLabState', () => {
  it('round-trips every valid state without errors', () => {
    fc.assert(
      fc.property(labState, (s) => {
        const { state, errors } = parseLabState(serializeLabState(s));
        expect(errors).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through a leading "?" and a full URL search', () => {
    const s: LabState = { ...DEFAULT_LAB_STATE, lang: 'rust', elem: { kind: 'preset', id: '[u8; 100]' }, n: 42, b: { strategy: 'reserveExact', chunk: 7 } };
    const url = new URL(`https://example.test/labs/slices/?${serializeLabState(s)}`);
    expect(parseLabState(url.search).state).toEqual(s);
  });

  it('writes every field in a fixed order with a format version', () => {
    expect(serializeLabState(DEFAULT_LAB_STATE)).toBe('v=1&lang=go&t=int&n=1000&a=append&ak=100&b=off');
  });

  it('reads an empty query as the fallback without errors', () => {
    expect(parseLabState('')).toEqual({ state: DEFAULT_LAB_STATE, errors: [] });
    expect(parseLabState('?')).toEqual({ state: DEFAULT_LAB_STATE, errors: [] });
  });

  it('keeps the fallback for absent fields', () => {
    const fallback: LabState = { ...DEFAULT_LAB_STATE, n: 77, b: { strategy: 'growOnce', chunk: 5 } };
    expect(parseLabState('?n=12', fallback)).toEqual({ state: { ...fallback, n: 12 }, errors: [] });
  });

  it('ignores unknown keys silently', () => {
    expect(parseLabState('?utm_source=x&fbclid=abc&n=5')).toEqual({ state: { ...DEFAULT_LAB_STATE, n: 5 }, errors: [] });
  });
});

describe('parseLabState on hostile or broken links', () => {
  const cases: Array<[string, RegExp]> = [
    ['n=<script>alert(1)</script>', /number of elements/],
    ['n=1e400', /number of elements/],
    ['n=-1', /number of elements/],
    ['n=10000001', /number of elements/],
    ['n=5.0', /number of elements/],
    ['n=0x10', /number of elements/],
    ['n=%201', /number of elements/],
    ['n=', /number of elements/],
    ['lang=cobol', /language/],
    ['lang=GO', /language/],
    ['t=Box%3Cu64%3E', /element type/], // a Rust preset on a Go link
    ['t=custom&sz=65537', /element size/],
    ['t=custom&sz=8&ptr=yes', /holds pointers/],
    ['a=reserve', /strategy A/], // Rust-only strategy on a Go link
    ['a=__proto__', /strategy A/],
    ['a=constructor', /strategy A/],
    ['ak=0', /chunk size A/],
    ['b=hasOwnProperty', /strategy B/],
    ['v=2', /format version/],
  ];
  it.each(cases)('%s → default for that field and one readable error', (search, re) => {
    const { state, errors } = parseLabState(`?${search}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(re);
    expect(isValidLabState(state)).toBe(true);
    if (search.startsWith('t=custom')) expect(state).toEqual({ ...DEFAULT_LAB_STATE, elem: { kind: 'custom', size: 8, hasPointers: false } });
    else expect(state).toEqual(DEFAULT_LAB_STATE);
  });

  it('reports duplicate keys and uses the default', () => {
    const { state, errors } = parseLabState('?n=5&n=6&lang=rust&lang=rust');
    expect(state).toEqual(DEFAULT_LAB_STATE);
    expect(errors).toHaveLength(2);
    expect(errors.join(' ')).toMatch(/given 2 times/);
  });

  it('refuses a 100 kB value without echoing it', () => {
    const big = 'x'.repeat(100_000);
    const { state, errors } = parseLabState(`?n=5&t=${big}`);
    expect(state).toEqual({ ...DEFAULT_LAB_STATE, n: 5 });
    expect(errors).toHaveLength(1);
    expect(errors[0].length).toBeLessThan(120);
  });

  it('quotes bad values shortened and without control characters', () => {
    const { errors } = parseLabState(`?lang=${encodeURIComponent('a\u0000b\nc'.repeat(8))}`);
    expect(errors[0]).not.toMatch(/[\u0000\n]/);
    expect(errors[0]).toContain('…');
  });

  it('keeps the good fields of a partly broken link', () => {
    const { state, errors } = parseLabState('?lang=rust&n=%3Cscript%3E&a=reserve&ak=16&b=bogus');
    expect(state).toEqual({ ...DEFAULT_LAB_STATE, lang: 'rust', elem: { kind: 'preset', id: 'u64' }, a: { strategy: 'reserve', chunk: 16 } });
    expect(errors).toHaveLength(2);
  });

  it('never throws and always yields a valid state, whatever the input', () => {
    const keys = fc.constantFrom('v', 'lang', 't', 'sz', 'ptr', 'n', 'a', 'ak', 'b', 'bk', 'zz');
    const values = fc.oneof(fc.string(), fc.constantFrom('go', 'rust', 'custom', 'off', 'append', 'reserve', '0', '1', '65536', 'int', 'u8'));
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, values), { maxLength: 12 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const { state } = parseLabState(search);
        expect(isValidLabState(state)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(isValidLabState(parseLabState(raw).state)).toBe(true);
      }),
    );
  });
});
