// The engines' nesting budget, checked on the source before anything parses it. Lezer's LR parsers
// give up on very deep nesting and long operator chains (they report syntax errors the real
// compilers do not), and the engines' checkers and compilers recurse over the tree: past these
// limits a program stops with a budget message at the place it crossed one, instead of a wrong
// syntax error or an overflow of the host's stack. Go and rustc accept deeper programs; the
// message says so.
//
// One thing deep nesting commonly is, parentheses around parentheses, costs nothing to undo in Go:
// stripRedundantParens() blanks them out (same length, so every position stays true).

import type { Diagnostic, RunResult } from './result';

export type NestLang = 'go' | 'rust';

/** Levels of ( [ { inside each other. */
export const MAX_NESTING = 200;
/** Prefix operators in a row (- - - x). */
export const MAX_UNARY_RUN = 200;
/** Operators in one expression (between ; , { } and, in Go, a line end that ends a statement). */
export const MAX_CHAIN = 500;

export interface NestingStop {
  /** Offset in the source where the limit was crossed. */
  offset: number;
  message: string;
}

interface Token {
  kind: 'open' | 'close' | 'op' | 'sep' | 'operand' | 'newline';
  ch: string;
  at: number;
}

const OPS = '+-*/%&|^<>=!~?:.@';

/** Yields the source's tokens as far as nesting cares, skipping comments, strings and runes/chars. */
function* scan(src: string, lang: NestLang): Generator<Token> {
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '\n') {
      yield { kind: 'newline', ch: c, at: i++ };
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && d === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && d === '*') {
      // Rust's block comments nest; Go's do not.
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (src[i] === '*' && src[i + 1] === '/') {
          depth--;
          i += 2;
        } else if (lang === 'rust' && src[i] === '/' && src[i + 1] === '*') {
          depth++;
          i += 2;
        } else i++;
      }
      yield { kind: 'operand', ch: ' ', at: i };
      continue;
    }
    if (lang === 'rust' && (c === 'r' || (c === 'b' && d === 'r')) && /^b?r#*"/.test(src.slice(i, i + 260))) {
      const m = /^b?r(#*)"/.exec(src.slice(i, i + 260))!;
      const close = '"' + m[1];
      const end = src.indexOf(close, i + m[0].length);
      const at = i;
      i = end < 0 ? n : end + close.length;
      yield { kind: 'operand', ch: '"', at };
      continue;
    }
    if (c === '"' || (lang === 'go' && c === '`') || (lang === 'rust' && c === 'b' && d === '"')) {
      const at = i;
      const q = c === 'b' ? '"' : c;
      i += c === 'b' ? 2 : 1;
      while (i < n && src[i] !== q) {
        if (src[i] === '\\' && q !== '`') i++;
        else if (src[i] === '\n' && lang === 'go' && q === '"') break;
        i++;
      }
      i++;
      yield { kind: 'operand', ch: '"', at };
      continue;
    }
    if (c === "'") {
      // Go: always a rune. Rust: a char ('x', '\n', '\u{..}') or a lifetime ('a).
      const m = /^'(?:\\(?:u\{[0-9A-Fa-f_]{1,8}\}|x[0-9A-Fa-f]{2}|.)|[^'\\\n])'/u.exec(src.slice(i, i + 16));
      if (m) {
        yield { kind: 'operand', ch: "'", at: i };
        i += m[0].length;
        continue;
      }
      if (lang === 'go') {
        const end = src.indexOf("'", i + 1);
        yield { kind: 'operand', ch: "'", at: i };
        i = end < 0 ? n : end + 1;
        continue;
      }
      i++;
      while (i < n && /[A-Za-z0-9_]/.test(src[i])) i++;
      yield { kind: 'operand', ch: 'a', at: i };
      continue;
    }
    if (/[A-Za-z0-9_\u0080-\uffff]/.test(c)) {
      const at = i;
      while (i < n && /[A-Za-z0-9_.\u0080-\uffff]/.test(src[i])) {
        // A number's exponent sign belongs to it (1e-9).
        if ((src[i] === 'e' || src[i] === 'E' || src[i] === 'p' || src[i] === 'P') && (src[i + 1] === '-' || src[i + 1] === '+') && /[0-9]/.test(src[at])) i++;
        i++;
      }
      yield { kind: 'operand', ch: src[at], at };
      continue;
    }
    if (c === '(' || c === '[' || c === '{') yield { kind: 'open', ch: c, at: i };
    else if (c === ')' || c === ']' || c === '}') yield { kind: 'close', ch: c, at: i };
    else if (c === ';' || c === ',') yield { kind: 'sep', ch: c, at: i };
    else if (OPS.includes(c)) {
      // Multi-character operators count once.
      const at = i;
      while (i + 1 < n && OPS.includes(src[i + 1]) && src[i + 1] !== '-' && src[i + 1] !== '!' && src[i + 1] !== '*' && src[i + 1] !== '&') i++;
      yield { kind: 'op', ch: src.slice(at, i + 1), at };
    }
    i++;
  }
}

/** What the real compiler does with deeper programs. */
const REAL: Record<NestLang, string> = {
  go: 'go1.23 accepts deeper programs',
  rust: 'rustc 1.95 goes somewhat deeper before its own stack overflows (at about 1,000 nested blocks or 2,000 parentheses)',
};

const deep = (what: string, limit: number, lang: NestLang) =>
  `${what} more than ${limit} levels deep: the simulator stops there (its budget for nesting). ${REAL[lang]}; nest less to run this one here.`;

/** The first place the source crosses a nesting limit, or null. */
export function checkNesting(src: string, lang: NestLang): NestingStop | null {
  let depth = 0;
  let unary = 0;
  let chain = 0;
  let last: Token | null = null;
  // `[]` in a type is a prefix too ([][][]int nests like - - - x): the run survives an empty pair.
  let unaryBeforeOpen = 0;
  for (const t of scan(src, lang)) {
    switch (t.kind) {
      case 'open':
        if (++depth > MAX_NESTING) return { offset: t.at, message: deep('This program nests brackets', MAX_NESTING, lang) };
        if (t.ch === '{') chain = 0;
        unaryBeforeOpen = unary;
        unary = 0;
        break;
      case 'close':
        depth = Math.max(0, depth - 1);
        if (t.ch === '}') chain = 0;
        if (t.ch === ']' && last?.kind === 'open' && last.ch === '[') {
          if ((unary = unaryBeforeOpen + 1) > MAX_UNARY_RUN) return { offset: t.at, message: deep('This type chains prefixes', MAX_UNARY_RUN, lang) };
        } else unary = 0;
        break;
      case 'sep':
        chain = 0;
        unary = 0;
        break;
      case 'newline':
        // Go ends a statement at a line end after an operand or a closing bracket.
        if (lang === 'go' && last && (last.kind === 'operand' || last.kind === 'close' || last.ch === '++' || last.ch === '--')) chain = 0;
        continue;
      case 'op':
        if (t.ch === '.' || t.ch === '::' || t.ch === ':' || t.ch === '?') break;
        if (++chain > MAX_CHAIN)
          return { offset: t.at, message: `This expression has more than ${MAX_CHAIN} operators: the simulator stops there (its budget for one expression). ${lang === 'go' ? 'go1.23' : 'rustc 1.95'} accepts longer ones; split it to run it here.` };
        if (!last || last.kind === 'op' || last.kind === 'open' || last.kind === 'sep' || (last.ch === ']' && unary > 0)) {
          if (++unary > MAX_UNARY_RUN) return { offset: t.at, message: deep('This expression chains prefix operators', MAX_UNARY_RUN, lang) };
        } else unary = 0; // a binary operator: the next one starts a run
        break;
      case 'operand':
        unary = 0;
        break;
    }
    last = t;
  }
  return null;
}

/**
 * Blanks out parentheses that only wrap another parenthesized group, ((x)) → ( x ), when the
 * program nests brackets past the budget: the meaning is the same in Go and in Rust (a group with
 * a comma, a Rust tuple, is never unwrapped), and every offset stays where it was.
 */
export function stripRedundantParens(src: string, lang: NestLang): string {
  const match = new Map<number, number>();
  const stack: number[] = [];
  let depth = 0;
  let maxDepth = 0;
  const commaIn = new Set<number>();
  for (const t of scan(src, lang)) {
    if (t.kind === 'open') {
      stack.push(t.ch === '(' ? t.at : -1);
      maxDepth = Math.max(maxDepth, ++depth);
    } else if (t.kind === 'close') {
      const open = stack.pop();
      depth--;
      if (open !== undefined && open >= 0 && t.ch === ')') match.set(open, t.at);
    } else if (t.kind === 'sep' && t.ch === ',' && stack.length > 0) commaIn.add(stack[stack.length - 1]);
  }
  if (maxDepth <= MAX_NESTING) return src;
  const out = src.split('');
  const nextNonSpace = (i: number) => {
    while (i < out.length && /\s/.test(out[i])) i++;
    return i;
  };
  const prevNonSpace = (i: number) => {
    while (i >= 0 && /\s/.test(out[i])) i--;
    return i;
  };
  for (const [open, close] of match) {
    // Unwrap every group that is the whole content of this one.
    let inner = nextNonSpace(open + 1);
    while (out[inner] === '(' && match.has(inner) && !commaIn.has(inner)) {
      const innerClose = match.get(inner)!;
      if (prevNonSpace(close - 1) !== innerClose) break;
      out[inner] = ' ';
      out[innerClose] = ' ';
      inner = nextNonSpace(inner + 1);
    }
  }
  return out.join('');
}

/** Where a stop is, as the editor and the CLI show positions (1-based line and UTF-16 column). */
export function stopPosition(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The source to parse and the nesting stop, if any. Go's redundant parentheses are blanked out
 * first (go1.23 compiles 5,000 of them); Rust's are not, since rustc itself overflows its stack on
 * 2,000 of them.
 */
export function nestingGate(source: string, lang: NestLang): { source: string; stop: (NestingStop & { line: number; column: number }) | null } {
  const stripped = lang === 'go' ? stripRedundantParens(source, lang) : source;
  const stop = checkNesting(stripped, lang);
  return { source: stripped, stop: stop && { ...stop, ...stopPosition(source, stop.offset) } };
}

/** A nesting stop as a diagnostic (the editor's marker) and a budget message (the output's). */
export function nestingStopParts(stop: NestingStop & { line: number; column: number }): { diagnostic: Diagnostic; budget: NonNullable<RunResult['budget']> } {
  return {
    diagnostic: { line: stop.line, column: stop.column, message: stop.message, severity: 'error' },
    budget: { kind: 'nesting', message: `Line ${stop.line}, column ${stop.column}: ${stop.message}` },
  };
}

/** A host stack overflow inside a compiler pass, caught as a last resort behind the nesting budget. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

export const STACK_OVERFLOW_MESSAGE = 'This program is nested too deeply for the simulator to compile (its checker ran out of stack): the simulator stops here. Nest less to run it here.';
