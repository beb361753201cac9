// The toolbar's controls without the store: the playground wires them (./Toolbar), and the skeleton
// draws them disabled with the same values, so the editor below never moves when the one replaces
// the other.

import { examplesFor, findExample, type Example } from '@/lib/playground/examples';
import { LANG_NAME, LANGS, type Lang } from '@/lib/playground/settings';
import type { ReactNode } from 'react';

/** The example menu's value for code that came from a share link. */
export const LINK_SLOT = 'link';

export interface ToolbarViewProps {
  idBase: string;
  examples: Example[];
  lang: Lang;
  slot: string;
  disabled?: boolean;
  onLang?: (l: Lang) => void;
  onSlot?: (slot: string) => void;
  /** Shown after the example menu (the draft badge). */
  children?: ReactNode;
}

export function ToolbarView({ idBase, examples, lang, slot, disabled, onLang, onSlot, children }: ToolbarViewProps) {
  const example = findExample(examples, lang, slot);
  const list = examplesFor(examples, lang);
  return (
    <div className="pg-toolbar">
      <fieldset className="pg-radios" disabled={disabled}>
        <legend>Language</legend>
        {LANGS.map((l) => (
          <label key={l}>
            <input type="radio" name={`${idBase}-lang`} value={l} checked={lang === l} onChange={() => onLang?.(l)} /> {LANG_NAME[l]}
          </label>
        ))}
      </fieldset>
      <div className="pg-field pg-example">
        <label htmlFor={`${idBase}-example`}>Example</label>
        <select id={`${idBase}-example`} value={example ? slot : LINK_SLOT} disabled={disabled} onChange={(e) => onSlot?.(e.target.value)}>
          {!example && <option value={LINK_SLOT}>Code from a shared link</option>}
          {list.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </div>
      {children}
      {example && <p className="pg-teaches">{example.teaches}</p>}
    </div>
  );
}
