// Where a closure body uses a captured variable: the spans of rustc's closure labels (E0373's "`v` is
// borrowed here", E0382's "variable moved due to use in closure"). No Checker state: borrowck.ts uses it too.

/** Where a closure body first names one of `decls` (rustc's "`v` is borrowed here" / "variable moved due to use in closure"). */
export function firstUseIn(body: unknown, decls: Set<unknown>): number | null {
  let best: number | null = null;
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    if (Array.isArray(o)) {
      for (const x of o) walk(x);
      return;
    }
    const n = o as { k?: string; decl?: unknown; from?: number; info?: unknown; ty?: unknown };
    if (n.k === 'name' && n.decl && decls.has(n.decl) && n.from !== undefined && (best === null || n.from < best)) best = n.from;
    for (const [key, v] of Object.entries(n)) if (key !== 'decl' && key !== 'info' && key !== 'ty' && key !== 'fn' && key !== 'konst' && v && typeof v === 'object') walk(v);
  };
  walk(body);
  return best;
}
