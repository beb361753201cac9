// Type expressions and named types (go/types typexpr.go, decl.go typeDecl).

import type * as A from '../ast';
import { missingMemberMessage, STD_PACKAGES } from '../std';
import { tInvalid, underlying, type StructField, type T } from '../types';
import { Checker, type TypeObj, Scope } from './checker';

declare module './checker' {
  interface Checker {
    resolveNamedType(name: string): T;
    directlyContains(t: T, target: T): boolean;
    typeOf(e: A.Expr, scope: Scope): T;
    typeExprOrNull(e: A.Expr, scope: Scope): T | null;
    funcType(e: A.FuncTypeExpr, scope?: Scope): Extract<T, { k: 'func' }>;
  }
}

Checker.prototype.resolveNamedType = function (this: Checker, name: string): T {
  const existing = this.pkg.names.get(name);
  if (existing && existing.kind === 'type') return existing.type;
  const spec = this.typeDeclsPending.get(name);
  if (!spec) return tInvalid;
  if (spec.alias) {
    if (this.resolving.has(name)) {
      this.err(spec.name, `invalid recursive type alias ${name}`);
      return tInvalid;
    }
    this.resolving.add(name);
    const t = this.typeOf(spec.type, this.pkg);
    this.resolving.delete(name);
    this.pkg.names.set(name, { kind: 'type', name, type: t, pos: spec.name.from });
    return t;
  }
  const t: Extract<T, { k: 'named' }> = { k: 'named', name, pkg: 'main', underlying: tInvalid };
  const obj: TypeObj = { kind: 'type', name, type: t, pos: spec.name.from };
  this.pkg.names.set(name, obj);
  this.info.defs[spec.name.id] = obj;
  this.resolving.add(name);
  t.underlying = underlying(this.typeOf(spec.type, this.pkg));
  this.resolving.delete(name);
  if (this.directlyContains(t.underlying, t)) {
    this.err(spec.name, `invalid recursive type ${name}`);
    t.underlying = tInvalid;
  }
  return t;
};

Checker.prototype.directlyContains = function (this: Checker, t: T, target: T): boolean {
  if (t === target) return true;
  if (t.k === 'struct') return t.fields.some((f) => this.directlyContains(f.type, target));
  if (t.k === 'array') return this.directlyContains(t.elem, target);
  return false;
};

Checker.prototype.typeOf = function (this: Checker, e: A.Expr, scope: Scope): T {
  const t = this.typeExprOrNull(e, scope);
  if (t === null) {
    this.err(e, `${this.text(e)} is not a type`);
    return tInvalid;
  }
  return t;
};

/** The type an expression denotes, or null if it is not a type expression. */
Checker.prototype.typeExprOrNull = function (this: Checker, e: A.Expr, scope: Scope): T | null {
  switch (e.kind) {
    case 'Ident': {
      const o = scope.lookup(e.name);
      if (!o) {
        if (this.typeDeclsPending.has(e.name)) return this.resolveNamedType(e.name);
        return null;
      }
      if (o.kind === 'type') {
        this.info.uses[e.id] = o;
        if (o.generic) {
          const tps = o.generic.spec.typeParams!.map((tp) => `${tp.name.name} ${this.text(tp.constraint)}`).join(', ');
          this.err(e, `cannot use generic type ${o.name}[${tps}] without instantiation`);
          return tInvalid;
        }
        return o.type;
      }
      if (this.typeDeclsPending.has(e.name) && scope.lookup(e.name) === this.pkg.names.get(e.name)) return this.resolveNamedType(e.name);
      return null;
    }
    case 'Paren':
      return this.typeExprOrNull(e.x, scope);
    case 'Instance': {
      const o = e.x.kind === 'Ident' ? scope.lookup(e.x.name) : undefined;
      if (o?.kind !== 'type' || !o.generic) return null;
      this.info.uses[e.x.id] = o;
      return this.instantiateType(o, e.args.map((a) => this.typeOf(a, scope)), e);
    }
    case 'Unary':
      if (e.op === '*') {
        const el = this.typeExprOrNull(e.x, scope);
        return el === null ? null : { k: 'ptr', elem: el };
      }
      return null;
    case 'PointerType':
      return { k: 'ptr', elem: this.typeOf(e.elem, scope) };
    case 'ChanType':
      return { k: 'chan', elem: this.typeOf(e.elem, scope), dir: e.dir };
    case 'SliceType':
      return { k: 'slice', elem: this.typeOf(e.elem, scope) };
    case 'ArrayType': {
      const elem = this.typeOf(e.elem, scope);
      if (e.len === null) return { k: 'array', len: -1, elem }; // [...]T, fixed by the literal
      const op = this.expr(e.len, scope);
      if (op.mode !== 'const' || !op.val || (op.val.k !== 'int' && !(op.val.k === 'float' && Number.isInteger(op.val.v)))) {
        this.err(e.len, `array length ${this.text(e.len)} (${this.describeShort(op, e.len)}) must be constant`);
        return { k: 'array', len: 0, elem };
      }
      const n = Number(op.val.k === 'int' ? op.val.v : op.val.v);
      if (n < 0) {
        this.err(e.len, `invalid array length ${this.text(e.len)}`);
        return { k: 'array', len: 0, elem };
      }
      return { k: 'array', len: n, elem };
    }
    case 'StructType': {
      const fields: StructField[] = [];
      const seen = new Set<string>();
      for (const f of e.fields) {
        const t = this.typeOf(f.type, scope);
        if (f.embedded) {
          // types2 struct.go: the field's name is the type name (without * and package).
          const te = f.type.kind === 'PointerType' ? f.type.elem : f.type;
          const name = te.kind === 'Ident' ? te.name : te.kind === 'QualifiedType' ? te.name : te.kind === 'Selector' ? te.sel : '_';
          const u = underlying(t.k === 'ptr' ? t.elem : t);
          if (t.k === 'ptr' && (u.k === 'iface' || u.k === 'ptr')) this.err(f.type, `embedded field type cannot be a pointer to an interface`);
          else if (t.k !== 'ptr' && underlying(t).k === 'ptr') this.err(f.type, 'embedded field type cannot be a pointer');
          if (seen.has(name)) this.err(f.type, `${name} redeclared`);
          seen.add(name);
          fields.push({ name, type: t, embedded: true });
          continue;
        }
        for (const n of f.names) {
          if (seen.has(n.name) && n.name !== '_') this.err(n, `${n.name} redeclared`);
          seen.add(n.name);
          fields.push({ name: n.name, type: t });
        }
      }
      return { k: 'struct', fields };
    }
    case 'FuncType':
      return this.funcType(e, scope);
    case 'InterfaceType':
      return this.interfaceType(e, scope);
    case 'MapType':
      return this.mapType(e, scope);
    case 'QualifiedType':
    case 'Selector': {
      const pkgName = e.kind === 'QualifiedType' ? e.pkg : e.x.kind === 'Ident' ? e.x.name : null;
      const name = e.kind === 'QualifiedType' ? e.name : e.sel;
      if (pkgName === null) return null;
      const p = scope.lookup(pkgName);
      if (!p || p.kind !== 'pkg') return null;
      p.used = true;
      const m = STD_PACKAGES[p.path]?.[name];
      if (!m) {
        this.err(e.kind === 'Selector' ? e.selFrom : e.to - name.length, missingMemberMessage(p.path, pkgName, name));
        return tInvalid;
      }
      if (m.kind !== 'type') return null;
      return m.type;
    }
    case 'BadExpr':
      return tInvalid;
    default:
      return null;
  }
};

Checker.prototype.funcType = function (this: Checker, e: A.FuncTypeExpr, scope: Scope = this.pkg): Extract<T, { k: 'func' }> {
  const params: T[] = [];
  let variadic = false;
  e.params.forEach((p, i) => {
    let t = this.typeOf(p.type, scope);
    if (p.variadic) {
      if (i !== e.params.length - 1) this.err(p, 'can only use ... with final parameter in list');
      variadic = true;
      t = { k: 'slice', elem: t };
    }
    params.push(t);
  });
  const results = e.results.map((r) => this.typeOf(r.type, scope));
  return { k: 'func', params, results, variadic };
};
