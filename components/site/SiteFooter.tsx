export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Heaplab models Go 1.23 and Rust 1.95. Every figure is checked against real runs of those toolchains;
        each simulator states what it leaves out.
      </p>
    </footer>
  );
}
