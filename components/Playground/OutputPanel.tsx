'use client';
// The program's output, from the playground's store.

import { usePg } from './context';
import { OutputView } from './OutputView';

export function OutputPanel({ idBase }: { idBase: string }) {
  const a = usePg((s) => s.runA);
  const b = usePg((s) => s.runB);
  if (!a) return <p className="pg-note pg-output-empty">Run the program to see its output, its heap over time and where it allocates.</p>;
  return <OutputView a={a} b={b} idBase={idBase} />;
}
