export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');

export function fmtBytes(n: number): string {
  if (n < 1024) return `${fmtInt(n)} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(n < 10 * 1024 ** 2 ? 2 : 1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
