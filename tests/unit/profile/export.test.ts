// The exported profiles against the real tools (fixtures from scripts/calibrate/profile-export.sh):
// a Go calibration program run for real with MemProfileRate=1 and its simulated run's pprof export
// must agree on what main allocated; a Rust program under valgrind's DHAT and its DHAT export on
// the program's own program points. The export must also carry the run's own totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDhat } from '@/lib/profile/dhat';
import { top, totals, type Profile } from '@/lib/profile/model';
import { readPprof } from '@/lib/profile/pprof';
import { profileRun } from '@/lib/profile/run-export';
import { runGo, checkGo } from '@/lib/go/interp';
import { runRust, checkRust } from '@/lib/rust/interp';

const ROOT = join(__dirname, '..', '..', '..');
const FIX = join(ROOT, 'tests', 'fixtures', 'profiles', 'export');
const prog = (lang: 'go' | 'rust', name: string) => readFileSync(join(ROOT, 'scripts', 'calibrate', 'programs', lang, `${name}.${lang === 'go' ? 'go' : 'rs'}`), 'utf8');
const goEngine = { run: runGo, check: checkGo };
const rustEngine = { run: runRust, check: checkRust };

/** The four heap figures of the samples under main.main, leaving out the harness's profile writer. */
function underMain(p: Profile): number[] {
  const t = [0, 0, 0, 0];
  for (const s of p.samples) {
    const names = s.stack.map((i) => p.frames[i].function);
    if (names.includes('main.main') && !names.includes('main.heaplabWriteHeapProfile')) s.values.forEach((v, i) => (t[i] += v));
  }
  return t;
}
/** pprof -top rows of the program's own functions other than main (flat alloc_space and objects). */
function mainRows(p: Profile) {
  const rows = (i: number) => new Map(top(p, i).filter((r) => r.function.startsWith('main.') && r.function !== 'main.main' && r.function !== 'main.heaplabWriteHeapProfile').map((r) => [r.function, r.flat]));
  return { objects: rows(p.heapIndex.allocObjects!), bytes: rows(p.heapIndex.allocBytes!) };
}

const GO_EXACT = ['append_one_at_a_time', 'append_structs', 'new_local_vs_returned'];

describe('Go: exported pprof heap profile against a real MemProfileRate=1 run', () => {
  for (const name of GO_EXACT) {
    it(`${name}: main's alloc_objects and alloc_space, and its functions' top rows, are the real ones`, () => {
      const real = readPprof(readFileSync(join(FIX, `go-${name}.real.pb.gz`)));
      const engine = readPprof(readFileSync(join(FIX, `go-${name}.engine.pb.gz`)));
      expect(real.meta.period).toBe(1);
      expect(engine.meta.period).toBe(1);
      expect(engine.sampleTypes.map((t) => t.type)).toEqual(real.sampleTypes.map((t) => t.type));
      const [e, r] = [underMain(engine), underMain(real)];
      expect(e.slice(0, 2)).toEqual(r.slice(0, 2));
      expect(mainRows(engine)).toEqual(mainRows(real));
      // In use after the final runtime.GC(): the real GC keeps the P's current tiny block
      // (mgcmark.go gcMarkTinyAllocs), the simulated one frees it: one 16-byte block apart.
      expect([r[2] - e[2], r[3] - e[3]]).toEqual([1, 16]);
    });
  }

  it('map_word_count: the program\'s own functions match; fmt printing a map varies from real run to run (random map order)', () => {
    const real = readPprof(readFileSync(join(FIX, 'go-map_word_count.real.pb.gz')));
    const engine = readPprof(readFileSync(join(FIX, 'go-map_word_count.engine.pb.gz')));
    expect(mainRows(engine)).toEqual(mainRows(real));
    expect([...mainRows(engine).bytes.keys()]).toContain('main.words');
  });

  it('gc_small_objects: a million allocations match but for the GC start-up objects real Go makes under main', () => {
    const real = underMain(readPprof(readFileSync(join(FIX, 'go-gc_small_objects.real.pb.gz'))));
    const engine = underMain(readPprof(readFileSync(join(FIX, 'go-gc_small_objects.engine.pb.gz'))));
    expect(real[0] - engine[0]).toBeGreaterThanOrEqual(0);
    expect(real[0] - engine[0]).toBeLessThanOrEqual(4);
    expect(Math.abs(real[1] - engine[1])).toBeLessThanOrEqual(608);
    // In use after the final GC: the live set the program keeps (65,536 objects of 56 B).
    expect(Math.abs(real[3] - engine[3]) / real[3]).toBeLessThan(0.001);
  });

  it('the committed export is what the engine writes today, and its totals are the run\'s', () => {
    for (const name of GO_EXACT) {
      const out = profileRun(goEngine, 'go', prog('go', name));
      const fixture = readPprof(readFileSync(join(FIX, `go-${name}.engine.pb.gz`)));
      const back = readPprof(out.pprof!);
      expect(totals(back)).toEqual(totals(fixture));
      // alloc_space is TotalAlloc (mallocgc profiles the full slot) over the whole run.
      expect(totals(back).allocBytes).toBe(out.result.stats.heapBytes);
    }
  });
});

/** DHAT figures of the program points inside the program (valgrind's also hold glibc's and std's start-up). */
function userPps(p: Profile, crate: string) {
  const t = { tbk: 0, tb: 0, ebk: 0, eb: 0, gbk: 0, gb: 0 };
  for (const s of p.samples) {
    if (!s.stack.some((i) => p.frames[i].function.startsWith(`${crate}::`))) continue;
    const [tbk, tb, ebk, eb, gbk, gb] = s.values;
    Object.assign(t, { tbk: t.tbk + tbk, tb: t.tb + tb, ebk: t.ebk + ebk, eb: t.eb + eb, gbk: t.gbk + gbk, gb: t.gb + gb });
  }
  return t;
}

describe('Rust: exported DHAT profile against valgrind\'s DHAT', () => {
  for (const name of ['box_list_methods', 'vec_push_growth', 'clone_deep', 'string_push_str_growth']) {
    it(`${name}: total and at-end blocks and bytes of the program's points are valgrind's`, () => {
      const real = userPps(readDhat(readFileSync(join(FIX, `rust-${name}.real.dhat.json`), 'utf8')), name);
      const text = readFileSync(join(FIX, `rust-${name}.engine.dhat.json`), 'utf8');
      const engine = userPps(readDhat(text), 'main');
      expect({ tbk: engine.tbk, tb: engine.tb, ebk: engine.ebk, eb: engine.eb }).toEqual({ tbk: real.tbk, tb: real.tb, ebk: real.ebk, eb: real.eb });
      // The global peak (t-gmax) also counts glibc's start-up buffers (about 1.7 KB, freed before
      // main), which the engine does not simulate: compared where the program's peak is higher.
      if (name !== 'box_list_methods') expect({ gbk: engine.gbk, gb: engine.gb }).toEqual({ gbk: real.gbk, gb: real.gb });
      // valgrind's own viewer (dh_view.js, scripts/calibrate/dh-view-check.mjs) opened the export and
      // showed its totals at the root.
      const shown = readFileSync(join(FIX, `rust-${name}.engine.dh_view.txt`), 'utf8');
      const all = totals(readDhat(text));
      const n = (x: number | null) => x!.toLocaleString('en-US');
      expect(shown).toContain(`Total:     ${n(all.allocBytes)} bytes (100%`);
      expect(shown).toMatch(new RegExp(`Total: .* in ${n(all.allocObjects)} blocks \\(100%`));
      expect(shown).toContain(`At t-end:  ${n(all.inuseBytes)} bytes`);
      const j = JSON.parse(text);
      expect(j).toMatchObject({ dhatFileVersion: 2, mode: 'heap', bklt: true, bkacc: false });
      expect(j.ftbl[0]).toBe('[root]');
      for (const pp of j.pps) expect(Object.keys(pp)).toEqual(['tb', 'tbk', 'tl', 'mb', 'mbk', 'gb', 'gbk', 'eb', 'ebk', 'fs']);
    });
  }

  it('reads back with the run\'s totals (a realloc counts as a block of its new size, as DHAT counts it)', () => {
    const out = profileRun(rustEngine, 'rust', prog('rust', 'vec_push_growth'));
    const t = totals(readDhat(out.dhat!));
    expect(t.allocObjects).toBe(out.result.stats.heapAllocs);
    expect(t.allocBytes).toBe(out.result.stats.heapBytes);
    expect(readFileSync(join(FIX, 'rust-vec_push_growth.engine.dhat.json'), 'utf8')).toBe(out.dhat);
  });
});

describe('stack recording is opt-in', () => {
  it('a default run carries no allocation profile; a run with stacks names the functions', () => {
    const src = 'package main\n\nvar keep []*int\n\nfunc f() { keep = append(keep, new(int)) }\n\nfunc main() {\n\tf()\n}\n';
    expect(runGo(src).allocProfile).toBeUndefined();
    const p = runGo(src, { stacks: true }).allocProfile!;
    const names = p.buckets.map((b) => {
      const out: string[] = [];
      for (let n = b.stack; n >= 0; n = p.parent[n]) out.push(`${p.frames[p.frame[n]].function}:${p.frames[p.frame[n]].line}`);
      return out.join(' < ');
    });
    expect(names).toContain('main.f:5 < main.main:8 < runtime.main:0');
  });

  it('a Rust run names functions and closures as rustc does, and a default run records nothing', () => {
    const src = 'fn make(n: u64) -> Vec<Box<u64>> {\n    (0..n).map(|i| Box::new(i)).collect()\n}\n\nfn main() {\n    let v = make(3);\n    println!("{}", v.len());\n}\n';
    expect(runRust(src).allocProfile).toBeUndefined();
    const out = profileRun(rustEngine, 'rust', src);
    const j = JSON.parse(out.dhat!);
    const stacks = j.pps.map((pp: { fs: number[]; tbk: number }) => `${pp.tbk} ${pp.fs.map((f) => j.ftbl[f]).join(' < ')}`);
    expect(stacks).toContain('3 main::make::{closure#0} (main.rs:2) < main::make (main.rs:2) < main::main (main.rs:6)');
    expect(stacks).toContain('1 main::make (main.rs:2) < main::main (main.rs:6)');
  });
});
