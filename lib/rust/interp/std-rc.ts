// std::rc::Rc: Rc::new allocates an RcBox — #[repr(C)] { strong: Cell<usize>, weak: Cell<usize>, value: T }
// (16 bytes of counts + T, aligned to max(8, align_of T); even for a zero-sized T) after evaluating
// its argument; clone and Rc::clone bump the strong count (no allocation); the last handle's drop
// drops the value, then frees the box. Rc::strong_count reads the count.

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import { RCell, RGuard, RcBox, RRc } from './rrc';
import { layoutOf, prune, zonk, type Ty } from './ty';
import { copier, type E } from './values';

/** size_of::<RcBox<T>>() */
export function rcBoxSize(t: Ty): number {
  const { size, align } = layoutOf(t);
  const a = Math.max(8, align);
  const off = Math.ceil(16 / align) * align;
  return Math.ceil((off + size) / a) * a;
}

export function compileRcCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E | null {
  const m = cx.m;
  switch (e.builtin) {
    case 'Rc::new': {
      const inner = (prune(tyOf(e)) as { e: Ty }).e;
      const size = rcBoxSize(inner);
      const v = cx.expr(e.args[0]);
      return (f) => {
        const x = v(f);
        const id = m.alloc(size, `Rc::new (RcBox: 16 bytes of counts + ${size - 16} bytes)`);
        return new RRc(new RcBox(x, 1, id, size));
      };
    }
    case 'Rc::clone': {
      const r = cx.expr(e.args[0]);
      return (f) => {
        const b = (r(f) as RRc).b;
        b.strong++;
        return new RRc(b);
      };
    }
    case 'Rc::strong_count': {
      const r = cx.expr(e.args[0]);
      return (f) => (r(f) as RRc).b.strong;
    }
    case 'RefCell::new':
    case 'Cell::new': {
      const v = cx.expr(e.args[0]);
      return (f) => new RCell([v(f)], 0);
    }
    case 'mem::align_of': {
      const targs = (e as { targs?: Ty[] | null }).targs!;
      const n = layoutOf(zonk(targs[0])).align;
      return () => n;
    }
  }
  return null;
}

/** rc.clone() (auto-ref'd receiver: the handle itself). */
export function rcClone(recv: E): E {
  return (f) => {
    const b = (recv(f) as RRc).b;
    b.strong++;
    return new RRc(b);
  };
}

/**
 * RefCell::borrow / borrow_mut (#[track_caller]: the panic points at the call) and Cell::get / set.
 * core::cell's panics (1.95) are `panic!("{err}")` with the error's Display, "RefCell already borrowed" /
 * "RefCell already mutably borrowed": one write_str into the message String.
 */
export function compileCellMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, args: E[], inner: Ty): E {
  const panic = cx.panicAt(e.nameSpan);
  switch (e.builtin) {
    case 'cell.borrow':
      return (f) => {
        const c = recv(f) as RCell;
        if (c.b < 0) panic('RefCell already mutably borrowed', ['RefCell already mutably borrowed']);
        c.b++;
        return new RGuard(c, false);
      };
    case 'cell.borrow_mut':
      return (f) => {
        const c = recv(f) as RCell;
        if (c.b !== 0) panic('RefCell already borrowed', ['RefCell already borrowed']);
        c.b = -1;
        return new RGuard(c, true);
      };
    case 'cell.get': {
      const cp = copier(inner);
      return (f) => {
        const v = (recv(f) as RCell).a[0];
        return cp ? cp(v) : v;
      };
    }
    case 'cell.set': {
      const d = cx.drop(inner);
      return (f) => {
        const c = recv(f) as RCell;
        const v = args[0](f);
        const old = c.a[0];
        c.a[0] = v;
        if (d && old !== undefined) d(old);
        return null;
      };
    }
  }
  throw new Error(`cell method ${e.builtin}`);
}
