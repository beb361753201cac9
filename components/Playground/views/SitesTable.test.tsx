// @vitest-environment jsdom
// The sites table of a Rust program with threads names the thread that allocated at each line.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadExamples } from '@/lib/playground/load-examples';
import type { RunView } from '@/lib/playground/protocol';
import { runRust } from '@/lib/rust/interp';
import { SitesTable } from './SitesTable';

afterEach(cleanup);

describe('SitesTable', () => {
  it('a Rust run with threads gets a Threads column: main for the spawns, threads 1 to 4 for their Vecs', () => {
    const ex = loadExamples().find((e) => e.id === 'scoped-sum')!;
    const result = runRust(ex.code);
    expect(result.diagnostics).toEqual([]);
    render(<SitesTable view={{ result } as unknown as RunView} name="A" />);
    const table = screen.getByRole('table', { name: 'A: allocation sites' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('Threads');
    expect(headers).not.toContain('Goroutines');
    const cells = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[3]?.textContent);
    expect(cells).toContain('main');
    for (const t of ['1', '2', '3', '4']) expect(cells).toContain(t);
  });
});
