// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { simulateGrowth } from '@/lib/growth/simulate';
import { computeAnswer, parseGuess, Predict } from './Predict';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const question = 'How many times does append allocate while appending 1,000 ints one at a time?';
const spec = { lang: 'go' as const, type: 'int', n: 1000, strategy: 'append' as const };

describe('Predict', () => {
  it('keeps the answer hidden until the guess is committed, then reveals the simulated value', () => {
    const { container } = render(<Predict question={question} spec={spec} measure="reallocations" />);
    const expected = simulateGrowth({ lang: 'go', elemSize: 8, hasPointers: false, n: 1000, strategy: 'append' }).totals.allocations;
    const live = container.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toBe('');
    expect(screen.queryByText(/Answer:/)).toBeNull();

    const input = screen.getByRole('textbox', { name: question });
    fireEvent.change(input, { target: { value: '10' } });
    expect(screen.queryByText(/Answer:/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Commit my guess' }));

    expect(live.textContent).toContain(`Answer: ${expected}`);
    expect(live.textContent).toContain(`Your guess of 10 is ${expected - 10} too low`);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByText(/Answer:/)).toBeNull();
    expect((input as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(input);
  });

  it('commits with Enter and says so when exactly right', () => {
    const answer = computeAnswer({ lang: 'rust', type: 'u8', n: 100, strategy: 'append' }, 'finalCap');
    render(<Predict question="Final capacity?" spec={{ lang: 'rust', type: 'u8', n: 100, strategy: 'append' }} measure="finalCap" unit="elements" />);
    const input = screen.getByRole('textbox', { name: 'Final capacity?' });
    fireEvent.change(input, { target: { value: String(answer) } });
    fireEvent.submit(input);
    expect(screen.getByText('Exactly right.')).toBeTruthy();
    expect(screen.getByText(/Answer:/).textContent).toBe(`Answer: ${answer.toLocaleString('en-US')} elements`);
  });

  it('asks for a number instead of revealing on empty or junk input', () => {
    render(<Predict question={question} spec={spec} measure="bytesCopied" unit="B" />);
    fireEvent.change(screen.getByRole('textbox', { name: question }), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Commit my guess' }));
    expect(screen.getByText('Type a number first.')).toBeTruthy();
    expect(screen.queryByText(/Answer:/)).toBeNull();
  });

  it('accepts a type written as source', () => {
    expect(computeAnswer({ lang: 'go', type: '[]*int', n: 100, strategy: 'append' }, 'finalCap')).toBe(
      computeAnswer({ lang: 'go', type: 'pointers (8 B, scanned)', n: 100, strategy: 'append' }, 'finalCap'),
    );
    expect(computeAnswer({ lang: 'rust', type: 'Vec<u16>', n: 10, strategy: 'append' }, 'finalCap')).toBe(
      computeAnswer({ lang: 'rust', type: 'u16', n: 10, strategy: 'append' }, 'finalCap'),
    );
  });

  it('reads guesses with separators', () => {
    expect(parseGuess('1,024')).toBe(1024);
    expect(parseGuess(' 1 024 ')).toBe(1024);
    expect(parseGuess('1_024')).toBe(1024);
    expect(parseGuess('1e3')).toBe(1000);
    expect(parseGuess('')).toBeNull();
    expect(parseGuess('12abc')).toBeNull();
  });

  it('reports a broken setup instead of a wrong answer', () => {
    render(<Predict question="?" spec={{ lang: 'go', type: 'notatype', n: 1, strategy: 'append' }} measure="finalCap" />);
    expect(screen.getByText(/set up wrongly/)).toBeTruthy();
  });

  it('keeps a committed guess across a reload (a new mount), until Try again', () => {
    const first = render(<Predict question={question} spec={spec} measure="reallocations" />);
    fireEvent.change(screen.getByRole('textbox', { name: question }), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Commit my guess' }));
    first.unmount();
    render(<Predict question={question} spec={spec} measure="reallocations" />);
    expect(screen.getByText(/Your guess of 7 is/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: question }) as HTMLInputElement).value).toBe('7');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    cleanup();
    render(<Predict question={question} spec={spec} measure="reallocations" />);
    expect(screen.queryByText(/Answer:/)).toBeNull();
  });
});
