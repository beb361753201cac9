// Wraps a calibration program's JSON output with the fixture header and
// writes it "pretty but compact": short values on one line, long arrays of
// small tuples wrapped at ~120 columns, everything else one item per line.
// No timestamps, so regenerating on the same toolchain gives the same file.
//
// usage: node format-fixture.mjs <toolchain-string> <raw.json> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';

const [toolchain, rawPath, outPath] = process.argv.slice(2);
if (!toolchain || !rawPath || !outPath) {
  console.error('usage: node format-fixture.mjs <toolchain> <raw.json> <out.json>');
  process.exit(2);
}
const raw = JSON.parse(readFileSync(rawPath, 'utf8'));
const doc = { toolchain, generatedBy: 'scripts/calibrate/run.sh', ...raw };

const WIDTH = 120;
const isPrim = (v) => v === null || typeof v !== 'object';
const isSmallTuple = (v) => Array.isArray(v) && v.length <= 8 && v.every(isPrim);

function fmt(v, indent) {
  const inline = JSON.stringify(v);
  if (isPrim(v) || indent.length + inline.length <= WIDTH) return inline;
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.every((x) => isPrim(x) || isSmallTuple(x))) {
      // pack several items per line
      const lines = [];
      let line = '';
      for (const x of v.map((x) => JSON.stringify(x))) {
        if (line && inner.length + line.length + x.length + 1 > WIDTH) {
          lines.push(line);
          line = '';
        }
        line += (line ? ',' : '') + x;
      }
      if (line) lines.push(line);
      return '[\n' + lines.map((l) => inner + l).join(',\n') + '\n' + indent + ']';
    }
    return '[\n' + v.map((x) => inner + fmt(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  const entries = Object.entries(v).map(([k, x]) => inner + JSON.stringify(k) + ': ' + fmt(x, inner));
  return '{\n' + entries.join(',\n') + '\n' + indent + '}';
}

writeFileSync(outPath, fmt(doc, '') + '\n');
// Round-trip check: the formatted file must parse back to the same value.
if (JSON.stringify(JSON.parse(readFileSync(outPath, 'utf8'))) !== JSON.stringify(doc)) {
  console.error('format-fixture: round trip mismatch for ' + outPath);
  process.exit(1);
}
