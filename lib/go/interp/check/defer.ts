// defer statements (types2 stmt.go suspendedCall): the operand must be a function call, not a
// conversion nor a builtin whose result would be discarded.

import type * as A from '../ast';
import { Checker, Scope, unparen } from './checker';

declare module './checker' {
  interface Checker {
    deferStmt(s: A.Defer, scope: Scope): void;
  }
}

/** Builtins that are expressions (their result cannot be discarded by go/defer or a statement). */
const EXPR_BUILTINS = new Set(['len', 'cap', 'append', 'make', 'new', 'min', 'max', 'complex', 'real', 'imag']);

Checker.prototype.deferStmt = function (this: Checker, s: A.Defer, scope: Scope): void {
  const call = s.call;
  if (call.kind !== 'Call') {
    this.err(call, 'expression in defer must be function call');
    this.expr(call, scope);
    return;
  }
  const op = this.expr(call, scope, true);
  const x = unparen(call);
  const ck = this.info.calls[x.id];
  if (ck?.k === 'conv') this.err(call, `defer requires function call, not conversion ${this.text(call)} (${this.describeShort(op, call)})`);
  else if (ck?.k === 'builtin' && EXPR_BUILTINS.has(ck.name) && op.mode !== 'invalid') this.err(call, `defer discards result of ${this.text(call)} (${this.describeShort(op, call)})`);
  if (this.fn) (this.fn.defers ??= []).push({ node: s, loopDepth: this.loopDepth });
};
