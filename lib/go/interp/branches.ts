// Mirrors go1.23.5 cmd/compile/internal/syntax/branches.go: the parser's check of break, continue,
// fallthrough and labels in each function body. Its errors come out with the syntax errors, so a
// program that has one is not type-checked (as with `go build`).

import type * as A from './ast';
import type { RawDiag } from './parse';

interface Targets {
  breaks: A.Stmt | null; // For, Range, Switch or TypeSwitch
  continues: A.Stmt | null; // For or Range
  caseIndex: number; // index of the enclosing switch's clause, or -1
}

interface LabelInfo {
  stmt: A.Labeled;
  used: boolean;
}

/** Checks every function body of the file; also called for each func literal's body. */
export function checkBranches(file: A.File): RawDiag[] {
  const diags: RawDiag[] = [];
  const err = (n: { from: number; to: number }, message: string) => diags.push({ from: n.from, to: n.to, message });
  const funcLits: A.Block[] = [];
  const visitFuncLits = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visitFuncLits);
    const o = n as { kind?: string; body?: A.Block };
    if (o.kind === 'FuncLit' && o.body) funcLits.push(o.body);
    for (const k of Object.keys(o)) if (k !== 'id' && k !== 'from' && k !== 'to') visitFuncLits((o as Record<string, unknown>)[k]);
  };
  visitFuncLits(file.decls);
  const bodies = file.decls.flatMap((d) => (d.kind === 'FuncDecl' && d.body ? [d.body] : [])).concat(funcLits);
  for (const body of bodies) {
    const labels = new Map<string, LabelInfo>();
    declareLabels(body.stmts, labels, err);
    blockBranches(body.stmts, { breaks: null, continues: null, caseIndex: -1 }, [], labels, err);
    for (const [name, l] of labels) if (!l.used) err(l.stmt.label, `label ${name} defined and not used`);
  }
  return diags;
}

/** Labels are function-scoped: declare them all first (a duplicate is an error at the second). */
function declareLabels(stmts: A.Stmt[], labels: Map<string, LabelInfo>, err: (n: A.NodeBase, m: string) => void): void {
  const visit = (s: A.Stmt | null): void => {
    if (!s) return;
    switch (s.kind) {
      case 'Labeled':
        if (s.label.name !== '_') {
          if (labels.has(s.label.name)) err(s.label, `label ${s.label.name} already defined at ${posOf(labels.get(s.label.name)!.stmt.label)}`);
          else labels.set(s.label.name, { stmt: s, used: false });
        }
        visit(s.stmt);
        return;
      case 'Block':
        s.stmts.forEach(visit);
        return;
      case 'If':
        visit(s.then);
        visit(s.els);
        return;
      case 'For':
      case 'Range':
        visit(s.body);
        return;
      case 'Switch':
      case 'TypeSwitch':
      case 'Select':
        for (const c of s.clauses) c.body.forEach(visit);
        return;
    }
  };
  stmts.forEach(visit);
}

// The compiler prints the first label's position as ./prog.go:L:C; run.ts fills it in.
function posOf(n: A.NodeBase): string {
  return posMark(n.from);
}

/** A source position inside a message, written out as ./prog.go:L:C by run.ts (fillPositions). */
export function posMark(offset: number): string {
  return `\u0000${offset}\u0000`;
}

function blockBranches(
  stmts: A.Stmt[],
  ctxt: Targets,
  enclosing: A.Labeled[],
  labels: Map<string, LabelInfo>,
  err: (n: A.NodeBase, m: string) => void,
): void {
  const list = trimTrailingEmpty(stmts);
  list.forEach((stmt, stmtIndex) => {
    let s: A.Stmt | null = stmt;
    let lstmt: A.Labeled | null = null;
    while (s && s.kind === 'Labeled') {
      lstmt = s;
      s = s.stmt;
    }
    if (!s) return;
    const encl = lstmt ? [...enclosing, lstmt] : enclosing;
    switch (s.kind) {
      case 'Branch':
        branch(s, stmtIndex, list.length, ctxt, encl, labels, err);
        return;
      case 'Block':
        blockBranches(s.stmts, { ...ctxt, caseIndex: -1 }, encl, labels, err);
        return;
      case 'If': {
        const inner = { ...ctxt, caseIndex: -1 };
        blockBranches(s.then.stmts, inner, encl, labels, err);
        if (s.els) blockBranches([s.els], inner, encl, labels, err);
        return;
      }
      case 'For':
      case 'Range':
        blockBranches(s.body.stmts, { breaks: s, continues: s, caseIndex: -1 }, encl, labels, err);
        return;
      case 'Switch':
      case 'TypeSwitch':
        s.clauses.forEach((c, i) => blockBranches(c.body, { breaks: s, continues: ctxt.continues, caseIndex: i }, encl, labels, err));
        return;
      case 'Select':
        for (const c of s.clauses) blockBranches(c.body, { breaks: s, continues: ctxt.continues, caseIndex: -1 }, encl, labels, err);
        return;
    }
  });
}

function branch(
  s: A.Branch,
  stmtIndex: number,
  nstmts: number,
  ctxt: Targets,
  enclosing: A.Labeled[],
  labels: Map<string, LabelInfo>,
  err: (n: A.NodeBase, m: string) => void,
): void {
  if (!s.label) {
    if (s.tok === 'break') {
      if (!ctxt.breaks) err(s, 'break is not in a loop, switch, or select');
    } else if (s.tok === 'continue') {
      if (!ctxt.continues) err(s, 'continue is not in a loop');
    } else {
      let msg = 'fallthrough statement out of place';
      const t = ctxt.breaks;
      if (t && t.kind === 'TypeSwitch') msg = 'cannot fallthrough in type switch';
      else if (t && t.kind === 'Switch' && ctxt.caseIndex >= 0 && stmtIndex + 1 === nstmts) {
        if (ctxt.caseIndex + 1 === t.clauses.length) msg = 'cannot fallthrough final case in switch';
        else return;
      }
      err(s, msg);
    }
    return;
  }
  const name = s.label.name;
  const l = labels.get(name);
  if (l) l.used = true;
  // Only labels of statements that enclose this one are targets.
  const target = [...enclosing].reverse().find((e) => e.label.name === name);
  const inner = target ? innermost(target) : null;
  if (s.tok === 'break') {
    if (!target) err(s.label, `break label not defined: ${name}`);
    else if (!inner || (inner.kind !== 'For' && inner.kind !== 'Range' && inner.kind !== 'Switch' && inner.kind !== 'TypeSwitch' && inner.kind !== 'Select')) err(s.label, `invalid break label ${name}`);
  } else if (s.tok === 'continue') {
    if (!target) err(s.label, `continue label not defined: ${name}`);
    else if (!inner || (inner.kind !== 'For' && inner.kind !== 'Range')) err(s.label, `invalid continue label ${name}`);
  }
}

function innermost(l: A.Labeled): A.Stmt | null {
  let s: A.Stmt | null = l;
  while (s && s.kind === 'Labeled') s = s.stmt;
  return s;
}

function trimTrailingEmpty(list: A.Stmt[]): A.Stmt[] {
  let n = list.length;
  while (n > 0 && list[n - 1].kind === 'Empty') n--;
  return list.slice(0, n);
}
