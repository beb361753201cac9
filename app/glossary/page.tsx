import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { glossary } from '@/lib/content/glossary';
import { termUsage } from '@/lib/content/search-index';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The terms Heaplab lessons use: span, size class, escape analysis, pacer, runway, niche, victim cache and more.',
};

const LANG = { go: 'Go', rust: 'Rust', both: 'Go and Rust' } as const;

/** `code` spans in a definition as <code>; the rest as text. */
function Rich({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}

export default function Glossary() {
  const terms = glossary;
  const usage = termUsage(undefined, terms);
  return (
    <>
      <h1>Glossary</h1>
      <p className="muted">
        The terms the lessons use, each in a few sentences. Lessons link a term&apos;s first mention here. The numbers are
        those of Go 1.23 and Rust 1.95.
      </p>
      <dl className="glossary">
        {terms.map((t) => (
          <div key={t.id} id={t.id} className="glossary-entry">
            <dt>
              {t.term} {t.lang && <span className="tag">{LANG[t.lang]}</span>}
            </dt>
            <dd>
              <p>
                <Rich text={t.definition} />
              </p>
              {usage[t.id] && (
                <p className="muted">
                  In:{' '}
                  {usage[t.id].map((l, i) => (
                    <Fragment key={l.slug}>
                      {i > 0 && ', '}
                      <Link href={`/lessons/${l.slug}/`}>{l.title}</Link>
                    </Fragment>
                  ))}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
