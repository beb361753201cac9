// Move checking (E0382) and moves out of borrowed content (E0507), flow-sensitively over the
// checked AST: a state maps moved paths ("slot" or "slot.field") to where they were moved;
// branches merge (a maybe-moved value is moved), loop bodies run twice (a move in one iteration
// is seen by the next). Borrow conflicts (E0499/E0502/E0505/…) are nll/conflicts.ts's, run from
// borrowck() below.

import type { Block, Expr, Pattern, Span, Stmt } from './ast';
import type { Checked } from './check';
import type { RawDiag } from './parse';
import { fmtTy as fmtInferred, isCopy, prune, type Ty } from './ty';
import { borrowConflicts } from './nll/conflicts';
import { firstUseIn } from './check/uses';

/** How a value was moved, for rustc's label ("`v` moved due to this method call", …). */
interface MoveKind {
  k: 'intoIter' | 'method' | 'operator' | 'partial' | 'mutRef';
  /** Where the label goes (the method's name; the binding of a partial move). */
  at?: number;
  /** A method call on an Option: rustc suggests `.as_ref()` at the receiver. */
  option?: boolean;
}

/**
 * uninit: declared by `let x;` and not assigned yet (maybe: on some paths only; ifAt: rustc's
 * labels for the `if` that assigns it on one branch only; intoClosure: moved into a `move` closure;
 * byCall: a FnOnce closure called, "`f` moved due to this call").
 */
type State = Map<string, { span: Span; loop: number; uninit?: boolean; maybe?: boolean; kind?: MoveKind; intoClosure?: boolean; useAt?: number; byCall?: string; ifAt?: { at: number; message: string }[] }> | null;

interface LoopCx {
  breaks: State[];
  continues: State[];
  id: number;
  from: number;
}

class Borrowck {
  diags: RawDiag[] = [];
  private loops: LoopCx[] = [];
  private loopSeq = 0;
  private names = new Map<number, { name: string; ty: Ty; span: Span }>();
  /** The last assignment seen to a `let x;` binding (E0381's "initialized here in some conditions"). */
  private initAt = new Map<string, number>();

  err(span: Span, message: string, code: string, notes: { from: number; message: string }[]): void {
    if (this.diags.some((d) => d.from === span.from && d.message === message)) return;
    this.diags.push({ from: span.from, to: Math.max(span.to, span.from + 1), message, code, notes });
  }

  fn(body: Block, params: { slot: number; name: string; ty: Ty; span: Span }[]): void {
    for (const p of params) this.names.set(p.slot, p);
    this.block(body, new Map());
  }

  private block(b: Block, s: State): State {
    for (const st of b.stmts) s = this.stmt(st, s);
    if (b.tail) s = this.expr(b.tail, s, 'move');
    return s;
  }

  private stmt(st: Stmt, s: State): State {
    if (st.k === 'let') {
      if (st.init && (st.pat.k === 'tuple' || st.pat.k === 'tstruct') && this.path(st.init)) s = this.destructure(st.pat, st.init, s);
      else if (st.init) {
        const wildPlace = st.pat.k === 'wild';
        // `let m2 = m;` moves a `&mut` (with a type annotation, or as an argument, it is reborrowed)
        const it = st.init.ty && prune(st.init.ty);
        const movesMutRef = st.init.k === 'name' && !st.tyAnn && !wildPlace && !!it && it.k === 'ref' && it.mut;
        s = movesMutRef ? this.use(st.init, s, 'move', { k: 'mutRef' }) : this.expr(st.init, s, wildPlace ? 'borrow' : 'move');
      }
      s = this.bind(st.pat, s);
      if (!st.init && s && st.pat.k === 'bind' && st.pat.decl) s.set(String(st.pat.decl.slot), { span: { from: st.pat.mutFrom ?? st.pat.decl.span.from, to: st.pat.decl.span.to }, loop: 0, uninit: true });
      return s;
    }
    if (st.k === 'expr') return this.expr(st.e, s, 'move');
    return s;
  }

  private bind(p: Pattern, s: State): State {
    if (!s) return s;
    if (p.k === 'bind' && p.decl) {
      // rustc's binding span: `mut x` starts at `mut`
      this.names.set(p.decl.slot, { name: p.name, ty: p.decl.ty!, span: { from: p.mutFrom ?? p.decl.span.from, to: p.decl.span.to } });
      const key = String(p.decl.slot);
      for (const k of [...s.keys()]) if (k === key || k.startsWith(key + '.')) s.delete(k);
    }
    if (p.k === 'some') return this.bind(p.inner, s);
    if (p.k === 'tuple' || p.k === 'tstruct') for (const x of p.elems) s = this.bind(x, s);
    if (p.k === 'variant') for (const x of (p as { subs?: { pat: Pattern }[] }).subs ?? []) s = this.bind(x.pat, s);
    if (p.k === 'at') {
      if (p.decl) s = this.bind({ from: p.from, to: p.to, k: 'bind', name: p.name, mut: p.mut, byRef: false, decl: p.decl }, s);
      s = this.bind(p.sub, s);
    }
    return s;
  }

  /** `let (a, b) = place;`: each name binding a non-Copy value moves that part of the place. */
  private destructure(p: Extract<Pattern, { k: 'tuple' | 'tstruct' }>, place: Expr, s: State): State {
    if ((p as { viaRef?: boolean | null }).viaRef != null) return this.expr(place, s, 'borrow');
    const t = prune(place.ty!);
    const tys = t.k === 'tuple' ? t.elems : t.k === 'struct' ? t.s.fields.map((f) => f.ty) : [];
    p.elems.forEach((x, i) => {
      const part: Expr = { from: place.from, to: place.to, k: 'field', e: place, name: String(i), index: i, ty: tys[i] };
      if (x.k === 'tuple' || x.k === 'tstruct') s = this.destructure(x, part, s);
      else s = this.expr(part, s, x.k === 'bind' && !x.deref ? 'move' : 'borrow');
    });
    return s;
  }

  /** The tracked path of a place expression, or null (temporaries, derefs, indexing). */
  private path(e: Expr): { key: string; name: string; declTy: Ty; declSpan: Span } | null {
    if (e.k === 'name' && e.decl) return { key: String(e.decl.slot), name: e.name, declTy: e.decl.ty!, declSpan: e.decl.span };
    if (e.k === 'field' && e.index !== undefined) {
      const bt = prune(e.e.ty!);
      if (bt.k === 'ref' || bt.k === 'Box') return null;
      const b = this.path(e.e);
      if (!b) return null;
      return { key: `${b.key}.${e.index}`, name: `${b.name}.${e.name}`, declTy: e.ty!, declSpan: b.declSpan };
    }
    return null;
  }

  private use(e: Expr, s: State, how: 'move' | 'borrow' | 'copy', mk?: MoveKind, at: Span = e): State {
    if (!s) return s;
    const p = this.path(e);
    if (!p) return s;
    for (const [k, v] of s) {
      if (k === p.key && v.uninit) {
        // E0381: `let x;` read before an assignment on every path
        const notes = [{ from: v.span.from, message: 'binding declared here but left uninitialized' }];
        if (v.maybe && v.ifAt) notes.push(...v.ifAt.map((x) => ({ from: x.at, message: x.message.replace(/NAME/g, p.name) })));
        else if (v.maybe && this.initAt.has(k)) notes.push({ from: this.initAt.get(k)!, message: 'binding initialized here in some conditions' });
        notes.push({ from: at.from, message: `\`${p.name}\` used here but it ${v.maybe ? 'is possibly-uninitialized' : "isn't initialized"}` });
        this.err(at, `used binding \`${p.name}\` ${v.maybe ? 'is possibly-uninitialized' : "isn't initialized"}`, 'E0381', notes);
        return s;
      }
      if (k === p.key || k.startsWith(p.key + '.') || p.key.startsWith(k + '.')) {
        const movedName = this.nameOfKey(k, p);
        const borrow = how === 'borrow';
        const loop = v.loop > 0 && v.span.from >= e.from ? this.loops.find((l) => l.id === v.loop) : undefined;
        const decl = this.names.get(Number(k.split('.')[0]));
        const ty = k === p.key ? p.declTy : (decl?.ty ?? p.declTy);
        const partial = !(k === p.key || p.key.startsWith(k + '.'));
        const moved = k === p.key ? p.name : p.key.startsWith(k + '.') ? movedName : p.name;
        const kind = v.kind?.k;
        const what = v.byCall ? `\`${v.byCall}\` moved due to this call` : v.intoClosure ? 'value moved into closure here' : kind === 'intoIter' ? `\`${moved}\` moved due to this implicit call to \`.into_iter()\`` : kind === 'method' ? `\`${moved}\` moved due to this method call` : kind === 'operator' ? `\`${moved}\` moved due to usage in operator` : partial ? 'value partially moved here' : 'value moved here';
        const movedAt = v.kind?.at ?? v.span.from;
        const notes = [
          ...(decl && k.indexOf('.') < 0 && prune(decl.ty!).k !== 'closure' ? [{ from: decl.span.from, message: `move occurs because \`${decl.name}\` has type \`${fmtTy(ty)}\`, which does not implement the \`Copy\` trait` }] : []),
          ...(loop ? [{ from: loop.from, message: 'inside of this loop' }] : []),
          ...(v.kind?.option ? [{ from: v.span.from, message: 'help: consider calling `.as_ref()` or `.as_mut()` to borrow the type\'s contents' }] : []),
          { from: movedAt, message: loop ? `${what}, in previous iteration of loop` : what },
          ...(v.intoClosure && v.useAt !== undefined ? [{ from: v.useAt, message: 'variable moved due to use in closure' }] : []),
        ];
        // (rustc leaves out the use's label when it is where the value was moved)
        if (movedAt !== at.from) notes.push({ from: at.from, message: `value ${borrow ? 'borrowed' : 'used'} here after ${partial ? 'partial ' : ''}move` });
        this.err(at, `${borrow ? 'borrow' : 'use'} of ${partial ? 'partially moved' : 'moved'} value: \`${moved}\``, 'E0382', notes);
        return s;
      }
    }
    if (how === 'move' && !isCopy(e.ty!) && (prune(e.ty!).k !== 'ref' || mk?.k === 'mutRef')) {
      const key = mk?.k === 'partial' ? `${p.key}.some` : p.key;
      s.set(key, { span: { from: mk?.k === 'partial' && mk.at !== undefined ? mk.at : e.from, to: e.to }, loop: this.loops.length ? this.loops[this.loops.length - 1].id : 0, ...(mk && mk.k !== 'partial' && mk.k !== 'mutRef' ? { kind: mk } : {}) });
    }
    return s;
  }

  private nameOfKey(k: string, p: { key: string; name: string }): string {
    // p.name is dotted like p.key; keep as many segments as k has.
    const n = k.split('.').length;
    return p.name.split('.').slice(0, n).join('.');
  }

  private expr(e: Expr, s: State, how: 'move' | 'borrow' | 'copy', mk?: MoveKind): State {
    if (!s) return s;
    switch (e.k) {
      case 'name':
        return this.use(e, s, how, mk);
      case 'field': {
        // E0509: a field can't move out of a struct whose Drop impl still needs it
        const bt = prune(e.e.ty!);
        if (how === 'move' && !isCopy(e.ty!) && bt.k === 'struct' && bt.s.drop) {
          this.err(e, `cannot move out of type \`${bt.s.name}\`, which implements the \`Drop\` trait`, 'E0509', [{ from: e.from, message: `move occurs because \`${placeText(e)}\` has type \`${fmtTy(e.ty!)}\`, which does not implement the \`Copy\` trait` }]);
          return s;
        }
        if (this.path(e)) {
          // Using a field uses its base (a moved base can't provide it).
          return this.use(e, s, how, mk);
        }
        s = this.expr(e.e, s, 'borrow');
        if (how === 'move' && !isCopy(e.ty!)) {
          const bt = prune(e.e.ty!);
          if (bt.k === 'ref') this.err(e, `cannot move out of \`${placeText(e)}\` which is behind a ${bt.mut ? 'mutable' : 'shared'} reference`, 'E0507', [{ from: e.from, message: `move occurs because \`${placeText(e)}\` has type \`${fmtTy(e.ty!)}\`, which does not implement the \`Copy\` trait` }]);
        }
        return s;
      }
      case 'index':
        s = this.expr(e.e, s, 'borrow');
        s = this.expr(e.i, s, 'copy');
        if (how === 'move' && !isCopy(e.ty!) && prune(e.i.ty!).k !== 'range') {
          this.err(e, `cannot move out of index of \`${fmtTy(autoDerefTy(e.e.ty!))}\``, 'E0507', [
            { from: e.from, message: `move occurs because value has type \`${fmtTy(e.ty!)}\`, which does not implement the \`Copy\` trait` },
            { from: e.from, message: `help: consider borrowing here: \`&${placeText(e)}\`` },
          ]);
        }
        return s;
      case 'unary':
        if (e.op === '*') {
          const it = prune(e.e.ty!);
          if (it.k === 'Box') return this.expr(e.e, s, how === 'move' && !isCopy(e.ty!) ? 'move' : 'borrow');
          s = this.expr(e.e, s, 'borrow');
          if (how === 'move' && !isCopy(e.ty!) && it.k === 'ref') {
            this.err(e, `cannot move out of \`${placeText(e)}\` which is behind a ${it.mut ? 'mutable' : 'shared'} reference`, 'E0507', [{ from: e.from, message: `move occurs because \`${placeText(e)}\` has type \`${fmtTy(e.ty!)}\`, which does not implement the \`Copy\` trait` }]);
          }
          return s;
        }
        return this.expr(e.e, s, 'copy');
      case 'ref':
        // rustc points at the `&x` of a moved x
        if (this.path(e.e)) return this.use(e.e, s, 'borrow', undefined, e);
        return this.expr(e.e, s, 'borrow');
      case 'binary':
        s = this.expr(e.l, s, (e as { builtin?: string }).builtin === 'string.add' ? 'move' : 'borrow', { k: 'operator' });
        return this.expr(e.r, s, 'borrow');
      case 'assign': {
        s = this.expr(e.r, s, 'move');
        const p = this.path(e.l);
        if (e.op === '=' && p && s) {
          for (const k of [...s.keys()]) if (k === p.key || k.startsWith(p.key + '.')) s.delete(k);
          this.initAt.set(p.key, e.l.from);
          // assigning to a field of a moved struct is an error in Rust (E0382 "assign to part of moved value")
          for (const [k, v] of s) {
            if (p.key.startsWith(k + '.')) {
              this.err(e.l, `assign to part of moved value: \`${this.nameOfKey(k, p)}\``, 'E0382', [{ from: v.span.from, message: 'value moved here' }, { from: e.l.from, message: 'value partially assigned here after move' }]);
            }
          }
          return s;
        }
        return this.expr(e.l, s, 'borrow');
      }
      case 'cast':
        return this.expr(e.e, s, 'copy');
      case 'call': {
        const b = e.builtin;
        // calling an FnOnce closure moves it
        const ct = b === 'closureCall' ? prune(e.callee.ty!) : null;
        if (ct && ct.k === 'closure' && ct.c.kind === 'FnOnce' && e.callee.k === 'name') {
          s = this.use(e.callee, s, 'move');
          const p = this.path(e.callee);
          const st = p && s && s.get(p.key);
          if (p && st && st.span.from === e.callee.from) s!.set(p.key, { ...st, span: { from: e.from, to: e.to }, byCall: p.name });
        }
        for (const a of e.args) s = this.expr(a, s, b === 'mem::size_of' ? 'borrow' : 'move');
        return s;
      }
      case 'method': {
        const mode = (e as { selfMode?: string }).selfMode;
        s = this.expr(e.recv, s, mode === 'value' ? 'move' : 'borrow', { k: (e as { implicitInto?: boolean }).implicitInto ? 'intoIter' : 'method', at: e.nameSpan.from, option: prune(e.recv.ty!).k === 'Option' });
        for (const a of e.args) s = this.expr(a, s, 'move');
        return s;
      }
      case 'range':
        if (e.lo) s = this.expr(e.lo, s, 'copy');
        if (e.hi) s = this.expr(e.hi, s, 'copy');
        return s;
      case 'struct':
        for (const f of e.fields) s = this.expr(f.e, s, 'move');
        return s;
      case 'tuple':
        for (const x of e.elems) s = this.expr(x, s, 'move');
        return s;
      case 'try':
        return this.expr(e.e, s, how);
      case 'write':
        s = this.expr(e.dest, s, 'borrow');
        if (e.f) for (const a of e.f.args) s = this.expr(a, s, 'borrow');
        return s;
      case 'array':
        for (const x of e.elems) s = this.expr(x, s, 'move');
        return s;
      case 'arrayRepeat':
        return this.expr(e.e, s, 'move');
      case 'vecMacro':
        if (e.elems) for (const x of e.elems) s = this.expr(x, s, 'move');
        else {
          s = this.expr(e.repeat!.e, s, 'move');
          s = this.expr(e.repeat!.n, s, 'copy');
        }
        return s;
      case 'fmtMacro':
        if (e.f) for (const a of e.f.args) s = this.expr(a, s, 'borrow');
        return e.mac === 'panic' ? null : s;
      case 'assert':
        for (const a of e.args) s = this.expr(a, s, 'borrow');
        if (e.f) for (const a of e.f.args) s = this.expr(a, s, 'borrow');
        return s;
      case 'block':
        return this.block(e.b, s);
      case 'if': {
        s = this.expr(e.cond, s, 'copy');
        const a = this.block(e.then, clone(s));
        const b = e.els ? this.expr(e.els, clone(s), how) : s;
        const out = merge(a, b);
        // assigned on one branch only: rustc's E0381 says which condition leaves it uninitialized
        if (out && a && b) {
          for (const [k, v] of out) {
            if (!v.uninit || !v.maybe || v.ifAt) continue;
            const inA = a.get(k)?.uninit && !a.get(k)?.maybe;
            const inB = b.get(k)?.uninit && !b.get(k)?.maybe;
            if (!e.els && !a.has(k) && inB) out.set(k, { ...v, ifAt: [{ at: e.cond.from, message: 'if this `if` condition is `false`, `NAME` is not initialized' }, { at: e.then.to, message: 'an `else` arm might be missing here, initializing `NAME`' }] });
            else if (e.els && !a.has(k) && inB) out.set(k, { ...v, ifAt: [{ at: e.then.to, message: 'if the `if` condition is `false` and this `else` arm is executed, `NAME` is not initialized' }] });
            else if (e.els && inA && !b.has(k)) out.set(k, { ...v, ifAt: [{ at: e.cond.from, message: 'if this condition is `true`, `NAME` is not initialized' }] });
          }
        }
        return out;
      }
      case 'ifLet': {
        s = this.scrutinee(e.e, e.pat, s);
        const a = this.block(e.then, this.bind(e.pat, clone(s)));
        const b = e.els ? this.expr(e.els, clone(s), how) : s;
        return merge(a, b);
      }
      case 'match': {
        const pats = e.arms.map((a) => a.pat);
        s = this.scrutinee(e.e, pats.find((p) => bindsByValue(p)) ?? pats[0], s);
        let out: State = null;
        for (const arm of e.arms) {
          let st = this.bind(arm.pat, clone(s));
          if (arm.guard) st = this.expr(arm.guard, st, 'copy');
          out = merge(out, this.expr(arm.body, st, how));
        }
        return out;
      }
      case 'while':
        return this.loop(s, (st) => this.expr(e.cond, st, 'copy'), (st) => this.block(e.body, st), false, e.label, e.from);
      case 'whileLet':
        return this.loop(s, (st) => this.bind(e.pat, this.scrutinee(e.e, e.pat, st)), (st) => this.block(e.body, st), false, e.label, e.from);
      case 'loop':
        return this.loop(s, (st) => st, (st) => this.block(e.body, st), true, e.label, e.from);
      case 'for': {
        const mode = (e as { mode?: string }).mode;
        s = this.expr(e.iter, s, mode === 'intoIter' ? 'move' : 'borrow', { k: 'intoIter' });
        return this.loop(s, (st) => this.bind(e.pat, st), (st) => this.block(e.body, st), false, e.label, e.from);
      }
      case 'break': {
        if (e.e) s = this.expr(e.e, s, 'move');
        const l = this.findLoop(e.label);
        if (l) l.breaks.push(clone(s));
        return null;
      }
      case 'continue': {
        const l = this.findLoop(e.label);
        if (l) l.continues.push(clone(s));
        return null;
      }
      case 'return':
        if (e.e) s = this.expr(e.e, s, 'move');
        return null;
      case 'closure': {
        // the body is checked on a copy of the state (uses of what was moved before the closure);
        // a `move` closure then moves its non-Copy captures
        if (e.info) {
          for (const c of e.info.caps) {
            const name: Expr = { k: 'name', name: c.decl.name, decl: c.decl, slot: c.decl.slot, ty: c.decl.ty, from: e.from, to: e.to };
            s = this.use(name, s, 'borrow');
          }
        }
        if (s) {
          // a body that moves a captured variable out makes the closure FnOnce (called at most once)
          const inner = this.block(e.body, new Map(s));
          if (inner && e.info) {
            for (const c of e.info.caps) {
              const key = String((c.shadow ?? c.decl).slot);
              if (inner.has(key) && !s.has(key) && !inner.get(key)!.uninit) {
                e.info.kind = 'FnOnce';
                if (!c.shadow) c.byValue = true;
              }
            }
          }
        }
        if (s && e.info && e.move) {
          const loop = this.loops.length ? this.loops[this.loops.length - 1].id : 0;
          for (const c of e.info.caps) if (c.byValue && !c.fields && !isCopy(c.decl.ty!)) s.set(String(c.decl.slot), { span: { from: e.from, to: e.to }, loop, intoClosure: true, useAt: firstUseIn(e.body, new Set([c.decl, c.shadow])) ?? undefined });
        }
        return s;
      }
      default:
        return s;
    }
  }

  private labels: (string | null)[] = [];

  private findLoop(label: string | null): LoopCx | undefined {
    if (!label) return this.loops[this.loops.length - 1];
    for (let i = this.loops.length - 1; i >= 0; i--) if (this.labels[i] === label) return this.loops[i];
    return this.loops[this.loops.length - 1];
  }

  private scrutinee(e: Expr, p: Pattern, s: State): State {
    const t = prune(e.ty!);
    if (t.k === 'ref') return this.expr(e, s, 'borrow');
    const moves = bindsByValue(p) && !isCopy(t);
    // `Some(x)` moves the Option's contents: a partial move, at the binding
    if (moves && p.k === 'some' && p.inner.k === 'bind' && this.path(e)) return this.use(e, s, 'move', { k: 'partial', at: p.inner.from });
    // Moving a variant's payload out of a place leaves the place partially moved (rustc's wording then says so)
    const at = moves && (p.k === 'variant' || (p.k === 'or' && p.alts.every((a) => a.k === 'variant'))) ? this.path(e) : null;
    if (at && s) {
      s = this.expr(e, s, 'borrow');
      if (s) s.set(`${at.key}.payload`, { span: { from: e.from, to: e.to }, loop: this.loops.length ? this.loops[this.loops.length - 1].id : 0 });
      return s;
    }
    return this.expr(e, s, moves ? 'move' : 'borrow');
  }

  private loop(s: State, head: (s: State) => State, body: (s: State) => State, infinite: boolean, label: string | null = null, from = 0): State {
    const cx: LoopCx = { breaks: [], continues: [], id: ++this.loopSeq, from };
    this.loops.push(cx);
    this.labels.push(label);
    let entry = s;
    let exit: State = null;
    for (let pass = 0; pass < 2; pass++) {
      cx.breaks = [];
      cx.continues = [];
      const h = head(clone(entry));
      if (!infinite) exit = merge(exit, clone(h));
      const end = body(clone(h));
      let back = end;
      for (const c of cx.continues) back = merge(back, c);
      const next = merge(clone(s), back);
      // The second pass only matters when an iteration changed what the next one starts with;
      // skipping it otherwise keeps nested loops linear instead of 2^depth.
      if (pass === 0 && sameState(next, entry)) break;
      entry = next;
    }
    this.loops.pop();
    this.labels.pop();
    for (const b of cx.breaks) exit = merge(exit, b);
    return exit;
  }
}

/** Whether matching the pattern moves (part of) the scrutinee: a name binding a non-Copy value. */
function bindsByValue(p: Pattern): boolean {
  if (p.k === 'bind') return !p.byRef;
  if (p.k === 'some') return bindsByValue(p.inner);
  if (p.k === 'at') return (!!p.decl && !isCopy(p.decl.ty!)) || bindsByValue(p.sub);
  if (p.k === 'variant' && (p as { viaRef?: boolean | null }).viaRef == null) return ((p as { subs?: { pat: Pattern }[] }).subs ?? []).some(({ pat: x }) => (x.k === 'bind' ? !x.deref && !x.byRef && !!x.decl && !isCopy(x.decl.ty!) : bindsByValue(x)));
  if ((p.k === 'tuple' || p.k === 'tstruct') && (p as { viaRef?: boolean | null }).viaRef == null) return p.elems.some((x) => (x.k === 'bind' ? !x.deref && !!x.decl && !isCopy(x.decl.ty!) : bindsByValue(x)));
  return false;
}

function clone(s: State): State {
  return s ? new Map(s) : null;
}

function sameState(a: State, b: State): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.span.from !== v.span.from || w.loop !== v.loop || !!w.uninit !== !!v.uninit || !!w.maybe !== !!v.maybe) return false;
  }
  return true;
}

function merge(a: State, b: State): State {
  if (!a) return b ? new Map(b) : null;
  if (!b) return new Map(a);
  const out = new Map(a);
  for (const [k, v] of b) if (!out.has(k)) out.set(k, v);
  // assigned on one path only: possibly uninitialized
  for (const [k, v] of out) if (v.uninit && !(a.has(k) && b.has(k))) out.set(k, { ...v, maybe: true });
  return out;
}

/** Types as borrowck sees them: after inference, `{integer}` is i32 and `{float}` f64. */
function fmtTy(t: Ty): string {
  return fmtInferred(t).replace(/\{integer\}/g, 'i32').replace(/\{float\}/g, 'f64');
}

function autoDerefTy(t: Ty): Ty {
  t = prune(t);
  while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
  return t;
}

function placeText(e: Expr): string {
  switch (e.k) {
    case 'name':
      return e.name;
    case 'field':
      return `${placeText(e.e)}.${e.name}`;
    case 'index':
      return `${placeText(e.e)}[..]`;
    case 'unary':
      return `*${placeText(e.e)}`;
    default:
      return '_';
  }
}

export function borrowck(c: Checked): RawDiag[] {
  const b = new Borrowck();
  for (const f of c.fns.values()) {
    const params = (f.decl.paramDecls ?? []).map((d) => {
      const pat = f.decl.params.find((p) => p.pat.k === 'bind' && p.pat.decl === d)?.pat;
      const from = pat && pat.k === 'bind' && pat.mutFrom !== undefined ? pat.mutFrom : d.span.from;
      return { slot: d.slot, name: d.name, ty: d.ty!, span: { from, to: d.span.to } };
    });
    b.fn(f.decl.body, params);
  }
  // At one position rustc reports the conflict before the move (`consume(v)` while v is borrowed is
  // E0505), except a conflict found when a two-phase borrow is activated, which comes later.
  const conflicts = borrowConflicts(c);
  return [...conflicts.filter((d) => !d.late), ...b.diags, ...conflicts.filter((d) => d.late)];
}
