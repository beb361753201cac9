// The Rust run worker: only the Rust engine, so a Rust program never waits for the Go one to load.
import { checkRust, runRust } from '@/lib/rust/interp';
import { serveEngine } from '@/lib/playground/worker-core';

serveEngine(self as unknown as Parameters<typeof serveEngine>[0], 'rust', { run: (_lang, source, opts) => runRust(source, opts), check: (_lang, source) => checkRust(source) });
