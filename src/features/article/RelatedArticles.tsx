import { Link } from 'react-router';
import { Time } from '../../components/Time';
import type { ArticleSummary } from '../../contract/schemas';
import { StoryMarks } from '../../components/StoryMarks';

interface RelatedArticlesProps {
  articles: ArticleSummary[];
}

/** Related articles under the story. */
export function RelatedArticles({ articles }: RelatedArticlesProps) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="block-heading">
        Related articles
      </h2>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <Time value={a.publishedAt} />
            <Link to={a.url}>
              {a.title}
              <StoryMarks story={a} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
