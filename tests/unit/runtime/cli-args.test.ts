import { describe, expect, it } from 'vitest';
import { parseBytes, parseScenarioArgs } from '@/lib/runtime/cli-args';

describe('scenario runner flags', () => {
  it('reads a file and every option, in both spellings', () => {
    expect(parseScenarioArgs(['a.go', '--gogc', '50', '--memlimit=64MiB', '--gomaxprocs', '2', '--json'])).toEqual({
      file: 'a.go',
      json: true,
      opts: { gogc: 50, memlimit: 64 * 1024 * 1024, gomaxprocs: 2 },
    });
    expect(parseScenarioArgs(['--gogc=off', 'b.rs']).opts.gogc).toBe('off');
    expect(parseScenarioArgs(['--gogc', '-1', 'b.rs']).opts.gogc).toBe('off');
  });

  it('rejects what it cannot use, with a message', () => {
    expect(() => parseScenarioArgs([])).toThrow(/usage/);
    expect(() => parseScenarioArgs(['a.py'])).toThrow(/\.go or \.rs/);
    expect(() => parseScenarioArgs(['a.go', '--gogc', 'lots'])).toThrow(/invalid --gogc/);
    expect(() => parseScenarioArgs(['a.go', '--gomaxprocs', '0'])).toThrow(/1 to 256/);
    expect(() => parseScenarioArgs(['a.go', '--memlimit'])).toThrow(/needs a value/);
    expect(() => parseScenarioArgs(['a.go', 'b.go'])).toThrow(/one program/);
    expect(() => parseScenarioArgs(['a.go', '--fast'])).toThrow(/unknown option/);
  });

  it('parses GOMEMLIMIT-style sizes', () => {
    expect(parseBytes('67108864')).toBe(67108864);
    expect(parseBytes('64MiB')).toBe(67108864);
    expect(parseBytes('1GiB')).toBe(2 ** 30);
    expect(parseBytes('20MB')).toBe(20e6);
    expect(() => parseBytes('64 megs')).toThrow(/invalid memory limit/);
  });
});
