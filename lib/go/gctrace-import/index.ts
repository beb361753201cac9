// The gctrace importer for the GC lab and the CLI: parse a GODEBUG=gctrace=1 log, fit a workload to
// it, replay that workload through the GC model under other settings.
export { parseGctrace, markCpuUs, type GctraceCycle, type GctraceLine, type GctraceParseResult, type GctraceRuntimeLine } from './parse';
export { fitWorkload, memoryLimitGoal, type GctraceFit } from './fit';
export { replay, replayError, REPLAY_SIMPLIFICATIONS, type ReplayError, type ReplayResult, type ReplaySettings } from './replay';
export { analyzeGctrace, gctraceJson, gctraceText, type GctraceReport } from './cli';
