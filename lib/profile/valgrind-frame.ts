// valgrind's frame strings, as DHAT's ftbl and massif's trees print them:
//   "0x1234AB: profiled::grow_vec (profiled.rs:15)"   (with debug info: file and line)
//   "0x48417B4: malloc (in /usr/libexec/valgrind/vgpreload_dhat-amd64-linux.so)"   (object only)
//   "[root]"
import type { Frame } from './model';

const WITH_LINE = /^(?:0x[0-9A-Fa-f]+: )?(.*) \(([^()]*?):(\d+)(?::\d+)?\)$/;
const IN_OBJECT = /^(?:0x[0-9A-Fa-f]+: )?(.*) \(in ([^()]*)\)$/;
const ADDR_ONLY = /^(?:0x[0-9A-Fa-f]+: )?(.*)$/;

export function parseValgrindFrame(text: string): Frame {
  let m = WITH_LINE.exec(text);
  if (m) return { function: m[1], file: m[2], line: Number(m[3]) };
  m = IN_OBJECT.exec(text);
  if (m) return { function: m[1], file: m[2], line: 0 };
  m = ADDR_ONLY.exec(text);
  return { function: m ? m[1] : text, file: '', line: 0 };
}
