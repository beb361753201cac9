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
