// Interface types and method sets (go/types interface.go, lookup.go: implements, missingMethod).

import type * as A from '../ast';
import { identical, tAny, tInvalid, typeString, underlying, type T } from '../types';
import { Checker, Scope, type FnInfo, type Info } from './checker';
import { methodSig } from './methods';
import { findMethod, lookupFieldOrMethod } from './lookup';

declare module './checker' {
  interface Checker {
    interfaceType(e: A.InterfaceTypeExpr, scope: Scope): T;
  }
}

type Sig = Extract<T, { k: 'func' }>;

Checker.prototype.interfaceType = function (this: Checker, e: A.InterfaceTypeExpr, scope: Scope): T {
  if (e.methods.length === 0 && e.embeds.length === 0 && e.unions.length === 0) return tAny;
  const sigs: Record<string, T> = {};
  for (const m of e.methods) {
    if (sigs[m.name.name]) this.err(m.name, `duplicate method ${m.name.name}`);
    else sigs[m.name.name] = this.funcType(m.type, scope);
  }
  for (const em of e.embeds) {
    const t = this.typeOf(em, scope);
    const u = underlying(t);
    if (t.k === 'invalid') continue;
    if (u.k !== 'iface') {
      this.err(em, `cannot use ${typeString(t)} as an embedded interface (type constraints are not supported yet)`);
      continue;
    }
    for (const name of u.methods) {
      const s = u.sigs?.[name];
      if (sigs[name] && s && !identical(sigs[name], s)) this.err(em, `duplicate method ${name}`);
      else if (s) sigs[name] = s;
    }
  }
  const unions = e.unions.map((u) => u.map((term) => ({ tilde: term.tilde, type: this.typeOf(term.type, scope) })));
  let comparableOnly = false;
  for (const em of e.embeds) {
    const u = underlying(this.info.types[em.id] ?? tInvalid);
    if (u.k === 'iface') {
      unions.push(...(u.unions ?? []));
      comparableOnly ||= !!u.comparableOnly;
    }
  }
  const t = ifaceOf(sigs) as Extract<T, { k: 'iface' }>;
  if (unions.length === 0 && !comparableOnly) return t;
  const text = unions.map((u) => u.map((term) => (term.tilde ? '~' : '') + typeString(term.type)).join(' | ')).join('; ');
  return { ...t, name: t.name === 'interface{}' ? `interface{${text}}` : t.name, unions, comparableOnly };
};

/** An interface type from its methods, named as types2 prints it: interface{M() int; N()}. */
export function ifaceOf(sigs: Record<string, T>): T {
  const methods = Object.keys(sigs).sort();
  const name = `interface{${methods.map((m) => m + typeString(sigs[m]).slice(4)).join('; ')}}`;
  return { k: 'iface', name, methods, sigs };
}

/** Why t does not implement the interface iface, as types2 words it in parentheses, or null when it does. */
export function missingMethod(info: Info, t: T, iface: T): string | null {
  const iu = underlying(iface) as Extract<T, { k: 'iface' }>;
  const vu = underlying(t);
  for (const name of iu.methods) {
    const want = iu.sigs?.[name];
    if (vu.k === 'iface') {
      if (!vu.methods.includes(name)) return `(missing method ${name})`;
      const have = vu.sigs?.[name];
      if (want && have && !identical(want, have)) return wrongType(name, have, want);
      continue;
    }
    const found = findMethod(info, t, name);
    if (!found) return `(missing method ${name})`;
    const fn = found.fn;
    if (!found.inSet) return `(method ${name} has pointer receiver)`;
    const have = methodSig(fn);
    if (want && !identical(have, want)) return wrongType(name, have, want);
  }
  return null;
}

function wrongType(name: string, have: T, want: T): string {
  return `(wrong type for method ${name})\n\t\thave ${name}${typeString(have).slice(4)}\n\t\twant ${name}${typeString(want).slice(4)}`;
}

/** The program's method `name` of t or *t (value and pointer receivers alike), also promoted through embedded fields. */
export function lookupMethodOf(info: Info, t: T, name: string): FnInfo | null {
  return findMethod(info, t, name)?.fn ?? null;
}

export type { Sig };

/**
 * The first method of iface that t has only as a method of an embedded interface field (promoted
 * through struct embedding). Calls through such a field work; satisfying an interface with it
 * would need the compiler's generated wrapper methods, which the playground does not have yet.
 */
export function methodFromEmbeddedIface(info: Info, t: T, iface: T): string | null {
  const iu = underlying(iface);
  if (iu.k !== 'iface' || underlying(t).k === 'iface') return null;
  for (const name of iu.methods) {
    if (findMethod(info, t, name)) continue;
    if (lookupFieldOrMethod(info, t, name)?.k === 'imethod') return name;
  }
  return null;
}
