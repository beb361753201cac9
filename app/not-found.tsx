import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p><Link href="/">Go to the home page</Link> or <Link href="/lessons/">browse the lessons</Link>.</p>
    </>
  );
}
