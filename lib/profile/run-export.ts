// The write half of `npm run -s profile`: run a program with call stacks recorded and turn the run
// into its profile file (Go: pprof heap profile, Rust: DHAT JSON). Pure apart from the engine it is
// handed, so the CLI, the playground's worker and the tests share it.

import type { LangEngine } from '../runtime/engine';
import type { RunOptions, RunResult } from '../runtime/result';
import { exportDhat } from './export-dhat';
import { allocProfileToModel, exportPprof } from './export-pprof';
import { readDhat } from './dhat';
import type { Profile } from './model';

export interface ProfileRunArgs {
  file: string;
  lang: 'go' | 'rust';
  opts: RunOptions;
  pprof?: string;
  dhat?: string;
  json: boolean;
  top: number;
}

export function parseProfileRunArgs(argv: string[]): ProfileRunArgs {
  const out: Partial<ProfileRunArgs> & { opts: RunOptions } = { opts: {}, json: false, top: 20 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--gogc') {
      const v = value();
      if (v === 'off') out.opts.gogc = 'off';
      else if (/^\d+$/.test(v)) out.opts.gogc = Number(v);
      else throw new Error(`invalid --gogc "${v}": use a percentage or off`);
    } else if (a === '--pprof') out.pprof = value();
    else if (a === '--dhat') out.dhat = value();
    else if (a === '--json') out.json = true;
    else if (a === '--top') out.top = Number(value());
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else if (out.file) throw new Error(`one program at a time (got ${out.file} and ${a})`);
    else out.file = a;
  }
  if (!out.file || !/\.(go|rs)$/.test(out.file)) throw new Error('give a .go or .rs program');
  const lang = out.file.endsWith('.go') ? 'go' : 'rust';
  if (lang === 'go' && out.dhat) throw new Error('--dhat writes a Rust run\'s profile; a Go run writes --pprof');
  if (lang === 'rust' && out.pprof) throw new Error('--pprof writes a Go run\'s profile; a Rust run writes --dhat');
  return { ...out, file: out.file, lang } as ProfileRunArgs;
}

export interface ProfileRun {
  result: RunResult;
  /** The profile as the viewer reads it (null when the program did not run). */
  profile: Profile;
  pprof?: Uint8Array;
  dhat?: string;
}

/** Runs `source` with stacks recorded and encodes its profile in the language's format. */
export function profileRun(engine: LangEngine, lang: 'go' | 'rust', source: string, opts: RunOptions = {}): ProfileRun {
  const result = engine.run(source, { ...opts, stacks: true });
  return { result, ...profileOf(lang, result) };
}

/** The profile file of a finished run that recorded stacks. */
export function profileOf(lang: 'go' | 'rust', result: RunResult, command = lang === 'go' ? 'prog.go' : 'main.rs'): { profile: Profile; pprof?: Uint8Array; dhat?: string } {
  const ap = result.allocProfile ?? emptyProfile(lang);
  if (lang === 'go') return { profile: allocProfileToModel(ap), pprof: exportPprof(ap) };
  const dhat = exportDhat(ap, command);
  return { profile: readDhat(dhat), dhat };
}

function emptyProfile(lang: 'go' | 'rust') {
  return { lang, frames: [], parent: [], frame: [], buckets: [], endTime: 0, peakTime: 0, peakBytes: 0, peakBlocks: 0, inuseRule: 'the program did not run' };
}
