// `npm run gctrace`: the prebuilt bundle of scripts/gctrace.mts, rebuilt when a source is newer
// (the same launcher as `npm run scenario`).
globalThis.__heaplabCliTool = 'gctrace';
await import('./scenario.mjs');
