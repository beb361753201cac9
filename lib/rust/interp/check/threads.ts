// Threads and shared state: the types `Arc<T>`, `Weak<T>`, `Mutex<T>`, `RwLock<T>`, the atomics,
// `JoinHandle<T>`; the calls `Arc::new/clone/strong_count/downgrade`, `Rc::downgrade/weak_count`,
// `Mutex::new`, `RwLock::new`, `Atomic*::new`, `thread::spawn`, `thread::scope`; their methods; and
// rustc's errors for spawn: E0373 (a borrowing closure must be `'static`), E0277 (`Rc` is not `Send`,
// `RefCell` is not `Sync`). Mirrors std::thread::spawn's bounds `F: FnOnce() -> T + Send + 'static`.

import type { Expr, TypeExpr } from '../ast';
import { T, fmtTy, prune, stdStruct, type Ty } from '../ty';
import { CheckError, Checker, newVar, type MethodSig } from './checker';
import { resultTy } from './enums';
import { firstUseIn } from './uses';

declare module './checker' {
  interface Checker {
    threadType(t: Extract<TypeExpr, { k: 'path' }>): Ty | null;
    threadCall(e: Extract<Expr, { k: 'call' }>, segs: string[], expected?: Ty): Ty | null;
    threadMethodSig(t: Ty, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    rxInto(a: Expr): boolean;
    /** After `s.spawn(closure)` was checked: what the closure captures must be Send / Sync. */
    scopedSpawnCheck(e: Extract<Expr, { k: 'method' }>): void;
  }
}

const errType = (name: string, variants: string[] | null): Ty => ({
  k: 'struct',
  s: stdStruct({
    name,
    kind: 'unit',
    fields: [],
    copy: true,
    ...(variants ? { kind: 'named' as const, variants: variants.map((v) => ({ name: v, kind: 'unit' as const, fields: [] })) } : {}),
  }),
});
/** mpsc::RecvError (a unit struct) and TryRecvError { Empty, Disconnected }. */
export const RECV_ERROR = errType('RecvError', null);
export const TRY_RECV_ERROR = errType('TryRecvError', ['Empty', 'Disconnected']);

const ATOMICS: Record<string, Ty> = { AtomicUsize: T.usize, AtomicU64: T.int('u64'), AtomicU32: T.int('u32'), AtomicI32: T.i32, AtomicI64: T.int('i64'), AtomicBool: T.bool };

/** `std::sync::atomic::AtomicUsize::new` → `AtomicUsize::new`. */
function shortPath(segs: string[]): string[] {
  let i = 0;
  if (segs[i] === 'std') i++;
  while (i < segs.length - 2 && (segs[i] === 'sync' || segs[i] === 'atomic' || segs[i] === 'rc')) i++;
  return segs.slice(i);
}

Checker.prototype.threadType = function (this: Checker, t: Extract<TypeExpr, { k: 'path' }>): Ty | null {
  const n = shortPath(t.name.split('::')).join('::');
  const one = (): Ty => {
    if (t.args.length !== 1) throw new CheckError(t, `\`${n}\` takes one type argument`);
    return this.type(t.args[0]);
  };
  switch (n) {
    case 'Arc':
      return { k: 'Rc', e: one(), arc: true };
    case 'Weak':
      return { k: 'Weak', e: one(), arc: this.prog.imports?.includes('Arc') && !this.prog.imports?.includes('Rc') };
    case 'Mutex':
    case 'RwLock':
      return { k: 'RefCell', e: one(), lock: n };
    case 'JoinHandle':
    case 'thread::JoinHandle':
      return { k: 'JoinHandle', e: one() };
    case 'Sender':
    case 'mpsc::Sender':
    case 'SyncSender':
    case 'mpsc::SyncSender':
    case 'Receiver':
    case 'mpsc::Receiver':
      return { k: 'Chan', e: one(), end: n.replace('mpsc::', '') as 'Sender' };
  }
  if (ATOMICS[n]) return { k: 'Cell', e: ATOMICS[n], atomic: n };
  return null;
};

/** `F: FnOnce() -> T + Send + 'static`: E0373 for a closure that borrows, E0277 for what is not Send. */
function checkSpawnClosure(cx: Checker, call: Extract<Expr, { k: 'call' }>, arg: Expr, needStatic: boolean): void {
  if (arg.k !== 'closure' || !arg.info) return;
  const info = arg.info;
  if (needStatic && !arg.move) {
    const cap = info.caps.find((c) => !c.byValue);
    if (cap) {
      const n = cap.decl.name;
      const use = firstUseIn(arg.body, new Set([cap.decl]));
      const notes = [{ from: arg.from, message: `may outlive borrowed value \`${n}\`` }, ...(use !== null ? [{ from: use, message: `\`${n}\` is borrowed here` }] : [])];
      throw new CheckError({ from: arg.from, to: arg.body.from > arg.from ? Math.min(arg.body.from, arg.to) : arg.to }, `closure may outlive the current function, but it borrows \`${n}\`, which is owned by the current function`, notes, 'E0373');
    }
  }
  for (const c of info.caps) {
    // by value: T must be Send; by reference: &T needs T: Sync (a unique borrow, &mut T: T: Send)
    const bad = c.byValue || c.mut ? notSend(prune(c.decl.ty!), true) : notSync(prune(c.decl.ty!));
    if (!bad) continue;
    const span = { from: arg.from, to: arg.to };
    const callee = { from: call.callee.from, to: call.callee.to };
    if (bad.sync) throw new CheckError(span, `\`${bad.name}\` cannot be shared between threads safely`, [{ from: callee.from, message: 'required by a bound introduced by this call' }, { from: arg.from, message: `\`${bad.name}\` cannot be shared between threads safely` }], 'E0277');
    throw new CheckError(span, `\`${bad.name}\` cannot be sent between threads safely`, [{ from: callee.from, message: 'required by a bound introduced by this call' }, { from: arg.from, message: `\`${bad.name}\` cannot be sent between threads safely` }], 'E0277');
  }
}

/** The first type inside `t` that makes it not Send (sync: it is there because a shared reference needs Sync). */
function notSend(t: Ty, owned: boolean): { name: string; sync: boolean } | null {
  t = prune(t);
  switch (t.k) {
    case 'Rc':
      if (!t.arc) return { name: named(t), sync: false };
      return notSync(prune(t.e));
    case 'Weak':
      if (!t.arc) return { name: named(t), sync: false };
      return notSync(prune(t.e));
    case 'ref':
      return t.mut ? notSend(t.e, true) : notSync(prune(t.e));
    case 'Guard':
      return { name: named(t), sync: false };
    case 'Vec':
    case 'VecDeque':
    case 'Box':
    case 'Option':
    case 'RefCell':
    case 'Cell':
    case 'array':
      return notSend(t.e, owned);
    case 'tuple':
      for (const x of t.elems) {
        const r = notSend(x, owned);
        if (r) return r;
      }
      return null;
    case 'struct':
      for (const f of t.s.fields) {
        const r = notSend(f.ty, owned);
        if (r) return r;
      }
      return null;
  }
  return owned ? null : notSync(t);
}

/** The type as rustc names it after integer/float defaulting (`Rc<i32>`, not `Rc<{integer}>`). */
const named = (t: Ty): string => fmtTy(t).replace(/\{integer\}/g, 'i32').replace(/\{float\}/g, 'f64');

function notSync(t: Ty): { name: string; sync: boolean } | null {
  t = prune(t);
  if ((t.k === 'RefCell' && !t.lock) || (t.k === 'Cell' && !t.atomic)) return { name: named(t), sync: true };
  if (t.k === 'Rc' && !t.arc) return { name: named(t), sync: true };
  if (t.k === 'RefCell' || t.k === 'Cell') return notSend(t.e, true);
  return notSend(t, true);
}

Checker.prototype.threadCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, rawSegs: string[], expected?: Ty): Ty | null {
  const segs = shortPath(rawSegs);
  const name = segs.join('::');
  const ex = expected ? prune(expected) : null;
  const argc = (n: number) => {
    if (e.args.length !== n) throw new CheckError(e, `this function takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0061');
  };
  const refTo = (k: Ty['k'], what: string, pred: (t: Ty) => boolean): Ty => {
    const t = prune(this.expr(e.args[0]));
    const x = t.k === 'ref' ? prune(t.e) : t;
    if (t.k !== 'ref' || x.k !== k || !pred(x)) throw new CheckError(e.args[0], `mismatched types: expected \`&${what}<_>\`, found \`${fmtTy(t)}\``, undefined, 'E0308');
    return x;
  };
  const set = (b: string, t: Ty): Ty => {
    e.builtin = b;
    return t;
  };
  switch (name) {
    case 'Arc::new': {
      argc(1);
      const inner = ex && ex.k === 'Rc' && ex.arc ? ex.e : undefined;
      const t = inner ? (this.coerceTo(e.args[0], inner), inner) : this.expr(e.args[0]);
      return set('Arc::new', { k: 'Rc', e: t, arc: true });
    }
    case 'Arc::clone':
      argc(1);
      return set('Rc::clone', refTo('Rc', 'Arc', (x) => !!(x as { arc?: boolean }).arc));
    case 'Arc::strong_count':
      argc(1);
      refTo('Rc', 'Arc', (x) => !!(x as { arc?: boolean }).arc);
      return set('Rc::strong_count', T.usize);
    case 'Arc::weak_count':
    case 'Rc::weak_count': {
      argc(1);
      const arc = name.startsWith('Arc');
      refTo('Rc', arc ? 'Arc' : 'Rc', (x) => !!(x as { arc?: boolean }).arc === arc);
      return set('Rc::weak_count', T.usize);
    }
    case 'Weak::new': {
      // std::rc::Weak or std::sync::Weak, whichever the program imported (or the expected type says)
      argc(0);
      if (ex && ex.k === 'Weak') return set('Weak::new', ex);
      return set('Weak::new', { k: 'Weak', e: newVar(), arc: !!this.prog.imports?.includes('Arc') && !this.prog.imports?.includes('Rc') });
    }
    case 'Arc::downgrade':
    case 'Rc::downgrade': {
      argc(1);
      const arc = name.startsWith('Arc');
      const rc = refTo('Rc', arc ? 'Arc' : 'Rc', (x) => !!(x as { arc?: boolean }).arc === arc) as { e: Ty };
      return set('Rc::downgrade', { k: 'Weak', e: rc.e, arc });
    }
    case 'Mutex::new':
    case 'RwLock::new': {
      argc(1);
      const lock = segs[0] as 'Mutex' | 'RwLock';
      const inner = ex && ex.k === 'RefCell' && ex.lock === lock ? ex.e : undefined;
      const t = inner ? (this.coerceTo(e.args[0], inner), inner) : this.expr(e.args[0]);
      return set('RefCell::new', { k: 'RefCell', e: t, lock });
    }
    case 'thread::spawn': {
      argc(1);
      const ret = newVar();
      this.coerceTo(e.args[0], { k: 'fnTrait', trait: 'FnOnce', params: [], ret, dyn: false });
      checkSpawnClosure(this, e, e.args[0], true);
      return set('thread::spawn', { k: 'JoinHandle', e: ret });
    }
    case 'mpsc::channel':
    case 'mpsc::sync_channel': {
      const sync = name === 'mpsc::sync_channel';
      argc(sync ? 1 : 0);
      if (sync) this.coerceTo(e.args[0], T.usize);
      const targs = (e as { targs?: Ty[] | null }).targs;
      const el = targs && targs.length === 1 ? targs[0] : newVar();
      return set(name, { k: 'tuple', elems: [{ k: 'Chan', e: el, end: sync ? 'SyncSender' : 'Sender' }, { k: 'Chan', e: el, end: 'Receiver' }] });
    }
    case 'thread::scope': {
      argc(1);
      const ret = newVar();
      const a = e.args[0];
      if (a.k !== 'closure' || a.params.length !== 1) throw new CheckError(a, 'thread::scope takes a closure `|s| { … }`');
      // the closure's parameter is `&Scope`
      this.coerceTo(a, { k: 'fnTrait', trait: 'FnOnce', params: [{ k: 'ref', mut: false, e: { k: 'Scope' } }], ret, dyn: false });
      return set('thread::scope', ret);
    }
  }
  if (segs.length === 2 && segs[1] === 'new' && ATOMICS[segs[0]]) {
    argc(1);
    this.coerceTo(e.args[0], ATOMICS[segs[0]]);
    return set('Cell::new', { k: 'Cell', e: ATOMICS[segs[0]], atomic: segs[0] });
  }
  return null;
};

Checker.prototype.threadMethodSig = function (this: Checker, t: Ty, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const m = e.name;
  const sig = (id: string, self: MethodSig['self'], params: Ty[], ret: Ty): MethodSig => ({ id, self, params, ret });
  switch (t.k) {
    case 'RefCell':
      if (t.lock === 'Mutex' && m === 'lock') return sig('lock.write', 'ref', [], { k: 'Wrap', what: 'LockResult', e: { k: 'Guard', mut: true, e: t.e, lock: 'Mutex' } });
      if (t.lock === 'RwLock' && m === 'read') return sig('lock.read', 'ref', [], { k: 'Wrap', what: 'LockResult', e: { k: 'Guard', mut: false, e: t.e, lock: 'RwLock' } });
      if (t.lock === 'RwLock' && m === 'write') return sig('lock.write', 'ref', [], { k: 'Wrap', what: 'LockResult', e: { k: 'Guard', mut: true, e: t.e, lock: 'RwLock' } });
      return null;
    case 'Cell': {
      if (!t.atomic) return null;
      const ord = newVar();
      if (m === 'load') return sig('atomic.load', 'ref', [ord], t.e);
      if (m === 'store') return sig('cell.set', 'ref', [t.e, ord], T.unit);
      if (m === 'swap') return sig('atomic.swap', 'ref', [t.e, ord], t.e);
      if (m === 'fetch_add' || m === 'fetch_sub') return sig(`atomic.${m}`, 'ref', [t.e, ord], t.e);
      return null;
    }
    case 'Wrap':
      if (m === 'unwrap') return sig('wrap.unwrap', 'value', [], t.e);
      if (m === 'expect') return sig('wrap.unwrap', 'value', [T.refStr], t.e);
      if (m === 'is_ok') return sig('wrap.is_ok', 'ref', [], T.bool);
      return null;
    case 'JoinHandle':
      if (m === 'join') return sig('thread.join', 'value', [], { k: 'Wrap', what: 'thread::Result', e: t.e });
      return null;
    case 'Weak':
      if (m === 'upgrade') return sig('weak.upgrade', 'ref', [], { k: 'Option', e: { k: 'Rc', e: t.e, arc: t.arc } });
      if (m === 'clone') return sig('weak.clone', 'ref', [], t);
      return null;
    case 'Chan':
      if (t.end !== 'Receiver') {
        if (m === 'send') return sig('chan.send', 'ref', [t.e], { k: 'Wrap', what: 'Result<(), SendError>', e: T.unit });
        if (m === 'clone') return sig('chan.clone', 'ref', [], t);
        return null;
      }
      if (m === 'iter' || m === 'into_iter') {
        (e as { iterOp?: string }).iterOp = m === 'iter' ? 'rx_iter' : 'rx_into_iter';
        return sig('iter.src', m === 'iter' ? 'ref' : 'value', [], { k: 'iterAd', item: t.e, name: m === 'iter' ? 'rx_iter' : 'rx_into_iter' });
      }
      if (m === 'recv') return sig('chan.recv', 'ref', [], resultTy(t.e, RECV_ERROR));
      if (m === 'try_recv') return sig('chan.try_recv', 'ref', [], resultTy(t.e, TRY_RECV_ERROR));
      return null;
    case 'Scope':
      if (m === 'spawn') {
        const ret = newVar();
        return sig('scope.spawn', 'ref', [{ k: 'fnTrait', trait: 'FnOnce', params: [], ret, dyn: false }], { k: 'JoinHandle', e: ret, scoped: true });
      }
      return null;
  }
  return null;
};

/** After `s.spawn(closure)` was checked: the closure must be Send (it may borrow, the scope outlives it). */
Checker.prototype.scopedSpawnCheck = function (this: Checker, e: Extract<Expr, { k: 'method' }>): void {
  if (!e.args[0]) return;
  checkSpawnClosure(this, { k: 'call', callee: e.nameSpan, args: e.args, from: e.from, to: e.to } as unknown as Extract<Expr, { k: 'call' }>, e.args[0], false);
};

/**
 * `for x in rx` (IntoIterator for Receiver) / `for x in &rx`: the loop's expression becomes
 * `rx.into_iter()` / `rx.iter()`, which check and compile as iterator sources (only a local's name,
 * or a reference to one, is looked at).
 */
Checker.prototype.rxInto = function (this: Checker, a: Expr): boolean {
  const inner = a.k === 'ref' && !a.mut ? a.e : a;
  if (inner.k !== 'name') return false;
  const d = this.lookup(inner.name);
  const t = d?.ty ? prune(d.ty) : null;
  if (!t || t.k !== 'Chan' || t.end !== 'Receiver') return false;
  const recv = { ...inner };
  const name = a === inner ? 'into_iter' : 'iter';
  for (const k of Object.keys(a)) delete (a as unknown as Record<string, unknown>)[k];
  Object.assign(a, { k: 'method', recv, name, args: [], nameSpan: { from: recv.from, to: recv.to }, from: recv.from, to: recv.to });
  return true;
};
