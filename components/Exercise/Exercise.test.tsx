// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLabels } from '@/lib/exercises/evaluate';
import { exportFor } from '@/lib/exercises/export';
import { loadExercises } from '@/lib/exercises/load';
import type { WorkerRequest, WorkerResponse } from '@/lib/playground/protocol';
import { RunClient, type WorkerLike } from '@/lib/playground/run-client';
import { handleRequest } from '@/lib/playground/worker-core';
import { PROGRESS_KEY } from '@/lib/progress/progress';
import { checkGo, runGo } from '@/lib/go/interp';
import { checkRust, runRust } from '@/lib/rust/interp';
import ExerciseWidget from './ExerciseWidget';
import { ExerciseSkeleton } from './ExerciseSkeleton';
import { setExerciseClient } from './runner';

const engine = {
  run: (lang: 'go' | 'rust', src: string, opts: Parameters<typeof runGo>[1]) => (lang === 'go' ? runGo(src, opts) : runRust(src, opts)),
  check: (lang: 'go' | 'rust', src: string) => (lang === 'go' ? checkGo(src) : checkRust(src)),
};

/** Answers like the real worker, with the real engines, on the next tick. */
class EngineWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: WorkerRequest) {
    setTimeout(() => this.onmessage?.({ data: handleRequest(m, engine).res } as MessageEvent<WorkerResponse>), 0);
  }
  terminate() {}
}

const ex = loadExercises().find((e) => e.id === 'append-once')!;
const workers = { go: '/go.js', rust: '/rust.js' };
const props = { exercise: ex, workers, labels: checkLabels(ex), exportable: true };
const code = () => (screen.getByRole('textbox', { name: /Go code of the exercise/ }) as HTMLTextAreaElement).value;
const edit = (v: string) => fireEvent.change(screen.getByRole('textbox', { name: /Go code of the exercise/ }), { target: { value: v } });
const checks = () => within(screen.getByRole('region', { name: 'Checks' })).getAllByRole('listitem').filter((li) => li.classList.contains('ex-check'));

beforeEach(() => {
  localStorage.clear();
  setExerciseClient(new RunClient(() => new EngineWorker()));
  // Phone-sized: the textarea stands in for Monaco (which jsdom can't run).
  window.matchMedia = ((q: string) => ({ matches: true, media: q, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  cleanup();
  setExerciseClient(null);
});

describe('Exercise', () => {
  it('draws the skeleton from the same data: title, prompt, code, the checks still to pass', () => {
    render(<ExerciseSkeleton {...props} />);
    expect(screen.getByRole('heading', { name: /Make this loop allocate once/ })).toBeTruthy();
    expect(screen.getByText(/builds its result one/)).toBeTruthy();
    expect(document.querySelector('.ex-code-pre')?.textContent).toBe(ex.start);
    expect(checks().map((li) => li.textContent)).toEqual([
      '○Not checked yet: The program compiles and runs to its end',
      '○Not checked yet: squares makes at most 1 heap allocation',
      '○Not checked yet: squares allocates at most 8 KiB',
      "○Not checked yet: The output is the same as the starting program's",
    ]);
    expect(screen.getByRole('button', { name: 'Check' }).hasAttribute('disabled')).toBe(true);
  });

  it('a failed check says which line allocates and how much, then the fix passes and is recorded', async () => {
    render(<ExerciseWidget {...props} />);
    expect(code()).toBe(ex.start);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/^2 of 4 checks pass\. squares made 12 heap allocations, 24\.6 KiB in all; at most 1 is allowed\.$/)).toBeTruthy();
    const allocs = checks()[1];
    expect(allocs.textContent).toContain('Fails: squares makes at most 1 heap allocation');
    expect(allocs.textContent).toContain('Line 9: 12 heap allocations, 24.6 KiB: append grows the slice');
    expect(within(allocs).getAllByRole('button', { name: 'Highlight line 9 in the editor' })).toHaveLength(1);
    expect(screen.getByLabelText('Standard output').textContent).toBe('1000 100 998001\n');

    edit(ex.start.replace('var out []int', 'out := make([]int, 0, n)'));
    expect(screen.getByText('You changed the code since the last run: Check again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/^All 4 checks pass\. Exercise complete \(recorded in this browser\)\.$/)).toBeTruthy();
    expect(checks().every((li) => li.classList.contains('ex-pass'))).toBe(true);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).exercises).toHaveProperty('append-once');
    expect(screen.getByText('Completed ✓')).toBeTruthy();
  });

  it('a compile error fails the first check at its line', async () => {
    render(<ExerciseWidget {...props} />);
    edit(ex.start.replace('return out', 'return outt'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/^0 of 4 checks pass\. It does not compile: 1 error\.$/)).toBeTruthy();
    expect(checks()[0].textContent).toMatch(/Line 11: undefined: outt/);
    expect(checks()[1].textContent).toContain('Not checked: squares makes at most 1 heap allocation');
  });

  it('keeps the attempt as a draft across a reload', () => {
    const first = render(<ExerciseWidget {...props} />);
    edit(`${ex.start}// mine\n`);
    first.unmount();
    render(<ExerciseWidget {...props} />);
    expect(code()).toContain('// mine');
  });

  it('opens hints one at a time and moves focus to each', async () => {
    render(<ExerciseWidget {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show hint 1 of 3' }));
    const hint1 = await screen.findByText(/Press Check first/);
    expect(document.activeElement).toBe(hint1.closest('li'));
    expect(screen.queryByText(/you already know how many/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show hint 2 of 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show hint 3 of 3' }));
    expect(screen.getByRole('button', { name: 'All 3 hints shown' }).hasAttribute('disabled')).toBe(true);
    expect(within(document.getElementById('ex-append-once-hints')!).getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows the solution without touching the code; putting it in the editor can be undone, even after a reload', () => {
    const first = render(<ExerciseWidget {...props} />);
    edit(`${ex.start}// my attempt\n`);
    fireEvent.click(screen.getByRole('button', { name: 'Show the solution' }));
    expect(screen.getByLabelText('The reference solution').textContent).toBe(ex.solution);
    expect(code()).toContain('// my attempt');
    fireEvent.click(screen.getByRole('button', { name: 'Put the solution in the editor' }));
    expect(code()).toBe(ex.solution);
    expect(screen.getByText(/Your code was replaced by the solution\./)).toBeTruthy();
    first.unmount();

    render(<ExerciseWidget {...props} />);
    expect(code()).toBe(ex.solution);
    fireEvent.click(screen.getByRole('button', { name: 'Undo: bring my code back' }));
    expect(code()).toContain('// my attempt');
    expect(screen.queryByRole('button', { name: 'Undo: bring my code back' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(code()).toBe(ex.start);
    fireEvent.click(screen.getByRole('button', { name: 'Undo: bring my code back' }));
    expect(code()).toContain('// my attempt');
  });

  it('offers the checks as a Go test file around the code in the editor', async () => {
    render(<ExerciseWidget {...props} />);
    edit(ex.solution);
    const details = screen.getByText('Try it on your machine').closest('details')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(screen.getByText('go test -v -count=1 -bench . -benchmem exercise_test.go')).toBeTruthy();
    expect(screen.getByLabelText('exercise_test.go').textContent).toBe(exportFor(ex, ex.solution)!.source);
    expect(screen.getByRole('button', { name: 'Download exercise_test.go' })).toBeTruthy();
  });
});
