// Go 1.23 slice growth: the models in lib/go against real go1.23.5 runs
// (tests/fixtures/calibration/go-growth.json, made by scripts/calibrate/run.sh).
import { describe, it, expect } from 'vitest';
import { appendOneAtATime, growslice, makeslice, type ElemInfo } from '@/lib/go/slice';
import { goLayout, parseGoType } from '@/lib/go/types';
import { goGrowth as fx, type GoGrowCase } from './fixtures';

const elem = (c: { size: number; hasPointers: boolean }): ElemInfo => ({ size: c.size, hasPointers: c.hasPointers });
const label = (c: { type: string; size: number; hasPointers: boolean }) =>
  `[]${c.type} (${c.size} B, ${c.hasPointers ? 'scan' : 'noscan'})`;
// Noscan objects < 16 B come from the tiny allocator; the measured TotalAlloc
// delta is then one whole 16-byte block (ReadMemStats flushes the old one).
const isTiny = (bytes: number, hasPointers: boolean) => !hasPointers && bytes > 0 && bytes < 16;

describe('go-growth fixture sanity', () => {
  it('comes from go1.23 with GOMAXPROCS=1', () => {
    expect(fx.toolchain).toMatch(/^go version go1\.23\.\d+ linux\/amd64$/);
    expect(fx.generatedBy).toBe('scripts/calibrate/run.sh');
    expect(fx.gomaxprocs).toBe(1);
  });
  it('has enough one-at-a-time element types, sizes and lengths', () => {
    const types = new Set(fx.oneAtATime.map((c) => c.type));
    expect(types.size).toBeGreaterThanOrEqual(22);
    expect(Math.max(...fx.oneAtATime.map((c) => c.n))).toBeGreaterThanOrEqual(100000);
    expect(fx.oneAtATime.filter((c) => c.hasPointers).length).toBeGreaterThanOrEqual(8);
    expect(fx.oneAtATime.filter((c) => !c.hasPointers).length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...fx.oneAtATime.map((c) => c.size))).toBeGreaterThan(1000);
    for (const c of fx.oneAtATime) expect(c.transitions.length, c.type).toBeGreaterThan(0);
  });
  it('has make-then-grow, append-many, large-object and make cases', () => {
    expect(fx.makeThenGrow.length).toBeGreaterThanOrEqual(50);
    expect(fx.makeThenGrow.some((c) => c.hasPointers)).toBe(true);
    for (const cap of [5, 100, 1000, 3000]) expect(fx.makeThenGrow.some((c) => c.startCap === cap)).toBe(true);
    const rows = fx.appendMany.flatMap((g) => [...g.spread, ...g.variadic]);
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    expect(fx.appendMany.some((g) => g.spread.some(([, , k, cap]) => k * g.size > 32768 && cap > 0))).toBe(true);
    expect(fx.make.flatMap((g) => g.cases).length).toBeGreaterThanOrEqual(100);
  });
});

describe('go element types: parseGoType + goLayout vs unsafe.Sizeof/Alignof and reflect', () => {
  const seen = new Map<string, { type: string; size: number; align: number; hasPointers: boolean }>();
  for (const c of [...fx.oneAtATime, ...fx.makeThenGrow, ...fx.appendMany, ...fx.make]) seen.set(c.type, c);
  for (const c of seen.values()) {
    it(c.type, () => {
      const l = goLayout(parseGoType(c.type));
      expect({ size: l.size, align: l.align, hasPointers: l.hasPointers }, c.type).toEqual({
        size: c.size,
        align: c.align,
        hasPointers: c.hasPointers,
      });
    });
  }
});

function checkGrowth(c: GoGrowCase) {
  const start = { len: c.startLen, cap: c.startCap };
  const got = appendOneAtATime(elem(c), c.n - c.startLen, start);
  expect(got, `${label(c)} from len ${c.startLen} cap ${c.startCap} to ${c.n}`).toEqual(c.transitions);
}

describe('go append one at a time from nil (appendOneAtATime)', () => {
  for (const c of fx.oneAtATime) it(`${label(c)} to ${c.n}`, () => checkGrowth(c));
});

describe('go make([]T, len, cap) then append one at a time', () => {
  for (const c of fx.makeThenGrow) {
    it(`${label(c)} make(len ${c.startLen}, cap ${c.startCap}) to ${c.n}`, () => checkGrowth(c));
  }
});

describe('go growslice allocBytes vs measured TotalAlloc per growth', () => {
  for (const c of fx.oneAtATime) {
    if (!c.allocBytes) continue;
    it(label(c), () => {
      const bad: string[] = [];
      let prevCap = c.startCap;
      c.transitions.forEach(([len, cap], i) => {
        const g = growslice(len - 1, prevCap, 1, elem(c));
        const measured = c.allocBytes![i];
        if (!isTiny(g.capmem, c.hasPointers) && g.allocBytes !== measured) {
          bad.push(`growslice(${len - 1}, ${prevCap}, 1) → cap ${cap}: allocBytes model ${g.allocBytes}, real ${measured}`);
        }
        prevCap = cap;
      });
      expect(bad.join('\n'), label(c)).toBe('');
    });
  }
});

describe('go append many at once (growslice newcap)', () => {
  for (const g of fx.appendMany) {
    for (const how of ['spread', 'variadic'] as const) {
      const form = how === 'spread' ? 'append(s, make([]T, k)...)' : 'append(s, a, b, …)';
      it(`${label(g)} ${form}: ${g[how].length} cases`, () => {
        const bad: string[] = [];
        for (const [l, c, k, cap] of g[how]) {
          const got = growslice(l, c, k, elem(g)).newcap;
          if (got !== cap) bad.push(`len ${l} cap ${c} + ${k}: model ${got}, real ${cap}`);
        }
        expect(bad.join('\n'), `${label(g)} ${form}`).toBe('');
      });
    }
  }
});

describe('go make([]T, len, cap) (makeslice)', () => {
  for (const g of fx.make) {
    it(`${label(g)}: ${g.cases.length} cases`, () => {
      const bad: string[] = [];
      for (const [len, capArg, cap, allocBytes] of g.cases) {
        const m = makeslice(len, capArg, elem(g));
        if (m.cap !== cap) bad.push(`make(${len}, ${capArg}): cap model ${m.cap}, real ${cap}`);
        if (!isTiny(m.capmem, g.hasPointers) && m.allocBytes !== allocBytes) {
          bad.push(`make(${len}, ${capArg}): allocBytes model ${m.allocBytes}, real ${allocBytes}`);
        }
      }
      expect(bad.join('\n'), label(g)).toBe('');
    });
  }
});
