// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadExamples } from '@/lib/playground/load-examples';
import type { WorkerRequest, WorkerResponse } from '@/lib/playground/protocol';
import type { WorkerLike } from '@/lib/playground/run-client';
import { encodeShare } from '@/lib/playground/share';
import { handleRequest } from '@/lib/playground/worker-core';
import { fakeEngine } from '@/tests/unit/playground/fake-engine';
import Playground from './Playground';
import { DRAFT_SAVE_DELAY_MS } from './session';

const examples = loadExamples();

/** Answers like the real worker, but with the test engine, on the next tick. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  static hang = false;
  /** How many of the next workers fail to load (an error event before they say anything). */
  static failStart = 0;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  ran = false;
  runs: WorkerRequest[] = [];
  private failing = false;
  constructor() {
    FakeWorker.made.push(this);
    if (FakeWorker.failStart > 0) {
      FakeWorker.failStart--;
      this.failing = true;
      setTimeout(() => this.onerror?.({ message: 'Uncaught NetworkError: importScripts failed', preventDefault() {} } as ErrorEvent), 0);
    }
  }
  postMessage(m: WorkerRequest) {
    if (this.failing) return;
    if (m.type === 'run') {
      this.ran = true;
      this.runs.push(m);
    }
    if (FakeWorker.hang && m.type === 'run') return;
    this.answer(m);
  }
  answer(m: WorkerRequest) {
    setTimeout(() => !this.terminated && this.onmessage?.({ data: handleRequest(m, fakeEngine).res } as MessageEvent<WorkerResponse>), 0);
  }
  /** Answers the runs held while hanging. */
  release() {
    for (const m of this.runs) this.answer(m);
  }
  terminate() {
    this.terminated = true;
  }
}

const fake = () => new FakeWorker();
const textarea = () => screen.getByRole('textbox', { name: /program( B)? source/ }) as HTMLTextAreaElement;
const PROGRAM = 'package main\nfunc main() {\n\talloc(64)\n\talloc(4096)\n\tgc\n\talloc(32)\n\tprint(done)\n}\n';

async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS + 50);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  localStorage.clear();
  window.history.replaceState(null, '', '/playground/');
  FakeWorker.made = [];
  FakeWorker.hang = false;
  FakeWorker.failStart = 0;
  // Phone-sized: the textarea stands in for Monaco (which jsdom can't run).
  window.matchMedia = ((q: string) => ({ matches: true, media: q, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Playground', () => {
  it('opens the first Go example, runs it in the worker and shows output, chart, scrubber and sites', async () => {
    render(<Playground examples={examples} createWorker={fake} />);
    expect(textarea().value).toBe(examples[0].code);
    fireEvent.change(textarea(), { target: { value: PROGRAM } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('done')).toBeTruthy();
    expect(screen.getByText(/Exit code 0/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /Live heap over virtual time/ })).toBeTruthy();
    const sites = screen.getByRole('table', { name: /allocation sites/ });
    expect(within(sites).getAllByRole('row')).toHaveLength(4);
    const slider = screen.getByRole('slider', { name: /Timeline of A/ });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Event 1 of 7: heap allocation of 64 B on line 3/);
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/GC cycle 1 starts/);
    expect(document.querySelector('path.pg-heap.pg-s-a')?.getAttribute('d')).toMatch(/^M/);
    expect(document.querySelectorAll('rect.pg-gc')).toHaveLength(1);
  });

  it('runs on Ctrl+Enter and shows the budget message of an endless program; Stop ends a hung run', async () => {
    render(<Playground examples={examples} createWorker={fake} />);
    fireEvent.change(textarea(), { target: { value: 'for {\n\tforever\n}' } });
    fireEvent.keyDown(textarea(), { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText(/used its step budget/)).toBeTruthy();
    expect(screen.getByText(/Exit code 3/)).toBeTruthy();

    FakeWorker.hang = true;
    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(await screen.findByText('Running…')).toBeTruthy();
    const runWorker = FakeWorker.made.find((w) => w.ran)!;
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText(/Stopped/)).toBeTruthy();
    expect(runWorker.terminated).toBe(true);
    FakeWorker.hang = false;
    fireEvent.change(textarea(), { target: { value: 'print(again)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(await screen.findByText('again')).toBeTruthy();
  });

  it('keeps the draft across a reload, shows the badge, resets and undoes the reset', async () => {
    const first = render(<Playground examples={examples} createWorker={fake} />);
    fireEvent.change(textarea(), { target: { value: `${examples[0].code}// mine\n` } });
    await settle();
    first.unmount();

    render(<Playground examples={examples} createWorker={fake} />);
    expect(textarea().value).toContain('// mine');
    expect(screen.getByText('modified')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the example' }));
    expect(textarea().value).toBe(examples[0].code);
    expect(screen.queryByText('modified')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo reset' }));
    expect(textarea().value).toContain('// mine');
  });

  it('keeps one draft per example and per language', async () => {
    render(<Playground examples={examples} createWorker={fake} />);
    fireEvent.change(textarea(), { target: { value: 'go draft' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Example' }), { target: { value: 'pool' } });
    expect(textarea().value).toBe(examples.find((e) => e.id === 'pool')!.code);
    fireEvent.click(screen.getByRole('radio', { name: 'Rust' }));
    expect(textarea().value).toBe(examples.find((e) => e.lang === 'rust')!.code);
    fireEvent.change(textarea(), { target: { value: 'rust draft' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Go' }));
    expect(textarea().value).toBe(examples.find((e) => e.id === 'pool')!.code);
    fireEvent.change(screen.getByRole('combobox', { name: 'Example' }), { target: { value: examples[0].id } });
    expect(textarea().value).toBe('go draft');
    fireEvent.click(screen.getByRole('radio', { name: 'Rust' }));
    expect(textarea().value).toBe('rust draft');
  });

  it('opens a share link, runs it, and compares two settings', async () => {
    const code = 'alloc(100)\ngc\nalloc(50)\nprint(linked)';
    const hash = await encodeShare({ v: 1, a: { lang: 'go', code, settings: { gogc: 50, memlimitMiB: null, gomaxprocs: 1 } }, b: { lang: 'go', code, settings: { gogc: 200, memlimitMiB: null, gomaxprocs: 1 } } });
    window.history.replaceState(null, '', `/playground/#${hash}`);
    render(<Playground examples={examples} createWorker={fake} />);
    expect(await screen.findByRole('table', { name: /A compared with B/ })).toBeTruthy();
    expect(textarea().value).toBe(code);
    expect(screen.getAllByText('linked')).toHaveLength(2);
    expect((screen.getByRole('spinbutton', { name: 'GOGC (%)' }) as HTMLInputElement).value).toBe('50');
    expect((screen.getByRole('spinbutton', { name: 'GOGC for B (%)' }) as HTMLInputElement).value).toBe('200');
    expect(window.location.hash).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a "Print gctrace" checkbox sends GODEBUG=gctrace=1 with the run, and a link keeps it', async () => {
    render(<Playground examples={examples} createWorker={fake} />);
    const box = screen.getByRole('checkbox', { name: 'Print gctrace' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    fireEvent.change(textarea(), { target: { value: PROGRAM } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('done')).toBeTruthy();
    const run = FakeWorker.made.flatMap((w) => w.runs).at(-1)!;
    expect(run.type === 'run' && run.settings.gctrace).toBe(true);
    cleanup();
    const hash = await encodeShare({ v: 1, a: { lang: 'go', code: PROGRAM, settings: { gogc: 100, memlimitMiB: null, gomaxprocs: 1, gctrace: true } } });
    window.history.replaceState(null, '', `/playground/#${hash}`);
    render(<Playground examples={examples} createWorker={fake} />);
    expect(await screen.findByText('done')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Print gctrace' }) as HTMLInputElement).checked).toBe(true);
  });

  it('never loses edits to a linked program: a second link gets its own draft, reopening keeps the edits one click away', async () => {
    const link = async (code: string) => `/playground/#${await encodeShare({ v: 1, a: { lang: 'rust', code, settings: { gogc: 100, memlimitMiB: null, gomaxprocs: 1 } } })}`;
    const one = await link('print(one)');
    window.history.replaceState(null, '', one);
    const first = render(<Playground examples={examples} createWorker={fake} />);
    expect(await screen.findByText('one')).toBeTruthy();
    fireEvent.change(textarea(), { target: { value: 'print(one edited)' } });
    window.history.replaceState(null, '', await link('print(two)'));
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(await screen.findByText('two')).toBeTruthy();
    expect(textarea().value).toBe('print(two)');
    first.unmount();

    window.history.replaceState(null, '', one);
    render(<Playground examples={examples} createWorker={fake} />);
    expect(await screen.findByText('one')).toBeTruthy();
    expect(textarea().value).toBe('print(one)');
    fireEvent.click(screen.getByRole('button', { name: 'Undo reset' }));
    expect(textarea().value).toBe('print(one edited)');
  });

  it('shows an alert and the default example for a hostile link, with no markup from it', async () => {
    window.history.replaceState(null, '', '/playground/#v=1&z=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const { container } = render(<Playground examples={examples} createWorker={fake} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This link is damaged or incomplete.*Showing the default example instead\./);
    expect(container.querySelector('img, script')).toBeNull();
    expect(textarea().value).toBe(examples[0].code);
  });

  it('says Run until the program has run, and a press during a link\'s first run joins that run', async () => {
    const code = 'alloc(8)\nprint(joined)';
    const hash = await encodeShare({ v: 1, a: { lang: 'go', code, settings: { gogc: 100, memlimitMiB: null, gomaxprocs: 1 } } });
    window.history.replaceState(null, '', `/playground/#${hash}`);
    FakeWorker.hang = true;
    render(<Playground examples={examples} createWorker={fake} />);
    expect(await screen.findByText('Running…')).toBeTruthy();
    // Running, but nothing has run yet in this page.
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const runWorkers = FakeWorker.made.filter((w) => w.ran);
    expect(runWorkers).toHaveLength(1);
    expect(runWorkers[0].terminated).toBe(false);
    expect(runWorkers[0].runs).toHaveLength(1);
    // The one run answers, and both presses end in its result.
    runWorkers[0].release();
    expect(await screen.findByText('joined')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run again' })).toBeTruthy();
  });

  it('offers Retry in a plain sentence when the simulator cannot start, and Retry runs', async () => {
    FakeWorker.failStart = 2;
    render(<Playground examples={examples} createWorker={fake} />);
    fireEvent.change(textarea(), { target: { value: 'print(retried)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByText(/The simulator could not be loaded/)).toBeTruthy();
    expect(screen.queryByText(/NetworkError|importScripts/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('retried')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('labels every control', () => {
    render(<Playground examples={examples} createWorker={fake} />);
    for (const el of document.querySelectorAll('input, select, textarea, button')) {
      const name = el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) || el.closest('label')?.textContent || el.textContent;
      expect(name?.trim(), el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });

  it('states what the simulation leaves out, for the language on screen', () => {
    render(<Playground examples={examples} createWorker={fake} />);
    const notes = screen.getByText(/What this simulation leaves out \(Go 1\.23\)/).closest('details')!;
    expect(within(notes).getByRole('heading', { name: 'The GC pacer and heap' })).toBeTruthy();
    expect(within(notes).getByRole('heading', { name: 'sync.Pool' })).toBeTruthy();
    expect(notes.querySelectorAll('li').length).toBeGreaterThan(10);
  });
});
