// Benchmarks of the simulated runtimes (issue targets in brackets): interpreted statements per
// second [>= 5M/s], a 1,000,000-iteration append loop including the trace [<= 300 ms], and the trace
// memory for 1,000,000 allocation events [<= 64 MB].
import { runProgram, type Language } from '../lib/runtime/run';
import { Ev, TraceBuilder, traceBytes } from '../lib/runtime/trace';

function median(f: () => void, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function check(lang: Language, src: string) {
  const r = runProgram(lang, src, { stepBudget: 1e9 });
  if (r.exitCode !== 0) throw new Error(`${lang} benchmark program failed: ${r.stderr || r.diagnostics.map((d) => d.message).join('; ')}`);
  return r;
}

const N = 5_000_000;
const loops: [Language, string][] = [
  ['go', `package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n\tfor i := 0; i < ${N}; i++ {\n\t\tx += i\n\t}\n\tfmt.Println(x)\n}\n`],
  ['rust', `fn main() {\n    let mut x: u64 = 0;\n    for i in 0..${N}u64 {\n        x += i;\n    }\n    println!("{}", x);\n}\n`],
];
const appends: [Language, string][] = [
  ['go', `package main\n\nimport "fmt"\n\nfunc main() {\n\tvar s []int\n\tfor i := 0; i < 1000000; i++ {\n\t\ts = append(s, i)\n\t}\n\tfmt.Println(len(s), cap(s))\n}\n`],
  ['rust', `fn main() {\n    let mut v: Vec<u64> = Vec::new();\n    for i in 0..1000000u64 {\n        v.push(i);\n    }\n    println!("{} {}", v.len(), v.capacity());\n}\n`],
];

console.log('\nSimulated runtimes (median of 5 runs)');
for (const [lang, src] of loops) {
  check(lang, src);
  // One statement per iteration (x += i) plus the loop's own condition and post statement.
  const ms = median(() => runProgram(lang, src, { stepBudget: 1e9 }));
  console.log(`${lang.padEnd(5)} ${N.toLocaleString('en')}-iteration loop: ${ms.toFixed(0).padStart(5)} ms = ${((N / ms) * 1000 / 1e6).toFixed(1)} M loop bodies/s (target >= 5 M statements/s)`);
}
for (const [lang, src] of appends) {
  const r = check(lang, src);
  const ms = median(() => runProgram(lang, src, { stepBudget: 1e9 }));
  console.log(`${lang.padEnd(5)} 1,000,000 appends with trace: ${ms.toFixed(0).padStart(5)} ms, ${r.trace.length} events, stdout ${JSON.stringify(r.stdout.trim())} (target <= 300 ms)`);
}

// Rust iterator pipeline: lazy adaptors with two closure calls per element.
{
  const src = `fn main() {\n    let s = (0..1_000_000).map(|x| x * 2).filter(|x| x % 3 == 0).sum::<u64>();\n    println!("{}", s);\n}\n`;
  const r = check('rust', src);
  if (r.stdout.trim() !== '333333666666') throw new Error(`iterator pipeline printed ${r.stdout}`);
  const ms = median(() => runProgram('rust', src, { stepBudget: 1e9 }));
  console.log(`rust  (0..1_000_000).map(|x| x * 2).filter(|x| x % 3 == 0).sum::<u64>(): ${ms.toFixed(0).padStart(5)} ms (target <= 1000 ms)`);
}

// Goroutines: a pool of 8 workers fed through buffered channels, 1,000,000 channel operations
// (250,000 jobs sent and received, 250,000 results sent and received).
const pool = `package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc main() {\n\tjobs := make(chan int, 64)\n\tresults := make(chan int, 64)\n\tvar wg sync.WaitGroup\n\tfor w := 0; w < 8; w++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tfor j := range jobs {\n\t\t\t\tresults <- j * 2\n\t\t\t}\n\t\t\twg.Done()\n\t\t}()\n\t}\n\tgo func() {\n\t\tfor i := 0; i < 250000; i++ {\n\t\t\tjobs <- i\n\t\t}\n\t\tclose(jobs)\n\t}()\n\tgo func() {\n\t\twg.Wait()\n\t\tclose(results)\n\t}()\n\tsum := 0\n\tfor r := range results {\n\t\tsum += r\n\t}\n\tfmt.Println(sum)\n}\n`;
{
  const r = check('go', pool);
  if (r.stdout.trim() !== '62499750000') throw new Error(`worker pool printed ${r.stdout}`);
  const ms = median(() => runProgram('go', pool, { stepBudget: 1e9 }));
  console.log(`go    worker pool of 8 goroutines, 1,000,000 channel operations: ${ms.toFixed(0).padStart(5)} ms (target <= 2000 ms)`);
}

// Trace memory: a million allocation events, as the bytes of the events and as the bytes of the
// buffers the trace holds (the events plus the builder's spare capacity, which travels with them).
const tb = new TraceBuilder(2_000_000);
for (let i = 0; i < 1_000_000; i++) tb.push(Ev.Alloc, i * 10, 1 + (i % 50), 64, i, 1);
const tr = tb.finish();
const held = [tr.kind, tr.time, tr.line, tr.a, tr.b, tr.c].reduce((s, a) => s + a.buffer.byteLength, 0);
console.log(`trace of 1,000,000 alloc events: ${(traceBytes(tr) / 1e6).toFixed(1)} MB of events, ${(held / 1e6).toFixed(1)} MB of buffers held (target <= 64 MB)`);
