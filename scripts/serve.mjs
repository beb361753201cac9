// Serves the static export in out/ on loopback (used by `npm start` and the e2e tests).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : process.env.PORT ?? '3000';
if (!existsSync('out/index.html')) {
  console.error('out/ has no export yet: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}
const serveBin = createRequire(import.meta.url).resolve('serve/build/main.js');
const child = spawn(process.execPath, [serveBin, 'out', '-l', `tcp://127.0.0.1:${port}`, '--no-request-logging', '--no-clipboard'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
