// The three tracks, in reading order. A lesson names its track in its front-matter (`track:`); the home
// page and /lessons/ list every track, with the time its lessons take (their `minutes`, summed).
export const tracks = [
  {
    id: 'foundations',
    title: 'Foundations',
    blurb: 'What the runtime does with your values: how slices and Vecs grow, stack or heap, ownership and lifetimes, size classes, and how to read allocation numbers.',
  },
  {
    id: 'techniques',
    title: 'Techniques',
    blurb: 'Allocating less on purpose: reusing buffers, zero-allocation APIs, preallocating, pools, arenas, struct layout, contiguous data, streaming.',
  },
  {
    id: 'operating',
    title: 'Operating',
    blurb: 'Memory in a running service: GC tuning, profiles, Rust allocators, budgets per component, tests for memory behaviour, and a memory review.',
  },
] as const;

export type TrackId = (typeof tracks)[number]['id'];
export const trackIds = tracks.map((t) => t.id) as [TrackId, ...TrackId[]];

/** "15 min", "1 h 20 min". */
export function fmtMinutes(m: number): string {
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}
