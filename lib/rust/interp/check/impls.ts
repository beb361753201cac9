// impl blocks (rustc's collect + coherence, for the subset): inherent `impl S { … }` blocks give a
// struct its associated functions, methods and constants; `impl Drop for S` and
// `impl fmt::Display for S` attach the one method each trait has. Constants are checked here too.

import type { ConstDecl, FnDecl, ImplDecl } from '../ast';
import { T, fmtTy, prune, type Ty } from '../ty';
import { CheckError, Checker } from './checker';

declare module './checker' {
  interface Checker {
    implItems(im: ImplDecl): void;
    implSelf(im: ImplDecl | undefined): Ty | null;
    receiverTy(f: FnDecl): Ty | null;
    checkConsts(): void;
    constTy(c: ConstDecl): Ty;
  }
}

const STD_TYPES = new Set(['Vec', 'String', 'VecDeque', 'Box', 'Option', 'Bump', 'str', 'bool', 'char', 'f32', 'f64', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize']);

Checker.prototype.implItems = function (this: Checker, im: ImplDecl): void {
  const name = im.self.name;
  const s = this.structs.get(name);
  if (!s) {
    if (STD_TYPES.has(name)) this.err(im.self, 'cannot define inherent `impl` for a type outside of the crate where the type is defined');
    else this.err(im.self, `cannot find type \`${name}\` in this scope`);
    return;
  }
  if (im.trait && im.trait.name !== 'Drop' && im.trait.name !== 'Display') {
    this.traitImplQueue.push(im); // the program's own trait (check/traits.ts)
    return;
  }
  if (im.trait) {
    const want = im.trait.name === 'Drop' ? 'drop' : 'fmt';
    if ((im.trait.name === 'Drop' ? s.drop : s.display) !== null) {
      this.err({ from: im.from, to: im.self.to }, `conflicting implementations of trait \`${im.trait.name === 'Drop' ? 'Drop' : 'std::fmt::Display'}\` for type \`${name}\``);
      return;
    }
    for (const k of im.consts) this.err(k.nameSpan, `const \`${k.name}\` is not a member of trait \`${im.trait.name}\``, undefined, 'E0438');
    let found: FnDecl | null = null;
    for (const f of im.fns) {
      if (f.name !== want) {
        this.err(f, `method \`${f.name}\` is not a member of trait \`${im.trait.name}\``);
        continue;
      }
      f.key = `<${name} as ${im.trait.name}>::${f.name}`;
      found = f;
    }
    if (!found) {
      this.err({ from: im.from, to: im.self.to }, `not all trait items implemented, missing: \`${want}\``);
      return;
    }
    // The trait's signature: `fn drop(&mut self)`, `fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result`
    const sp = found.selfParam;
    const sig = im.trait.name === 'Drop' ? '`fn(&mut ' + name + ')`' : "`fn(&" + name + ", &mut Formatter<'_>) -> Result<(), std::fmt::Error>`";
    const okSelf = sp && sp.mode === (im.trait.name === 'Drop' ? 'mut' : 'ref');
    const okParams = im.trait.name === 'Drop' ? found.params.length === 0 && !found.ret : found.params.length === 1 && !!found.ret;
    if (!okSelf || !okParams) {
      this.err(found.nameSpan, `method \`${want}\` has an incompatible type for trait: expected signature ${sig}`, undefined, 'E0053');
      return;
    }
    if (im.trait.name === 'Drop') s.drop = found;
    else s.display = found;
    return;
  }
  for (const f of im.fns) {
    const prev = s.methods.get(f.name) ?? s.consts.get(f.name);
    if (prev) {
      // rustc points at the first definition
      this.err({ from: prev.from, to: prev.nameSpan.to }, `duplicate definitions with name \`${f.name}\``, [{ from: f.from, message: `other definition for \`${f.name}\`` }]);
      continue;
    }
    f.key = `${name}::${f.name}`;
    s.methods.set(f.name, f);
  }
  for (const k of im.consts) {
    const prev = s.methods.get(k.name) ?? s.consts.get(k.name);
    if (prev) {
      this.err({ from: prev.from, to: prev.nameSpan.to }, `duplicate definitions with name \`${k.name}\``, [{ from: k.from, message: `other definition for \`${k.name}\`` }]);
      continue;
    }
    s.consts.set(k.name, k);
  }
};

/** The struct type `Self` names in an impl block (null outside impls or for an unknown type). */
Checker.prototype.implSelf = function (this: Checker, im: ImplDecl | undefined): Ty | null {
  if (!im) return null;
  const s = this.structs.get(im.self.name);
  return s ? { k: 'struct', s } : null;
};

/** The type of a method's `self`: S, &S or &mut S. */
Checker.prototype.receiverTy = function (this: Checker, f: FnDecl): Ty | null {
  const sp = f.selfParam;
  const st = this.implSelf(f.impl);
  if (!sp || !st) return null;
  return sp.mode === 'value' ? st : { k: 'ref', mut: sp.mode === 'mut', e: st };
};

/** Type-checks every constant's value (in a context of its own: constants see no locals). */
Checker.prototype.checkConsts = function (this: Checker): void {
  for (const c of this.prog.consts) {
    if (this.consts.has(c.name) || this.fns.has(c.name)) this.err(c.nameSpan, `the name \`${c.name}\` is defined multiple times`);
    else this.consts.set(c.name, c);
  }
  const all = [...this.prog.consts, ...this.prog.impls.flatMap((im) => (im.trait ? [] : im.consts))];
  for (const c of all) this.constTy(c);
};

const busy = new WeakSet<ConstDecl>();

Checker.prototype.constTy = function (this: Checker, c: ConstDecl): Ty {
  // a constant whose value uses itself (rustc: E0391, a cycle when evaluating it)
  if (busy.has(c)) throw new CheckError({ from: c.from, to: c.nameSpan.to }, `cycle detected when checking if \`${c.name}\` is a trivial const`, undefined, 'E0391');
  const known = this.constTys.get(c);
  if (known) return known;
  const outer = this.cx;
  const outerSelf = this.selfTy;
  this.selfTy = this.implSelf(c.impl);
  const ty = this.safeType(c.ty);
  this.constTys.set(c, ty);
  this.cx = { nslots: 0, scopes: [new Map()], blocks: [], ret: T.unit, loops: [], scopeId: 0 };
  busy.add(c);
  try {
    this.coerceTo(c.value, ty);
    const v = prune(c.value.ty!);
    if (v.k === 'ref' && prune(v.e).k !== 'str') throw new CheckError(c.value, `constants of type \`${fmtTy(ty)}\` are not supported`);
  } catch (e) {
    if (!(e instanceof CheckError)) throw e;
    this.report(e);
  } finally {
    busy.delete(c);
    (c as { nslots?: number }).nslots = this.cx.nslots;
    this.cx = outer;
    this.selfTy = outerSelf;
  }
  return ty;
};

