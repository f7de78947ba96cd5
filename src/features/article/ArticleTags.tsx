import { Link } from 'react-router';
import type { Person, Topic } from '../../contract/schemas';
import { FollowButton } from '../../components/FollowButton';
import { MuteButton } from '../../components/MuteButton';

interface ArticleTagsProps {
  persons: Person[];
  topics: Topic[];
}

/** Persons and Topics of an article, linking to their pages, each with Follow and Mute. */
export function ArticleTags({ persons, topics }: ArticleTagsProps) {
  if (persons.length === 0 && topics.length === 0) return null;
  return (
    <div className="article-tags">
      {persons.length > 0 && (
        <section aria-labelledby="persons-heading">
          <h2 id="persons-heading" className="tags-heading">
            Persons
          </h2>
          <ul className="tag-list">
            {persons.map((p) => (
              <li key={p.slug} className="tag-item">
                <Link to={`/persons/${p.slug}`} className="tag">
                  {p.name}
                </Link>
                <FollowButton follow={{ kind: 'person', slug: p.slug, name: p.name }} compact />
                <MuteButton mute={{ kind: 'person', slug: p.slug, name: p.name }} compact />
              </li>
            ))}
          </ul>
        </section>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="tags-heading">
            Topics
          </h2>
          <ul className="tag-list">
            {topics.map((t) => (
              <li key={t.slug} className="tag-item">
                <Link to={`/topics/${t.slug}`} className="tag">
                  {t.title}
                </Link>
                <FollowButton follow={{ kind: 'topic', slug: t.slug, name: t.title }} compact />
                <MuteButton mute={{ kind: 'topic', slug: t.slug, name: t.title }} compact />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
