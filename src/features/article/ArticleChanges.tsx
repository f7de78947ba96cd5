import { diffWords } from 'diff';
import { useState } from 'react';
import { Time } from '../../components/Time';
import type { Article, ArticleRevision } from '../../contract/schemas';
import { markRead, readMarkStore } from '../../lib/readMarks';
import { articleText } from '../../lib/sanitizeArticleHtml';
import { useHydrated } from '../../lib/useHydrated';

// "Updated since you read it — see what changed", and the article's earlier versions, each shown as a
// word-level diff of its title, lead and body against the current one. Loaded only for an article
// that has earlier versions (with the diff package).

function WordDiff({ label, before, after }: { label: string; before: string; after: string }) {
  const parts = diffWords(before, after);
  const changed = parts.some((p) => p.added || p.removed);
  return (
    <div className="changes-field">
      <h3 className="changes-label">{changed ? label : `${label} (unchanged)`}</h3>
      <p className="changes-text">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i}>{part.value}</ins>
          ) : part.removed ? (
            <del key={i}>{part.value}</del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
    </div>
  );
}

function Changes({ article, from }: { article: Article; from: ArticleRevision }) {
  return (
    <div className="changes" role="region" aria-label={`What changed since the version of ${new Date(from.at).toUTCString()}`}>
      <p className="changes-legend">
        From the version of <Time value={from.at} /> to this one: <del>removed</del> <ins>added</ins>
      </p>
      <WordDiff label="Headline" before={from.title} after={article.title} />
      <WordDiff label="Lead" before={from.lead} after={article.lead} />
      <WordDiff label="Text" before={articleText(from.pages)} after={articleText(article.pages)} />
    </div>
  );
}

/** The version the reader read, when the article changed since: the newest one current at their reading. */
function versionRead(article: Article, revisions: readonly ArticleRevision[]): ArticleRevision | null {
  const mark = readMarkStore.use().find(([id]) => id === article.id);
  if (mark === undefined || article.updatedAt === undefined || mark[2] >= Date.parse(article.updatedAt)) return null;
  const read = mark[2] === 0 ? Date.parse(article.publishedAt) : mark[2];
  return revisions.find((r) => Date.parse(r.at) <= read) ?? revisions.at(-1) ?? null;
}

/** What changed in an article: for a reader who read an earlier version, and for anyone, its earlier versions. */
export function ArticleChanges({ article }: { article: Article }) {
  const revisions = article.revisions ?? [];
  const hydrated = useHydrated();
  const read = versionRead(article, revisions);
  const [shown, setShown] = useState<ArticleRevision | null>(null);
  const show = (revision: ArticleRevision) => {
    setShown(revision);
    // Seen: the reader now knows this version.
    markRead([{ id: article.id, updatedAt: article.updatedAt }]);
  };
  if (revisions.length === 0) return null;
  return (
    <section className="article-changes" aria-label="Earlier versions">
      {hydrated && read !== null && shown === null && (
        <p className="notice changes-notice">
          Updated since you read it —{' '}
          <button type="button" className="link-button" onClick={() => show(read)}>
            see what changed
          </button>
        </p>
      )}
      <details>
        <summary>{`Earlier versions (${String(revisions.length)})`}</summary>
        <ul className="changes-versions">
          {revisions.map((revision) => (
            <li key={revision.at}>
              <Time value={revision.at} />: {revision.title}{' '}
              <button type="button" className="link-button needs-script" onClick={() => show(revision)} aria-label={`Compare the version of ${new Date(revision.at).toUTCString()} with this one`}>
                compare
              </button>
            </li>
          ))}
        </ul>
      </details>
      {shown !== null && <Changes article={article} from={shown} />}
    </section>
  );
}
