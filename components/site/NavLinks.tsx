'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/lessons/', label: 'Lessons' },
  { href: '/playground/', label: 'Playground' },
  { href: '/labs/', label: 'Labs' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/search/', label: 'Search' },
];

export function NavLinks() {
  const path = usePathname() ?? '/';
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={path.startsWith(l.href.slice(0, -1)) ? 'page' : undefined}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
