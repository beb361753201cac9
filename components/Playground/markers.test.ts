import { describe, expect, it } from 'vitest';
import { markerData, spanEnd } from './markers';

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

  it('shows each note (a labelled span) as a hint marker at its position, except the primary one', () => {
    const lines = ['fn main() {', '    let mut v = vec![1];', '    let first = &v[0];', '    v.push(4);', '    println!("{}", first);', '}'];
    const m = model(lines);
    const withText = { ...m, getLineContent: (l: number) => lines[l - 1] };
    const d = {
      line: 4,
      column: 5,
      message: 'cannot borrow `v` as mutable because it is also borrowed as immutable',
      severity: 'error' as const,
      code: 'E0502',
      notes: [
        { line: 4, column: 5, message: 'mutable borrow occurs here' },
        { line: 3, column: 18, message: 'immutable borrow occurs here' },
        { line: 5, column: 20, message: 'immutable borrow later used here' },
      ],
    };
    const ms = markerData([d], withText, { ...sev, hint: 1 }, { path: '/a.rs' });
    expect(ms).toHaveLength(3);
    expect(ms[0]).toMatchObject({ startLineNumber: 4, startColumn: 5, severity: 8, code: 'E0502' });
    expect(ms[0].relatedInformation).toHaveLength(3);
    expect(ms.slice(1)).toEqual([
      { startLineNumber: 3, startColumn: 18, endLineNumber: 3, endColumn: 19, message: 'immutable borrow occurs here (E0502: cannot borrow `v` as mutable because it is also borrowed as immutable, line 4)', severity: 1, source: 'heaplab', code: 'E0502' },
      { startLineNumber: 5, startColumn: 20, endLineNumber: 5, endColumn: 25, message: 'immutable borrow later used here (E0502: cannot borrow `v` as mutable because it is also borrowed as immutable, line 4)', severity: 1, source: 'heaplab', code: 'E0502' },
    ]);
    // without a hint severity: only the diagnostic itself
    expect(markerData([d], withText, sev, { path: '/a.rs' })).toHaveLength(1);
  });

  it('spanEnd covers a name, `&x` or `&mut x`, else one character', () => {
    expect(spanEnd('    let r = &mut v;', 13)).toBe(19);
    expect(spanEnd('    let r = &v;', 13)).toBe(15);
    expect(spanEnd('    drop(value);', 10)).toBe(15);
    expect(spanEnd('    }', 5)).toBe(6);
  });
});
