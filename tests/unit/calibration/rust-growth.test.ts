// Rust Vec / String / VecDeque capacity: the models in lib/rust against real
// rustc 1.95.0 runs (tests/fixtures/calibration/rust-growth.json, made by
// scripts/calibrate/run.sh). Besides len/cap, each case compares the model's
// allocator log with the calls the counting #[global_allocator] saw.
import { describe, it, expect } from 'vitest';
import { StringModel, VecDequeModel, VecModel, type VecEvent } from '@/lib/rust/vec';
import { parseRustType, rustLayout } from '@/lib/rust/types';
import { rustGrowth as fx, summarize, type AllocEvent, type AllocStats, type Op, type Pair, type RustOpsCase } from './fixtures';

/** Model log → counting-allocator events, plus the final drop (the fixture's measured section includes it). */
function modelEvents(log: readonly VecEvent[]): AllocEvent[] {
  return log.map((e): AllocEvent =>
    e.kind === 'alloc' ? ['a', e.newBytes] : e.kind === 'realloc' ? ['r', e.oldBytes, e.newBytes] : ['d', e.oldBytes],
  );
}
const dropEvent = (bytes: number): AllocEvent[] => (bytes > 0 ? [['d', bytes]] : []);
// alloc_zeroed (vec![0; n]) is an allocation of the same size; the model doesn't track zeroing.
const realEvents = (a: AllocStats): AllocEvent[] => a.events.map((e) => (e[0] === 'z' ? (['a', e[1]] as AllocEvent) : e));

function expectAlloc(name: string, events: AllocEvent[], real: AllocStats) {
  expect(real.eventsTruncated, `${name}: fixture event log truncated`).toBe(false);
  expect(events, `${name}: allocator calls`).toEqual(realEvents(real));
  const s = summarize(events);
  const { allocs, reallocs, deallocs, allocBytes, reallocBytes, deallocBytes, peakLiveBytes, endLiveBytes } = real;
  expect(s, `${name}: allocator totals`).toEqual({
    allocs, reallocs, deallocs, allocBytes, reallocBytes, deallocBytes, peakLiveBytes, endLiveBytes,
  });
}

describe('rust-growth fixture sanity', () => {
  it('comes from rustc 1.95', () => {
    expect(fx.toolchain).toMatch(/^rustc 1\.95\.\d+ /);
    expect(fx.generatedBy).toBe('scripts/calibrate/run.sh');
  });
  it('has enough element sizes, lengths and operation cases', () => {
    const sizes = new Set(fx.vecPush.map((c) => c.size));
    for (const s of [1, 2, 3, 4, 5, 7, 8, 12, 16, 24, 32, 48, 64, 100, 128, 256, 512, 1000, 1024, 1025, 1500, 2048, 4096]) {
      expect(sizes.has(s), `element size ${s}`).toBe(true);
    }
    for (const e of ['u16', 'u32', 'u64', 'String', 'Box<u8>']) expect(fx.vecPush.some((c) => c.elem === e), e).toBe(true);
    expect(Math.max(...fx.vecPush.map((c) => c.n))).toBeGreaterThanOrEqual(100000);
    expect(fx.vecOps.length).toBeGreaterThanOrEqual(50);
    expect(fx.string.length).toBeGreaterThanOrEqual(15);
    expect(fx.vecDeque.length).toBeGreaterThanOrEqual(15);
    for (const c of [...fx.vecPush, ...fx.vecOps, ...fx.string, ...fx.vecDeque]) {
      expect(c.alloc.eventCount, 'every case made allocator calls').toBeGreaterThan(0);
    }
  });
});

describe('rust element sizes: rustLayout(parseRustType(...)) vs size_of/align_of', () => {
  const seen = new Map<string, { size: number; align: number }>();
  for (const c of [...fx.vecPush, ...fx.vecOps, ...fx.vecDeque]) if (c.elem) seen.set(c.elem, { size: c.size!, align: c.align! });
  for (const [elem, want] of seen) {
    it(elem, () => {
      const l = rustLayout(parseRustType(elem));
      expect({ size: l.size, align: l.align }, elem).toEqual(want);
    });
  }
});

describe('rust Vec::new() + push (VecModel.push)', () => {
  for (const c of fx.vecPush) {
    it(`Vec<${c.elem}> (${c.size} B) to ${c.n}`, () => {
      const v = new VecModel(c.size);
      const tr: Pair[] = [];
      for (let i = 0; i < c.n; i++) {
        const before = v.cap;
        v.push();
        if (v.cap !== before) tr.push([v.len, v.cap]);
      }
      expect(tr, `Vec<${c.elem}> transitions`).toEqual(c.transitions);
      expectAlloc(`Vec<${c.elem}>`, [...modelEvents(v.log), ...dropEvent(v.bytes)], c.alloc);
    });
  }
});

/** Something with len/cap whose allocator log can be followed across clone() replacements. */
interface Tracked {
  len: number;
  cap: number;
  log: readonly VecEvent[];
  bytes: number;
}

/**
 * Replays a fixture case's ops on a model and returns what the fixture recorded:
 * initial state, state after each op, cap transitions and allocator events.
 */
function replay<M extends Tracked>(c: RustOpsCase, init: M, apply: (m: M, op: Op) => M) {
  let m = init;
  let seenLog = 0;
  const events: AllocEvent[] = [];
  const flush = () => {
    events.push(...modelEvents(m.log.slice(seenLog)));
    seenLog = m.log.length;
  };
  flush();
  const initial: Pair = [m.len, m.cap];
  const states: Pair[] = [];
  const transitions: Pair[] = [];
  let prevCap = m.cap;
  const see = () => {
    if (m.cap !== prevCap) {
      transitions.push([m.len, m.cap]);
      prevCap = m.cap;
    }
  };
  for (const op of c.ops) {
    const [name, ...args] = op;
    const repeat = name === 'push_str' || (name === 'push' && typeof args[0] === 'string') ? (args[1] as number) : null;
    if (op[0] === 'clone') {
      const old = m;
      m = apply(m, op); // new buffer first, then the old one is dropped (v = v.clone())
      seenLog = 0;
      flush();
      events.push(...dropEvent(old.bytes));
    } else if (repeat !== null) {
      for (let i = 0; i < repeat; i++) {
        m = apply(m, op);
        see();
      }
    } else if (name === 'push' || name === 'push_back' || name === 'push_front' || name === 'pop' || name === 'pop_front' || name === 'pop_back') {
      for (let i = 0; i < (args[0] as number); i++) {
        m = apply(m, [name]);
        see();
      }
    } else {
      m = apply(m, op);
    }
    flush();
    see();
    states.push([m.len, m.cap]);
  }
  events.push(...dropEvent(m.bytes));
  return { initial, states, transitions, events };
}

function checkOps<M extends Tracked>(title: string, c: RustOpsCase, init: M, apply: (m: M, op: Op) => M) {
  const r = replay(c, init, apply);
  const ops = c.ops.map((o) => o.join(' ')).join(', ');
  expect(r.initial, `${title}: after ${c.init.join(' ')}`).toEqual(c.initial);
  expect(r.states, `${title}: [len, cap] after each of: ${ops}`).toEqual(c.states);
  expect(r.transitions, `${title}: capacity transitions`).toEqual(c.transitions);
  expectAlloc(title, r.events, c.alloc);
}

function applyVec(v: VecModel, op: Op): VecModel {
  const [name, arg] = op as [string, number];
  switch (name) {
    case 'push': v.push(); break;
    case 'pop': v.pop(); break;
    case 'reserve': v.reserve(arg); break;
    case 'reserve_exact': v.reserve_exact(arg); break;
    case 'extend_from_slice': v.extend_from_slice(arg); break;
    case 'shrink_to_fit': v.shrink_to_fit(); break;
    case 'shrink_to': v.shrink_to(arg); break;
    case 'truncate': v.truncate(arg); break;
    case 'clear': v.clear(); break;
    case 'clone': return v.clone();
    default: throw new Error(`unknown Vec op ${name}`);
  }
  return v;
}

function initVec(c: RustOpsCase): VecModel {
  const [kind, n] = c.init as [string, number];
  if (kind === 'new') return new VecModel(c.size!);
  if (kind === 'with_capacity') return new VecModel(c.size!, n);
  if (kind === 'vec_macro') {
    // vec![x; n]: one allocation of exactly n elements, len n (no VecModel constructor for it).
    const v = new VecModel(c.size!, n);
    v.extend_from_slice(n);
    return v;
  }
  throw new Error(`unknown Vec init ${kind}`);
}

describe('rust Vec operation sequences (VecModel)', () => {
  for (const c of fx.vecOps) {
    const title = `Vec<${c.elem}> ${c.name}`;
    it(title, () => checkOps(title, c, initVec(c), applyVec));
  }
});

function applyString(s: StringModel, op: Op): StringModel {
  const [name, arg] = op;
  switch (name) {
    case 'push_str': s.push_str(arg as string); break;
    case 'push': s.push(arg as string); break;
    case 'reserve': s.reserve(arg as number); break;
    case 'reserve_exact': s.reserve_exact(arg as number); break;
    case 'shrink_to_fit': s.shrink_to_fit(); break;
    case 'truncate': s.truncate(arg as number); break;
    case 'clear': s.clear(); break;
    case 'clone': return s.clone();
    default: throw new Error(`unknown String op ${name}`);
  }
  return s;
}

/** StringModel exposes len/cap/log of its Vec<u8>; bytes = cap for u8. */
function trackString(s: StringModel): StringModel & Tracked {
  if (!('bytes' in s)) Object.defineProperty(s, 'bytes', { get: () => s.cap });
  return s as StringModel & Tracked;
}

function initString(c: RustOpsCase): StringModel {
  const [kind, arg] = c.init;
  if (kind === 'new') return new StringModel();
  if (kind === 'with_capacity') return StringModel.with_capacity(arg as number);
  if (kind === 'from') return StringModel.from(arg as string);
  throw new Error(`unknown String init ${kind}`);
}

describe('rust String (StringModel)', () => {
  for (const c of fx.string) {
    const title = `String ${c.name}`;
    it(title, () =>
      checkOps(title, c, trackString(initString(c)), (s, op) => trackString(applyString(s, op))),
    );
  }
});

function applyDeque(d: VecDequeModel, op: Op): VecDequeModel {
  switch (op[0]) {
    case 'push_back': d.push_back(); break;
    case 'push_front': d.push_front(); break;
    case 'pop_front': d.pop_front(); break;
    case 'pop_back': d.pop_back(); break;
    default: throw new Error(`unknown VecDeque op ${op[0]}`);
  }
  return d;
}

function trackDeque(d: VecDequeModel): VecDequeModel & Tracked {
  if (!('bytes' in d)) Object.defineProperty(d, 'bytes', { get: () => d.vec.bytes });
  return d as VecDequeModel & Tracked;
}

describe('rust VecDeque (VecDequeModel)', () => {
  for (const c of fx.vecDeque) {
    const title = `VecDeque<${c.elem}> ${c.name}`;
    const [kind, n] = c.init as [string, number];
    it(title, () =>
      checkOps(title, c, trackDeque(new VecDequeModel(c.size!, kind === 'with_capacity' ? n : 0)), (d, op) =>
        trackDeque(applyDeque(d, op)),
      ),
    );
  }
});
