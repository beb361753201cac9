// The share-link hash that opens a playground example as the playground itself would (its settings,
// and Compare when the example has a second program or setting). Build time: lessons link examples.

import type { Example } from './examples';
import { DEFAULT_SETTINGS } from './settings';
import { CURRENT_VERSION, encodeShare, type SharePayload } from './share';

export function examplePayload(e: Example): SharePayload {
  const a = { lang: e.lang, code: e.code, settings: { ...DEFAULT_SETTINGS, ...e.settings }, example: e.id };
  const payload: SharePayload = { v: CURRENT_VERSION, a };
  if (e.compareCode !== undefined) payload.b = { lang: e.lang, code: e.compareCode, settings: a.settings, example: e.id };
  else if (e.compareSettings) payload.b = { ...a, settings: { ...a.settings, ...e.compareSettings } };
  return payload;
}

export async function exampleHash(e: Example): Promise<string> {
  return encodeShare(examplePayload(e));
}
