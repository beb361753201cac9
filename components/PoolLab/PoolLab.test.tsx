// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { comparePoolWorkload } from '@/lib/go/poolsim';
import { fmtBytes, fmtInt } from './format';
import PoolLab from './PoolLab';
import { PRESETS, workloadOf } from '@/lib/poollab/state';

function totalsCells(table: string, label: RegExp): string[] {
  const t = screen.getByRole('table', { name: table });
  const row = within(t).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

beforeEach(() => window.history.replaceState(null, '', '/labs/pool/'));
afterEach(cleanup);

describe('PoolLab', () => {
  it('shows the model’s totals for a preset, and the boxing trap’s boxes', () => {
    render(<PoolLab syncUrl={false} preset="boxing" />);
    const w = comparePoolWorkload(workloadOf(PRESETS.find((p) => p.id === 'boxing')!.state));
    expect(totalsCells('Totals', /^Heap allocations/).slice(0, 2)).toEqual([fmtInt(w.pool.mallocs), fmtInt(w.none.mallocs)]);
    expect(totalsCells('Totals', /^Bytes allocated/).slice(0, 2)).toEqual([fmtBytes(w.pool.totalAlloc), fmtBytes(w.none.totalAlloc)]);
    expect(totalsCells('Totals', /^Boxes made by Put/)[0]).toBe('4,000');
    fireEvent.click(screen.getByRole('radio', { name: /a pointer/ }));
    expect(totalsCells('Totals', /^Boxes made by Put/)[0]).toBe('0');
    expect((screen.getByRole('combobox', { name: 'Preset' }) as HTMLSelectElement).value).toBe('');
  });

  it('puts the main controls before the chart and the workload after it; the worker view swaps both', () => {
    render(<PoolLab syncUrl={false} />);
    const put = screen.getByRole('radio', { name: /a pointer/ });
    const chart = screen.getByRole('img', { name: /Stacked bars/ });
    const procs = screen.getByRole('combobox', { name: 'GOMAXPROCS' });
    expect(put.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(chart.compareDocumentPosition(procs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Preset' }), { target: { value: 'workers' } });
    expect(screen.getByRole('spinbutton', { name: 'Workers (N)' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'GOMAXPROCS' })).toBeNull();
    expect(totalsCells('Worker totals', /^Most alive at once/).slice(0, 2)).toEqual(['5 goroutines', '1,001 goroutines']);
  });
});
