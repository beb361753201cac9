import { SIMPLIFICATIONS } from '@/lib/go/pacer';

/** What the lab's numbers leave out: the lab's own shortcuts, then the pacer model's list. */
export const LAB_NOTES: readonly string[] = [
  'The workload is stated as rates, not objects: bytes arrive at the phase’s allocation rate, a share of them survives, and the older data dies at a constant rate. Fragmentation and size-class rounding are left out.',
  'On the chart, “live” is what the last cycle marked; what survives between cycles is counted as new until the next cycle marks it.',
  'Non-heap memory is a constant per phase. Real stacks, runtime metadata and retained free pages move with the program; the memory limit counts all of them.',
  'The real GC runs a forced cycle every 2 minutes and the scavenger returns free pages in the background; neither is drawn.',
];

// The object-level notes (tiny blocks, spans) do not apply to a workload stated as rates.
const PACER_NOTES = SIMPLIFICATIONS.filter((s) => !/^Tiny objects|^The mcentral/.test(s));

export function ModelNotes() {
  return (
    <>
      {[...LAB_NOTES, ...PACER_NOTES].map((s) => (
        <li key={s}>{s}</li>
      ))}
    </>
  );
}
