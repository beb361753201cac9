// A share link's hash for a payload, as lib/playground/share.ts writes it (`v=1&z=` + deflate-raw,
// base64url JSON), for the scripts that run in plain Node without TypeScript.
import { deflateRawSync } from 'node:zlib';

export async function encodeShare(p) {
  const z = deflateRawSync(Buffer.from(JSON.stringify(p))).toString('base64url');
  return `v=${p.v}&z=${z}`;
}
