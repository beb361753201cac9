import { describe, expect, it } from 'vitest';
import { markerData } from './markers';

const model = (lines: string[]) => ({ getLineCount: () => lines.length, getLineMaxColumn: (l: number) => lines[l - 1].length + 1 });
const sev = { error: 8, warning: 4 };

describe('markerData', () => {
  it('puts a diagnostic at its line and column, with its range', () => {
    const m = markerData([{ line: 2, column: 13, endLine: 2, endColumn: 14, message: 'syntax error', severity: 'error' }], model(['fn main() {', '    let x = ;', '}']), sev);
    expect(m).toEqual([{ startLineNumber: 2, startColumn: 13, endLineNumber: 2, endColumn: 14, message: 'syntax error', severity: 8, source: 'heaplab' }]);
  });

  it('clamps out-of-range positions and widens empty ranges', () => {
    const [m] = markerData([{ line: 9, column: 50, message: 'x', severity: 'warning' }], model(['ab', 'cd']), sev);
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 3, endLineNumber: 2, endColumn: 4, severity: 4 });
    const [z] = markerData([{ line: 1, column: 2, endLine: 1, endColumn: 2, message: 'y', severity: 'error' }], model(['ab']), sev);
    expect([z.startColumn, z.endColumn]).toEqual([2, 3]);
  });

  it('keeps rustc codes and notes as related information', () => {
    const uri = { path: '/a.rs' };
    const [m] = markerData(
      [{ line: 3, column: 5, message: 'borrow of moved value', severity: 'error', code: 'E0382', notes: [{ line: 2, column: 9, message: 'value moved here' }] }],
      model(['a', 'b', 'c']),
      sev,
      uri,
    );
    expect(m.code).toBe('E0382');
    expect(m.relatedInformation).toEqual([{ resource: uri, startLineNumber: 2, startColumn: 9, endLineNumber: 2, endColumn: 10, message: 'value moved here' }]);
  });
});
