import Link from 'next/link';
import { ThemeSwitch } from './ThemeSwitch';
import { NavLinks } from './NavLinks';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <Link href="/" className="brand" aria-label="Heaplab home">
        <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true"><rect x="3" y="18" width="6" height="11" rx="1" fill="currentColor"/><rect x="13" y="11" width="6" height="18" rx="1" fill="currentColor" opacity=".8"/><rect x="23" y="3" width="6" height="26" rx="1" fill="currentColor" opacity=".6"/></svg>
        <span>Heaplab</span>
      </Link>
      <NavLinks />
      <ThemeSwitch />
    </header>
  );
}
