// Opens DHAT JSON files in valgrind's own viewer (dh_view.js, run in jsdom as the page would run it)
// and prints the text it displays, or fails with the viewer's error. Used by profile-export.sh to
// show that DHAT's viewer opens the exported profiles.
// usage: node scripts/calibrate/dh-view-check.mjs [--view /usr/libexec/valgrind/dh_view.js] FILE.json...
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const args = process.argv.slice(2);
const vi = args.indexOf('--view');
const viewJs = vi >= 0 ? args.splice(vi, 2)[1] : '/usr/libexec/valgrind/dh_view.js';
const src = readFileSync(viewJs, 'utf8');
for (const file of args) {
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { runScripts: 'dangerously', url: 'file:///dh_view.html' });
  const w = dom.window;
  const errors = [];
  w.addEventListener('error', (e) => errors.push(e.message));
  const run = (code) => {
    const s = w.document.createElement('script');
    s.textContent = code;
    w.document.head.appendChild(s);
  };
  run(src);
  run('onLoad()');
  w.__text = readFileSync(file, 'utf8');
  // What loadFile does once the FileReader has the text, without its tryFunc (errors must surface).
  run('gFilename = "export.json"; gData = JSON.parse(window.__text); buildTree(); displayTree();');
  if (errors.length) throw new Error(`${file}: dh_view.js failed: ${errors.join('; ')}`);
  const text = w.document.body.textContent;
  if (/error/i.test(w.document.querySelector('.error')?.textContent ?? '')) throw new Error(`${file}: ${text}`);
  // From the invocation to the legend: the page's controls and its timings say nothing about the file.
  const shown = text.slice(text.indexOf('Invocation {')).replace(/Processing time:.*$/m, '').replace(/Legend:.*$/s, '').trim();
  console.log(`${shown}\n`);
}
