// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabFrame } from './LabFrame';

afterEach(cleanup);

const base = {
  idBase: 't',
  title: 'A lab',
  controls: <label>Rate <input type="number" /></label>,
  output: <figure aria-label="The chart" />,
  share: { href: 'http://localhost/labs/x/?a=1', flush: () => {} },
  notes: <li>It leaves out the weather.</li>,
};

describe('LabFrame', () => {
  it('puts the main controls, then the chart, then the other controls in reading order, and lists the notes', () => {
    render(<LabFrame {...base} primary={<label>Size <input type="number" /></label>} />);
    const order = [screen.getByRole('spinbutton', { name: 'Size' }), screen.getByRole('figure', { name: 'The chart' }), screen.getByRole('spinbutton', { name: 'Rate' })];
    for (let i = 1; i < order.length; i++) expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A lab', level: 2 })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'What this model leaves out' }).textContent).toContain('weather');
    expect((screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value).toBe(base.share.href);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a broken link’s problems as text and lets them be dismissed', () => {
    const dismiss = vi.fn();
    render(<LabFrame {...base} linkErrors={['gogc: "<img src=x>" is not a number']} onDismissErrors={dismiss} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('"<img src=x>" is not a number');
    expect(alert.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('offers presets by keyboard-usable select, says what the chosen one shows, and reports a choice', () => {
    const choose = vi.fn();
    const options = [
      { id: 'steady', label: 'Steady state', description: 'A constant live heap.' },
      { id: 'spike', label: 'Transient spike' },
    ];
    const { rerender } = render(<LabFrame {...base} presets={{ options, value: 'steady', onChoose: choose }} />);
    const select = screen.getByRole('combobox', { name: 'Preset' });
    expect(screen.getByText('A constant live heap.')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'spike' } });
    expect(choose).toHaveBeenCalledWith('spike');
    rerender(<LabFrame {...base} presets={{ options, value: null, onChoose: choose }} />);
    expect((screen.getByRole('combobox', { name: 'Preset' }) as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('option', { name: 'Custom settings' })).toBeTruthy();
  });

  it('copies the link, or selects it and says how when the clipboard refuses', async () => {
    const flush = vi.fn();
    Object.assign(navigator, { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<LabFrame {...base} share={{ href: base.share.href, flush }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(flush).toHaveBeenCalled();
    expect(await screen.findByText(/press Ctrl\+C/)).toBeTruthy();
  });
});
