// The MDX plugin list, as plain data: Turbopack needs plugins named by string with JSON
// options, and the lesson test (tests/unit/content) compiles every lesson with the same list.
// The project's own remark step is named by its absolute path (the loader resolves names from the
// lesson's folder, so a relative one would not be found).
import path from 'node:path';

export const remarkGlossaryPath = path.join(process.cwd(), 'lib', 'content', 'remark-glossary.mjs');

export const remarkPlugins = [
  'remark-gfm',
  'remark-math',
  'remark-frontmatter',
  ['remark-mdx-frontmatter', { name: 'frontmatter' }],
  remarkGlossaryPath,
];

/** Languages a lesson's code fence may name: shiki highlights them and makes their <pre> focusable. */
export const codeLangs = ['go', 'rust', 'bash', 'text', 'yaml'];

export const rehypePlugins = [
  'rehype-slug',
  [
    'rehype-autolink-headings',
    {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
      content: { type: 'text', value: '#' },
    },
  ],
  ['rehype-katex', { output: 'htmlAndMathml' }],
  [
    '@shikijs/rehype',
    { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false, langs: codeLangs },
  ],
];
