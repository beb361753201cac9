import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lessonsDir, loadLessons } from '@/lib/content/lessons';
import { codeLangs, rehypePlugins, remarkPlugins, type PluginEntry } from '@/lib/content/mdx-options.mjs';
import { lessonComponents } from '@/components/mdx/registry';

// Compiles every lesson with the site's own plugin list, so a broken lesson fails here with its
// file and line before any Next build.

async function resolve(entries: PluginEntry[]) {
  return Promise.all(
    entries.map(async (e) => {
      const [name, options] = typeof e === 'string' ? [e, undefined] : e;
      const mod = await import(name);
      return options ? [mod.default, options] : mod.default;
    }),
  );
}

const files = fs.readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx'));

describe('lessons', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('name only code languages the highlighter loads (an unknown one renders a plain <pre> that axe flags when it scrolls)', () => {
    for (const f of fs.readdirSync(lessonsDir).filter((x) => x.endsWith('.mdx'))) {
      const langs = [...fs.readFileSync(path.join(lessonsDir, f), 'utf8').matchAll(/^```(\S+)/gm)].map((m) => m[1]);
      expect(langs.filter((l) => !codeLangs.includes(l)), f).toEqual([]);
    }
  });

  // Issue 14's lesson shape: something to predict, something to run, an exercise and a recap.
  it('each have a predict-then-reveal question, a lab or playground example, a graded exercise and a recap', () => {
    for (const f of fs.readdirSync(lessonsDir).filter((x) => x.endsWith('.mdx'))) {
      const text = fs.readFileSync(path.join(lessonsDir, f), 'utf8');
      expect(/<\w*Predict\b/.test(text), `${f}: a Predict question`).toBe(true);
      expect(/<(PlaygroundLink|\w+Lab)\b/.test(text), `${f}: a lab or a playground example`).toBe(true);
      expect(/<Exercise id="/.test(text), `${f}: an exercise`).toBe(true);
      expect(/^## Recap$/m.test(text), `${f}: a Recap section`).toBe(true);
    }
  });

  it('have valid front-matter, unique orders and existing prerequisites', () => {
    const lessons = loadLessons();
    expect(lessons.map((l) => l.slug).sort()).toEqual(files.map((f) => f.replace(/\.mdx$/, '')).sort());
  });

  for (const f of files) {
    it(`${f} compiles and uses only registered components`, async () => {
      const file = path.join(lessonsDir, f);
      const value = fs.readFileSync(file, 'utf8');
      try {
        await compile(new VFile({ path: file, value }), {
          remarkPlugins: await resolve(remarkPlugins),
          rehypePlugins: await resolve(rehypePlugins),
        });
      } catch (e) {
        const err = e as { line?: number; column?: number; message: string };
        throw new Error(`content/lessons/${f}:${err.line ?? '?'}:${err.column ?? '?'}: ${err.message}`);
      }
      const used = new Set([...stripCode(value).matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]));
      const missing = [...used].filter((name) => !(name in lessonComponents));
      expect(missing, `components used in ${f} but not registered in components/mdx/registry.tsx`).toEqual([]);
    });
  }
});

/** Code and JSX attribute strings (a type="Option<Box<u64>>" names no component) are left out. */
function stripCode(src: string) {
  return src.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '').replace(/=\s*"[^"\n]*"/g, '=""');
}
