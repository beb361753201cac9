// First-load JavaScript of exported pages: the gzip size of the <script src> files a page's HTML
// loads (noModule polyfills excluded, as modern browsers skip them). Shared by the bench scripts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = new Map();
export function gzipKB(out, rel) {
  const key = `${out}:${rel}`;
  if (!gz.has(key)) gz.set(key, gzipSync(readFileSync(path.join(out, rel.split('?')[0]))).length / 1000);
  return gz.get(key);
}

/** The script files an exported page loads first, as URLs relative to the export root. */
export function firstLoadScripts(out, route) {
  const html = readFileSync(path.join(out, route, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1]?.split('?')[0])
    .filter(Boolean);
  return [...new Set(srcs)];
}

/** { route, files, kB } for one exported route such as '/playground/'. */
export function firstLoad(out, route) {
  const scripts = firstLoadScripts(out, route);
  return { route, files: scripts.length, kB: scripts.reduce((sum, s) => sum + gzipKB(out, s), 0) };
}

/** Every exported page's route (each index.html under out/, skipping _next). */
export function exportedRoutes(out) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) return f === '_next' ? [] : walk(p);
      return f === 'index.html' ? [dir] : [];
    });
  return walk(out)
    .map((d) => ('/' + path.relative(out, d).split(path.sep).join('/') + '/').replace('//', '/'))
    .sort();
}
