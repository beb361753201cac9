// Tracks group lessons on the index page, in this order.
export const tracks = [
  { id: 'growth', title: 'Growth and capacity', blurb: 'How slices and Vecs grow, and what each growth costs.' },
  { id: 'reuse', title: 'Reuse and pooling', blurb: 'Buffers, sync.Pool, object pools and arenas.' },
  { id: 'gc', title: 'The garbage collector', blurb: 'GOGC, GOMEMLIMIT and the pacer.' },
  { id: 'lifetimes', title: 'Streaming and lifetimes', blurb: 'Holding less, for less time.' },
  { id: 'profiling', title: 'Profiling allocations', blurb: 'Finding where the bytes go.' },
] as const;

export type TrackId = (typeof tracks)[number]['id'];
export const trackIds = tracks.map((t) => t.id) as [TrackId, ...TrackId[]];
