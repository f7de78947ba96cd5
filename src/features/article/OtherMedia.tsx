import type { OtherMedia as OtherMediaLink } from '../../contract/schemas';
import { isExternalUrl } from '../../contract/articleHtml';

interface OtherMediaProps {
  links: OtherMediaLink[];
}

/** "In other media": other outlets' coverage, opening in a new tab. */
export function OtherMedia({ links }: OtherMediaProps) {
  const safe = links.filter((l) => isExternalUrl(l.url));
  if (safe.length === 0) return null;
  return (
    <section className="other-media" aria-labelledby="other-media-heading">
      <h2 id="other-media-heading" className="block-heading">
        In other media
      </h2>
      <ul>
        {safe.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
            <span className="other-media-source">{l.source}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
