// The simulated Rust runtime of the playground: parse (@lezer/rust) → check (types, moves,
// mutability) → compile to closures → run with an allocator model and a trace.
// Pure TypeScript, deterministic, no Node or DOM APIs.

import type { Diagnostic, RunOptions, RunResult } from '../../runtime/result';
import { parseProgram, type RawDiag } from './parse';
import { check } from './check';
import { borrowck } from './borrowck';
import { elisionErrors } from './nll/elision';
import { explicitLifetimeErrors } from './nll/explicit';
import { knownPanicsLint } from './lint';
import { Compiler, LineMap } from './compile';
import { BudgetStop, Machine, RustPanic } from './machine';
import { RustStacks } from './alloc-stacks';
import { AllocFailure } from './std';
import { utf8Len } from './format';
import { isStackOverflow, nestingGate, nestingStopParts, STACK_OVERFLOW_MESSAGE } from '../../runtime/nesting';

export const DEFAULT_STEP_BUDGET = 50_000_000;
export const DEFAULT_MEMORY_BUDGET = 1 << 30;
export const DEFAULT_EVENT_BUDGET = 2_000_000;
/** The thread id printed in panic messages (the real one is the OS thread id, different every run). */
export const MAIN_THREAD_ID = 1;
/** The path rustc puts in panic locations for a cargo project. */
export const SOURCE_PATH = 'src/main.rs';

function toDiagnostics(lm: LineMap, raw: RawDiag[]): Diagnostic[] {
  const out: Diagnostic[] = raw.map((d) => {
    const a = lm.pos(d.from);
    const b = lm.pos(Math.max(d.to, d.from));
    const diag: Diagnostic = { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, message: d.message, severity: 'error', ...(d.code ? { code: d.code } : {}) };
    if (d.notes && d.notes.length) {
      diag.notes = d.notes.map((n) => {
        const p = lm.pos(n.from);
        return { line: p.line, column: p.col, message: n.message };
      });
    }
    return diag;
  });
  out.sort((x, y) => x.line - y.line || x.column - y.column);
  return out;
}

function analyse(source: string) {
  const lm = new LineMap(source);
  const { prog, diags } = parseProgram(source);
  // Type and move errors only make sense on a tree that parsed; still report them alongside.
  const checked = check(prog);
  // After a syntax error only the parser's diagnostics are shown (the rest would be noise).
  let syntax = diags.filter((d) => d.message.startsWith('syntax error') || d.message.startsWith('expected `;`'));
  // A missing `;` is reported where rustc does; the bare error of the broken node adds nothing.
  if (syntax.some((d) => d.message.startsWith('expected `;`'))) syntax = syntax.filter((d) => d.message !== 'syntax error');
  const all = syntax.length ? syntax : [...diags, ...elisionErrors(prog), ...checked.diags];
  if (all.length === 0) all.push(...explicitLifetimeErrors(prog), ...borrowck(checked));
  // rustc's MIR lints (arithmetic_overflow, unconditional_panic) run only on bodies that borrow-checked.
  if (all.length === 0) all.push(...knownPanicsLint(checked));
  return { lm, prog, checked, diags: toDiagnostics(lm, dedupe(all)) };
}

function dedupe(ds: RawDiag[]): RawDiag[] {
  const seen = new Set<number>();
  // One diagnostic per position (the first is the most specific).
  return ds.filter((d) => {
    if (seen.has(d.from)) return false;
    seen.add(d.from);
    return true;
  });
}

/** Parse + subset + type + borrow/move check, for editor markers. */
export function checkRust(source: string): Diagnostic[] {
  const gate = nestingGate(source, 'rust');
  if (gate.stop) return [nestingStopParts(gate.stop).diagnostic];
  try {
    return analyse(gate.source).diags;
  } catch (err) {
    return [{ line: 1, column: 1, message: isStackOverflow(err) ? STACK_OVERFLOW_MESSAGE : `internal error: ${(err as Error).message}`, severity: 'error' }];
  }
}

function emptyResult(diags: Diagnostic[], stderr: string): RunResult {
  return {
    stdout: '',
    stderr,
    exitCode: 1,
    diagnostics: diags,
    stats: { heapAllocs: 0, heapBytes: 0, frees: 0, peakHeapBytes: 0, stackAllocs: 0, gcCycles: 0, gcCpuFraction: 0 },
    gc: [],
    sites: [],
    trace: new Machine(1, 1, 64).tb.finish(),
  };
}

/** rustc-like rendering of the diagnostics (stderr of a failed build). */
function renderErrors(diags: Diagnostic[]): string {
  const body = diags
    .map((d) => {
      let s = `error${d.code ? `[${d.code}]` : ''}: ${d.message}\n --> ${SOURCE_PATH}:${d.line}:${d.column}\n`;
      for (const n of d.notes ?? []) s += `  ${String(n.line).padStart(3)} | ${n.message}\n`;
      return s + '\n';
    })
    .join('');
  return body + `error: could not compile \`main\` due to ${diags.length} previous error${diags.length === 1 ? '' : 's'}\n`;
}

export function runRust(original: string, opts: RunOptions = {}): RunResult {
  const gate = nestingGate(original, 'rust');
  if (gate.stop) {
    const { diagnostic, budget } = nestingStopParts(gate.stop);
    return { ...emptyResult([diagnostic], ''), exitCode: 3, budget };
  }
  const source = gate.source;
  let a;
  try {
    a = analyse(source);
  } catch (err) {
    if (isStackOverflow(err)) {
      const d: Diagnostic = { line: 1, column: 1, message: STACK_OVERFLOW_MESSAGE, severity: 'error' };
      return { ...emptyResult([d], ''), exitCode: 3, budget: { kind: 'nesting', message: STACK_OVERFLOW_MESSAGE } };
    }
    const d: Diagnostic[] = [{ line: 1, column: 1, message: `internal error: ${(err as Error).message}`, severity: 'error' }];
    return emptyResult(d, renderErrors(d));
  }
  if (a.diags.length) return emptyResult(a.diags, renderErrors(a.diags));

  const m = new Machine(opts.stepBudget ?? DEFAULT_STEP_BUDGET, opts.memoryBudget ?? DEFAULT_MEMORY_BUDGET, opts.eventBudget ?? DEFAULT_EVENT_BUDGET);
  if (opts.stacks) m.stacks = new RustStacks();
  let exitCode = 0;
  let budget: RunResult['budget'];
  try {
    const cx = new Compiler(m, a.lm, a.checked);
    const main = cx.fn(a.checked.fns.get('main')!);
    try {
      main.call!([]);
    } catch (err) {
      if (err instanceof RustPanic) {
        exitCode = 101;
        panicMachinery(m, err);
      } else if (err instanceof BudgetStop) {
        budget = { kind: err.kind, message: err.message };
        exitCode = err.kind === 'memory' ? 134 : 3;
      } else if (err instanceof AllocFailure) {
        exitCode = 134;
        abortStdout(m);
      } else if (isStackOverflow(err)) {
        m.err += `\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n`;
        exitCode = 134;
        abortStdout(m);
      } else throw err;
    }
  } catch (err) {
    if (err instanceof BudgetStop) {
      // A budget hit while unwinding a panic.
      budget = { kind: err.kind, message: err.message };
      exitCode = err.kind === 'memory' ? 134 : 3;
    } else {
      m.err += `internal error: ${(err as Error).message}\n`;
      exitCode = 70;
    }
  }
  if (budget && budget.kind === 'memory') abortStdout(m);
  // After main returns, std::rt::cleanup swaps stdout's LineWriter for an empty one: DHAT sees the
  // buffer freed before exit. Only the profile sees this free; the run's figures stop at main's end.
  if (m.stacks && exitCode === 0 && m.stdoutBuf) m.stacks.rec.free(m.stdoutBuf, m.time());
  return {
    stdout: m.stdout(),
    stderr: m.err,
    exitCode,
    diagnostics: [],
    stats: {
      heapAllocs: m.allocs + m.reallocs,
      heapBytes: m.requested,
      frees: m.deallocs,
      peakHeapBytes: m.peak,
      stackAllocs: 0,
      gcCycles: 0,
      gcCpuFraction: 0,
    },
    gc: [],
    sites: m.threadCount ? m.sites.map((s) => (s.goroutines ? s : { ...s, goroutines: [0] })) : m.sites,
    trace: m.tb.finish(),
    ...(budget ? { budget } : {}),
    ...(m.threadCount ? { threads: true } : {}),
    ...(m.stacks ? { allocProfile: m.stacks.rec.finish(m.time(), RUST_INUSE_RULE) } : {}),
  };
}

const RUST_INUSE_RULE = 'in use = blocks not freed when the program exits (DHAT\'s "at t-end")';

/** abort() skips stdout's final flush: a trailing line without '\n' stays in the LineWriter buffer. */
function abortStdout(m: Machine): void {
  const s = m.stdout();
  const nl = s.lastIndexOf('\n');
  const tail = s.length - (nl + 1);
  if (tail > 0 && utf8Len(s.slice(nl + 1)) < 1024) m.out = [s.slice(0, nl + 1)];
}

/**
 * What std does when `main` panics (rustc 1.95, RUST_BACKTRACE=0 as in the calibration runs):
 * the default hook formats the message (a String grown by its write_str calls, for a formatted
 * message), prints it, reads RUST_BACKTRACE (a 1-byte OsString, freed), boxes the payload
 * (Box<String> 24 B or Box<&str> 16 B), allocates the unwinding exception (56 B), then unwinds:
 * every live local is dropped, innermost first.
 */
function panicMachinery(m: Machine, p: RustPanic): void {
  m.line = p.line;
  if (p.chunks) {
    let cap = 0;
    let len = 0;
    let id = 0;
    for (const c of p.chunks) {
      const n = utf8Len(c);
      if (n > cap - len) {
        const next = Math.max(cap * 2, len + n, 8);
        if (cap === 0) id = m.alloc(next, 'panic message (String)');
        else m.realloc(id, cap, next, len, 'panic message (String) growth');
        cap = next;
      }
      len += n;
    }
  }
  m.err += `\nthread 'main' (${MAIN_THREAD_ID}) panicked at ${p.at ?? `${SOURCE_PATH}:${p.line}:${p.col}`}:\n${p.message}\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n`;
  const env = m.alloc(1, 'RUST_BACKTRACE lookup (env::var_os)');
  m.free(env, 1);
  m.alloc(p.chunks ? 24 : 16, p.chunks ? 'panic payload (Box<String>)' : 'panic payload (Box<&str>)');
  m.alloc(56, 'panic exception object (unwinding)');
  m.unwindTo(0);
}
