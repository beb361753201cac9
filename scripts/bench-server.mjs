// The export served on loopback for the browser benchmarks: scripts/serve.mjs in a process group
// of its own, so it and its `serve` child can both be stopped.
import { spawn } from 'node:child_process';

export function startServer(port) {
  return spawn(process.execPath, ['scripts/serve.mjs', '--port', port], { stdio: 'ignore', detached: true });
}

export async function stopServer(child) {
  const gone = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const t = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 3000);
  await gone;
  clearTimeout(t);
}

export async function waitFor(url, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url}`);
}
