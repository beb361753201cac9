// Well-formed mutations of a Go or Rust program, for the engines' property tests: they change
// integer literals (within the same magnitude, never to or from zero, bytes stay bytes) and swap
// comparison and additive operators for their neighbours, leaving comments, strings and the
// program's shape alone, so most mutated programs still compile and run.

export type MutLang = 'go' | 'rust';

export interface Mutation {
  /** Which site (an index modulo the number of sites). */
  at: number;
  /** A random number that picks the new literal or operator. */
  r: number;
}

interface Site {
  from: number;
  to: number;
  kind: 'int' | 'op';
  text: string;
}

const SWAPS: Record<string, string[]> = { '<': ['<='], '<=': ['<'], '>': ['>='], '>=': ['>'], '+': ['-'], '-': ['+'] };

/** The places a mutation may touch: integer literals and the operators of SWAPS used as binary operators. */
export function mutationSites(src: string, lang: MutLang): Site[] {
  const sites: Site[] = [];
  let i = 0;
  let prevOperand = false;
  while (i < src.length) {
    const c = src[i];
    const rest = src.slice(i, i + 3);
    if (rest.startsWith('//')) {
      i = src.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (rest.startsWith('/*')) {
      const e = src.indexOf('*/', i + 2);
      i = e < 0 ? src.length : e + 2;
      continue;
    }
    if (c === '"' || c === '`' || (c === "'" && (lang === 'go' || /^'(\\.|[^'\\])'/.test(src.slice(i, i + 4))))) {
      const q = c;
      i++;
      while (i < src.length && src[i] !== q) i += src[i] === '\\' && q !== '`' ? 2 : 1;
      i++;
      prevOperand = true;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < src.length && /[A-Za-z0-9_]/.test(src[i])) i++;
      prevOperand = true;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0[xXoObB][0-9A-Fa-f_]+|[0-9][0-9_]*)(\.[0-9]|[eE])?/.exec(src.slice(i))!;
      // Integers in decimal only (not floats, not hex), with any Rust suffix left in place.
      if (!m[2] && /^[0-9][0-9_]*$/.test(m[1]) && src[i - 1] !== '.') sites.push({ from: i, to: i + m[1].length, kind: 'int', text: m[1] });
      i += m[0].length;
      while (i < src.length && /[A-Za-z0-9_]/.test(src[i])) i++;
      prevOperand = true;
      continue;
    }
    const op = /^(<=|>=|<<|>>|<-|->|=>|\+\+|--|\+=|-=|&&|\|\||::|[<>+-])/.exec(src.slice(i))?.[0];
    if (op) {
      // Binary use only (an operand on the left, a space on both sides: not generics, not unary).
      if (SWAPS[op] && prevOperand && src[i - 1] === ' ' && src[i + op.length] === ' ') sites.push({ from: i, to: i + op.length, kind: 'op', text: op });
      i += op.length;
      prevOperand = false;
      continue;
    }
    prevOperand = c === ')' || c === ']' ? true : /\s/.test(c) ? prevOperand : false;
    i++;
  }
  return sites;
}

function newInt(text: string, r: number): string {
  const old = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(old) || old === 0) return text;
  const cap = old <= 255 ? 255 : 2 * old + 2;
  return String(1 + (r % cap));
}

/** Applies the mutations, each to a site picked by `at`; the sites are found once, on the original. */
export function mutateWellFormed(src: string, lang: MutLang, muts: Mutation[]): string {
  const sites = mutationSites(src, lang);
  if (sites.length === 0) return src;
  const chosen = new Map<number, string>();
  for (const m of muts) {
    const s = sites[m.at % sites.length];
    chosen.set(s.from, s.kind === 'int' ? newInt(s.text, m.r) : SWAPS[s.text][m.r % SWAPS[s.text].length]);
  }
  let out = '';
  let at = 0;
  for (const s of sites) {
    if (!chosen.has(s.from)) continue;
    out += src.slice(at, s.from) + chosen.get(s.from);
    at = s.to;
  }
  return out + src.slice(at);
}
