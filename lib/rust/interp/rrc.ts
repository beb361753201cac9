// Runtime value of std::rc::Rc<T>: each handle points at one shared RcBox (strong and weak counts, the
// value, the allocation's id and size). Kept apart from machine.ts so the collections stay additive.

export class RcBox {
  constructor(
    public v: unknown,
    public strong: number,
    public id: number,
    public size: number,
  ) {}
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
