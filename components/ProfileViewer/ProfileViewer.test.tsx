// @vitest-environment jsdom
// The viewer with the parser run in-process (jsdom has no workers): real fixtures in, the views'
// tables and the error path out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readProfile } from '@/lib/profile/read';
import ProfileViewer from './ProfileViewer';

vi.mock('./parse-client', () => ({
  parseProfile: async (name: string, bytes: ArrayBuffer) => {
    try {
      return readProfile(new Uint8Array(bytes));
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message}`);
    }
  },
}));

afterEach(cleanup);

const DIR = join(__dirname, '..', '..', 'tests', 'fixtures', 'profiles');
const pick = (label: RegExp, name: string, data?: Uint8Array) => {
  const bytes = data ?? new Uint8Array(readFileSync(join(DIR, name)));
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
};

describe('ProfileViewer', () => {
  it('opens a Go allocs profile: totals, flame graph with its table twin, by-line view', async () => {
    render(<ProfileViewer />);
    pick(/^Profile file/, 'go-allocs-rate1.pb.gz');
    await screen.findByText('go-allocs-rate1.pb.gz');
    expect(screen.getByText(/22\.38 MiB in 10,941 objects/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Sample type' }) as HTMLSelectElement).value).toBe('1');
    expect(screen.getByRole('img', { name: /Flame graph of alloc_space/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: /Top functions by alloc_space/ });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('main.bigScratch');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search functions' }), { target: { value: 'makeBuffers' } });
    expect(screen.getByText(/1 frames match “makeBuffers”, covering 1\.98 MiB/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'By line' }));
    const lines = screen.getByRole('table', { name: /alloc_space by line of .*main\.go/ });
    expect(within(lines).getAllByRole('row').length).toBeGreaterThan(5);
  });

  it('compares with a base profile, function by function', async () => {
    render(<ProfileViewer />);
    pick(/^Profile file/, 'go-allocs-rate1.pb.gz');
    await screen.findByText('go-allocs-rate1.pb.gz');
    fireEvent.click(screen.getByRole('radio', { name: 'Compare with a base' }));
    pick(/^Base profile to compare with/, 'go-allocs-rate524288.pb.gz');
    const t = await screen.findByRole('table', { name: /base go-allocs-rate524288\.pb\.gz → current/ });
    expect(within(t).getAllByRole('row').length).toBeGreaterThan(3);
  });

  it('opens massif on its heap-over-time view with the snapshot table', async () => {
    render(<ProfileViewer />);
    pick(/^Profile file/, 'rust.massif.out');
    await screen.findByText('rust.massif.out');
    expect(screen.getByRole('img', { name: /Heap over time, 28 snapshots/ })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: /Every massif snapshot/ })).getAllByRole('row')).toHaveLength(29);
  });

  it('says why a file is not a profile, as text', async () => {
    render(<ProfileViewer />);
    pick(/^Profile file/, 'evil.json', new TextEncoder().encode('{"dhatFileVersion":2,"pps":[{"tb":"<img src=x onerror=alert(1)>","tbk":1,"fs":[]}],"ftbl":[]}'));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/evil\.json: program point 1 is malformed/));
    expect(alert.querySelector('img')).toBeNull();
  });
});
