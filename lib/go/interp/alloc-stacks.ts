// Allocation stacks as a Go heap profile shows them (RunOptions.stacks): the program's frames from
// the goroutine's root to the allocating line, leaf first in the profile. runtime/pprof
// (protomem.go, Go 1.23.5) drops the leading runtime.* frames (mallocgc, growslice, newobject...),
// so an append or a make lands on the learner's line; a library call keeps the library function
// as the leaf (fmt.Sprintf under main.f). The library's inner frames are approximated by the
// function the learner called (named by the site's reason); the runtime's own goroutines and mark
// workers get runtime-only stacks, as pprof shows them (runtime.malg under runtime.systemstack).

import type { AllocRecorder } from '../../runtime/alloc-profile';
import type { FrameRec } from './heap';

export const GO_FILE = '/tmp/prog.go';

/** Leaf-first library frames above the learner's frame, or a runtime-only stack (`detached`). */
interface LibFrames {
  frames: string[];
  detached?: boolean;
}

const RULES: [RegExp, LibFrames][] = [
  [/^runtime: GC background mark worker/, { frames: ['runtime.gcBgMarkWorker'], detached: true }],
  [/^runtime: a new goroutine \(newproc/, { frames: ['runtime.malg', 'runtime.newproc1', 'runtime.newproc.func1', 'runtime.systemstack'], detached: true }],
  [/^runtime: allgs grows/, { frames: ['runtime.allgadd', 'runtime.newproc1', 'runtime.newproc.func1', 'runtime.systemstack'], detached: true }],
  [/^fmt: new printer state/, { frames: ['fmt.init.func1', 'sync.(*Pool).Get', 'fmt.newPrinter'] }],
  [/^sync\.Pool internals.*fmt/, { frames: ['sync.(*Pool).pinSlow', 'sync.(*Pool).pin', 'sync.(*Pool).Get', 'fmt.newPrinter'] }],
  [/^fmt: the printer's buffer/, { frames: ['fmt.(*buffer).writeString'] }],
  [/^fmt: /, { frames: ['fmt.(*pp).printArg'] }],
  [/^bytes\.Buffer grows/, { frames: ['bytes.growSlice', 'bytes.(*Buffer).grow'] }],
  [/^strings\.Builder grows/, { frames: ['strings.(*Builder).grow'] }],
  [/^\(\*errors\.joinError\)\.Error/, { frames: ['errors.(*joinError).Error'] }],
];
/** "strconv.Itoa: ...", "fmt.Sprintf: ...": the reason names the library function first. */
const NAMED = /^([a-z][a-z0-9]*(?:\/[a-z0-9]+)?\.[A-Z]\w*)(?::|\s)/;

const cache = new Map<string, LibFrames | null>();
function libFrames(reason: string): LibFrames | null {
  let r = cache.get(reason);
  if (r !== undefined) return r;
  r = null;
  for (const [re, lf] of RULES) if (re.test(reason)) {
    r = lf;
    break;
  }
  if (!r) {
    const m = NAMED.exec(reason);
    if (m) r = { frames: [m[1]] };
  }
  cache.set(reason, r);
  return r;
}

/** traceback's names: main.f, main.main.func1, main.init.func1 (package-level literals). */
export const qualify = (name: string) => `main.${name.replace(/^glob\./, 'init.')}`;

/** The node of the frames below each running call (its callers, with their call lines), fixed
 * while the call runs: an allocation then interns only its own frame. */
const bases = new WeakMap<FrameRec, number>(); // FrameRecs are per call and per run: no stale entry

/** The interned stack (leaf node) of an allocation at `line` by the running goroutine. */
export function goAllocStack(rec: AllocRecorder, frames: FrameRec[], goid: number, reason: string, line: number): number {
  const lib = libFrames(reason);
  let node = -1;
  if (lib?.detached) {
    for (let i = lib.frames.length - 1; i >= 0; i--) node = rec.node(node, rec.frameId(lib.frames[i], '', 0));
    return node;
  }
  const n = frames.length;
  if (n > 0) {
    const top = frames[n - 1];
    let base = bases.get(top);
    if (base === undefined) {
      // The main goroutine's stack starts in runtime.main; a goroutine's at its function (pprof
      // drops runtime.goexit).
      base = goid === 1 ? rec.node(-1, rec.frameId('runtime.main', '', 0)) : -1;
      for (let i = 0; i < n - 1; i++) base = rec.node(base, rec.frameId(qualify(frames[i].name), GO_FILE, frames[i + 1].line));
      bases.set(top, base);
    }
    node = rec.node(base, rec.frameId(qualify(top.name), GO_FILE, line));
  } else if (goid === 1) node = rec.node(-1, rec.frameId('runtime.main', '', 0));
  if (lib) for (let i = lib.frames.length - 1; i >= 0; i--) node = rec.node(node, rec.frameId(lib.frames[i], '', 0));
  return node;
}
