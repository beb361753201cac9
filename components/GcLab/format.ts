import { MiB } from '@/lib/gclab/run';

export const fmtMiB = (bytes: number, digits = 1): string => `${(bytes / MiB).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} MiB`;
export const fmtPct = (f: number): string => `${(f * 100).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
export const fmtSec = (s: number): string => `${s.toLocaleString('en-US', { maximumFractionDigits: 3, minimumFractionDigits: 3 })} s`;
export const fmtInt = (n: number): string => n.toLocaleString('en-US');
/** A signed difference, e.g. "+12.0 MiB", "−3" (a real minus sign). */
export const signed = (s: string, v: number): string => (v > 0 ? `+${s}` : v < 0 ? `−${s.replace(/^-/, '')}` : s);
