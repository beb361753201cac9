// The declarations the parser reads as text: `use` of std (written without spaces, `usestd::…;`: the
// std names a program imports, which the checker reads from `prog.imports`, `bumpalo::Bump`, or the
// message for a `use` outside the subset; the program's own modules are read by modules.ts first) and
// attributes (`#[derive(..)]`, `#[repr(..)]`, `#[allow(..)]`).

/** What `use std::sync::…` / `use std::thread…` may name (check/threads.ts, std-thread.ts, std-sync.ts, std-chan.ts). */
const SYNC_NAMES = new Set(['thread', 'JoinHandle', 'Arc', 'Weak', 'Mutex', 'RwLock', 'mpsc', 'Sender', 'SyncSender', 'Receiver', 'atomic', 'AtomicUsize', 'AtomicU64', 'AtomicU32', 'AtomicI32', 'AtomicI64', 'AtomicBool', 'Ordering']);

export interface UseRead {
  imports: string[];
  usesBump?: true;
  /** The declaration is outside the subset. */
  error?: string;
}

/** Reads one `use` declaration, its text with the whitespace removed. */
export function readUse(t: string): UseRead {
  const imports: string[] = [];
  const im = /^usestd::(?:collections|rc|cell|sync|sync::atomic|sync::mpsc|thread)::(?:(\w+)|\{([\w,]+)\});$/.exec(t) ?? /^usestd::(?:cmp|borrow)::(Reverse|Cow);$/.exec(t);
  if (im) imports.push(...(im[1] ? [im[1]] : im[2].split(',')));
  if (im && /^usestd::rc::/.test(t)) return { imports };
  const sy = /^usestd::(?:sync::(?:atomic::)?)?\{?([\w,:{}]+?)\}?;$/.exec(t);
  if (sy && /^usestd::(sync|thread)/.test(t)) {
    // `use std::sync::{Arc, Mutex, atomic::{AtomicUsize, Ordering}};`, `use std::thread;` (check/threads.ts)
    const names = sy[1].split(/[,:{}]+/).filter(Boolean);
    const bad = names.find((n) => !SYNC_NAMES.has(n));
    return bad ? { imports, error: `${bad} is not supported` } : { imports: [...imports, ...names] };
  }
  const cmpUse = /^usestd::cmp::(?:Ordering|\{((?:Ordering|Reverse)(?:,(?:Ordering|Reverse))*)\});$/.exec(t); // check/ordering.ts
  if (cmpUse) return { imports: [...imports, ...(cmpUse[1] ?? 'Ordering').split(',').map((n) => (n === 'Ordering' ? 'cmp::Ordering' : n))] };
  if (t === 'usebumpalo::Bump;') return { imports, usesBump: true };
  if (/^usestd::num::(ParseIntError|ParseFloatError|\{(ParseIntError|ParseFloatError)(,(ParseIntError|ParseFloatError))*\});$/.test(t)) return { imports };
  const known =
    t === 'usestd::collections::VecDeque;' ||
    t === 'usestd::cmp::Reverse;' ||
    t === 'usestd::borrow::Cow;' ||
    t === 'usestd::mem;' ||
    t === 'usestd::rc::Rc;' ||
    /^usestd::cell::(RefCell|Cell|\{(RefCell|Cell)(,(RefCell|Cell))*\});$/.test(t) ||
    /^usestd::collections::(\w+|\{\w+(,\w+)*\});$/.test(t) ||
    /^usestd::ops::((Add|Sub|Mul)|\{(Add|Sub|Mul)(,(Add|Sub|Mul))*\});$/.test(t) ||
    /^usestd::fmt(::(Display|Formatter)|::\{(self|Display|Formatter)(,(self|Display|Formatter))*\})?;$/.test(t);
  if (known) return { imports };
  const m = /Arc|Weak|Mutex/.exec(t);
  return { imports, error: m ? `${m[0]} is not supported` : `this use declaration is not supported (only \`use bumpalo::Bump;\`, \`use std::collections::VecDeque;\`, \`use std::mem;\` and \`use std::fmt;\`)` };
}

/** `#[derive(A, B)]` adds A and B, `#[repr(C)]` / `#[repr(u8)]` adds `repr(C)` / `repr(u8)`, `#[allow(..)]` nothing; the rest are errors. */
export function readAttributes(attrs: string[]): { derives: string[]; unsupported: { length: number; body: string }[] } {
  const derives: string[] = [];
  const unsupported: { length: number; body: string }[] = [];
  for (const a of attrs) {
    const body = a.replace(/\s+/g, ' ').replace(/^#?\s*\[?\s*/, '').replace(/\s*\]?$/, '');
    const m = /^derive\s*\(([^)]*)\)$/.exec(body);
    if (m) derives.push(...m[1].split(',').map((s) => s.trim()).filter(Boolean));
    else if (/^repr\s*\((C|[ui](8|16|32|64|size))\)$/.test(body)) derives.push(body.replace(/\s/g, ''));
    else if (!/^allow\s*\(/.test(body)) unsupported.push({ length: a.length, body });
  }
  return { derives, unsupported };
}
