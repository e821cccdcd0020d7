// The in-page outline of a case file: plain anchor links to its sections, so it works without
// JavaScript and puts nothing about the person into the URL.
export function Outline({ label, items }: { label: string; items: { id: string; label: string; count?: number }[] }) {
  return (
    <nav className="casefile-outline" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>
              {item.label}
              {item.count ? <span className="casefile-count"> {item.count}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
