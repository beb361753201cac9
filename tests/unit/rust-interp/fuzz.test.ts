// Property tests: random and mutated programs never make runRust throw or hang past its budget,
// and every run's trace keeps the heap invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runRust } from '@/lib/rust/interp';
import { Ev } from '@/lib/runtime/trace';
import type { RunResult } from '@/lib/runtime/result';
import { mutateWellFormed } from '../support/mutate';

const ROOT = join(__dirname, '..', '..', '..');
const corpusDir = join(ROOT, 'scripts/calibrate/programs/rust');
const seeds = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.rs'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

function invariants(r: RunResult): void {
  const t = r.trace;
  const live = new Map<number, number>();
  let bytes = 0;
  for (let i = 0; i < t.length; i++) {
    const id = t.b[i];
    if (t.kind[i] === Ev.Alloc) {
      expect(live.has(id)).toBe(false);
      live.set(id, t.a[i]);
      bytes += t.a[i];
    } else if (t.kind[i] === Ev.Realloc) {
      expect(live.has(id)).toBe(true);
      bytes += t.a[i] - live.get(id)!;
      live.set(id, t.a[i]);
    } else if (t.kind[i] === Ev.Free) {
      // every dealloc matches an earlier alloc of the same size
      expect(live.get(id)).toBe(t.a[i]);
      live.delete(id);
      bytes -= t.a[i];
    }
    expect(bytes).toBeGreaterThanOrEqual(0);
    expect(bytes).toBeLessThanOrEqual(r.stats.peakHeapBytes);
  }
  expect([0, 1, 3, 101, 134]).toContain(r.exitCode);
}

const FRAGMENTS = [
  'let mut v: Vec<u32> = Vec::new();',
  'v.push(1);',
  'let s = String::from("x");',
  'loop {}',
  'while true { v.push(2); }',
  'let b = Box::new(v);',
  'drop(s);',
  'println!("{:?}", v);',
  'v.truncate(0);',
  'v.shrink_to_fit();',
  'let w = v.clone();',
  'let x = v[3];',
  '}',
  '{',
  'let t = format!("{}{}", 1, "a");',
  'v.reserve(1000);',
  'let z: u8 = 255 + 1;',
  'std::mem::take(&mut v);',
];

describe('well-formed mutations of the corpus (literals and operators)', () => {
  it('mostly compile (at least 80%), and every run that compiles keeps the heap invariants', { timeout: 300_000 }, () => {
    let runs = 0;
    let reached = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.record({ at: fc.nat(), r: fc.nat() }), { minLength: 1, maxLength: 4 }), (si, muts) => {
        const r = runRust(mutateWellFormed(seeds[si % seeds.length], 'rust', muts), { stepBudget: 200_000 });
        runs++;
        expect(r.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
        if (r.exitCode === 1) return;
        reached++;
        invariants(r);
      }),
      { numRuns: 150, seed: 42 },
    );
    console.log(`Rust well-formed mutations: ${reached} of ${runs} runs compiled and reached the invariants (${((100 * reached) / runs).toFixed(0)}%)`);
    expect(reached / runs).toBeGreaterThanOrEqual(0.8);
  });
});

describe('fuzz', () => {
  it('malformed programs (text cut and spliced) never throw, and the ones that run keep the heap invariants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('', ';', '}', '{', 'v', '0', ' loop {} ', 'String::new()', '&mut ', '.clone()'), (si, at, cut, ins) => {
        const src = seeds[si];
        const p = at % (src.length + 1);
        const mutated = src.slice(0, p) + ins + src.slice(p + cut);
        let r: RunResult | undefined;
        expect(() => {
          r = runRust(mutated, { stepBudget: 200_000 });
        }).not.toThrow();
        invariants(r!);
        if (r!.exitCode === 1) expect(r!.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
  it('random statement soups stop within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }), (stmts) => {
        const src = `fn main() {\n    let mut v: Vec<u32> = Vec::new();\n    ${stmts.join('\n    ')}\n}\n`;
        const r = runRust(src, { stepBudget: 100_000 });
        invariants(r);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
  it('Vec length never exceeds capacity (checked by the program itself)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('v.push(7);', 'v.pop();', 'v.clear();', 'v.truncate(2);', 'v.reserve(3);', 'v.reserve_exact(1);', 'v.shrink_to_fit();', 'v.extend_from_slice(&[1, 2, 3]);'), { maxLength: 30 }), (ops) => {
        const body = ops.map((o) => `    ${o}\n    assert!(v.len() <= v.capacity());`).join('\n');
        const r = runRust(`fn main() {\n    let mut v: Vec<u16> = Vec::new();\n${body}\n    println!("{} {}", v.len(), v.capacity());\n}\n`);
        expect(r.exitCode).toBe(0);
        invariants(r);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
