// Borrow conflicts on the graph lower.ts builds: region liveness, loans in scope (a forward
// dataflow over bitsets), and rustc's errors and labels for the accesses that conflict.

import type { Expr } from '../ast';
import type { Checked } from '../check';
import type { RawDiag } from '../parse';
import { FnGraph } from './lower';
import { RET, type Act, type Loan, type Note, type Place, type Proj } from './types';

// ------------------------------------------------------------------------------------------------
// Analysis

function sameProj(a: Proj, b: Proj): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'field') return a.index === b.index;
  return true;
}

/** Does an access of `a` (deep or shallow) conflict with a loan of `b`? */
function overlaps(a: Place, b: Place, shallow: boolean): boolean {
  if (a.local !== b.local) return false;
  const n = Math.min(a.proj.length, b.proj.length);
  for (let i = 0; i < n; i++) if (!sameProj(a.proj[i], b.proj[i])) return false;
  // a is a prefix of b: a shallow write to `r` leaves what `*r` points to alone (but a Box owns it)
  if (shallow && b.proj.length > a.proj.length && b.proj.slice(a.proj.length).some((p) => p.k === 'deref' && p.via !== 'box')) return false;
  return true;
}

class Analysis {
  diags: ConflictDiag[] = [];
  private holders: Set<number>[] = [];
  /** Live-in node sets of the locals that hold a loan, computed when first asked for. */
  private live = new Map<number, Set<number>>();
  private preds: number[][] = [];
  /** Per local: the nodes that use it before defining it, and the nodes that define it. */
  private useDef = new Map<number, { ueu: number[]; defs: Set<number> }>();
  private reported = new Set<string>();

  constructor(readonly g: FnGraph) {}

  run(): void {
    const g = this.g;
    if (!g.loans.length) return;
    // holders: the locals (and RET) each loan's reference can reach
    for (const L of g.loans) {
      const seen = new Set<number>([L.holder]);
      const stack = [L.holder];
      while (stack.length) {
        const x = stack.pop()!;
        for (const y of g.flows.get(x) ?? []) {
          if (!seen.has(y)) {
            seen.add(y);
            stack.push(y);
          }
        }
      }
      this.holders.push(seen);
    }
    const N = g.nodes.length;
    this.preds = Array.from({ length: N }, () => []);
    for (let n = 0; n < N; n++) for (const s of g.nodes[n].succ) this.preds[s].push(n);
    const relevant = new Set<number>();
    for (const h of this.holders) for (const x of h) if (x !== RET) relevant.add(x);
    for (let n = 0; n < N; n++) {
      const seen = new Set<number>();
      for (const a of g.nodes[n].acts) {
        if ((a.k !== 'use' && a.k !== 'def') || !relevant.has(a.local) || seen.has(a.local)) continue;
        seen.add(a.local);
        let ud = this.useDef.get(a.local);
        if (!ud) this.useDef.set(a.local, (ud = { ueu: [], defs: new Set() }));
        if (a.k === 'use') ud.ueu.push(n);
        else ud.defs.add(n);
      }
    }
    // Loans in scope: a forward dataflow over bitsets of loans. A loan is generated where it is
    // created, survives into a node only if its region is live there (some local holding it is
    // live), and is killed where the borrowed local is overwritten or dies.
    const L = g.loans.length;
    const W = (L + 31) >>> 5;
    const set = (m: Uint32Array, i: number) => {
      m[i >>> 5] |= 1 << (i & 31);
    };
    const always = new Uint32Array(W);
    const holdMask = new Map<number, Uint32Array>();
    const byLocal = new Map<number, Uint32Array>();
    const mutMask = new Uint32Array(W);
    for (const loan of g.loans) {
      if (loan.mut) set(mutMask, loan.id);
      let bl = byLocal.get(loan.place.local);
      if (!bl) byLocal.set(loan.place.local, (bl = new Uint32Array(W)));
      set(bl, loan.id);
      for (const h of this.holders[loan.id]) {
        if (h === RET) {
          set(always, loan.id);
          continue;
        }
        let m = holdMask.get(h);
        if (!m) holdMask.set(h, (m = new Uint32Array(W)));
        set(m, loan.id);
      }
    }
    const liveAt: number[][] = Array.from({ length: N }, () => []);
    for (const h of holdMask.keys()) for (const n of this.liveIn(h)) liveAt[n].push(h);
    const gen: (number[] | undefined)[] = new Array(N);
    for (const loan of g.loans) (gen[loan.node] ??= []).push(loan.id);
    const killLocals: (number[] | undefined)[] = new Array(N);
    for (let n = 0; n < N; n++) {
      for (const a of g.nodes[n].acts) {
        const k = a.k === 'def' ? a.local : a.k === 'access' && a.kind === 'dead' ? a.place.local : null;
        if (k !== null && byLocal.has(k)) (killLocals[n] ??= []).push(k);
      }
    }
    const out = new Uint32Array(N * W);
    const inAt = (n: number, into: Uint32Array): Uint32Array => {
      into.fill(0);
      for (const p of this.preds[n]) for (let w = 0; w < W; w++) into[w] |= out[p * W + w];
      // only the loans whose region is live here
      const region = new Uint32Array(always);
      for (const h of liveAt[n]) {
        const m = holdMask.get(h)!;
        for (let w = 0; w < W; w++) region[w] |= m[w];
      }
      for (let w = 0; w < W; w++) into[w] &= region[w];
      return into;
    };
    const cur = new Uint32Array(W);
    const work: number[] = [];
    const queued = new Uint8Array(N);
    for (let n = 0; n < N; n++) {
      work.push(n);
      queued[n] = 1;
    }
    for (let wi = 0; wi < work.length; wi++) {
      const n = work[wi];
      queued[n] = 0;
      inAt(n, cur);
      for (const k of killLocals[n] ?? []) {
        const m = byLocal.get(k)!;
        for (let w = 0; w < W; w++) cur[w] &= ~m[w];
      }
      for (const id of gen[n] ?? []) set(cur, id);
      let changed = false;
      for (let w = 0; w < W; w++) {
        if (out[n * W + w] !== cur[w]) {
          out[n * W + w] = cur[w];
          changed = true;
        }
      }
      if (changed) {
        for (const s2 of g.nodes[n].succ) {
          if (!queued[s2]) {
            queued[s2] = 1;
            work.push(s2);
          }
        }
      }
    }
    const here = new Uint32Array(W);
    for (let n = 0; n < N; n++) {
      const acts = g.nodes[n].acts;
      if (!acts.some((a) => a.k === 'access' && byLocal.has(a.place.local))) continue;
      inAt(n, here);
      for (let i = 0; i < acts.length; i++) {
        const a = acts[i];
        if (a.k !== 'access') continue;
        const bl = byLocal.get(a.place.local);
        if (!bl) continue;
        const onlyMut = a.kind === 'read' || a.kind === 'borrowShared' || a.kind === 'reserveMut';
        for (let w = 0; w < W; w++) {
          let word = here[w] & bl[w] & (onlyMut ? mutMask[w] : 0xffffffff);
          let found = false;
          while (word) {
            const b = 31 - Math.clz32(word & -word);
            word &= word - 1;
            const loan = g.loans[(w << 5) + b];
            if (this.conflict(a, loan, n)) {
              this.report(a, loan, n, i);
              found = true;
              break;
            }
          }
          if (found) break;
        }
      }
    }
  }

  /** Is the loan's region live at node n (some local holding it is live there)? */
  private inRegion(L: Loan, n: number): boolean {
    const hs = this.holders[L.id];
    if (hs.has(RET)) return true;
    for (const h of hs) if (this.liveIn(h).has(n)) return true;
    return false;
  }

  /** Backward liveness of one local: from its uses, up through the nodes that don't define it. */
  private liveIn(l: number): Set<number> {
    let out = this.live.get(l);
    if (out) return out;
    out = new Set<number>();
    this.live.set(l, out);
    const ud = this.useDef.get(l);
    if (!ud) return out;
    const work: number[] = [];
    for (const n of ud.ueu) {
      // a use after the node's own definition does not make it live on entry
      const acts = this.g.nodes[n].acts;
      const firstUse = acts.findIndex((a) => a.k === 'use' && a.local === l);
      const firstDef = acts.findIndex((a) => a.k === 'def' && a.local === l);
      if (firstDef >= 0 && firstDef < firstUse) continue;
      if (!out.has(n)) {
        out.add(n);
        work.push(n);
      }
    }
    for (let wi = 0; wi < work.length; wi++) {
      for (const p of this.preds[work[wi]]) {
        if (out.has(p) || ud.defs.has(p)) continue;
        out.add(p);
        work.push(p);
      }
    }
    return out;
  }

  private conflict(a: Extract<Act, { k: 'access' }>, L: Loan, n: number): boolean {
    const shallow = a.kind === 'write' || a.kind === 'dead';
    if (!overlaps(a.place, L.place, shallow)) return false;
    const inactive = L.twoPhase && L.actNode !== undefined && n > L.node && n < L.actNode;
    switch (a.kind) {
      case 'read':
      case 'borrowShared':
        return L.mut && !inactive;
      case 'reserveMut':
        return L.mut;
      case 'activate':
        return a.loan !== L.id;
      default:
        return true;
    }
  }

  private describe(p: Place): string {
    const info = this.g.locals[p.local];
    let s = info?.name ?? '_';
    p.proj.forEach((x, i) => {
      if (x.k === 'field') s = `${s}.${x.name}`;
      else if (x.k === 'index') s = `${s}[_]`;
      else if (i === p.proj.length - 1) s = `*${s}`;
    });
    return s;
  }

  /** rustc's find_use: the first use, breadth-first from the error, of a local holding the loan. */
  private laterUse(L: Loan, n: number, after: number): Extract<Act, { k: 'use' }> | null {
    const g = this.g;
    // rustc looks for the locals of a region live at the error (not, in a loop, the borrow's
    // own temporary of this iteration): the holders live there
    // rustc looks for the uses of one region: the first one, outward from the borrow's, that is
    // live at the error (find_sub_region_live_at). Here: the first local the reference reaches,
    // breadth-first, that is live there, with the temporaries that only carry its value onward.
    let hs: Set<number> = new Set(this.holders[L.id]);
    const order = [L.holder];
    const seenH = new Set(order);
    for (let i = 0; i < order.length; i++) {
      for (const y of this.g.flows.get(order[i]) ?? []) {
        if (y !== RET && !seenH.has(y)) {
          seenH.add(y);
          order.push(y);
        }
      }
    }
    const h = order.find((x) => this.liveIn(x).has(n));
    if (h !== undefined) {
      hs = new Set([h]);
      const stack = [h];
      while (stack.length) {
        const x = stack.pop()!;
        if (!this.g.locals[x]?.plumb) continue;
        for (const y of this.g.flows.get(x) ?? []) {
          if (y !== RET && !hs.has(y)) {
            hs.add(y);
            stack.push(y);
          }
        }
      }
    }
    const seen = new Uint8Array(g.nodes.length);
    const queue: [number, number][] = [[n, after + 1]];
    while (queue.length) {
      const [m, start] = queue.shift()!;
      if (start === 0) {
        if (seen[m] || !this.inRegion(L, m)) continue;
        seen[m] = 1;
      }
      let stop = false;
      const acts = g.nodes[m].plumb ? [] : g.nodes[m].acts;
      for (let i = start; i < acts.length; i++) {
        const a = acts[i];
        if (a.k === 'use' && hs.has(a.local)) return a;
        if (a.k === 'def' && hs.has(a.local)) {
          stop = true;
          break;
        }
      }
      if (!stop) for (const s of g.nodes[m].succ) queue.push([s, 0]);
    }
    return null;
  }

  private report(a: Extract<Act, { k: 'access' }>, L: Loan, n: number, actIndex: number): void {
    const key = `${a.from}:${this.describe(a.place)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const use = this.laterUse(L, n, actIndex);
    const notes: Note[] = [];
    const later = (desc: string) => {
      if (!use) {
        this.mustOutliveReturn(L, notes);
        return;
      }
      if (use.call !== undefined) notes.push({ from: use.call, message: `${desc}borrow later used by call` });
      else notes.push({ from: use.from, message: `${desc}borrow later ${use.store ? 'stored' : 'used'} here` });
    };
    const place = this.describe(a.place);
    const info = this.g.locals[a.place.local];
    switch (a.kind) {
      case 'read':
        notes.push({ from: L.from, message: `\`${place}\` is borrowed here` }, { from: a.from, message: `use of borrowed \`${place}\`` });
        later('');
        return this.push(a.from, `cannot use \`${place}\` because it was mutably borrowed`, 'E0503', notes);
      case 'borrowShared':
        notes.push({ from: a.from, message: 'immutable borrow occurs here' }, { from: L.from, message: 'mutable borrow occurs here' });
        later('mutable ');
        return this.push(a.from, `cannot borrow \`${place}\` as immutable because it is also borrowed as mutable`, 'E0502', notes);
      case 'borrowMut':
      case 'reserveMut':
      case 'activate':
        if (L.mut) {
          if (L.from === a.from) {
            notes.push({ from: a.from, message: `\`${place}\` was mutably borrowed here in the previous iteration of the loop` });
            if (use) notes.push({ from: use.call ?? use.from, message: `first borrow used ${use.call !== undefined ? 'by call' : 'here'}, in later iteration of loop` });
          } else {
            notes.push({ from: L.from, message: 'first mutable borrow occurs here' }, { from: a.from, message: 'second mutable borrow occurs here' });
            later('first ');
          }
          return this.push(a.from, `cannot borrow \`${place}\` as mutable more than once at a time`, 'E0499', notes, a.kind === 'activate');
        }
        notes.push({ from: a.from, message: 'mutable borrow occurs here' }, { from: L.from, message: 'immutable borrow occurs here' });
        later('immutable ');
        return this.push(a.from, `cannot borrow \`${place}\` as mutable because it is also borrowed as immutable`, 'E0502', notes, a.kind === 'activate');
      case 'write':
        notes.push({ from: L.from, message: `\`${place}\` is borrowed here` }, { from: a.from, message: `\`${place}\` is assigned to here but it was already borrowed` });
        later('');
        return this.push(a.from, `cannot assign to \`${place}\` because it is borrowed`, 'E0506', notes);
      case 'move':
        notes.push({ from: a.from, message: `move out of \`${place}\` occurs here` }, { from: L.from, message: `borrow of \`${this.describe(L.place)}\` occurs here` });
        // (a local of this function, not what a reference points to)
        if (info?.name && !a.place.proj.some((x) => x.k === 'deref' && x.via !== 'box')) notes.push({ from: info.bindFrom ?? info.declFrom, message: `binding \`${info.name}\` declared here` });
        later('');
        return this.push(a.from, `cannot move out of \`${place}\` because it is borrowed`, 'E0505', notes);
      case 'dead': {
        if (this.holders[L.id].has(RET)) return this.cannotReturn(L);
        if (info?.temp) {
          notes.push({ from: L.from, message: 'creates a temporary value which is freed while still in use' }, { from: a.from, message: 'temporary value is freed at the end of this statement' });
          later('');
          return this.push(L.from, 'temporary value dropped while borrowed', 'E0716', notes);
        }
        const name = info?.name ?? '_';
        const what = this.describe(L.place);
        notes.push({ from: L.from, message: 'borrowed value does not live long enough' }, { from: a.from, message: `\`${what}\` dropped here while still borrowed` }, { from: info.bindFrom ?? info.declFrom, message: `binding \`${name}\` declared here` });
        later('');
        const holder = use ? this.g.locals[use.local] : null;
        if (use && holder?.isVec && holder.name) {
          notes.push({ from: holder.bindFrom ?? holder.declFrom, message: `variable \`${holder.name}\` declared here` });
          notes.push({ from: holder.bindFrom ?? holder.declFrom, message: `note: \`${holder.name}\` is a collection that stores borrowed references, but \`${name}\` does not live long enough to be stored in it` });
        }
        return this.push(L.from, `\`${what}\` does not live long enough`, 'E0597', notes);
      }
    }
  }

  /**
   * No later use, but the reference is returned: rustc explains with the (elided) lifetime of the
   * reference parameter the result borrows from, named `'1`.
   */
  private mustOutliveReturn(L: Loan, notes: Note[]): void {
    if (!this.holders[L.id].has(RET)) return;
    let ret: Expr | undefined;
    for (const [l, e] of this.g.returned) if (this.holders[L.id].has(l) && (!ret || e.from < ret.from)) ret = e;
    const param = this.g.fn.params.find((p) => p.ty.k === 'ref');
    if (!ret || !param) return;
    notes.push({ from: param.ty.from, message: "let's call the lifetime of this reference `'1`" }, { from: ret.from, message: `returning this value requires that \`${this.describe(L.place)}\` is borrowed for \`'1\`` });
  }

  /** E0515: a reference to a local (or a temporary) flows into the return value. */
  private cannotReturn(L: Loan): void {
    const info = this.g.locals[L.place.local];
    let ret: Expr | undefined;
    for (const [l, e] of this.g.returned) if (this.holders[L.id].has(l)) ret = ret && ret.from <= e.from ? ret : e;
    if (!ret) return;
    const direct = ret.k === 'ref' && ret.from === L.from;
    const what = info?.temp ? 'temporary value' : info?.isParam ? `function parameter \`${info.name}\`` : `local variable \`${info?.name ?? '_'}\``;
    const notes: Note[] = [];
    if (!direct) notes.push({ from: L.from, message: info?.temp ? 'temporary value created here' : `\`${info?.name ?? '_'}\` is borrowed here` });
    notes.push({ from: ret.from, message: direct ? 'returns a reference to data owned by the current function' : 'returns a value referencing data owned by the current function' });
    this.push(ret.from, `cannot return ${direct ? 'reference to' : 'value referencing'} ${what}`, 'E0515', notes);
  }

  private push(from: number, message: string, code: string, notes: Note[], late = false): void {
    if (this.diags.some((d) => d.from === from && d.message === message)) return;
    this.diags.push({ from, to: from + 1, message, code, notes, ...(late ? { late } : {}) });
  }
}

/** The borrow-conflict diagnostics of every function (rustc's NLL borrow checker). */
/**
 * A conflict; `late`: found where a two-phase borrow is activated (the call), after the place of
 * the borrow itself, so a move error at the same position comes first in rustc.
 */
export type ConflictDiag = RawDiag & { late?: boolean };

export function borrowConflicts(c: Checked): ConflictDiag[] {
  const out: ConflictDiag[] = [];
  for (const f of c.fns.values()) {
    const g = new FnGraph(f.decl);
    g.lower();
    const a = new Analysis(g);
    a.run();
    out.push(...a.diags);
  }
  return out;
}

