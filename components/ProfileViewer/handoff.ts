// A profile handed from the playground to the /profiles/ page through sessionStorage (this tab only,
// gone once read): the playground writes it and navigates; the viewer reads and forgets it on load.

const KEY = 'heaplab:profile-handoff';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Stores the file for the viewer; false when the tab's storage cannot hold it (then: download it). */
export function handOffProfile(name: string, bytes: Uint8Array): boolean {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ name, data: toBase64(bytes) }));
    return true;
  } catch {
    return false;
  }
}

/** The handed-over file, once (it is removed as it is read). */
export function takeHandedOffProfile(): { name: string; bytes: ArrayBuffer } | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const { name, data } = JSON.parse(raw) as { name: string; data: string };
    const bin = atob(data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return { name: String(name), bytes: bytes.buffer };
  } catch {
    return null;
  }
}
