// Channels and goroutines: make(chan T, n), <-c, c <- v, close, go, select, range over a channel
// (go/types expr.go unary receive, stmt.go SendStmt/GoStmt/SelectStmt/rangeStmt, builtins.go close).

import type * as A from '../ast';
import { posMark } from '../branches';
import { sizeof, underlying, type T } from '../types';
import { Checker, Scope, invalid, unparen, type Operand } from './checker';

declare module './checker' {
  interface Checker {
    receive(e: A.Unary, scope: Scope): Operand;
    makeChan(e: A.Call, t: T, scope: Scope): Operand;
    closeChan(e: A.Call, scope: Scope): Operand;
    sendStmt(s: A.Send, scope: Scope): void;
    goStmt(s: A.Go, scope: Scope): void;
    selectStmt(s: A.Select, scope: Scope): void;
  }
}

type Chan = Extract<T, { k: 'chan' }>;

Checker.prototype.receive = function (this: Checker, e: A.Unary, scope: Scope): Operand {
  const x = this.expr(e.x, scope);
  if (x.mode === 'invalid') return invalid;
  const u = underlying(x.type);
  if (u.k !== 'chan') {
    this.err(e, `invalid operation: cannot receive from non-channel ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
    return invalid;
  }
  if (u.dir === 'send') {
    this.err(e, `invalid operation: cannot receive from send-only channel ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
    return invalid;
  }
  return { mode: 'value', type: u.elem };
};

Checker.prototype.makeChan = function (this: Checker, e: A.Call, t: T, scope: Scope): Operand {
  if (e.args.length > 2) {
    this.err(e, `invalid operation: ${this.text(e)} expects 1 or 2 arguments; found ${e.args.length}`);
    return invalid;
  }
  if (e.args[1] && this.sizeArg(e.args[1], scope) === undefined) return invalid;
  const et = (underlying(t) as Chan).elem;
  const elemSize = sizeof(et);
  if (elemSize >= 1 << 16) {
    this.err(e.args[0], `channel element type too large (>64kB)`);
    return invalid;
  }
  return { mode: 'value', type: t };
};

Checker.prototype.closeChan = function (this: Checker, e: A.Call, scope: Scope): Operand {
  if (e.args.length !== 1) {
    this.err(e, `invalid operation: ${e.args.length === 0 ? 'not enough' : 'too many'} arguments for ${this.text(e)} (expected 1, found ${e.args.length})`);
    return invalid;
  }
  const x = this.expr(e.args[0], scope);
  if (x.mode === 'invalid') return invalid;
  const u = underlying(x.type);
  if (u.k !== 'chan') this.err(e.args[0], `invalid operation: cannot close non-channel ${this.text(e.args[0])} (${this.describeShort(x, e.args[0])})`);
  else if (u.dir === 'recv') this.err(e.args[0], `invalid operation: cannot close receive-only channel ${this.text(e.args[0])} (${this.describeShort(x, e.args[0])})`);
  return { mode: 'novalue', type: x.type };
};

Checker.prototype.sendStmt = function (this: Checker, s: A.Send, scope: Scope): void {
  const ch = this.expr(s.ch, scope);
  const v = this.expr(s.value, scope);
  if (ch.mode === 'invalid' || v.mode === 'invalid') return;
  const u = underlying(ch.type);
  if (u.k !== 'chan') {
    this.err(s.arrow, `invalid operation: cannot send to non-channel ${this.text(s.ch)} (${this.describeShort(ch, s.ch)})`);
    return;
  }
  if (u.dir === 'recv') {
    this.err(s.arrow, `invalid operation: cannot send to receive-only channel ${this.text(s.ch)} (${this.describeShort(ch, s.ch)})`);
    return;
  }
  this.assignable(v, u.elem, s.value, 'send');
};

Checker.prototype.goStmt = function (this: Checker, s: A.Go, scope: Scope): void {
  const x = unparen(s.call);
  if (x.kind !== 'Call') {
    this.err(s.call, 'expression in go must be function call');
    this.expr(s.call, scope);
    return;
  }
  this.expr(x, scope, true);
  const ck = this.info.calls[x.id];
  if (ck?.k === 'conv') this.err(s.call, `go requires function call, not conversion`);
  else if (ck?.k === 'builtin' && ['len', 'cap', 'append', 'make', 'new', 'min', 'max'].includes(ck.name)) this.err(s.call, `go discards result of ${this.text(x)}`);
};

Checker.prototype.selectStmt = function (this: Checker, s: A.Select, scope: Scope): void {
  let firstDefault: A.CommClause | null = null;
  for (const c of s.clauses) {
    const cs = new Scope(scope, this.fn);
    const comm = c.comm;
    if (comm === null) {
      if (firstDefault) this.err(c, `multiple defaults in select (first at ${posMark(firstDefault.from)})`);
      else firstDefault = c;
    } else if (comm.kind === 'Send') this.sendStmt(comm, cs);
    else {
      const rhs = comm.kind === 'ExprStmt' ? comm.x : comm.rhs[0];
      const r = rhs ? unparen(rhs) : null;
      if (!r || r.kind !== 'Unary' || r.op !== '<-') this.err(comm, 'select case must be receive, send or assign recv');
      else this.stmt(comm, cs);
    }
    this.loopNest++;
    this.blockStmts(c.body, cs);
    this.loopNest--;
  }
};
