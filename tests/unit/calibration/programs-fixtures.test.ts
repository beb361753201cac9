// Sanity checks of the program-corpus fixtures (scripts/calibrate/programs.mjs,
// run by scripts/calibrate/run.sh against go1.23.5 and rustc 1.95.0). The
// simulators that will run these programs don't exist yet: these tests only
// make sure every program has a complete recording, and vice versa.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import goJson from '@/tests/fixtures/calibration/programs-go.json';
import rustJson from '@/tests/fixtures/calibration/programs-rust.json';

interface GoStats {
  mallocs: number;
  frees: number;
  totalAlloc: number;
  heapAllocBefore: number;
  heapAllocAfter: number;
  numGC: number;
}

interface GoGcCycle {
  n: number;
  heapStart: number;
  heapEnd: number;
  heapMarked: number;
  goal: number;
  forced: boolean;
}

interface GoVariant {
  settings: { GOMAXPROCS: number; GOGC: string; GOMEMLIMIT: string | null; runs: number };
  /** field-wise median over the runs, measured around main (cold: fmt not yet used) */
  stats: GoStats;
  /** the same with fmt's printer state created before the window */
  statsWarm: GoStats;
  /** per run, in the order of the fixture's statsFields */
  statsRuns: { cold: number[][]; warm: number[][] };
  gc: { runs: number; counts: number[]; min: number; max: number; median: number; forced: number; trace: GoGcCycle[] };
}

interface GoProgram {
  name: string;
  file: string;
  summary: string;
  stdout: string;
  exitCode: number;
  stderrFirstLine: string | null;
  variants: GoVariant[];
  /** `go build -gcflags=-m` lines of the program, "line:col: message" */
  escape: string[];
}

interface GoProgramsFixture {
  toolchain: string;
  generatedBy: string;
  statsFields: string[];
  harnessCheck: { cold: GoStats[]; warm: GoStats[] };
  programs: GoProgram[];
}

interface RustStats {
  allocs: number;
  reallocs: number;
  deallocs: number;
  allocBytes: number;
  reallocBytes: number;
  requestedBytes: number;
  deallocBytes: number;
  peakLiveBytes: number;
  endLiveBytes: number;
}

interface RustProgram {
  name: string;
  file: string;
  summary: string;
  stdout: string;
  exitCode: number;
  /** with the thread id replaced by <tid> */
  stderrFirstLine: string | null;
  panicMessage: string | null;
  stats: RustStats & { allocsZeroed: number; eventCount: number; eventsTruncated: boolean; events: unknown[] };
  statsWarm: RustStats;
  /** -C opt-level=0 figures, only where they differ from -O */
  statsDebug?: RustStats;
}

interface RustProgramsFixture {
  toolchain: string;
  generatedBy: string;
  bumpalo: { version: string; source: string } | null;
  statsFields: string[];
  harnessCheck: { cold: RustStats; warm: RustStats };
  programs: RustProgram[];
}

const go = goJson as unknown as GoProgramsFixture;
const rust = rustJson as unknown as RustProgramsFixture;

const ROOT = join(__dirname, '..', '..', '..');
const PROGRAMS = join(ROOT, 'scripts', 'calibrate', 'programs');
const sources = (lang: 'go' | 'rust', ext: string) =>
  readdirSync(join(PROGRAMS, lang))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `scripts/calibrate/programs/${lang}/${f}`);
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

const GO_IMPORTS = new Set(['fmt', 'runtime', 'sync', 'strings', 'bytes', 'io', 'bufio', 'strconv', 'unsafe', 'errors', 'sort', 'slices', 'unicode', 'unicode/utf8', 'math', 'runtime/debug', 'testing', 'maps']);

function goImports(src: string): string[] {
  const block = /^import \(\n([\s\S]*?)\n\)/m.exec(src);
  if (block) return block[1].split('\n').map((l) => l.trim().replace(/^"|"$/g, '')).filter(Boolean);
  return [...src.matchAll(/^import "([^"]+)"$/gm)].map((m) => m[1]);
}

const isNum = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

describe('programs-go fixture', () => {
  it('comes from go1.23 via run.sh', () => {
    expect(go.toolchain).toMatch(/^go version go1\.23\.\d+ linux\/amd64$/);
    expect(go.generatedBy).toBe('scripts/calibrate/run.sh');
  });

  it('records at least 30 programs, one entry per program file and vice versa', () => {
    const files = sources('go', '.go');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(go.programs.length).toBeGreaterThanOrEqual(30);
    expect(go.programs.map((p) => p.file).sort()).toEqual(files);
    expect(new Set(go.programs.map((p) => p.name)).size).toBe(go.programs.length);
    for (const p of go.programs) expect(p.file, p.name).toBe(`scripts/calibrate/programs/go/${p.name}.go`);
  });

  it('measured nothing for an empty main (harness overhead is zero)', () => {
    for (const s of [...go.harnessCheck.cold, ...go.harnessCheck.warm]) {
      expect([s.mallocs, s.frees, s.totalAlloc, s.numGC, s.heapAllocAfter - s.heapAllocBefore]).toEqual([0, 0, 0, 0, 0]);
    }
  });

  for (const p of go.programs) {
    it(`${p.name}: stdout, exit code, stats, gc summary, escape lines`, () => {
      expect(typeof p.stdout).toBe('string');
      expect(Number.isInteger(p.exitCode)).toBe(true);
      expect(p.summary.length).toBeGreaterThan(20);
      if (p.exitCode === 0) expect(p.stderrFirstLine).toBeNull();
      else {
        expect(p.exitCode).toBe(2);
        expect(p.stderrFirstLine).toMatch(/^panic: /);
      }
      expect(p.variants.length).toBeGreaterThan(0);
      // GOMAXPROCS as the program's `// calibrate:` lines say (1 unless a line says otherwise).
      const lines = readFileSync(p.file, 'utf8').split('\n').filter((l) => l.startsWith('// calibrate:'));
      const procs = (lines.length ? lines : ['']).map((l) => Number(/GOMAXPROCS=(\d+)/.exec(l)?.[1] ?? 1));
      expect(p.variants.map((v) => v.settings.GOMAXPROCS)).toEqual(procs);
      for (const v of p.variants) {
        for (const k of go.statsFields) {
          expect(isNum(v.stats[k as keyof GoStats]), k).toBe(true);
          expect(isNum(v.statsWarm[k as keyof GoStats]), k).toBe(true);
        }
        expect(v.statsRuns.cold.length).toBe(v.settings.runs);
        expect(v.gc.counts.length).toBe(v.settings.runs);
        expect(v.gc.trace.length).toBe(v.gc.median);
        expect(v.gc.min).toBeLessThanOrEqual(v.gc.max);
      }
      expect(p.escape.length).toBeGreaterThan(0);
      for (const l of p.escape) expect(l).toMatch(/^\d+:\d+: /);
    });
  }

  it('GC workloads (gc_*) have at least 3 runs per setting and cover GOGC 50/100/200/off and GOMEMLIMIT', () => {
    const gcw = go.programs.filter((p) => p.name.startsWith('gc_'));
    expect(gcw.length).toBeGreaterThanOrEqual(4);
    for (const p of gcw) {
      for (const v of p.variants) {
        expect(v.settings.runs, p.name).toBeGreaterThanOrEqual(3);
        expect(v.gc.counts.length, p.name).toBeGreaterThanOrEqual(3);
      }
    }
    const settings = gcw.flatMap((p) => p.variants.map((v) => v.settings));
    for (const g of ['50', '100', '200', 'off']) expect(settings.some((s) => s.GOGC === g), `GOGC=${g}`).toBe(true);
    expect(settings.some((s) => s.GOMEMLIMIT !== null)).toBe(true);
    expect(gcw.some((p) => p.variants.some((v) => v.gc.median >= 10))).toBe(true);
  });

  it('covers the three runtime panics', () => {
    const firsts = go.programs.map((p) => p.stderrFirstLine ?? '');
    expect(firsts.some((l) => l.startsWith('panic: runtime error: index out of range'))).toBe(true);
    expect(firsts.some((l) => l.includes('nil pointer dereference'))).toBe(true);
    expect(firsts.some((l) => l.startsWith('panic: interface conversion:'))).toBe(true);
  });

  it('program sources stay inside the Go subset (package main, allowed imports)', () => {
    for (const f of sources('go', '.go')) {
      const src = read(f);
      expect(src, f).toMatch(/^package main$/m);
      expect(src, f).toMatch(/^func main\(\) \{$/m);
      for (const imp of goImports(src)) expect(GO_IMPORTS.has(imp), `${f} imports ${imp}`).toBe(true);
    }
  });
});

describe('programs-rust fixture', () => {
  it('comes from rustc 1.95 via run.sh, with bumpalo', () => {
    expect(rust.toolchain).toMatch(/^rustc 1\.95\.\d+ /);
    expect(rust.generatedBy).toBe('scripts/calibrate/run.sh');
    expect(rust.bumpalo?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('records at least 20 programs, one entry per program file and vice versa', () => {
    const files = sources('rust', '.rs');
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(rust.programs.length).toBeGreaterThanOrEqual(20);
    expect(rust.programs.map((p) => p.file).sort()).toEqual(files);
    expect(new Set(rust.programs.map((p) => p.name)).size).toBe(rust.programs.length);
    for (const p of rust.programs) expect(p.file, p.name).toBe(`scripts/calibrate/programs/rust/${p.name}.rs`);
  });

  it('measured nothing for an empty main (harness overhead is zero)', () => {
    for (const s of [rust.harnessCheck.cold, rust.harnessCheck.warm]) {
      for (const k of rust.statsFields) expect(s[k as keyof RustStats], k).toBe(0);
    }
  });

  for (const p of rust.programs) {
    it(`${p.name}: stdout, exit code, allocator figures`, () => {
      expect(typeof p.stdout).toBe('string');
      expect(Number.isInteger(p.exitCode)).toBe(true);
      expect(p.summary.length).toBeGreaterThan(20);
      if (p.exitCode === 0) {
        expect(p.stderrFirstLine).toBeNull();
      } else {
        expect(p.exitCode).toBe(101);
        expect(p.stderrFirstLine).toMatch(/^thread 'main' \(<tid>\) panicked at /);
        expect(p.panicMessage).toBeTruthy();
      }
      for (const k of rust.statsFields) {
        expect(isNum(p.stats[k as keyof RustStats]), k).toBe(true);
        expect(isNum(p.statsWarm[k as keyof RustStats]), k).toBe(true);
      }
      expect(p.stats.requestedBytes).toBe(p.stats.allocBytes + p.stats.reallocBytes);
      expect(p.stats.peakLiveBytes).toBeGreaterThanOrEqual(p.stats.endLiveBytes);
    });
  }

  it('covers an index-out-of-bounds panic and the Bump programs', () => {
    expect(rust.programs.some((p) => p.exitCode === 101 && /^index out of bounds/.test(p.panicMessage ?? ''))).toBe(true);
    expect(rust.programs.filter((p) => /\bbumpalo::/.test(read(p.file))).length).toBeGreaterThanOrEqual(2);
  });

  it('program sources stay inside the Rust subset (std only, plus bumpalo::Bump)', () => {
    const allowed = new Set(['std::collections::VecDeque', 'std::collections::HashMap', 'std::collections::HashSet', 'std::collections::BTreeMap', 'std::collections::BTreeSet', 'std::collections::BinaryHeap', 'std::cmp::Reverse', 'std::cmp::Ordering', 'std::borrow::Cow', 'std::rc::Rc', 'std::cell::RefCell', 'std::cell::Cell', 'std::mem', 'std::fmt', 'bumpalo::Bump', 'std::num::ParseIntError', 'std::num::ParseFloatError', 'std::rc::{Rc, Weak}']);
    // threads and shared state (lib/rust/interp/std-thread.ts, std-sync.ts, std-chan.ts)
    const sync = /^std::(?:thread|sync::(?:atomic::|mpsc::)?(?:\w+|\{[\w, ]+\}))$/;
    for (const f of sources('rust', '.rs')) {
      const src = read(f);
      expect(src, f).toMatch(/^fn main\(\) \{$/m);
      // and the program's own modules (`mod geometry { … }` … `use geometry::Point;`)
      const mods = new Set([...src.matchAll(/^\s*(?:pub )?mod (\w+) \{$/gm)].map((m) => m[1]));
      for (const m of src.matchAll(/^use ([^;]+);$/gm)) expect(allowed.has(m[1]) || mods.has(m[1].split('::')[0]) || sync.test(m[1]) || /^std::ops::(\w+|\{\w+(, \w+)*\})$|^std::collections::\{\w+(, \w+)*\}$/.test(m[1]), `${f}: use ${m[1]}`).toBe(true);
      const code = src.replace(/\/\/.*$/gm, '');
      expect(code, f).not.toMatch(/\bunsafe\b/);
      // impl blocks: inherent ones and trait impls (`impl Shape for S`, `impl From<X> for Y`), generic over lifetimes only (`impl<'a> Parser<'a>`)
      for (const m of src.matchAll(/^\s*impl\b(.*)\{$/gm)) expect(m[1], `${f}: impl${m[1]}`).toMatch(/^(?:<'\w+>)? (?:(?:fmt::Display|[A-Z]\w*(?:<\w+>)?) for )?[A-Z]\w*(?:<'\w+>)? $/);
      // elsewhere `impl` names a trait (`impl Shape`, `impl Fn(..)`)
      for (const m of code.matchAll(/\bimpl\b(.)/gm)) expect([' ', '<'], f).toContain(m[1]);
      // the only attributes are derives of the subset's traits (and allow(dead_code) on a type only measured)
      const D = 'Debug|Clone|Copy|PartialEq|Eq|Hash|PartialOrd|Ord|Default';
      for (const m of src.matchAll(/#\[([^\]]*)\]/g)) expect(m[1], `${f}: #[${m[1]}]`).toMatch(new RegExp(`^derive\\((${D})(, (${D}))*\\)$|^allow\\(dead_code\\)$|^repr\\((C|u8|u16|u32|u64)\\)$`));
    }
  });

  it('covers impl blocks: methods, Drop, Display, tuple structs and tuples', () => {
    const srcs = sources('rust', '.rs').map(read);
    expect(srcs.filter((s) => /^impl [A-Z]\w* \{$/m.test(s)).length).toBeGreaterThanOrEqual(8);
    expect(srcs.filter((s) => /^impl Drop for /m.test(s)).length).toBeGreaterThanOrEqual(3);
    expect(srcs.some((s) => /^impl fmt::Display for /m.test(s))).toBe(true);
    expect(srcs.some((s) => /^struct \w+\(/m.test(s))).toBe(true);
    expect(srcs.some((s) => /let \(\w+, \w+\) = /.test(s))).toBe(true);
  });

  it('covers enums with data and patterns: variants with payloads, match, if let / while let / let-else', () => {
    const srcs = sources('rust', '.rs').map(read);
    expect(srcs.filter((s) => /^enum \w+ \{$/m.test(s)).length).toBeGreaterThanOrEqual(8);
    expect(srcs.some((s) => /^\s+\w+ \{ \w+: [^}]+\},?$/m.test(s) && /^enum /m.test(s))).toBe(true);
    expect(srcs.some((s) => /\bwhile let \w+\(/.test(s))).toBe(true);
    expect(srcs.some((s) => /let \w+\(\w+\) = .* else \{\n\s+return/.test(s))).toBe(true);
    expect(srcs.some((s) => /\w @ /.test(s))).toBe(true);
  });
});
