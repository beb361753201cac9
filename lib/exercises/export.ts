// "Try it on your machine": an exercise's checks as a real test file, around the learner's own code.
// Go gets a _test.go (testing.AllocsPerRun and testing.Benchmark assertions, a GC-count test, a
// benchmark with b.ReportAllocs); Rust gets the program plus a #[cfg(test)] module with a counting
// global allocator. Pure: the page offers it as a download, scripts/calibrate/exercises.mjs runs
// it on go1.23 and rustc 1.95, and a unit test compares it with the fixture that run wrote.

import { describeSettings } from '@/lib/playground/settings';
import type { Check, Exercise } from './types';

export interface ExportFile {
  /** What to save the file as. */
  filename: string;
  source: string;
  /** The shell command that runs it (in the folder it was saved to). */
  command: string;
  /** Check ids the file asserts; the others are only checked in the browser. */
  asserts: string[];
}

type Ex = Pick<Exercise, 'id' | 'title' | 'language' | 'checks' | 'settings' | 'export'>;

export const GO_COMMAND = 'go test -v -count=1 -bench . -benchmem exercise_test.go';
export const RUST_COMMAND = 'rustc --edition 2021 -O --test exercise.rs -o exercise_test && ./exercise_test --nocapture';

/** The checks a test file can assert: allocations and bytes of the exported call's function, and Go's GC cycles. */
export function exportableChecks(ex: Ex): Check[] {
  if (!ex.export) return [];
  const callee = calleeOf(ex.export.call);
  return ex.checks.filter((c) => {
    if (c.kind === 'allocs' || c.kind === 'heapBytes') return c.func === callee;
    return c.kind === 'gcCycles' && ex.language === 'go';
  });
}

/** `squares(1000)` → `squares`. */
export function calleeOf(call: string): string {
  return /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(call)?.[1] ?? '';
}

export function exportFor(ex: Ex, code: string): ExportFile | null {
  const checks = exportableChecks(ex);
  if (!ex.export || checks.length === 0) return null;
  return ex.language === 'go' ? goExport(ex, code, checks) : rustExport(ex, code, checks);
}

const limitOf = (c: Check): number => (c.kind === 'allocs' ? c.max * (c.perIteration ?? 1) : 'max' in c ? c.max : 0);

function notExported(ex: Ex, checks: Check[]): string[] {
  const asserted = new Set(checks.map((c) => c.id));
  return ex.checks.filter((c) => !asserted.has(c.id)).map((c) => c.id);
}

// ---------------------------------------------------------------- Go

interface GoImport {
  name: string;
  path: string;
}

/** The import declarations of a Go file (names as they can be used in the code). */
function goImports(code: string): GoImport[] {
  const out: GoImport[] = [];
  const spec = /(?:^|\n|;|\()\s*([A-Za-z_][A-Za-z0-9_]*|\.)?\s*"([^"]+)"/g;
  for (const m of code.matchAll(/\bimport\s*(\(([^)]*)\)|[A-Za-z_.]*\s*"[^"]+")/g)) {
    const body = m[2] ?? m[1];
    for (const s of body.matchAll(spec)) out.push({ name: s[1] ?? s[2].split('/').pop()!, path: s[2] });
  }
  return out;
}

function goExport(ex: Ex, code: string, checks: Check[]): ExportFile {
  const spec = ex.export!;
  const call = spec.call.trim();
  const callee = calleeOf(call);
  const have = goImports(code);
  const need: GoImport[] = [{ name: 'testing', path: 'testing' }];
  const gc = checks.some((c) => c.kind === 'gcCycles');
  if (gc) need.push({ name: 'runtime', path: 'runtime' }, { name: 'debug', path: 'runtime/debug' });
  // Reuse the program's own imports; add the rest (aliased if the plain name is taken).
  const name: Record<string, string> = {};
  const add: string[] = [];
  for (const n of need) {
    const found = have.find((h) => h.path === n.path && h.name !== '_' && h.name !== '.');
    if (found) name[n.path] = found.name;
    else {
      const clash = have.some((h) => h.name === n.name);
      name[n.path] = clash ? `heaplab${n.name[0].toUpperCase()}${n.name.slice(1)}` : n.name;
      add.push(clash ? `\t${name[n.path]} "${n.path}"` : `\t"${n.path}"`);
    }
  }
  const T = name.testing;
  const sinkDecl = spec.resultType ? `var heaplabSink ${spec.resultType}\n\n` : '';
  const keep = spec.resultType ? `heaplabSink = ${call}` : call;
  const tests: string[] = [];
  for (const c of checks) {
    if (c.kind === 'allocs') {
      const limit = limitOf(c);
      tests.push(`// ${c.id}: at most ${limit} heap ${limit === 1 ? 'allocation' : 'allocations'} per call${c.perIteration ? ` (${c.max} per iteration × ${c.perIteration} iterations)` : ''}.
func TestHeaplab_${goIdent(c.id)}(t *${T}.T) {
	got := ${T}.AllocsPerRun(20, func() { ${keep} })
	t.Logf("heaplab ${c.id}: %v allocs/op", got)
	if got > ${limit} {
		t.Errorf("${escGo(call)} made %v heap allocations per call; the exercise allows at most ${limit}", got)
	}
}`);
    } else if (c.kind === 'heapBytes') {
      tests.push(`// ${c.id}: at most ${c.max} bytes allocated per call.
func TestHeaplab_${goIdent(c.id)}(t *${T}.T) {
	r := ${T}.Benchmark(func(b *${T}.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			${keep}
		}
	})
	t.Logf("heaplab ${c.id}: %d B/op", r.AllocedBytesPerOp())
	if got := r.AllocedBytesPerOp(); got > ${c.max} {
		t.Errorf("${escGo(call)} allocated %d bytes per call; the exercise allows at most ${c.max}", got)
	}
}`);
    } else if (c.kind === 'gcCycles') {
      const R = name.runtime;
      const D = name['runtime/debug'];
      const gogc = ex.settings.gogc === 'off' ? -1 : ex.settings.gogc;
      const limitLine = ex.settings.memlimitMiB === null ? '' : `\tdefer ${D}.SetMemoryLimit(${D}.SetMemoryLimit(${ex.settings.memlimitMiB} << 20))\n`;
      tests.push(`// ${c.id}: at most ${c.max} GC ${c.max === 1 ? 'cycle' : 'cycles'} during one call, at ${describeSettings(ex.settings)}, starting from a
// freshly collected heap (as a program's main does).
func TestHeaplab_${goIdent(c.id)}(t *${T}.T) {
	defer ${D}.SetGCPercent(${D}.SetGCPercent(${gogc}))
${limitLine}	${spec.resultType ? 'heaplabSink = nil\n\t' : ''}${R}.GC()
	var before, after ${R}.MemStats
	${R}.ReadMemStats(&before)
	${keep}
	${R}.ReadMemStats(&after)
	n := after.NumGC - before.NumGC
	t.Logf("heaplab ${c.id}: %d GC cycles", n)
	if n > ${c.max} {
		t.Errorf("${escGo(call)} ran %d GC cycles; the exercise allows at most ${c.max}", n)
	}
}`);
    }
  }
  tests.push(`// go test -bench . runs this too: allocs/op and B/op as the testing package measures them.
func BenchmarkHeaplab_${goIdent(callee)}(b *${T}.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		${keep}
	}
}`);
  const skipped = notExported(ex, checks);
  const header = `// Heaplab exercise "${ex.title}" (${ex.id}): your program, with tests that check it on the
// real Go toolchain. Save as exercise_test.go in an empty folder and run:
//
//	${GO_COMMAND}
//
// The tests call ${call} as main does.${skipped.length ? ` Checked only in the browser: ${skipped.join(', ')}.` : ''}

`;
  const lines = code.replace(/\s+$/, '').split('\n');
  const at = afterImports(lines);
  const importDecl = add.length === 0 ? [] : add.length === 1 ? [`import ${add[0].trim()}`] : [`import (`, ...add, `)`];
  const body = [...lines.slice(0, at), ...(importDecl.length ? (at > 0 && lines[at - 1].trim() === '' ? [...importDecl, ''] : ['', ...importDecl]) : []), ...lines.slice(at)].join('\n');
  return {
    filename: 'exercise_test.go',
    source: `${header}${body}\n\n// ---- Heaplab checks (generated from the exercise) ----\n\n${sinkDecl}${tests.join('\n\n')}\n`,
    command: GO_COMMAND,
    asserts: checks.map((c) => c.id),
  };
}

/** The index of the line after the package clause and the import declarations that follow it. */
function afterImports(lines: string[]): number {
  let i = lines.findIndex((l) => /^package\s+\w+/.test(l));
  if (i < 0) return 0;
  let end = ++i;
  while (i < lines.length) {
    const l = lines[i].trim();
    if (l === '' || l.startsWith('//')) i++;
    else if (/^import\s*\($/.test(l)) {
      while (i < lines.length && lines[i].trim() !== ')') i++;
      end = ++i;
    } else if (/^import\b/.test(l)) end = ++i;
    else break;
  }
  return end;
}

const goIdent = (s: string) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase());
const escGo = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%');

// ---------------------------------------------------------------- Rust

function rustExport(ex: Ex, code: string, checks: Check[]): ExportFile {
  const call = ex.export!.call.trim();
  const tests: string[] = [];
  for (const c of checks) {
    if (c.kind === 'allocs') {
      const limit = limitOf(c);
      tests.push(`    // ${c.id}: at most ${limit} ${limit === 1 ? 'allocation' : 'allocations'} (alloc or realloc calls) per call.
    #[test]
    fn heaplab_${rustIdent(c.id)}() {
        let (allocs, bytes) = measure(|| {
            std::hint::black_box(super::${call});
        });
        println!("heaplab ${c.id}: {} allocs/op, {} B/op", allocs, bytes);
        assert!(allocs <= ${limit}, "${escRust(call)} made {} allocations ({} bytes); the exercise allows at most ${limit}", allocs, bytes);
    }`);
    } else if (c.kind === 'heapBytes') {
      tests.push(`    // ${c.id}: at most ${c.max} bytes requested per call.
    #[test]
    fn heaplab_${rustIdent(c.id)}() {
        let (allocs, bytes) = measure(|| {
            std::hint::black_box(super::${call});
        });
        println!("heaplab ${c.id}: {} allocs/op, {} B/op", allocs, bytes);
        assert!(bytes <= ${c.max}, "${escRust(call)} requested {} bytes in {} allocations; the exercise allows at most ${c.max} bytes", bytes, allocs);
    }`);
    }
  }
  const skipped = notExported(ex, checks);
  const header = `// Heaplab exercise "${ex.title}" (${ex.id}): your program, with a test that counts its
// allocations on the real Rust toolchain with a counting global allocator. Save as exercise.rs and run:
//
//     ${RUST_COMMAND}
//
// The test calls ${call} as main does.${skipped.length ? ` Checked only in the browser: ${skipped.join(', ')}.` : ''}

`;
  const checksModule = `#[cfg(test)]
mod heaplab_checks {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    // Counts alloc, alloc_zeroed and realloc calls made by this thread while measuring
    // (a realloc counts its new size), as Heaplab's simulator does.
    struct Counting;

    thread_local! {
        static ON: Cell<bool> = const { Cell::new(false) };
        static ALLOCS: Cell<usize> = const { Cell::new(0) };
        static BYTES: Cell<usize> = const { Cell::new(0) };
    }

    fn note(bytes: usize) {
        let _ = ON.try_with(|on| {
            if on.get() {
                ALLOCS.with(|a| a.set(a.get() + 1));
                BYTES.with(|b| b.set(b.get() + bytes));
            }
        });
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            note(layout.size());
            unsafe { System.alloc(layout) }
        }
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            note(layout.size());
            unsafe { System.alloc_zeroed(layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            note(new_size);
            unsafe { System.realloc(ptr, layout, new_size) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    /// Runs f once and returns (allocator calls, bytes) it made on this thread.
    fn measure<F: FnOnce()>(f: F) -> (usize, usize) {
        ALLOCS.with(|a| a.set(0));
        BYTES.with(|b| b.set(0));
        ON.with(|on| on.set(true));
        f();
        ON.with(|on| on.set(false));
        (ALLOCS.with(|a| a.get()), BYTES.with(|b| b.get()))
    }

${tests.join('\n\n')}
}
`;
  return {
    filename: 'exercise.rs',
    source: `${header}${code.replace(/\s+$/, '')}\n\n// ---- Heaplab checks (generated from the exercise) ----\n\n${checksModule}`,
    command: RUST_COMMAND,
    asserts: checks.map((c) => c.id),
  };
}

const rustIdent = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
const escRust = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\{/g, '{{').replace(/\}/g, '}}');
