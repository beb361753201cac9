// The Go run worker: only the Go engine, so a Go program never waits for the Rust one to load.
import { checkGo, runGo } from '@/lib/go/interp';
import { serveEngine } from '@/lib/playground/worker-core';

serveEngine(self as unknown as Parameters<typeof serveEngine>[0], 'go', { run: (_lang, source, opts) => runGo(source, opts), check: (_lang, source) => checkGo(source) });
