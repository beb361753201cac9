// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPreset } from '@/lib/gclab/presets';
import { runLab } from '@/lib/gclab/run';
import { GOGC_STOPS } from '@/lib/gclab/state';
import { parseGcLabState } from '@/lib/gclab/url-state';
import { fmtInt, fmtMiB } from './format';
import GcLab from './GcLab';

beforeEach(() => window.history.replaceState(null, '', '/labs/gc/'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const totals = () => screen.getByRole('table', { name: /Totals of the run/ });
const totalRow = (label: RegExp) => within(within(totals()).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement).getAllByRole('cell');

describe('GcLab', () => {
  it('shows the model’s totals for A and B and their difference (steady preset)', () => {
    render(<GcLab syncUrl={false} />);
    const { a, b } = runLab(findPreset('steady')!.state);
    const cycles = totalRow(/^GC cycles/).map((c) => c.textContent);
    expect(cycles).toEqual([fmtInt(a.result.numGC), fmtInt(b!.result.numGC), `−${fmtInt(a.result.numGC - b!.result.numGC)}`]);
    expect(totalRow(/^Peak memory/)[0].textContent).toBe(fmtMiB(a.result.peakMemory));
  });

  it('has a per-cycle table twin with one row per cycle', () => {
    render(<GcLab syncUrl={false} preset="memory-limit" />);
    fireEvent.click(screen.getByText('Per-cycle table'));
    const { a } = runLab(findPreset('memory-limit')!.state);
    const table = screen.getByRole('table', { name: /^A: GOGC=off, GOMEMLIMIT 512 MiB/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(a.log.length);
    expect(within(rows[0]).getAllByRole('cell')[5].textContent).toBe(fmtMiB(a.log.get(0).heapMarked));
  });

  it('draws the stacked areas, a goal line, the limit and one tick per cycle, with a text alternative', () => {
    const { container } = render(<GcLab syncUrl={false} preset="death-spiral" />);
    const { a } = runLab(findPreset('death-spiral')!.state);
    expect(container.querySelectorAll('path.gcl-area')).toHaveLength(3);
    expect(container.querySelectorAll('.gcl-chart line.gcl-limit')).toHaveLength(1);
    expect(container.querySelectorAll('line.gcl-cycle')).toHaveLength(a.log.length);
    expect(container.querySelector('path.gcl-goal')?.getAttribute('d')).toMatch(/^M/);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(`A: ${fmtInt(a.result.numGC)} cycles`);
  });

  it('moves GOGC by the slider’s stops, with off at the far end, and re-runs the model', () => {
    render(<GcLab syncUrl={false} />);
    const slider = within(screen.getByRole('group', { name: 'Settings A' })).getByRole('slider', { name: /GOGC/ }) as HTMLInputElement;
    fireEvent.change(slider, { target: { value: String(GOGC_STOPS.length - 1) } });
    expect(slider.getAttribute('aria-valuetext')).toBe('off');
    const state = { ...findPreset('steady')!.state, a: { ...findPreset('steady')!.state.a, gogc: 'off' as const } };
    expect(totalRow(/^GC cycles/)[0].textContent).toBe(fmtInt(runLab(state).a.result.numGC));
  });

  it('writes its state to the URL and reads it back, reporting a bad field', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/labs/gc/?v=1&gogc=banana&lim=300');
    render(<GcLab />);
    expect(screen.getByRole('alert').textContent).toMatch(/GOGC A “banana”/);
    expect((screen.getByLabelText('GOMEMLIMIT (MiB)', { selector: '[id$="-a-lim"]' }) as HTMLInputElement).value).toBe('300');
    fireEvent.click(screen.getByRole('checkbox', { name: /Compare with settings B/ }));
    act(() => vi.advanceTimersByTime(500));
    const { state, errors } = parseGcLabState(window.location.search);
    expect(errors).toEqual([]);
    expect(state.a.memLimitMiB).toBe(300);
    // The steady preset compares with B; the click turned that off.
    expect(state.b).toBeNull();
  });

  it('adds and removes workload phases', () => {
    render(<GcLab syncUrl={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
    expect(screen.getAllByRole('group', { name: /^Phase \d/ })).toHaveLength(2);
    fireEvent.change(screen.getAllByLabelText('Allocation (MiB/s)')[1], { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove phase 1' }));
    expect(screen.getAllByRole('group', { name: /^Phase \d/ })).toHaveLength(1);
    expect((screen.getByLabelText('Allocation (MiB/s)') as HTMLInputElement).value).toBe('50');
  });
});
