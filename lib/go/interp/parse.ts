// @lezer/go concrete tree → ast.ts, with syntax errors (⚠ nodes) and constructs outside the
// playground's subset reported as diagnostics naming the construct.

import { parser } from '@lezer/go';
import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';

export interface RawDiag {
  from: number;
  to: number;
  message: string;
}

const UNSUPPORTED_STMT: Record<string, string> = {
};

/** Decodes a Go string literal's body into bytes (a Latin-1 JS string). */
export function utf8Encode(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += encodeRune(c);
  }
  return out;
}

export function encodeRune(c: number): string {
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd;
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

class Parser {
  nextId = 0;
  diags: RawDiag[] = [];
  constructor(readonly src: string) {}

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }
  /** `{`-on-the-next-line errors found before the source was joined onto one line (parseGo). */
  braceErrors: NewlineError[] = [];
  /** Ranges whose syntax errors are already reported (by newlineErrors). */
  quiet: { from: number; to: number }[] = [];
  err(from: number, to: number, message: string): void {
    // One diagnostic per position is enough (lezer can report several errors at one spot).
    if (this.diags.some((d) => d.from === from && d.message === message)) return;
    if (message.startsWith('syntax error') && this.quiet.some((q) => from >= q.from && from < q.to)) return;
    this.diags.push({ from, to, message });
  }
  mk<T extends A.NodeBase>(n: { from: number; to: number }, props: Omit<T, 'id' | 'from' | 'to'>): T {
    return { id: this.nextId++, from: n.from, to: n.to, ...props } as T;
  }
  children(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }
  /** Children that are not punctuation. */
  parts(n: SyntaxNode): SyntaxNode[] {
    return this.children(n).filter((c) => !PUNCT.has(c.name));
  }

  // ---- errors ----

  syntaxErrors(top: SyntaxNode): void {
    // Go inserts a semicolon at a newline after an identifier, literal, `)`, `]`, `}`, ++, -- or
    // break/continue/fallthrough/return; lezer's grammar does not, so it accepts `[]int{1, 2\n}`,
    // `f(1,\n2\n)` and a `{` on the line after `for ...`. Those errors come first, and lezer's own
    // errors inside the same construct (its recovery differs from Go's) are dropped.
    const all = [...this.braceErrors, ...newlineErrors(top, this.src)];
    // After `func f()` + `{` on the next line Go skips to the next declaration: nothing in between.
    const nl = all.filter((e) => !all.some((f) => f !== e && f.message.startsWith('unexpected semicolon') && e.at > f.at && e.at < f.to));
    for (const e of nl) this.err(e.at, e.at + 1, `syntax error: ${e.message}`);
    this.quiet = nl;
    const cur = top.cursor();
    do {
      if (cur.type.isError) {
        const from = cur.from;
        let to = cur.to;
        if (from === to) {
          // lezer misses the semicolon Go inserts after `true`/`false`/`nil` at a line end, and after
          // a one-line /* comment */ ending a line: an empty error node right after that newline is not an error.
          if (/(\b(true|false|nil)[ \t]*(\/\/[^\n]*)?|\*\/[ \t]*)\r?\n\s*$/.test(this.src.slice(Math.max(0, from - 200), from))) continue;
        }
        let what: string;
        if (from >= this.src.length) what = 'unexpected EOF';
        else {
          let tok = this.src.slice(from, Math.max(to, from + 1));
          if (to === from) {
            const m = /^\s*(\S+)/.exec(this.src.slice(from));
            tok = m ? m[1] : '';
            if (/^\s*\n/.test(this.src.slice(from)) && !/^[ \t]*\S/.test(this.src.slice(from))) tok = '';
          }
          tok = tok.split('\n')[0].trim();
          if (tok === '') what = 'unexpected newline';
          else {
            if (tok.length > 20) tok = tok.slice(0, 20);
            what = `unexpected ${/^[A-Za-z_]\w*$/.test(tok) && !GO_KEYWORDS.has(tok) ? 'name ' + tok : tok}`;
          }
          if (to === from) to = from + 1;
        }
        this.err(from, to, `syntax error: ${what}`);
      }
    } while (cur.next());
  }

  // ---- file ----

  file(top: SyntaxNode): A.File {
    const f: A.File = { pkg: null, imports: [], decls: [], nodeCount: 0 };
    for (const c of this.children(top)) {
      switch (c.name) {
        case 'PackageClause': {
          const d = c.getChild('DefName');
          f.pkg = d ? this.text(d) : null;
          break;
        }
        case 'ImportDecl':
          for (const spec of this.specs(c, 'ImportSpec')) {
            const s = spec.getChild('String');
            if (!s) continue;
            const nameNode = spec.getChild('DefName');
            const dot = this.children(spec).some((x) => x.name === '.');
            if (dot) this.err(spec.from, spec.to, 'dot imports are not supported');
            f.imports.push({ id: this.nextId++, from: spec.from, to: spec.to, path: this.strLit(s), name: nameNode ? this.text(nameNode) : null });
          }
          break;
        case 'FunctionDecl':
          f.decls.push(this.funcDecl(c));
          break;
        case 'MethodDecl':
          f.decls.push(this.methodDecl(c));
          break;
        case 'VarDecl':
          if (c.getChild('var')) f.decls.push(this.varDecl(c));
          else this.err(c.from, c.to, 'syntax error: non-declaration statement outside function body');
          break;
        case 'ConstDecl':
          f.decls.push(this.constDecl(c));
          break;
        case 'TypeDecl':
          f.decls.push(this.typeDecl(c));
          break;
        case ';':
        case 'LineComment':
        case 'BlockComment':
          break;
        default:
          if (!c.type.isError) this.err(c.from, c.to, 'syntax error: non-declaration statement outside function body');
      }
    }
    f.nodeCount = this.nextId;
    return f;
  }

  specs(n: SyntaxNode, name: string): SyntaxNode[] {
    const list = n.getChild('SpecList');
    return list ? list.getChildren(name) : n.getChildren(name);
  }

  funcDecl(n: SyntaxNode): A.FuncDecl {
    const nameNode = n.getChild('DefName') ?? n;
    const tps = n.getChild('TypeParams');
    const paramsNode = n.getChild('Parameters');
    if (!paramsNode) this.err(n.from, n.to, 'syntax error: missing function parameters');
    const type = paramsNode ? this.signature(n, paramsNode) : this.mk<A.FuncTypeExpr>(n, { kind: 'FuncType', params: [], results: [] });
    const b = n.getChild('Block');
    const name = this.mk<A.Ident>(nameNode, { kind: 'Ident', name: this.text(nameNode) });
    if (!b) this.err(nameNode.from, nameNode.to, `missing function body`);
    return this.mk<A.FuncDecl>(n, { kind: 'FuncDecl', name, type, body: b ? this.block(b) : null, recv: null, ...(tps ? { typeParams: this.typeParams(tps) } : {}) });
  }

  /** [T any, K comparable, N ~int | ~float64] */
  typeParams(n: SyntaxNode): A.TypeParam[] {
    const out: A.TypeParam[] = [];
    for (const tp of n.getChildren('TypeParam')) {
      const kids = this.children(tp).filter((k) => k.name !== ',');
      const c = kids[kids.length - 1];
      const constraint = c.name === 'TypeElem' || c.name === 'UnderlyingType' ? this.unionConstraint(c) : this.typeExpr(c);
      for (const nm of kids.slice(0, -1)) out.push(this.mk<A.TypeParam>(nm, { name: this.mk<A.Ident>(nm, { kind: 'Ident', name: this.text(nm) }), constraint }));
    }
    return out;
  }

  /** An inline constraint like `~int | float64`: an interface with that one union. */
  unionConstraint(n: SyntaxNode): A.InterfaceTypeExpr {
    return this.mk<A.InterfaceTypeExpr>(n, { kind: 'InterfaceType', empty: false, methods: [], embeds: [], unions: [this.unionTerms(n)] });
  }

  unionTerms(n: SyntaxNode): A.UnionTerm[] {
    if (n.name === 'UnderlyingType') {
      const t = this.children(n).find((k) => isTypeNode(k.name));
      return [{ tilde: true, type: t ? this.typeExpr(t) : this.bad(n) }];
    }
    if (n.name !== 'TypeElem') return [{ tilde: false, type: this.typeExpr(n) }];
    return this.children(n).filter((k) => k.name !== 'LogicOp' && k.name !== '|').flatMap((k) => this.unionTerms(k));
  }

  methodDecl(n: SyntaxNode): A.FuncDecl {
    const [recvNode, paramsNode] = n.getChildren('Parameters');
    const nameNode = n.getChild('FieldName') ?? n;
    const recvs = recvNode ? this.params(recvNode) : [];
    if (recvs.length !== 1) this.err(recvNode?.from ?? n.from, recvNode?.to ?? n.to, recvs.length === 0 ? 'method has no receiver' : 'method has multiple receivers');
    const type = paramsNode ? this.signature(n, paramsNode) : this.mk<A.FuncTypeExpr>(n, { kind: 'FuncType', params: [], results: [] });
    const b = n.getChild('Block');
    const name = this.mk<A.Ident>(nameNode, { kind: 'Ident', name: this.text(nameNode) });
    if (!b) this.err(nameNode.from, nameNode.to, `missing function body`);
    return this.mk<A.FuncDecl>(n, { kind: 'FuncDecl', name, type, body: b ? this.block(b) : null, recv: recvs[0] ?? null, recvParen: recvNode?.from });
  }

  // Parameters node followed (optionally) by a result Parameters node or a single type.
  signature(owner: SyntaxNode, params: SyntaxNode): A.FuncTypeExpr {
    const ps = this.params(params);
    let results: A.Param[] = [];
    for (let c = params.nextSibling; c; c = c.nextSibling) {
      if (c.name === 'Block' || c.name === '{') break;
      if (c.name === 'Parameters') {
        results = this.params(c);
        break;
      }
      if (isTypeNode(c.name)) {
        const t = this.typeExpr(c);
        results = [{ id: this.nextId++, from: c.from, to: c.to, name: null, type: t, variadic: false }];
        break;
      }
    }
    return this.mk<A.FuncTypeExpr>({ from: owner.from, to: params.to }, { kind: 'FuncType', params: ps, results });
  }

  params(n: SyntaxNode): A.Param[] {
    const out: A.Param[] = [];
    for (const p of n.getChildren('Parameter')) {
      const names = p.getChildren('DefName');
      const variadic = this.children(p).some((c) => c.name === '...');
      const typeNode = this.children(p).find((c) => isTypeNode(c.name));
      if (!typeNode) {
        // `func(a, b)`: lezer reads lone names as types.
        continue;
      }
      const t = this.typeExpr(typeNode);
      if (names.length === 0) out.push({ id: this.nextId++, from: p.from, to: p.to, name: null, type: t, variadic });
      for (const nm of names) {
        out.push({ id: this.nextId++, from: nm.from, to: nm.to, name: this.mk<A.Ident>(nm, { kind: 'Ident', name: this.text(nm) }), type: t, variadic });
      }
    }
    return out;
  }

  varDecl(n: SyntaxNode): A.VarDecl {
    const specs: A.VarSpec[] = [];
    for (const s of this.specs(n, 'VarSpec')) {
      const names = s.getChildren('DefName').map((d) => this.mk<A.Ident>(d, { kind: 'Ident', name: this.text(d) }));
      const kids = this.children(s);
      const eq = kids.findIndex((k) => k.name === '=');
      const typeNode = kids.find((k, i) => isTypeNode(k.name) && (eq < 0 || i < eq));
      const values = eq < 0 ? [] : kids.slice(eq + 1).filter((k) => !PUNCT.has(k.name)).map((k) => this.expr(k));
      if (!typeNode && values.length === 0) this.err(s.to, s.to + 1, 'syntax error: unexpected newline, expected type');
      specs.push(this.mk<A.VarSpec>(s, { names, type: typeNode ? this.typeExpr(typeNode) : null, values }));
    }
    return this.mk<A.VarDecl>(n, { kind: 'VarDecl', specs });
  }

  constDecl(n: SyntaxNode): A.ConstDecl {
    const specs: A.ConstSpec[] = [];
    let iota = 0;
    let prev: { type: A.Expr | null; values: A.Expr[] } | null = null;
    for (const s of this.specs(n, 'ConstSpec')) {
      const names = s.getChildren('DefName').map((d) => this.mk<A.Ident>(d, { kind: 'Ident', name: this.text(d) }));
      const kids = this.children(s);
      const eq = kids.findIndex((k) => k.name === '=');
      const typeNode = kids.find((k, i) => isTypeNode(k.name) && (eq < 0 || i < eq));
      let values = eq < 0 ? [] : kids.slice(eq + 1).filter((k) => !PUNCT.has(k.name)).map((k) => this.expr(k));
      let type = typeNode ? this.typeExpr(typeNode) : null;
      let implicit = false;
      if (eq < 0 && prev) {
        // Implicit repetition of the previous expression list (iota changes).
        values = prev.values;
        type = prev.type;
        implicit = true;
      } else if (eq < 0) {
        this.err(s.from, s.to, 'missing init expr for const declaration');
      }
      prev = { type, values };
      specs.push(this.mk<A.ConstSpec>(s, { names, type, values, iota, implicit }));
      iota++;
    }
    return this.mk<A.ConstDecl>(n, { kind: 'ConstDecl', specs });
  }

  typeDecl(n: SyntaxNode): A.TypeDecl {
    const specs: A.TypeSpec[] = [];
    for (const s of this.specs(n, 'TypeSpec')) {
      const d = s.getChild('DefName');
      if (!d) continue;
      const tps = s.getChild('TypeParams');
      const alias = this.children(s).some((k) => k.name === '=');
      const typeNode = this.children(s).find((k) => isTypeNode(k.name));
      if (!typeNode) continue;
      specs.push(this.mk<A.TypeSpec>(s, { name: this.mk<A.Ident>(d, { kind: 'Ident', name: this.text(d) }), type: this.typeExpr(typeNode), alias, ...(tps ? { typeParams: this.typeParams(tps) } : {}) }));
    }
    return this.mk<A.TypeDecl>(n, { kind: 'TypeDecl', specs });
  }

  // ---- statements ----

  block(n: SyntaxNode): A.Block {
    const stmts: A.Stmt[] = [];
    let rbrace = n.to - 1;
    for (const c of this.children(n)) {
      if (c.name === '{' || c.name === ';' || c.name === 'LineComment' || c.name === 'BlockComment' || c.type.isError) continue;
      if (c.name === '}') {
        rbrace = c.from;
        continue;
      }
      const s = this.stmt(c);
      if (s) stmts.push(s);
    }
    return this.mk<A.Block>(n, { kind: 'Block', stmts, rbrace });
  }

  stmt(n: SyntaxNode): A.Stmt | null {
    const un = UNSUPPORTED_STMT[n.name];
    if (un) {
      this.err(n.from, n.from + Math.max(1, (this.text(n).split(/[\s({]/)[0] || 'x').length), un);
      return null;
    }
    switch (n.name) {
      case 'DeferStatement': {
        const x = this.parts(n).find((k) => k.name !== 'defer');
        return x ? this.mk<A.Defer>(n, { kind: 'Defer', call: this.expr(x) }) : null;
      }
      case 'ExprStatement': {
        const x = this.parts(n)[0];
        return x ? this.mk<A.ExprStmt>(n, { kind: 'ExprStmt', x: this.expr(x) }) : null;
      }
      case 'IncDecStatement': {
        const [x, op] = this.parts(n);
        return this.mk<A.IncDec>(n, { kind: 'IncDec', x: this.expr(x), inc: this.text(op) === '++' });
      }
      case 'Assignment': {
        const kids = this.children(n);
        const opIdx = kids.findIndex((k) => k.name === '=' || k.name === 'UpdateOp');
        if (opIdx < 0) return null;
        const lhs = kids.slice(0, opIdx).filter((k) => !PUNCT.has(k.name) && !k.type.isError).map((k) => this.expr(k));
        const rhs = kids.slice(opIdx + 1).filter((k) => !PUNCT.has(k.name) && !k.type.isError).map((k) => this.expr(k));
        return this.mk<A.Assign>(n, { kind: 'Assign', lhs, rhs, op: this.text(kids[opIdx]), opFrom: kids[opIdx].from });
      }
      case 'VarDecl':
        if (n.getChild('var')) return this.varDecl(n);
        return this.define(n);
      case 'ConstDecl':
        return this.constDecl(n);
      case 'TypeDecl':
        return this.typeDecl(n);
      case 'Block':
        return this.block(n);
      case 'IfStatement':
        return this.ifStmt(n);
      case 'ForStatement':
        return this.forStmt(n);
      case 'ReturnStatement': {
        const results = this.parts(n).filter((k) => k.name !== 'return').map((k) => this.expr(k));
        return this.mk<A.Return>(n, { kind: 'Return', results });
      }
      case 'GotoStatement': {
        const kw = n.firstChild;
        if (!kw) return null;
        if (kw.name === 'goto') {
          this.err(n.from, n.to, 'goto statements are not supported');
          return null;
        }
        const ln = n.getChild('LabelName');
        const label = ln ? this.mk<A.Ident>(ln, { kind: 'Ident', name: this.text(ln) }) : null;
        return this.mk<A.Branch>(n, { kind: 'Branch', tok: kw.name === 'break' ? 'break' : 'continue', label });
      }
      case 'FallthroughStatement':
        return this.mk<A.Branch>(n, { kind: 'Branch', tok: 'fallthrough', label: null });
      case 'LabeledStatement': {
        const ln = n.getChild('LabelName')!;
        const inner = this.children(n).find((k) => k.from > ln.to && k.name !== ':' && !k.type.isError);
        const label = this.mk<A.Ident>(ln, { kind: 'Ident', name: this.text(ln) });
        return this.mk<A.Labeled>(n, { kind: 'Labeled', label, stmt: inner ? this.stmt(inner) : null });
      }
      case 'SwitchStatement':
        return this.switchStmt(n);
      case 'TypeSwitchStatement':
        return this.typeSwitchStmt(n);
      case 'GoStatement': {
        const x = this.parts(n).find((k) => isExprNode(k.name));
        return this.mk<A.Go>(n, { kind: 'Go', call: x ? this.expr(x) : this.bad(n) });
      }
      case 'SendStatement':
        return this.sendStmt(n);
      case 'SelectStatement':
        return this.selectStmt(n);
      default:
        if (!n.type.isError) this.err(n.from, n.to, `syntax error: unexpected ${this.text(n).split('\n')[0].slice(0, 20)}`);
        return null;
    }
  }

  /** The lo, hi and max of `x[lo:hi]` / `x[lo:hi:max]` (null where left out). */
  sliceIndexes(n: SyntaxNode, kids: SyntaxNode[]): { segs: (A.Expr | null)[]; three: boolean } {
    const lb = kids.findIndex((k) => k.name === '[');
    const segs: (A.Expr | null)[] = [null];
    let colons = 0;
    for (const k of kids.slice(lb + 1)) {
      if (k.name === ':') {
        colons++;
        segs.push(null);
      } else if (k.name === ']') break;
      else if (isExprNode(k.name)) segs[segs.length - 1] = this.expr(k);
    }
    const three = colons === 2;
    if (three && (!segs[1] || !segs[2])) this.err(n.from, n.to, 'middle index required in 3-index slice');
    return { segs, three };
  }

  define(n: SyntaxNode): A.Define {
    const kids = this.children(n);
    const opIdx = kids.findIndex((k) => k.name === ':=');
    const lhs = kids
      .slice(0, opIdx)
      .filter((k) => k.name === 'DefName')
      .map((k) => this.mk<A.Ident>(k, { kind: 'Ident', name: this.text(k) }));
    const rhs = kids.slice(opIdx + 1).filter((k) => !PUNCT.has(k.name) && !k.type.isError).map((k) => this.expr(k));
    return this.mk<A.Define>(n, { kind: 'Define', lhs, rhs, opFrom: kids[opIdx]?.from ?? n.from });
  }

  simpleStmt(n: SyntaxNode | undefined): A.Stmt | null {
    if (!n) return null;
    if (isExprNode(n.name)) return this.mk<A.ExprStmt>(n, { kind: 'ExprStmt', x: this.expr(n) });
    return this.stmt(n);
  }

  ifStmt(n: SyntaxNode): A.If {
    const kids = this.children(n).filter((k) => k.name !== 'if' && !k.type.isError);
    let init: A.Stmt | null = null;
    let i = 0;
    const semi = kids.findIndex((k) => k.name === ';');
    if (semi >= 0) {
      init = this.simpleStmt(kids[0]);
      i = semi + 1;
    }
    const condNode = kids[i];
    const cond = condNode && isExprNode(condNode.name) ? this.expr(condNode) : this.bad(condNode ?? n);
    const thenNode = kids.find((k, j) => j > i && k.name === 'Block');
    const then = thenNode ? this.block(thenNode) : this.mk<A.Block>(n, { kind: 'Block', stmts: [], rbrace: n.to });
    const elseIdx = kids.findIndex((k) => k.name === 'else');
    let els: A.If | A.Block | null = null;
    if (elseIdx >= 0) {
      const e = kids[elseIdx + 1];
      if (e?.name === 'IfStatement') els = this.ifStmt(e);
      else if (e?.name === 'Block') els = this.block(e);
    }
    return this.mk<A.If>(n, { kind: 'If', init, cond, then, els });
  }

  switchStmt(n: SyntaxNode): A.Switch {
    const kids = this.children(n).filter((k) => k.name !== 'switch' && !k.type.isError);
    const blockNode = kids.find((k) => k.name === 'SwitchBlock');
    const head = kids.filter((k) => k !== blockNode);
    const semi = head.findIndex((k) => k.name === ';');
    const init = semi >= 0 ? this.simpleStmt(head[0]) : null;
    const tagNode = head.slice(semi + 1).find((k) => isExprNode(k.name));
    const clauses = this.clauses(blockNode, (k, ck, colon) => {
      const isDefault = ck.some((c) => c.name === 'default');
      const exprs = isDefault ? null : ck.filter((c) => isExprNode(c.name)).map((c) => this.expr(c));
      return this.mk<A.CaseClause>(k, { exprs, body: [], colon });
    });
    const lbrace = blockNode ? blockNode.from : n.to;
    return this.mk<A.Switch>(n, { kind: 'Switch', init, tag: tagNode ? this.expr(tagNode) : null, clauses, lbrace });
  }

  /** The clauses of a switch, type switch or select block: each `case ...:` (made by mk) and its statements. */
  clauses<C extends A.NodeBase & { body: A.Stmt[] }>(block: SyntaxNode | null | undefined, mk: (k: SyntaxNode, ck: SyntaxNode[], colon: number) => C): C[] {
    const out: C[] = [];
    let cur: C | null = null;
    for (const k of block ? this.children(block) : []) {
      if (k.name === 'Case') {
        const ck = this.children(k);
        cur = mk(k, ck, ck.find((c) => c.name === ':')?.from ?? k.to);
        out.push(cur);
        continue;
      }
      if (k.name === '{' || k.name === '}' || k.name === ';' || k.name === 'LineComment' || k.name === 'BlockComment' || k.type.isError) continue;
      const st = this.stmt(k);
      if (st && cur) {
        cur.body.push(st);
        cur.to = st.to;
      }
    }
    return out;
  }

  /** Stack[int], Map[int, string] (a type or an expression with type arguments). */
  instance(n: SyntaxNode): A.InstanceExpr {
    const kids = this.children(n);
    const base = kids[0];
    const targs = n.getChild('TypeArgs');
    const args = targs ? this.children(targs).filter((k) => isTypeNode(k.name) || isExprNode(k.name)).map((k) => this.typeExpr(k)) : [];
    return this.mk<A.InstanceExpr>(n, { kind: 'Instance', x: base ? (base.name === 'TypeName' || base.name === 'VariableName' ? this.mk<A.Ident>(base, { kind: 'Ident', name: this.text(base) }) : this.expr(base)) : this.bad(n), args });
  }

  sendStmt(n: SyntaxNode): A.Send {
    const kids = this.children(n);
    const arrow = kids.findIndex((k) => k.name === '<-');
    const ch = kids.slice(0, arrow).find((k) => isExprNode(k.name));
    const v = kids.slice(arrow + 1).find((k) => isExprNode(k.name));
    return this.mk<A.Send>(n, { kind: 'Send', ch: ch ? this.expr(ch) : this.bad(n), value: v ? this.expr(v) : this.bad(n), arrow: kids[arrow]?.from ?? n.from });
  }

  selectStmt(n: SyntaxNode): A.Select {
    const block = n.getChild('SelectBlock');
    const clauses = this.clauses(block, (k, ck, colon) => {
      let comm: A.CommClause['comm'] = null;
      const sendNode = ck.find((c) => c.name === 'SendStatement');
      const recvNode = ck.find((c) => c.name === 'ReceiveStatement');
      if (sendNode) comm = this.sendStmt(sendNode);
      else if (recvNode) comm = this.receiveStmt(recvNode);
      return this.mk<A.CommClause>(k, { comm, body: [], colon });
    });
    return this.mk<A.Select>(n, { kind: 'Select', clauses });
  }

  /** A select case's receive: `<-c`, `v := <-c`, `v, ok := <-c`, `x = <-c`. */
  receiveStmt(n: SyntaxNode): A.ExprStmt | A.Define | A.Assign {
    const kids = this.children(n);
    const def = kids.findIndex((k) => k.name === ':=');
    const eq = kids.findIndex((k) => k.name === '=');
    const op = def >= 0 ? def : eq;
    const rhsNode = kids.slice(op + 1).find((k) => isExprNode(k.name));
    const rhs = rhsNode ? this.expr(rhsNode) : this.bad(n);
    if (def >= 0) {
      const lhs = kids.slice(0, def).filter((k) => k.name === 'DefName').map((k) => this.mk<A.Ident>(k, { kind: 'Ident', name: this.text(k) }));
      return this.mk<A.Define>(n, { kind: 'Define', lhs, rhs: [rhs], opFrom: kids[def].from });
    }
    if (eq >= 0) {
      const lhs = kids.slice(0, eq).filter((k) => isExprNode(k.name)).map((k) => this.expr(k));
      return this.mk<A.Assign>(n, { kind: 'Assign', lhs, rhs: [rhs], op: '=', opFrom: kids[eq].from });
    }
    return this.mk<A.ExprStmt>(n, { kind: 'ExprStmt', x: rhs });
  }

  typeSwitchStmt(n: SyntaxNode): A.TypeSwitch {
    const kids = this.children(n).filter((k) => k.name !== 'switch' && !k.type.isError);
    const blockNode = kids.find((k) => k.name === 'SwitchBlock');
    const semi = kids.findIndex((k) => k.name === ';');
    const init = semi >= 0 ? this.simpleStmt(kids[0]) : null;
    const head = kids.slice(semi + 1);
    const def = head.findIndex((k) => k.name === ':=');
    const bindNode = def > 0 ? head[def - 1] : null;
    const xNode = head.slice(def + 1).find((k) => isExprNode(k.name));
    const bind = bindNode ? this.mk<A.Ident>(bindNode, { kind: 'Ident', name: this.text(bindNode) }) : null;
    const clauses = this.clauses(blockNode, (k, ck, colon) => {
      const isDefault = ck.some((c) => c.name === 'default');
      const types = isDefault ? null : ck.filter((c) => isTypeNode(c.name) || isExprNode(c.name)).map((c) => (this.text(c) === 'nil' ? this.mk<A.Ident>(c, { kind: 'Ident', name: 'nil' }) : this.typeExpr(c)));
      // Each clause declares its own v (types2 declares one object per clause).
      const cb = bind ? this.mk<A.Ident>(bind, { kind: 'Ident', name: bind.name }) : null;
      return this.mk<A.TypeCaseClause>(k, { types, body: [], colon, bind: cb });
    });
    return this.mk<A.TypeSwitch>(n, { kind: 'TypeSwitch', init, bind, x: xNode ? this.expr(xNode) : this.bad(n), clauses });
  }

  forStmt(n: SyntaxNode): A.For | A.Range | null {
    const kids = this.children(n).filter((k) => k.name !== 'for');
    const bodyNode = kids.find((k) => k.name === 'Block');
    const body = bodyNode ? this.block(bodyNode) : this.mk<A.Block>(n, { kind: 'Block', stmts: [], rbrace: n.to });
    const clause = kids.find((k) => k.name === 'ForClause');
    const range = kids.find((k) => k.name === 'RangeClause');
    if (range) {
      const rk = this.children(range);
      const rangeIdx = rk.findIndex((k) => k.name === 'range');
      const define = rk.some((k) => k.name === ':=');
      const left = rk.slice(0, rangeIdx).filter((k) => !PUNCT.has(k.name));
      const x = rk.slice(rangeIdx + 1).find((k) => isExprNode(k.name));
      const conv = (k: SyntaxNode | undefined): A.Expr | null =>
        !k ? null : k.name === 'DefName' ? this.mk<A.Ident>(k, { kind: 'Ident', name: this.text(k) }) : this.expr(k);
      return this.mk<A.Range>(n, {
        kind: 'Range',
        key: conv(left[0]),
        value: conv(left[1]),
        define,
        x: x ? this.expr(x) : this.bad(range),
        body,
      });
    }
    // `for range x {` (Go 1.22) is not in lezer's grammar: it parses as an error node holding `range`.
    const errRange = kids.findIndex((k) => k.type.isError && this.text(k).trim() === 'range');
    if (errRange >= 0) {
      // Drop the syntax error lezer reported for it.
      const e = kids[errRange];
      this.diags = this.diags.filter((d) => !(d.from >= e.from && d.from <= e.to));
      const x = kids.slice(errRange + 1).find((k) => isExprNode(k.name));
      return this.mk<A.Range>(n, { kind: 'Range', key: null, value: null, define: false, x: x ? this.expr(x) : this.bad(n), body });
    }
    if (clause) {
      const ck = this.children(clause);
      const semis = ck.map((k, i) => (k.name === ';' ? i : -1)).filter((i) => i >= 0);
      const s1 = ck.slice(0, semis[0]).find((k) => !PUNCT.has(k.name));
      const c = ck.slice(semis[0] + 1, semis[1]).find((k) => !PUNCT.has(k.name));
      const s2 = ck.slice(semis[1] + 1).find((k) => !PUNCT.has(k.name));
      const post = this.simpleStmt(s2);
      if (post && post.kind === 'Define') this.err(post.from, post.to, 'cannot declare in post statement of for loop');
      return this.mk<A.For>(n, { kind: 'For', init: this.simpleStmt(s1), cond: c ? this.expr(c) : null, post, body });
    }
    const cond = kids.find((k) => isExprNode(k.name));
    return this.mk<A.For>(n, { kind: 'For', init: null, cond: cond ? this.expr(cond) : null, post: null, body });
  }

  // ---- expressions ----

  bad(n: { from: number; to: number }): A.BadExpr {
    return this.mk<A.BadExpr>(n, { kind: 'BadExpr' });
  }

  strLit(n: SyntaxNode): string {
    const raw = this.text(n);
    if (raw.startsWith('`')) return utf8Encode(raw.slice(1, raw.endsWith('`') && raw.length > 1 ? -1 : undefined).replace(/\r/g, ''));
    const body = raw.slice(1, raw.length > 1 && raw.endsWith('"') ? -1 : undefined);
    return this.unescape(body, n, '"');
  }

  unescape(body: string, n: SyntaxNode, quote: string): string {
    let out = '';
    for (let i = 0; i < body.length; ) {
      const ch = body[i];
      if (ch !== '\\') {
        const cp = body.codePointAt(i)!;
        out += encodeRune(cp);
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const e = body[i + 1];
      i += 2;
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'a': out += '\x07'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'v': out += '\v'; break;
        case '\\': out += '\\'; break;
        case "'":
        case '"':
          if (e !== quote) this.err(n.from, n.to, 'unknown escape sequence');
          out += e;
          break;
        case 'x': {
          const h = body.slice(i, i + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(h)) this.err(n.from, n.to, 'invalid escape sequence');
          out += String.fromCharCode(parseInt(h, 16) || 0);
          i += 2;
          break;
        }
        case 'u':
        case 'U': {
          const len = e === 'u' ? 4 : 8;
          const h = body.slice(i, i + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) this.err(n.from, n.to, 'invalid escape sequence');
          out += encodeRune(parseInt(h, 16) || 0);
          i += len;
          break;
        }
        default:
          if (e >= '0' && e <= '7') {
            const o = body.slice(i - 1, i + 2);
            if (!/^[0-7]{3}$/.test(o)) this.err(n.from, n.to, 'invalid escape sequence');
            out += String.fromCharCode(parseInt(o, 8) & 255);
            i += 2;
          } else this.err(n.from, n.to, 'unknown escape sequence');
      }
    }
    return out;
  }

  rune(n: SyntaxNode): number {
    const raw = this.text(n);
    const body = raw.slice(1, raw.endsWith("'") && raw.length > 1 ? -1 : undefined);
    if (body.startsWith('\\')) {
      const bytes = this.unescape(body, n, "'");
      // \x and octal escapes give a byte value; \u gives a rune (decode the UTF-8 we produced).
      if (body[1] === 'x' || (body[1] >= '0' && body[1] <= '7')) return bytes.charCodeAt(0) || 0;
      return decodeFirstRune(bytes);
    }
    const cp = body.codePointAt(0);
    if (cp === undefined || body.length !== (cp > 0xffff ? 2 : 1)) this.err(n.from, n.to, 'more than one character in rune literal');
    return cp ?? 0;
  }

  number(n: SyntaxNode): A.Expr {
    const raw = this.text(n);
    const t = raw.replace(/_/g, '');
    if (t.endsWith('i')) {
      this.err(n.from, n.to, 'complex numbers are not supported');
      return this.bad(n);
    }
    const isHex = /^0[xX]/.test(t);
    if ((!isHex && /[.eE]/.test(t)) || (isHex && /[.pP]/.test(t))) {
      return this.mk<A.FloatLit>(n, { kind: 'FloatLit', value: isHex ? parseHexFloat(t) : Number(t), raw });
    }
    let v: bigint;
    if (/^0[oO]/.test(t)) v = BigInt('0o' + t.slice(2));
    else if (/^0[bB]/.test(t)) v = BigInt(t);
    else if (isHex) v = BigInt(t);
    else if (/^0[0-7]+$/.test(t)) v = BigInt('0o' + t.slice(1));
    else if (/^0\d+$/.test(t)) {
      this.err(n.from, n.to, `invalid digit in octal literal ${raw}`);
      v = 0n;
    } else v = BigInt(t);
    return this.mk<A.IntLit>(n, { kind: 'IntLit', value: v, raw });
  }

  /**
   * @lezer/go 1.0.1 gives selectors, calls, indexing and slicing a lower precedence than binary
   * and unary operators (`a + b.c` parses as `(a + b).c`, `*p.x` as `(*p).x`), so operator chains
   * are flattened into operands, prefix/binary operators and postfix operations, and rebuilt with
   * Go's precedence.
   */
  expr(n: SyntaxNode): A.Expr {
    if (!CHAIN_NODES.has(n.name)) return this.expr1(n);
    const items: Item[] = [];
    this.linearize(n, items);
    let pos = 0;
    const unaryE = (): A.Expr => {
      const it = items[pos];
      if (!it) return this.bad(n);
      if (it.k === 'prefix') {
        pos++;
        const x = unaryE();
        return { id: this.nextId++, from: it.from, to: x.to, kind: 'Unary', op: it.op, x } as A.Unary;
      }
      if (it.k !== 'operand') {
        pos++;
        return this.bad(n);
      }
      pos++;
      let e = it.e;
      while (items[pos] && items[pos].k === 'postfix') {
        e = (items[pos] as { build: (b: A.Expr) => A.Expr }).build(e);
        pos++;
      }
      return e;
    };
    const binaryE = (minPrec: number): A.Expr => {
      let left = unaryE();
      for (;;) {
        const it = items[pos];
        if (!it || it.k !== 'binop') return left;
        const prec = BINARY_PREC[it.op] ?? 0;
        if (prec < minPrec) return left;
        pos++;
        const right = binaryE(prec + 1);
        left = { id: this.nextId++, from: left.from, to: right.to, kind: 'Binary', op: it.op, x: left, y: right, opFrom: it.from } as A.Binary;
      }
    };
    return binaryE(1);
  }

  /** Flattens an operator chain (see expr). */
  linearize(n: SyntaxNode, out: Item[]): void {
    switch (n.name) {
      case 'BinaryExp': {
        const [x, op, y] = this.children(n);
        if (!y) {
          out.push({ k: 'operand', e: this.bad(n) });
          return;
        }
        this.linearize(x, out);
        out.push({ k: 'binop', op: this.text(op), from: op.from });
        this.linearize(y, out);
        return;
      }
      case 'UnaryExp': {
        const [op, x] = this.children(n);
        out.push({ k: 'prefix', op: this.text(op), from: n.from });
        if (!x) out.push({ k: 'operand', e: this.bad(n) });
        else this.linearize(x, out);
        return;
      }
      case 'SelectorExpr': {
        const [x, f] = this.parts(n);
        if (!f) {
          out.push({ k: 'operand', e: this.bad(n) });
          return;
        }
        this.linearize(x, out);
        const sel = this.text(f);
        const selFrom = f.from;
        const to = n.to;
        out.push({ k: 'postfix', build: (b) => ({ id: this.nextId++, from: b.from, to, kind: 'Selector', x: b, sel, selFrom }) as A.Selector });
        return;
      }
      case 'IndexExpr': {
        const [x, i] = this.parts(n);
        if (!i) {
          out.push({ k: 'operand', e: this.bad(n) });
          return;
        }
        this.linearize(x, out);
        const index = this.expr(i);
        const to = n.to;
        out.push({ k: 'postfix', build: (b) => ({ id: this.nextId++, from: b.from, to, kind: 'Index', x: b, index }) as A.Index });
        return;
      }
      case 'SliceExpr': {
        const kids = this.children(n);
        this.linearize(kids[0], out);
        const { segs, three } = this.sliceIndexes(n, kids);
        const to = n.to;
        out.push({
          k: 'postfix',
          build: (b) => ({ id: this.nextId++, from: b.from, to, kind: 'SliceExpr', x: b, lo: segs[0], hi: segs[1] ?? null, max: three ? segs[2] : null, three }) as A.SliceExpr,
        });
        return;
      }
      case 'TypeAssertion': {
        const kids = this.children(n);
        this.linearize(kids[0], out);
        const t = kids.slice(1).find((k) => isTypeNode(k.name));
        const type = t ? this.typeExpr(t) : this.bad(n);
        const to = n.to;
        out.push({ k: 'postfix', build: (b) => ({ id: this.nextId++, from: b.from, to, kind: 'TypeAssert', x: b, type }) as A.TypeAssert });
        return;
      }
      case 'CallExpr': {
        const kids = this.children(n);
        const args = n.getChild('Arguments');
        const fun = kids[0];
        this.linearize(fun, out);
        const argKids = args ? this.children(args) : [];
        const lp = argKids.find((k) => k.name === '(');
        const rp = argKids.find((k) => k.name === ')');
        const ellipsis = argKids.some((k) => k.name === '...');
        const list = argKids.filter((k) => isExprNode(k.name) || isTypeNode(k.name)).map((k) => (isExprNode(k.name) ? this.expr(k) : this.typeExpr(k)));
        const to = n.to;
        const lparen = lp?.from ?? n.from;
        const rparen = rp?.from ?? n.to - 1;
        out.push({ k: 'postfix', build: (b) => ({ id: this.nextId++, from: b.from, to, kind: 'Call', fun: b, args: list, ellipsis, lparen, rparen }) as A.Call });
        return;
      }
      default:
        out.push({ k: 'operand', e: this.expr1(n) });
    }
  }

  expr1(n: SyntaxNode): A.Expr {
    switch (n.name) {
      case 'VariableName':
      case 'TypeName':
      case 'FieldName':
      case 'DefName':
      case 'Bool':
      case 'Nil':
      case 'make':
      case 'new':
        return this.mk<A.Ident>(n, { kind: 'Ident', name: this.text(n) });
      case 'Number':
        return this.number(n);
      case 'String':
        return this.mk<A.StrLit>(n, { kind: 'StrLit', value: this.strLit(n), raw: this.text(n) });
      case 'Rune':
        return this.mk<A.RuneLit>(n, { kind: 'RuneLit', value: this.rune(n), raw: this.text(n) });
      case 'ParenthesizedExpr': {
        const x = this.parts(n)[0];
        return this.mk<A.Paren>(n, { kind: 'Paren', x: x ? this.expr(x) : this.bad(n) });
      }
      case 'TypedLiteral': {
        const [t, lv] = this.parts(n);
        return this.literal(n, t ? this.typeExpr(t) : null, lv);
      }
      case 'FunctionLiteral': {
        const params = n.getChild('Parameters');
        const type = params ? this.signature(n, params) : this.mk<A.FuncTypeExpr>(n, { kind: 'FuncType', params: [], results: [] });
        const b = n.getChild('Block');
        return this.mk<A.FuncLit>(n, { kind: 'FuncLit', type, body: b ? this.block(b) : this.mk<A.Block>(n, { kind: 'Block', stmts: [], rbrace: n.to }) });
      }
      case 'Conversion': {
        const kids = this.children(n);
        const t = kids.find((k) => isTypeNode(k.name));
        const lp = kids.find((k) => k.name === '(');
        const rp = kids.find((k) => k.name === ')');
        const argNodes = kids.filter((k, i) => i > kids.indexOf(lp!) && isExprNode(k.name) && k !== t);
        return this.mk<A.Call>(n, {
          kind: 'Call',
          fun: t ? this.typeExpr(t) : this.bad(n),
          args: argNodes.map((a) => this.expr(a)),
          ellipsis: false,
          lparen: lp?.from ?? n.from,
          rparen: rp?.from ?? n.to - 1,
        });
      }
      case 'SelectorExpr': {
        const [x, f] = this.parts(n);
        if (!f) return this.bad(n);
        return this.mk<A.Selector>(n, { kind: 'Selector', x: this.expr(x), sel: this.text(f), selFrom: f.from });
      }
      case 'QualifiedType':
        return this.typeExpr(n);
      case 'IndexExpr': {
        const [x, i] = this.parts(n);
        if (!i) return this.bad(n);
        return this.mk<A.Index>(n, { kind: 'Index', x: this.expr(x), index: this.expr(i) });
      }
      case 'SliceExpr': {
        const kids = this.children(n);
        const x = kids[0];
        const { segs, three } = this.sliceIndexes(n, kids);
        return this.mk<A.SliceExpr>(n, { kind: 'SliceExpr', x: this.expr(x), lo: segs[0], hi: segs[1] ?? null, max: three ? segs[2] : null, three });
      }
      case 'TypeAssertion': {
        const kids = this.children(n);
        const t = kids.slice(1).find((k) => isTypeNode(k.name));
        return this.mk<A.TypeAssert>(n, { kind: 'TypeAssert', x: this.expr(kids[0]), type: t ? this.typeExpr(t) : this.bad(n) });
      }
      case 'CallExpr': {
        const kids = this.children(n);
        const args = n.getChild('Arguments');
        const fun = kids[0];
        const argKids = args ? this.children(args) : [];
        const lp = argKids.find((k) => k.name === '(');
        const rp = argKids.find((k) => k.name === ')');
        const ellipsis = argKids.some((k) => k.name === '...');
        const list = argKids.filter((k) => isExprNode(k.name) || isTypeNode(k.name)).map((k) => (isExprNode(k.name) ? this.expr(k) : this.typeExpr(k)));
        return this.mk<A.Call>(n, {
          kind: 'Call',
          fun: this.expr(fun),
          args: list,
          ellipsis,
          lparen: lp?.from ?? n.from,
          rparen: rp?.from ?? n.to - 1,
        });
      }
      case 'ParameterizedExpr':
        return this.instance(n);
      case 'UnaryExp': {
        const [op, x] = this.children(n);
        const opText = this.text(op);
        if (!x) return this.bad(n);
        return this.mk<A.Unary>(n, { kind: 'Unary', op: opText, x: this.expr(x) });
      }
      case 'BinaryExp': {
        const [x, op, y] = this.children(n);
        if (!y) return this.bad(n);
        return this.mk<A.Binary>(n, { kind: 'Binary', op: this.text(op), x: this.expr(x), y: this.expr(y), opFrom: op.from });
      }
      default:
        if (isTypeNode(n.name)) return this.typeExpr(n);
        if (!n.type.isError) this.err(n.from, n.to, `syntax error: unexpected ${this.text(n).slice(0, 20)}`);
        return this.bad(n);
    }
  }

  literal(n: { from: number; to: number }, type: A.Expr | null, lv: SyntaxNode | undefined): A.CompositeLit {
    const elts: A.Element[] = [];
    if (lv) {
      for (const e of lv.getChildren('Element')) {
        const key = e.getChild('Key');
        const parts = this.children(e).filter((k) => k.name !== 'Key' && !PUNCT.has(k.name));
        const v = parts[0];
        const value = !v ? this.bad(e) : v.name === 'LiteralValue' ? this.literal(v, null, v) : this.expr(v);
        let k: A.Expr | null = null;
        if (key) {
          const kk = key.firstChild;
          if (kk) k = kk.name === 'LiteralValue' ? this.literal(kk, null, kk) : this.expr(kk);
        }
        elts.push(this.mk<A.Element>(e, { kind: 'Element', key: k, value }));
      }
    }
    return this.mk<A.CompositeLit>(n, { kind: 'CompositeLit', type, elts });
  }

  typeExpr(n: SyntaxNode): A.Expr {
    switch (n.name) {
      case 'TypeName':
      case 'VariableName':
        return this.mk<A.Ident>(n, { kind: 'Ident', name: this.text(n) });
      case 'ParameterizedExpr':
        return this.instance(n);
      case 'QualifiedType': {
        // pkg.Name or x.Field: which one is for the checker to say.
        const pkg = n.getChild('VariableName');
        const name = n.getChild('TypeName');
        if (!pkg || !name) return this.bad(n);
        const x = this.mk<A.Ident>(pkg, { kind: 'Ident', name: this.text(pkg) });
        return this.mk<A.Selector>(n, { kind: 'Selector', x, sel: this.text(name), selFrom: name.from });
      }
      case 'PointerType': {
        const e = this.parts(n).find((k) => isTypeNode(k.name));
        return this.mk<A.PointerTypeExpr>(n, { kind: 'PointerType', elem: e ? this.typeExpr(e) : this.bad(n) });
      }
      case 'SliceType': {
        if (this.children(n).some((k) => k.name === '...')) {
          const e = this.parts(n).find((k) => isTypeNode(k.name));
          return this.mk<A.ArrayTypeExpr>(n, { kind: 'ArrayType', len: null, elem: e ? this.typeExpr(e) : this.bad(n) });
        }
        const e = this.parts(n).find((k) => isTypeNode(k.name));
        return this.mk<A.SliceTypeExpr>(n, { kind: 'SliceType', elem: e ? this.typeExpr(e) : this.bad(n) });
      }
      case 'ArrayType': {
        const kids = this.children(n);
        const rb = kids.findIndex((k) => k.name === ']');
        const lenNode = kids.slice(0, rb).find((k) => isExprNode(k.name));
        const e = kids.slice(rb + 1).find((k) => isTypeNode(k.name));
        return this.mk<A.ArrayTypeExpr>(n, { kind: 'ArrayType', len: lenNode ? this.expr(lenNode) : this.bad(n), elem: e ? this.typeExpr(e) : this.bad(n) });
      }
      case 'StructType': {
        const body = n.getChild('StructBody');
        const fields: A.Field[] = [];
        for (const fd of body ? body.getChildren('FieldDecl') : []) {
          const names = fd.getChildren('FieldName').map((f) => this.mk<A.Ident>(f, { kind: 'Ident', name: this.text(f) }));
          const t = this.children(fd).find((k) => isTypeNode(k.name));
          if (fd.getChild('String')) this.err(fd.from, fd.to, 'struct tags are not supported');
          if (!t) continue;
          const star = this.children(fd).some((k) => k.name === '*');
          let type = this.typeExpr(t);
          if (names.length === 0) {
            if (star) type = this.mk<A.PointerTypeExpr>(fd, { kind: 'PointerType', elem: type });
          }
          fields.push({ id: this.nextId++, from: fd.from, to: fd.to, names, type, embedded: names.length === 0 });
        }
        return this.mk<A.StructTypeExpr>(n, { kind: 'StructType', fields });
      }
      case 'FunctionType': {
        const params = n.getChild('Parameters');
        if (!params) return this.bad(n);
        return this.signature(n, params);
      }
      case 'InterfaceType': {
        const body = n.getChild('InterfaceBody');
        const empty = !body || this.children(body).every((k) => PUNCT.has(k.name));
        const methods: A.MethodSpec[] = [];
        const embeds: A.Expr[] = [];
        const unions: A.UnionTerm[][] = [];
        for (const k of body ? this.children(body) : []) {
          if (k.name === 'MethodElem') {
            const nm = k.getChild('FieldName') ?? k;
            const ps = k.getChild('Parameters');
            const type = ps ? this.signature(k, ps) : this.mk<A.FuncTypeExpr>(k, { kind: 'FuncType', params: [], results: [] });
            methods.push(this.mk<A.MethodSpec>(k, { name: this.mk<A.Ident>(nm, { kind: 'Ident', name: this.text(nm) }), type }));
          } else if (isTypeNode(k.name)) embeds.push(this.typeExpr(k));
          else if (k.name === 'TypeElem' || k.name === 'UnderlyingType') unions.push(this.unionTerms(k));
        }
        return this.mk<A.InterfaceTypeExpr>(n, { kind: 'InterfaceType', empty, methods, embeds, unions });
      }
      case 'MapType': {
        const [k, v] = this.parts(n).filter((x) => isTypeNode(x.name));
        return this.mk<A.MapTypeExpr>(n, { kind: 'MapType', key: k ? this.typeExpr(k) : this.bad(n), value: v ? this.typeExpr(v) : this.bad(n) });
      }
      case 'ChannelType': {
        const ks = this.children(n);
        const arrow = ks.findIndex((k) => k.name === '<-');
        const chanIdx = ks.findIndex((k) => k.name === 'chan');
        const dir = arrow < 0 ? 'both' : arrow < chanIdx ? 'recv' : 'send';
        const et = ks.find((k) => isTypeNode(k.name));
        return this.mk<A.ChanTypeExpr>(n, { kind: 'ChanType', dir, elem: et ? this.typeExpr(et) : this.bad(n) });
      }
      case 'ParameterizedType':
        return this.instance(n);
      case 'ParenthesizedType': {
        const t = this.parts(n).find((k) => isTypeNode(k.name));
        return t ? this.typeExpr(t) : this.bad(n);
      }
      default:
        if (isExprNode(n.name)) return this.expr(n);
        return this.bad(n);
    }
  }
}

type Item =
  | { k: 'operand'; e: A.Expr }
  | { k: 'prefix'; op: string; from: number }
  | { k: 'binop'; op: string; from: number }
  | { k: 'postfix'; build: (base: A.Expr) => A.Expr };

const CHAIN_NODES = new Set(['BinaryExp', 'UnaryExp', 'SelectorExpr', 'IndexExpr', 'SliceExpr', 'TypeAssertion', 'CallExpr']);

/** Go's binary operator precedence (spec "Operator precedence"). */
const BINARY_PREC: Record<string, number> = {
  '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5, '&': 5, '&^': 5,
  '+': 4, '-': 4, '|': 4, '^': 4,
  '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
  '&&': 2,
  '||': 1,
};

const PUNCT = new Set(['(', ')', '{', '}', '[', ']', ',', ';', ':', '.', '=', ':=', '...', 'LineComment', 'BlockComment']);

const TYPE_NODES = new Set([
  'TypeName', 'QualifiedType', 'PointerType', 'SliceType', 'ArrayType', 'StructType', 'MapType', 'ChannelType',
  'FunctionType', 'InterfaceType', 'ParenthesizedType', 'ParameterizedType',
]);
const EXPR_NODES = new Set([
  'Number', 'String', 'Bool', 'Nil', 'Rune', 'VariableName', 'TypedLiteral', 'ParenthesizedExpr', 'FunctionLiteral',
  'Conversion', 'SelectorExpr', 'IndexExpr', 'SliceExpr', 'TypeAssertion', 'CallExpr', 'UnaryExp', 'BinaryExp', 'QualifiedType',
  'ParameterizedExpr',
]);
function isTypeNode(name: string): boolean {
  return TYPE_NODES.has(name);
}
function isExprNode(name: string): boolean {
  return EXPR_NODES.has(name) || TYPE_NODES.has(name);
}

function parseHexFloat(t: string): number {
  const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(t);
  if (!m) return NaN;
  const int = m[1] || '0';
  const frac = m[2] || '';
  const exp = Number(m[3] || 0);
  const mant = parseInt(int + frac || '0', 16);
  return mant * 2 ** (exp - 4 * frac.length);
}

/** First rune of a UTF-8 byte string (Latin-1 encoded). */
export function decodeFirstRune(b: string): number {
  const c0 = b.charCodeAt(0);
  if (c0 < 0x80) return c0;
  if (c0 >= 0xc0 && c0 < 0xe0) return ((c0 & 31) << 6) | (b.charCodeAt(1) & 63);
  if (c0 >= 0xe0 && c0 < 0xf0) return ((c0 & 15) << 12) | ((b.charCodeAt(1) & 63) << 6) | (b.charCodeAt(2) & 63);
  return ((c0 & 7) << 18) | ((b.charCodeAt(1) & 63) << 12) | ((b.charCodeAt(2) & 63) << 6) | (b.charCodeAt(3) & 63);
}

const GO_KEYWORDS = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if',
  'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

/** The syntax errors of semicolons Go inserts at line ends where a construct cannot take one. */
interface NewlineError {
  at: number;
  /** Range whose other syntax errors this one explains. */
  from: number;
  to: number;
  message: string;
  /** For a `{` on the next line: the white space before it (joined onto one line for the parse). */
  gap?: [number, number];
}

function newlineErrors(top: SyntaxNode, src: string): NewlineError[] {
  const leaves: SyntaxNode[] = [];
  const collect = (n: SyntaxNode) => {
    let c = n.firstChild;
    if (!c) {
      if (n.to > n.from && !/Comment$/.test(n.name)) leaves.push(n);
      return;
    }
    for (; c; c = c.nextSibling) collect(c);
  };
  collect(top);
  const out: NewlineError[] = [];
  for (let i = 0; i + 1 < leaves.length; i++) {
    const a = leaves[i];
    const b = leaves[i + 1];
    const at = src.indexOf('\n', a.to);
    if (at < 0 || at >= b.from) continue;
    const ta = src.slice(a.from, a.to);
    const ends =
      /^[A-Za-z_]\w*$/.test(ta) ? !GO_KEYWORDS.has(ta) || /^(break|continue|fallthrough|return)$/.test(ta) : /^([0-9.'"`]|\)|\]|\}|\+\+|--)/.test(ta);
    if (!ends) continue;
    // The innermost node spanning the newline.
    let n = top;
    for (let c = n.firstChild; c; ) {
      if (c.from < at && c.to > at) {
        n = c;
        c = c.firstChild;
      } else c = c.nextSibling;
    }
    const tb = src.slice(b.from, b.to);
    const list = { LiteralValue: ['composite literal', '}'], Arguments: ['argument list', ')'], Parameters: ['parameter list', ')'] }[n.name];
    if (list) out.push({ at, from: n.from, to: n.to, message: `unexpected newline in ${list[0]}; possibly missing comma or ${list[1]}` });
    else if (tb === '{' && (n.name === 'ForStatement' || n.name === 'IfStatement')) {
      out.push({ at, from: n.from, to: n.to, message: `unexpected newline, expected { after ${n.name === 'ForStatement' ? 'for' : 'if'} clause`, gap: [a.to, b.from] });
    } else if (tb === '{' && n.name === 'SourceFile' && a.parent?.name === 'Parameters' && a.parent.parent?.name === 'FunctionDecl') {
      // `func main()` then `{` on the next line: Go skips to the next top-level declaration.
      const next = /^(func|var|const|type|import)\b/m.exec(src.slice(b.from + 1));
      const to = next ? b.from + 1 + next.index : src.length;
      out.push({ at: b.from, from: b.from, to, message: 'unexpected semicolon or newline before {', gap: [a.to, b.from] });
      while (i + 1 < leaves.length && leaves[i + 1].from < to) i++;
    }
  }
  return out;
}

/** Ends of `true`, `false` and `nil` tokens that end a line (where Go inserts a semicolon). */
function lineEndLiterals(tree: ReturnType<typeof parser.parse>, src: string): number[] {
  const out: number[] = [];
  const cur = tree.cursor();
  do {
    if (cur.node.firstChild) continue;
    const t = src.slice(cur.from, cur.to);
    if ((t === 'true' || t === 'false' || t === 'nil') && /^[ \t]*(\/\/[^\n]*|\/\*[^\n]*?\*\/[ \t]*)?\r?\n/.test(src.slice(cur.to, cur.to + 200))) out.push(cur.to);
  } while (cur.next());
  return out;
}

/** Offsets of `range` keywords of `for range x` loops (Go 1.22), which lezer's grammar lacks. */
function bareRanges(tree: ReturnType<typeof parser.parse>, src: string): number[] {
  const out: number[] = [];
  const cur = tree.cursor();
  do {
    if (cur.name === 'ForStatement') {
      const n = cur.node;
      const first = n.firstChild?.nextSibling;
      if (first && first.type.isError && src.slice(first.from, first.to).trim() === 'range') out.push(first.from);
      
    }
  } while (cur.next());
  return out;
}

const POS_KEYS = ['recvParen', 'lbrace', 'colon', 'arrow', 'from', 'to', 'opFrom', 'selFrom', 'lparen', 'rparen', 'rbrace'];

export function parseGo(src: string): { file: A.File; diags: RawDiag[] } {
  // `for range x {` is rewritten to `for _=range x {` for the parser; positions are mapped back.
  // Also, lezer misses the semicolon Go inserts after `true`/`false`/`nil` ending a line (the next
  // statement can then misparse, e.g. `found := false` + `for _, x := range xs {`): it is written out.
  const first = parser.parse(src);
  const inserts = [...bareRanges(first, src).map((at) => ({ at, text: '_=' })), ...lineEndLiterals(first, src).map((at) => ({ at, text: ';' }))].sort((a, b) => a.at - b.at);
  let text = src;
  for (let i = inserts.length - 1; i >= 0; i--) text = text.slice(0, inserts[i].at) + inserts[i].text + text.slice(inserts[i].at);
  // Insertion points in the rewritten text, and the length inserted before each.
  const shifted: number[] = [];
  const before: number[] = [];
  let total = 0;
  for (const ins of inserts) {
    before.push(total);
    shifted.push(ins.at + total);
    total += ins.text.length;
  }
  const map = (x: number): number => {
    let k = 0;
    while (k < shifted.length && shifted[k] < x) {
      if (x < shifted[k] + inserts[k].text.length) return shifted[k] - before[k];
      k++;
    }
    return x - (k < before.length ? before[k] : total);
  };
  // A `{` on the line after `for ...`, `if ...` or `func f()` is a syntax error in Go (a semicolon
  // is inserted); it is reported, and the line break replaced by spaces (offsets unchanged) so the
  // rest parses as Go's parser recovers.
  const braceErrors = newlineErrors(parser.parse(text).topNode, text).filter((e) => e.gap && /^\s*$/.test(text.slice(e.gap[0], e.gap[1])));
  for (const e of braceErrors) text = text.slice(0, e.gap![0]) + text.slice(e.gap![0], e.gap![1]).replace(/[\r\n]/g, ' ') + text.slice(e.gap![1]);
  const tree = parser.parse(text);
  const p = new Parser(text);
  p.braceErrors = braceErrors;
  p.syntaxErrors(tree.topNode);
  const file = p.file(tree.topNode);
  if (inserts.length) {
    const seen = new Set<object>();
    const walk = (o: unknown) => {
      if (!o || typeof o !== 'object' || seen.has(o as object)) return;
      seen.add(o as object);
      if (Array.isArray(o)) return o.forEach(walk);
      const r = o as Record<string, unknown>;
      for (const k of Object.keys(r)) {
        const v = r[k];
        if (typeof v === 'number' && POS_KEYS.includes(k)) r[k] = map(v);
        else if (typeof v === 'object') walk(v);
      }
      // The inserted `_` (empty once mapped back) is no key: `for range x` has none.
      const key = r.kind === 'Range' ? (r.key as A.Expr | null) : null;
      if (key && key.from === key.to) r.key = null;
    };
    walk(file.decls);
    walk(file.imports);
    for (const d of p.diags) {
      d.from = map(d.from);
      d.to = map(d.to);
    }
    // Strings decoded from the rewritten text are unaffected (the insertion is outside literals).
  }
  p.diags.sort((a, b) => a.from - b.from);
  return { file, diags: p.diags };
}
