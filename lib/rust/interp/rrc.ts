// Runtime value of std::rc::Rc<T>: each handle points at one shared RcBox (strong and weak counts, the
// value, the allocation's id and size). Kept apart from machine.ts so the collections stay additive.

export class RcBox {
  constructor(
    public v: unknown,
    public strong: number,
    public id: number,
    public size: number,
  ) {}
  /** Weak handles (std keeps one more for all the strong ones together). */
  weak = 0;
}

export class RRc {
  constructor(public b: RcBox) {}
}

/** RefCell<T> / Cell<T>: the value in `a[0]` (so `&mut` into it is a Place); `b`: 0 free, n > 0 shared borrows, -1 borrowed mutably. */
export class RCell {
  constructor(
    public a: unknown[],
    public b: number,
  ) {}
}

/** Ref<'_, T> / RefMut<'_, T>: dropping it ends the borrow. */
export class RGuard {
  constructor(
    public c: RCell,
    public mut: boolean,
  ) {}
}

/** rc::Weak / sync::Weak: a handle on the box that keeps its allocation (not the value) alive. */
export class RWeak {
  /** null for `Weak::new()`: points at nothing and allocates nothing (std's dangling sentinel). */
  constructor(public b: RcBox | null) {}
}

/**
 * A spawned thread (std-thread.ts): its closure waits in Machine.pending until a thread blocks; `refs`
 * counts the Packet Arc's handles (the JoinHandle and the running thread), the last frees it.
 */
export class RThread {
  constructor(
    public run: (() => unknown) | null,
    public id: number,
    public packet: number,
    public size: number,
    public dropResult: ((v: unknown) => void) | null,
  ) {}
  refs = 2;
  done = false;
  result: unknown = undefined;
}
