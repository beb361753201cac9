// Allocation stacks of a Rust run (RunOptions.stacks): the program's functions from main to the
// allocating line, as valgrind's DHAT shows them once the allocator's and std's frames are cut
// (lib/profile/trim.ts): `main::grow_vec (main.rs:15)` above `main::main (main.rs:40)`. Calls are
// tracked only when stacks are asked for (Compiler.fn wraps each function then), so a default run
// pays nothing.

import { AllocRecorder } from '../../runtime/alloc-profile';

export const RUST_CRATE = 'main';
export const RUST_FILE = 'main.rs';

export class RustStacks {
  readonly rec = new AllocRecorder('rust');
  /** Frame ids of the running functions (the function's name and the line it calls from). */
  private names: string[] = [];
  private callLines: number[] = [];

  enter(name: string, callLine: number): void {
    this.names.push(name);
    this.callLines.push(callLine);
  }

  leave(): void {
    this.names.pop();
    this.callLines.pop();
  }

  /** The leaf node of an allocation at `line`: each frame's line is where it called the next one. */
  stack(line: number): number {
    const rec = this.rec;
    const n = this.names.length;
    let node = -1;
    for (let i = 0; i < n; i++) node = rec.node(node, rec.frameId(this.names[i], RUST_FILE, i === n - 1 ? line : this.callLines[i + 1]));
    if (n === 0) node = rec.node(node, rec.frameId(`${RUST_CRATE}::main`, RUST_FILE, line));
    return node;
  }
}

/** `main::grow_vec`, `main::Stack::push`, `main::shapes::area` (module path, then the checker's key). */
export function rustFnName(decl: { name: string; key?: string; mod?: string }): string {
  return `${RUST_CRATE}::${decl.mod ? `${decl.mod}::` : ''}${decl.key ?? decl.name}`;
}
