import { Link } from 'react-router';

interface ArticlePagerProps {
  count: number;
  /** Zero-based. */
  current: number;
}

/** "3 pages in this article" with links to each page (?page=N in the URL). */
export function ArticlePager({ count, current }: ArticlePagerProps) {
  return (
    <nav className="article-pager" aria-label="Pages of this article">
      <p>{count} pages in this article</p>
      <ol>
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <Link to={i === 0 ? '?' : `?page=${String(i + 1)}`} state={{ pageTurn: true }} aria-current={i === current ? 'page' : undefined} aria-label={`Page ${String(i + 1)}`}>
              {i + 1}
            </Link>
          </li>
        ))}
      </ol>
      {current + 1 < count && (
        <Link to={`?page=${String(current + 2)}`} state={{ pageTurn: true }} className="article-pager-next">
          Next page
        </Link>
      )}
    </nav>
  );
}
