import type { RunOptions } from './result';

// Parses the scenario runner's flags (pure, so the tests can check it without spawning a process).

export interface ScenarioArgs { file: string; json: boolean; opts: RunOptions }

const UNITS: Record<string, number> = { B: 1, KiB: 1 << 10, MiB: 1 << 20, GiB: 1 << 30, TiB: 2 ** 40, KB: 1e3, MB: 1e6, GB: 1e9 };

/** GOMEMLIMIT syntax: a byte count with an optional unit suffix (B, KiB, MiB, GiB, TiB, KB, MB, GB). */
export function parseBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?$/.exec(s.trim());
  if (!m || (m[2] && !(m[2] in UNITS))) throw new Error(`invalid memory limit "${s}": use a byte count such as 67108864 or 64MiB`);
  return Math.floor(Number(m[1]) * (m[2] ? UNITS[m[2]] : 1));
}

export function parseScenarioArgs(argv: string[]): ScenarioArgs {
  const opts: RunOptions = {};
  let file: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--gctrace':
        opts.gctrace = true;
        break;
      case '--gogc': {
        const v = value();
        if (v === 'off') opts.gogc = 'off';
        else if (/^-?\d+$/.test(v)) opts.gogc = Number(v) < 0 ? 'off' : Number(v);
        else throw new Error(`invalid --gogc "${v}": use a percentage or off`);
        break;
      }
      case '--memlimit':
        opts.memlimit = parseBytes(value());
        break;
      case '--gomaxprocs': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) throw new Error(`invalid --gomaxprocs "${v}": use 1 to 256`);
        opts.gomaxprocs = Number(v);
        break;
      }
      default:
        if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
        if (file) throw new Error(`one program at a time (got ${file} and ${a})`);
        file = a;
    }
  }
  if (!file) throw new Error('usage: npm run -s scenario -- FILE.go|FILE.rs [--gogc N|off] [--memlimit BYTES|64MiB] [--gomaxprocs N] [--gctrace] [--json]');
  if (!/\.(go|rs)$/.test(file)) throw new Error(`${file}: the runner takes a .go or .rs file`);
  return { file, json, opts };
}
