// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { simulateGrowth } from '@/lib/growth/simulate';
import { serializeLabState } from '@/lib/growth/url-state';
import { DEFAULT_LAB_STATE } from '@/lib/growth/lab-state';
import { fmtBytes, fmtDiff, fmtInt } from './format';
import { N_STEPS, stepIndexFor } from './n-scale';
import SliceGrowthLab from './SliceGrowthLab';

const goInt = (n: number, strategy: 'append' | 'prealloc' = 'append') =>
  simulateGrowth({ lang: 'go', elemSize: 8, hasPointers: false, n, strategy });

function totalsRow(label: RegExp): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Totals' });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell');
}

beforeEach(() => window.history.replaceState(null, '', '/labs/slices/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SliceGrowthLab', () => {
  it('renders a data table whose rows match the model for the default state', async () => {
    render(<SliceGrowthLab syncUrl={false} />);
    expect(screen.queryByRole('table', { name: /^A: / })).toBeNull();
    fireEvent.click(screen.getByText('Show the data table'));
    const expected = goInt(1000).reallocs;
    const table = await screen.findByRole('table', { name: /^A: append one at a time/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      const r = expected[i];
      expect(cells).toEqual([String(i + 1), fmtInt(r.atLen), `${fmtInt(r.oldCap)} → ${fmtInt(r.newCap)}`, fmtBytes(r.newBytes), fmtBytes(r.bytesCopied)]);
    });
  });

  it('caps the data table at 500 rows and says so, without touching the totals', async () => {
    render(<SliceGrowthLab syncUrl={false} initial={{ lang: 'rust', n: 1000, strategyA: 'reserveExact', chunkA: 1 }} />);
    fireEvent.click(screen.getByText('Show the data table'));
    const table = await screen.findByRole('table', { name: /^A: reserve_exact/ });
    expect(within(table).getAllByRole('row')).toHaveLength(501);
    expect(screen.getByText(/Showing the first 500 of 1,000 reallocations/)).toBeTruthy();
    expect(totalsRow(/^Allocations/)[0].textContent).toBe('1,000');
  });

  it('draws one step line and one marker per reallocation, with a text alternative', () => {
    const { container } = render(<SliceGrowthLab syncUrl={false} />);
    const chart = screen.getByRole('img');
    const r = goInt(1000);
    expect(chart.getAttribute('aria-label')).toContain('capacity against length, Go, 1,000 elements of []int (8 B each)');
    expect(chart.getAttribute('aria-label')).toContain(`${r.totals.allocations} allocations, final capacity ${fmtInt(r.finalCap)}`);
    expect(container.querySelectorAll('path.sgl-steps')).toHaveLength(1);
    expect(container.querySelector('path.sgl-steps')?.getAttribute('d')).toMatch(/^M/);
    expect(container.querySelectorAll('path.sgl-marker')).toHaveLength(goInt(1000).reallocs.length);
  });

  it('updates the totals when n is typed into the number box', () => {
    render(<SliceGrowthLab syncUrl={false} />);
    const before = screen.getByText(/^A, append one at a time:/).textContent;
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Exact number of elements' }), { target: { value: '5000' } });
    const r = goInt(5000);
    expect(totalsRow(/^Allocations/)[0].textContent).toBe(fmtInt(r.totals.allocations));
    expect(totalsRow(/^Bytes copied/)[0].textContent).toBe(fmtBytes(r.totals.bytesCopied));
    expect(screen.getByText(/^A, append one at a time:/).textContent).not.toBe(before);
    expect(screen.getByRole('slider', { name: 'Number of elements' })).toHaveProperty('value', String(stepIndexFor(5000)));
  });

  it('moves n along the stepped scale from the slider', () => {
    render(<SliceGrowthLab syncUrl={false} />);
    const slider = screen.getByRole('slider', { name: 'Number of elements' });
    const i = stepIndexFor(1000);
    fireEvent.change(slider, { target: { value: String(i + 1) } });
    expect(screen.getByRole('spinbutton', { name: 'Exact number of elements' })).toHaveProperty('value', String(N_STEPS[i + 1]));
    expect(slider.getAttribute('aria-valuetext')).toBe(`${fmtInt(N_STEPS[i + 1])} elements`);
  });

  it('shows B and the difference columns in compare mode', async () => {
    const { container } = render(<SliceGrowthLab syncUrl={false} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare with a second strategy' }));
    expect(screen.getByRole('combobox', { name: /Strategy B/ })).toHaveProperty('value', 'prealloc');
    const a = goInt(1000);
    const b = goInt(1000, 'prealloc');
    const cells = totalsRow(/^Bytes copied/);
    expect(cells.map((c) => c.textContent)).toEqual([fmtBytes(a.totals.bytesCopied), fmtBytes(b.totals.bytesCopied), fmtDiff(b.totals.bytesCopied - a.totals.bytesCopied, true), '×0']);
    expect(totalsRow(/^Allocations/)[3].textContent).toBe(`×${Number((1 / a.totals.allocations).toPrecision(3))}`);
    expect(container.querySelectorAll('path.sgl-steps')).toHaveLength(2);
    fireEvent.click(screen.getByText('Show the data table'));
    expect(await screen.findByRole('table', { name: /^B: make\(\[\]T, 0, n\)/ })).toBeTruthy();
  });

  it('offers the Rust strategies after switching language', () => {
    render(<SliceGrowthLab syncUrl={false} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Rust' }));
    const select = screen.getByRole('combobox', { name: /Strategy A/ });
    expect(within(select).getByRole('option', { name: 'reserve_exact(k) per chunk' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Element type' })).toHaveProperty('value', 'u64');
    fireEvent.change(select, { target: { value: 'reserveExact' } });
    expect(screen.getByRole('spinbutton', { name: /Chunk size A/ })).toHaveProperty('value', '100');
  });

  it('reveals size and pointer inputs for a custom Go element', () => {
    render(<SliceGrowthLab syncUrl={false} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Element type' }), { target: { value: '__custom' } });
    expect(screen.getByRole('spinbutton', { name: 'Element size (bytes)' })).toHaveProperty('value', '8');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Holds pointers' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Element size (bytes)' }), { target: { value: '1000' } });
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/custom 1000-byte elements with pointers/);
  });

  it('copes with zero-sized Rust elements (capacity usize::MAX, nothing to draw)', () => {
    const { container } = render(<SliceGrowthLab syncUrl={false} initial={{ lang: 'rust', elemSize: 0, n: 1000, strategyB: 'prealloc' }} />);
    expect(totalsRow(/^Final capacity/).map((c) => c.textContent)).toEqual(['usize::MAX', 'usize::MAX', '—', '—']);
    expect(container.querySelectorAll('path.sgl-steps')).toHaveLength(0);
  });

  it('starts from the initial prop', () => {
    render(<SliceGrowthLab syncUrl={false} initial={{ lang: 'rust', preset: '[u8; 100]', n: 64, strategyA: 'reserve', strategyB: 'prealloc' }} title="Try it" />);
    expect(screen.getByRole('heading', { name: 'Try it' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Rust' })).toHaveProperty('checked', true);
    expect(screen.getByRole('spinbutton', { name: 'Exact number of elements' })).toHaveProperty('value', '64');
    expect(screen.getByRole('combobox', { name: /Strategy B/ })).toHaveProperty('value', 'prealloc');
  });
});

describe('SliceGrowthLab and the URL', () => {
  it('reads a good link and keeps the address bar in step', () => {
    vi.useFakeTimers();
    const state = { ...DEFAULT_LAB_STATE, n: 300, b: { strategy: 'growOnce' as const, chunk: 100 } };
    window.history.replaceState(null, '', `/labs/slices/?${serializeLabState(state)}`);
    render(<SliceGrowthLab />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'Exact number of elements' })).toHaveProperty('value', '300');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Exact number of elements' }), { target: { value: '400' } });
    act(() => vi.advanceTimersByTime(200));
    expect(window.location.search).toBe(`?${serializeLabState({ ...state, n: 400 })}`);
    expect((screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value).toBe(window.location.href);
  });

  it('shows an alert and the defaults for a hostile link, without running anything from it', () => {
    window.history.replaceState(null, '', '/labs/slices/?lang=cobol&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&t=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    const { container } = render(<SliceGrowthLab />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/This link could not be fully read: .*language .*cobol.*Showing defaults for those settings\./);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Go' })).toHaveProperty('checked', true);
    expect(screen.getByRole('spinbutton', { name: 'Exact number of elements' })).toHaveProperty('value', String(DEFAULT_LAB_STATE.n));
    expect(screen.getByRole('combobox', { name: 'Element type' })).toHaveProperty('value', 'int');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('falls back to a selectable link when the clipboard is unavailable', async () => {
    render(<SliceGrowthLab syncUrl={false} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })));
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy automatically|Link copied/);
    expect((screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value).toMatch(/\/labs\/slices\/\?v=1&lang=go/);
  });
});
