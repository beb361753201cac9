// Property tests: mutated programs never make runGo throw or hang, and every run keeps the
// heap model's invariants.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';
import { runGoDetailed } from '@/lib/go/interp/run';
import { Ev, type Trace } from '@/lib/runtime/trace';
import type { RunResult } from '@/lib/runtime/result';
import { mutateWellFormed } from '../support/mutate';

const dir = 'scripts/calibrate/programs/go/';
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .sort()
  .map((f) => readFileSync(dir + f, 'utf8'));

const TOKEN = /\s+|[A-Za-z_][A-Za-z0-9_]*|\d+|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'|\/\/[^\n]*|:=|\.\.\.|&&|\|\||<<|>>|&\^|\+\+|--|[-+*/%&|^<>=!]=?|[{}()[\];,.:]/g;
const tokens = corpus.map((s) => s.match(TOKEN) ?? []);

/** A mutation: delete, duplicate or copy a token elsewhere. */
const mutation = fc.record({ op: fc.constantFrom('delete', 'duplicate', 'copy'), at: fc.nat(), from: fc.nat() });

function mutate(prog: number, muts: { op: string; at: number; from: number }[]): string {
  const t = tokens[prog % tokens.length].slice();
  for (const m of muts) {
    const i = m.at % t.length;
    if (m.op === 'delete') t.splice(i, 1);
    else if (m.op === 'duplicate') t.splice(i, 0, t[i]);
    else t.splice(i, 0, t[m.from % t.length]);
  }
  return t.join('');
}

const OPTS = { stepBudget: 300_000, memoryBudget: 128 << 20, eventBudget: 20_000 };

/** The invariants every run must keep. */
function checkInvariants(r: RunResult): void {
  const s = r.stats;
  expect(s.heapAllocs).toBeGreaterThanOrEqual(s.frees);
  expect(s.heapBytes).toBeGreaterThanOrEqual(0);
  expect(s.peakHeapBytes).toBeLessThanOrEqual(s.heapBytes);
  const t = r.trace;
  checkTrace(t);
  for (const g of r.gc) {
    expect(g.heapMarked).toBeGreaterThanOrEqual(0);
    expect(g.goal).toBeGreaterThan(0);
  }
}

function checkTrace(t: Trace): void {
  if (t.aggregated > 0) return; // folded events carry no ids
  const live = new Map<number, number>();
  let heap = 0;
  let lastTime = 0;
  for (let i = 0; i < t.length; i++) {
    const k = t.kind[i];
    expect(t.time[i]).toBeGreaterThanOrEqual(lastTime - 1e-6);
    lastTime = Math.max(lastTime, t.time[i]);
    if (k === Ev.Alloc || k === Ev.Realloc) {
      expect(live.has(t.b[i])).toBe(false);
      live.set(t.b[i], t.a[i]);
      heap += t.a[i];
    } else if (k === Ev.Free) {
      // every free matches an allocation, once
      expect(live.has(t.b[i])).toBe(true);
      live.delete(t.b[i]);
      heap -= t.a[i];
      expect(heap).toBeGreaterThanOrEqual(0);
    }
  }
}

describe('well-formed mutations of the corpus (literals and operators)', () => {
  it('mostly compile (at least 80%), and every run that compiles keeps the heap invariants', { timeout: 300_000 }, () => {
    let runs = 0;
    let reached = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.record({ at: fc.nat(), r: fc.nat() }), { minLength: 1, maxLength: 4 }), (p, muts) => {
        const src = mutateWellFormed(corpus[p % corpus.length], 'go', muts);
        const r = runGo(src, OPTS);
        runs++;
        expect([0, 1, 2, 3]).toContain(r.exitCode);
        expect(r.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
        if (r.exitCode === 1) return;
        reached++;
        checkInvariants(r);
      }),
      { numRuns: 150, seed: 20240601 },
    );
    console.log(`Go well-formed mutations: ${reached} of ${runs} runs compiled and reached the invariants (${((100 * reached) / runs).toFixed(0)}%)`);
    expect(reached / runs).toBeGreaterThanOrEqual(0.8);
  });
});

describe('malformed corpus programs (tokens deleted, duplicated or moved)', () => {
  it('never throw out of runGo, stop within the step budget and report why they do not compile', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (p, muts) => {
        const src = mutate(p, muts);
        const r = runGo(src, OPTS);
        expect([0, 1, 2, 3]).toContain(r.exitCode);
        if (r.exitCode === 1) expect(r.diagnostics.length).toBeGreaterThan(0);
        expect(r.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
        checkInvariants(r);
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });
});

describe('heap invariants on the corpus', () => {
  it('HeapAlloc <= TotalAlloc, Frees <= Mallocs, frees match allocations', { timeout: 120_000 }, () => {
    for (const src of corpus) {
      const d = runGoDetailed(src, { stepBudget: 400_000 });
      checkInvariants(d.result);
      if (d.window) {
        expect(d.window.heapAllocAfter).toBeGreaterThanOrEqual(0);
        expect(d.window.heapAllocAfter).toBeLessThanOrEqual(d.window.heapAllocBefore + d.window.totalAlloc);
      }
    }
  });
});

describe('random slice programs', () => {
  type Op = { k: 'append'; n: number } | { k: 'reslice'; lo: number; hi: number } | { k: 'three'; hi: number; max: number } | { k: 'make'; len: number; extra: number } | { k: 'copy' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ k: fc.constant('append' as const), n: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ k: fc.constant('reslice' as const), lo: fc.nat(50), hi: fc.nat(100) }),
    fc.record({ k: fc.constant('three' as const), hi: fc.nat(100), max: fc.nat(120) }),
    fc.record({ k: fc.constant('make' as const), len: fc.nat(30), extra: fc.nat(30) }),
    fc.record({ k: fc.constant('copy' as const) }),
  );
  const render = (ops: Op[]): string => {
    const lines = ops.map((o) => {
      switch (o.k) {
        case 'append':
          return `\tfor i := 0; i < ${o.n}; i++ {\n\t\ts = append(s, i)\n\t}`;
        case 'reslice':
          return `\tif lo, hi := ${o.lo}, ${o.hi}; lo <= hi && hi <= cap(s) {\n\t\ts = s[lo:hi]\n\t}`;
        case 'three':
          return `\tif hi, max := ${o.hi}, ${o.max}; hi <= max && max <= cap(s) {\n\t\ts = s[:hi:max]\n\t}`;
        case 'make':
          return `\ts = make([]int, ${o.len}, ${o.len + o.extra})`;
        case 'copy':
          return `\t{\n\t\tt := make([]int, len(s))\n\t\tcopy(t, s)\n\t\ts = append(t[:len(t):len(t)], len(t))\n\t}`;
      }
    });
    return `package main\n\nimport "fmt"\n\nfunc main() {\n\tvar s []int\n${lines.join('\n\tfmt.Println(len(s), cap(s))\n')}\n\tfmt.Println(len(s), cap(s))\n}\n`;
  };
  it('len <= cap after every operation and the run is clean', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        const r = runGo(render(ops));
        expect(r.exitCode).toBe(0);
        for (const line of r.stdout.trim().split('\n')) {
          const [len, cap] = line.split(' ').map(Number);
          expect(len).toBeLessThanOrEqual(cap);
        }
        checkInvariants(r);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
