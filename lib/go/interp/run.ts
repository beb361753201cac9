// The driver: parse → check → escape analysis → compile → run on the simulated runtime, and the
// RunResult (stdout/stderr as `go run` prints them, statistics, GC cycles, sites, trace).

import type { Diagnostic, RunOptions, RunResult, Site } from '../../runtime/result';
import { LineMap } from './ast';
import type * as A from './ast';
import { checkFile, unparen, type Info, type VarObj } from './check';
import { Compiler, type Frame } from './compile';
import { CompileError } from './compile-expr';
import { analyzeEscapes, formatMessages, type EscapeResult } from './escape';
import { buildHeapMap, type HeapMap } from '../heapmap';
import { Machine } from './heap';
import { AllocRecorder } from '../../runtime/alloc-profile';
import { formatGctrace } from '../gctrace';
import { setCurrentStd } from './lib-std';
import { resetAddresses } from './format';
import { resetRecycled, zeroValue } from './mem';
import { parseGo, type RawDiag } from './parse';
import { checkBranches } from './branches';
import { devirtualize } from './devirtualize';
import { findBlockers } from './blocking';
import { InterpWorld } from './sched';
import { GoFatal } from '../sema';
import { BudgetStop, GoPanicSignal } from './values';
import { isStackOverflow, nestingGate, nestingStopParts, STACK_OVERFLOW_MESSAGE } from '../../runtime/nesting';

export const DEFAULT_STEP_BUDGET = 50_000_000;
export const DEFAULT_MEMORY_BUDGET = 2 ** 30;
export const DEFAULT_EVENT_BUDGET = 2_000_000;
const FILE = 'prog.go';

/** MemStats deltas over main (what the calibration harness measures). */
export interface WindowStats {
  mallocs: number;
  frees: number;
  totalAlloc: number;
  heapAllocBefore: number;
  heapAllocAfter: number;
  numGC: number;
}

export interface DetailedRun {
  result: RunResult;
  window: WindowStats | null;
  /** Escape analysis decisions in `go build -gcflags=-m` form (`line:col: message`). */
  escape: string[];
}

interface Front {
  file: A.File;
  info: Info | null;
  diags: Diagnostic[];
  lines: LineMap;
}

function toDiag(lines: LineMap, raw: RawDiag): Diagnostic {
  const d = fillPositions(lines, raw);
  const end = Math.max(d.to, d.from + 1);
  return {
    line: lines.line(d.from),
    column: lines.col(d.from),
    endLine: lines.line(end),
    endColumn: lines.col(end),
    message: d.message,
    severity: 'error',
  };
}

/** Parse and type-check; the diagnostics in source order. */
function front(source: string): Front {
  const lines = new LineMap(source);
  const { file, diags: parseDiags } = parseGo(source);
  const syntax = parseDiags.filter((d) => d.message.startsWith('syntax error'));
  if (syntax.length > 0) return { file, info: null, diags: syntax.map((d) => toDiag(lines, d)), lines };
  // The parser's branch and label errors come out with the type errors, in source order.
  const branches = checkBranches(file);
  let info: Info | null = null;
  let all: RawDiag[] = [...parseDiags, ...branches];
  try {
    const r = checkFile(file, source);
    info = r.info;
    let typeDiags = r.diags;
    if (parseDiags.length > 0) {
      // Statements we could not parse may use variables: don't report those as unused.
      typeDiags = typeDiags.filter((d) => !d.message.startsWith('declared and not used') && !d.message.endsWith('imported and not used'));
      // Constructs the parser rejected (generic types) become invalid types: no follow-on errors
      // inside them (their type parameters are "not a type") or about the invalid types they left.
      const rejected = parseDiags.filter((d) => d.message.endsWith('not supported'));
      typeDiags = typeDiags.filter((d) => !d.message.includes('invalid type') && !rejected.some((r) => d.from >= r.from && d.from < r.to));
    }
    all = all.concat(typeDiags);
  } catch (e) {
    all.push({ from: 0, to: 1, message: isStackOverflow(e) ? STACK_OVERFLOW_MESSAGE : `internal checker error: ${(e as Error).message}` });
  }
  all.sort((a, b) => a.from - b.from || (a.message < b.message ? -1 : 1));
  return { file, info, diags: all.map((d) => toDiag(lines, d)), lines };
}

/** Positions inside messages (posMark) as the compiler prints them. */
function fillPositions(lines: LineMap, d: RawDiag): RawDiag {
  if (!d.message.includes('\u0000')) return d;
  return { ...d, message: d.message.replace(/\u0000(\d+)\u0000/g, (_, off) => `./${FILE}:${lines.line(+off)}:${lines.col(+off)}`) };
}

/** Diagnostics only (parse + subset + type check): fast, for editor markers. */
export function checkGo(source: string): Diagnostic[] {
  const gate = nestingGate(source, 'go');
  if (gate.stop) return [nestingStopParts(gate.stop).diagnostic];
  try {
    return front(gate.source).diags;
  } catch (e) {
    return [{ line: 1, column: 1, message: `internal error: ${(e as Error).message}`, severity: 'error' }];
  }
}

function compileErrorText(diags: Diagnostic[]): string {
  const shown = diags.slice(0, 10);
  let s = '# command-line-arguments\n';
  for (const d of shown) s += `./${FILE}:${d.line}:${d.column}: ${d.message}\n`;
  if (diags.length > 10) s += `./${FILE}:${diags[10].line}:${diags[10].column}: too many errors\n`;
  return s;
}

/** Decodes the program's output bytes (UTF-8 in a Latin-1 string) into text. */
export function decodeUtf8(bytes: string): string {
  if (!/[\x80-\xff]/.test(bytes)) return bytes;
  const u8 = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) u8[i] = bytes.charCodeAt(i);
  return new TextDecoder('utf-8').decode(u8);
}

function emptyResult(opts: RunOptions): RunResult {
  const m = new Machine({ gogc: 100, gomaxprocs: 1, stepBudget: 1, memoryBudget: 1, eventBudget: opts.eventBudget ?? DEFAULT_EVENT_BUDGET });
  return {
    stdout: '',
    stderr: '',
    exitCode: 1,
    diagnostics: [],
    stats: { heapAllocs: 0, heapBytes: 0, frees: 0, peakHeapBytes: 0, stackAllocs: 0, gcCycles: 0, gcCpuFraction: 0 },
    gc: [],
    sites: [],
    trace: m.trace.finish(),
  };
}

/** Global variables in initialization order (dependencies first, then declaration order). */
function initOrder(info: Info): Info['globalInit'] {
  const specs = info.globalInit;
  const byVar = new Map<VarObj, number>();
  specs.forEach((s, i) => s.vars.forEach((v) => byVar.set(v, i)));
  const deps = specs.map((s) => {
    const out = new Set<number>();
    const visit = (x: unknown) => {
      if (!x || typeof x !== 'object') return;
      if (Array.isArray(x)) return x.forEach(visit);
      const n = x as { kind?: string; id?: number };
      if (n.kind === 'Ident') {
        const o = info.uses[n.id!];
        if (o?.kind === 'var' && o.global && byVar.has(o)) out.add(byVar.get(o)!);
      }
      if (n.kind === 'FuncLit') return; // bodies run later
      for (const k of Object.keys(n)) if (k !== 'id' && k !== 'from' && k !== 'to') visit((n as Record<string, unknown>)[k]);
    };
    visit(s.values);
    return out;
  });
  const done = new Set<number>();
  const order: Info['globalInit'] = [];
  const visiting = new Set<number>();
  const place = (i: number) => {
    if (done.has(i) || visiting.has(i)) return;
    visiting.add(i);
    for (const d of deps[i]) if (d !== i) place(d);
    visiting.delete(i);
    done.add(i);
    order.push(specs[i]);
  };
  specs.forEach((_, i) => place(i));
  return order;
}

export function runGoDetailed(original: string, opts: RunOptions = {}): DetailedRun {
  const res = emptyResult(opts);
  const gate = nestingGate(original, 'go');
  if (gate.stop) {
    const { diagnostic, budget } = nestingStopParts(gate.stop);
    Object.assign(res, { exitCode: 3, diagnostics: [diagnostic], budget });
    return { result: res, window: null, escape: [] };
  }
  const source = gate.source;
  const fr = front(source);
  if (fr.diags.length > 0 || !fr.info) {
    res.diagnostics = fr.diags;
    res.stderr = compileErrorText(fr.diags);
    return { result: res, window: null, escape: [] };
  }
  const info = fr.info;
  let esc: EscapeResult;
  try {
    const devirt = devirtualize(info, fr.file);
    esc = analyzeEscapes(info, fr.file, source);
    esc.messages.push(...devirt);
  } catch (e) {
    const d: Diagnostic = { line: 1, column: 1, message: isStackOverflow(e) ? STACK_OVERFLOW_MESSAGE : `internal error in escape analysis: ${(e as Error).message}`, severity: 'error' };
    res.diagnostics = [d];
    res.stderr = compileErrorText([d]);
    return { result: res, window: null, escape: [] };
  }
  const escape = formatMessages(esc.messages, (o) => fr.lines.line(o), (o) => fr.lines.col(o));

  const m = new Machine({
    gogc: opts.gogc ?? 100,
    memlimit: opts.memlimit,
    gomaxprocs: opts.gomaxprocs ?? 1,
    stepBudget: opts.stepBudget ?? DEFAULT_STEP_BUDGET,
    memoryBudget: opts.memoryBudget ?? DEFAULT_MEMORY_BUDGET,
    eventBudget: opts.eventBudget ?? DEFAULT_EVENT_BUDGET,
  });
  if (opts.stacks) m.rec = new AllocRecorder('go');
  const c = new Compiler(m, info, esc, fr.file, source);
  // gctrace lines share stderr with print/println, in the order they happen.
  if (opts.gctrace) m.onGcCycle = (rec) => c.stderrPrint(`${formatGctrace(rec)}\n`);
  setCurrentStd(c.std);
  resetAddresses();
  resetRecycled();
  let exitCode = 0;
  let stderr = '';
  let budget: RunResult['budget'];
  let window: WindowStats | null = null;
  let before: ReturnType<typeof m.go.heap.readMemStats> | null = null;
  let numGCBefore = 0;
  const takeWindow = () => {
    if (!before) return;
    const after = m.go.heap.readMemStats(true);
    window = {
      mallocs: after.Mallocs - before.Mallocs,
      frees: after.Frees - before.Frees,
      totalAlloc: after.TotalAlloc - before.TotalAlloc,
      heapAllocBefore: before.HeapAlloc,
      heapAllocAfter: after.HeapAlloc,
      numGC: m.go.gcController.numgc - numGCBefore,
    };
  };
  try {
    // Globals: zero values, then initializers in dependency order (package init).
    m.globals = info.globals.map((g) => zeroValue(g.type));
    m.globalSlots = info.globals.map((g) => ({ t: g.type, boxed: false }));
    const initFrame: Frame = [];
    c.ctx = esc.init;
    c.fn = { id: -1, name: 'init', node: { kind: 'FuncLit' } as unknown as A.FuncLit, sig: { k: 'func', params: [], results: [], variadic: false }, params: [], results: [], namedResults: false, locals: [], nslots: 0, parent: null, captures: [], isLit: false, callees: new Set(), lits: [], recv: null };
    for (const g of initOrder(info)) {
      if (g.values.length === 0) continue;
      if (g.values.length === g.vars.length) {
        g.vars.forEach((v, i) => {
          const ev = c.valueForStore(g.values[i], v.type);
          const val = ev(initFrame);
          if (v.name !== '_') c.varSet(v, true)(initFrame, val);
        });
      } else {
        const x = unparen(g.values[0]);
        const ev = c.expr(x);
        const vals = ev(initFrame) as unknown[];
        g.vars.forEach((v, i) => v.name !== '_' && c.varSet(v, true)(initFrame, vals[i]));
      }
    }
    const main = info.main!;
    const blocking = findBlockers(info);
    if (blocking) {
      c.blockers = blocking.blockers;
      c.dynBlocks = blocking.dynBlocks;
    }
    const mainCtx = esc.bodies.get(main)!;
    const cf = c.compileFn(main, mainCtx);
    // The measured window starts here, after a ReadMemStats (which flushes the mcaches).
    before = m.go.heap.readMemStats(true);
    numGCBefore = m.go.gcController.numgc;
    const mainLine = fr.lines.line(main.node.from);
    if (c.blockers) {
      const world = new InterpWorld(m, (line, what) => c.site(line, 'heap', what), opts.gomaxprocs ?? 1, (pid) => (c.std.env.pid = pid));
      c.numGoroutine = () => world.numGoroutine();
      const res = world.runMain(() => c.invokeG(cf, new Array(cf.nslots), mainLine));
      if (res.fatal) {
        exitCode = 2;
        stderr = deadlockText(res.fatal, world, m);
      }
    } else c.invoke(cf, new Array(cf.nslots), mainLine);
    takeWindow();
  } catch (e) {
    takeWindow();
    if (e instanceof GoPanicSignal) {
      exitCode = 2;
      stderr = panicText(e, m);
    } else if (e instanceof GoFatal) {
      exitCode = 2;
      stderr = `fatal error: ${e.message}\n\n${traceback(m, m.curLine)}exit status 2\n`;
    } else if (e instanceof BudgetStop) {
      budget = { kind: e.kind, message: e.message };
      if (e.kind === 'memory') {
        exitCode = 2;
        stderr = `fatal error: runtime: out of memory\n\n${traceback(m, m.panicLine)}exit status 2\n`;
      } else exitCode = 3;
    } else if (e instanceof CompileError) {
      const d: Diagnostic = { line: fr.lines.line(e.node.from), column: fr.lines.col(e.node.from), message: e.message, severity: 'error' };
      res.diagnostics = [d];
      res.stderr = compileErrorText([d]);
      setCurrentStd(null);
      return { result: res, window: null, escape };
    } else if (isStackOverflow(e)) {
      exitCode = 2;
      stderr = `runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n${traceback(m, m.panicLine)}exit status 2\n`;
    } else {
      throw e;
    }
  } finally {
    setCurrentStd(null);
  }
  if (c.stderr.length) stderr = c.stderr.join('') + stderr;
  const trace = m.trace.finish();
  const result: RunResult = {
    stdout: decodeUtf8(m.out.join('')),
    stderr: decodeUtf8(stderr),
    exitCode,
    diagnostics: [],
    stats: {
      heapAllocs: m.heapAllocs,
      heapBytes: m.heapBytes,
      frees: m.frees,
      peakHeapBytes: m.peakHeap,
      stackAllocs: m.stackAllocs,
      gcCycles: m.cycles.length,
      gcCpuFraction: m.go.gcController.gcCpuFraction,
    },
    gc: m.cycles.map((r) => ({ n: r.n, heapStart: r.heapStart, heapEnd: r.heapEnd, heapMarked: r.heapMarked, goal: r.goal })),
    sites: aggregateSites(m),
    trace,
  };
  if (budget) result.budget = budget;
  if (opts.heapMap) result.heapMap = heapMapOf(m);
  if (m.rec) result.allocProfile = finishProfile(m, m.rec);
  return { result, window, escape };
}

/** The spans and the objects not yet swept, as lib/go/heapmap.ts lays them out (the engine allocates on P 0). */
function heapMapOf(m: Machine): HeapMap {
  const heap = m.go.heap;
  const c = heap.mcaches[0];
  return buildHeapMap({
    spanLog: heap.spanLog,
    cacheBase: c.base,
    cacheAllocCount: c.allocCount,
    spanUsed: heap.spanUsed,
    objects: m.objs.map((o) => ({ addr: o.addr, size: o.size, slotBytes: o.slotBytes })),
  });
}

export const GO_INUSE_RULE = 'in use = allocations still reachable when main returns (a runtime.GC() run after the result was taken, as a program calling runtime.GC() and pprof.WriteHeapProfile at the end of main shows)';

/** The heap profile at exit: every allocation, and in use what a final runtime.GC() keeps. The final
 * cycle runs after the result's statistics, trace and cycles were taken, so they do not see it. */
function finishProfile(m: Machine, rec: AllocRecorder) {
  try {
    m.frames = [];
    m.stacks = null;
    m.stmtSeq = m.seq;
    m.onGcCycle = null;
    rec.stopAllocs();
    m.forcedGC();
  } catch {
    // A budget hit by the final cycle leaves the in-use figures as the run ended.
  }
  return rec.finish(m.now(), GO_INUSE_RULE);
}

function aggregateSites(m: Machine): Site[] {
  const byKey = new Map<string, Site>();
  m.sites.forEach((s, i) => {
    const count = m.siteCount[i];
    if (count === 0) return;
    const key = `${s.line}|${s.kind}|${s.reason}`;
    const cur = byKey.get(key);
    const gs = m.siteGoids[i];
    if (cur) {
      cur.count += count;
      cur.bytes += m.siteBytes[i];
      if (gs) cur.goroutines = [...new Set([...(cur.goroutines ?? []), ...gs])].sort((a, b) => a - b);
    } else byKey.set(key, { line: s.line, kind: s.kind, count, bytes: m.siteBytes[i], reason: s.reason, ...(gs ? { goroutines: [...gs].sort((a, b) => a - b) } : {}) });
  });
  return [...byKey.values()].sort((a, b) => a.line - b.line || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** "fatal error: all goroutines are asleep - deadlock!" with each blocked goroutine's stack. */
function deadlockText(fatal: string[], world: InterpWorld, m: Machine): string {
  let s = `${fatal[0]}\n`;
  for (const header of fatal.slice(1)) {
    s += `\n${header}\n`;
    const goid = Number(/goroutine (\d+)/.exec(header)?.[1]);
    const st = world.stackOf(goid);
    if (!st) continue;
    m.frames = st.frames;
    s += traceback(m, st.line).split('\n').slice(1).join('\n');
  }
  return `${s}exit status 2\n`;
}

function traceback(m: Machine, panicLine: number): string {
  const fr = m.frames;
  let s = `goroutine ${m.goid} [running]:\n`;
  for (let i = fr.length - 1; i >= 0; i--) {
    const line = i === fr.length - 1 ? panicLine : fr[i + 1].line;
    // Every frame is the program's: main.f, main.main.func1 (a literal in main), main.init.func1 (in
    // a package-level initializer).
    const qualified = `main.${fr[i].name.replace(/^glob\./, 'init.')}`;
    s += `${qualified}(${i === 0 ? '' : '...'})\n\t/tmp/${FILE}:${line} +0x1d\n`;
  }
  return s;
}

function panicText(e: GoPanicSignal, m: Machine): string {
  let head: string;
  if (e.fatal) head = `runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: ${e.message}\n`;
  else {
    // printpanics: the panics this one interrupted first ("[recovered]" when recover had stopped
    // them before the deferred call panicked again), then the [signal ...] line of a memory fault.
    const chain: GoPanicSignal[] = [];
    for (let p: GoPanicSignal | null = e; p; p = p.link) chain.unshift(p);
    head = chain.map((p, i) => `${i ? '\t' : ''}panic: ${p.message}${p.recovered ? ' [recovered]' : ''}\n`).join('');
    if (chain.some((p) => p.signal)) head += '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n';
  }
  return `${head}\n${traceback(m, m.panicLine)}exit status 2\n`;
}

export function runGo(source: string, opts: RunOptions = {}): RunResult {
  try {
    return runGoDetailed(source, opts).result;
  } catch (e) {
    // A bug in the interpreter must not take the worker down: report it as a diagnostic.
    setCurrentStd(null);
    const r = emptyResult(opts);
    const d: Diagnostic = { line: 1, column: 1, message: `internal error in the Go simulator: ${(e as Error).message}`, severity: 'error' };
    r.diagnostics = [d];
    r.stderr = d.message + '\n';
    return r;
  }
}
