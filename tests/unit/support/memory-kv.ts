import type { KV } from '@/lib/playground/drafts';

/** An in-memory localStorage for the drafts tests. */
export function memoryKV(): KV & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
