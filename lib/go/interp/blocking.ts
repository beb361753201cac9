// Which functions can reach a scheduling point (a channel operation, select, go, a sync lock or
// WaitGroup call, runtime.Gosched): those run as generators that yield to the scheduler
// (compile-gen.ts); every other function stays a plain closure at full speed. A program with no
// scheduling point at all runs exactly as before, without a scheduler.

import type * as A from './ast';
import type { FnInfo, Info } from './check';
import { tMutex, tOnce, tRWMutex, tWaitGroup } from './std';
import { underlying, type T } from './types';

const SYNC_TYPES = new Set<T>([tWaitGroup, tMutex, tRWMutex, tOnce]);

/** Is this call a scheduling point by itself? */
export function isSchedCall(info: Info, e: A.Call): boolean {
  const ck = info.calls[e.id];
  if (!ck) return false;
  if (ck.k === 'builtin') return ck.name === 'close';
  if (ck.k === 'method') return SYNC_TYPES.has(ck.recvType);
  if (ck.k === 'std') return ck.f.pkg === 'runtime' && ck.f.name === 'Gosched';
  return false;
}

/**
 * The blocking functions and whether a call through a func value or an interface can block, or
 * null when the program has no scheduling point.
 */
export function findBlockers(info: Info): { blockers: Set<FnInfo>; dynBlocks: boolean } | null {
  const direct = new Set<FnInfo>();
  const callees = new Map<FnInfo, Set<FnInfo>>();
  const dynamic = new Set<FnInfo>();
  const values = new Set<FnInfo>(); // functions that can be called through a func value or interface
  for (const fn of info.funcs) {
    if (fn.recv) values.add(fn);
    if (fn.isLit) values.add(fn);
    const cs = new Set<FnInfo>();
    callees.set(fn, cs);
    const body = fn.node.body;
    const visit = (n: unknown, callFun: boolean): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) return n.forEach((x) => visit(x, false));
      const x = n as A.Stmt | A.Expr;
      switch (x.kind) {
        case 'FuncLit':
          return; // its own FnInfo
        case 'Go':
        case 'Send':
        case 'Select':
          direct.add(fn);
          break;
        case 'Range': {
          const t = info.types[x.x.id];
          if (t && underlying(t).k === 'chan') direct.add(fn);
          break;
        }
        case 'Unary':
          if (x.op === '<-') direct.add(fn);
          break;
        case 'Ident':
          if (!callFun) {
            const o = info.uses[x.id];
            if (o?.kind === 'func') values.add(o.info);
          }
          break;
        case 'Call': {
          const ck = info.calls[x.id];
          if (isSchedCall(info, x)) direct.add(fn);
          if (ck?.k === 'func') cs.add(ck.fn);
          if (ck?.k === 'value' || ck?.k === 'iface') dynamic.add(fn);
          visit(x.fun, true);
          visit(x.args, false);
          return;
        }
      }
      for (const k of Object.keys(x)) if (k !== 'id' && k !== 'from' && k !== 'to') visit((x as unknown as Record<string, unknown>)[k], false);
    };
    if (body) visit(body, false);
  }
  if (direct.size === 0) return null;
  const blockers = new Set(direct);
  for (let changed = true; changed; ) {
    changed = false;
    const dynBlocks = [...values].some((f) => blockers.has(f));
    for (const fn of info.funcs) {
      if (blockers.has(fn)) continue;
      if ([...callees.get(fn)!].some((c) => blockers.has(c)) || (dynBlocks && dynamic.has(fn))) {
        blockers.add(fn);
        changed = true;
      }
    }
  }
  return { blockers, dynBlocks: [...values].some((f) => blockers.has(f)) };
}
