import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchPage } from '@/components/search/SearchPage';

export const metadata: Metadata = { title: 'Search', description: 'Search every Heaplab lesson and the glossary, in your browser.' };

export default function Search() {
  return (
    <>
      <h1>Search</h1>
      <p className="muted">
        Every lesson and the <Link href="/glossary/">glossary</Link>, searched in your browser: words match whole or by their
        beginning, and a result contains every word you type.
      </p>
      <SearchPage />
    </>
  );
}
