// Figures typed by hand in a lesson's prose: a number with a unit of memory or a count the runtime
// determines (bytes, KiB, allocations, cycles, "capacity N"). Code blocks, inline code and JSX elements
// (where figure components print model values) are blanked first, so only hand-typed text is left.
// The content test holds each one to the model (tests/unit/content/hand-figures.test.ts).

export interface ProseFigure {
  /** The figure as written, spaces normalised: "32 768 bytes", "capacity 5". */
  text: string;
  /** Its value in base units (bytes, or a count). */
  value: number;
  line: number;
}

const UNIT = String.raw`B|bytes?|KiB|MiB|GiB|KB|MB|GB|kB|allocations?|allocs|allocator calls|(?:GC )?cycles|goroutines|objects|frees|reallocations?|elements`;
const NUM = String.raw`\d(?:[\d\u202f\u00a0 ,.]*\d)?`;
// Not a version: "rustc 1.95 allocation for allocation".
const FIGURE = new RegExp(String.raw`(?<![\w.\-/])(?<!(?:rustc|Rust|Go|go|version) )(${NUM})[\s-]?(${UNIT})\b|\b(?:capacity|cap) (?:of )?(${NUM})\b`, 'g');
const SCALE: Record<string, number> = { KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, KB: 1000, kB: 1000, MB: 1000 ** 2, GB: 1000 ** 3 };

const blank = (m: string) => m.replace(/[^\n]/g, ' ');

export function proseFigures(mdx: string): ProseFigure[] {
  const prose = mdx
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<[A-Z]\w*\b[\s\S]*?\/>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
  const out: ProseFigure[] = [];
  prose.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(FIGURE)) {
      const digits = (m[1] ?? m[3]).replace(/[\u202f\u00a0 ,]/g, '');
      const value = Number(digits) * (m[2] ? SCALE[m[2]] ?? 1 : 1);
      out.push({ text: m[0].replace(/[\u202f\u00a0]/g, ' '), value, line: i + 1 });
    }
  });
  return out;
}
