import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { Time } from '../../components/Time';
import { sectionTitle } from '../../contract/sections';
import { removeSavedArticle, type SavedArticle } from '../../lib/savedStore';
import { persistenceSentence, storagePersistence, type Persistence } from './persistentStorage';
import { savedListQuery, useSavedInStep } from './savedQueries';
import './saved.css';
import { StoryMarks } from '../../components/StoryMarks';

function SavedPhoto({ saved }: { saved: SavedArticle }) {
  const url = useMemo(() => (saved.photo === null ? null : URL.createObjectURL(saved.photo)), [saved.photo]);
  useEffect(() => () => {
    if (url !== null) URL.revokeObjectURL(url);
  }, [url]);
  const image = saved.article.image;
  if (url === null || image === undefined) return null;
  return <img src={url} alt="" width={image.width} height={image.height} />;
}

/** Saved for later: every article kept on this device, newest saved first, each removable. */
export function SavedList() {
  const queryClient = useQueryClient();
  const saved = useQuery(savedListQuery());
  useSavedInStep();
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void storagePersistence().then(setPersistence);
  }, []);

  if (saved.isPending) return <Skeleton lines={4} label="Loading your saved articles" />;
  if (saved.isError) return <ErrorMessage message="This browser would not open the saved articles (its storage may be blocked, as in some private windows)." />;

  const remove = async (item: SavedArticle) => {
    try {
      await removeSavedArticle(item.id);
      setMessage(`Removed “${item.article.title}”.`);
    } catch {
      setMessage('Could not remove it: this browser refused to change its storage. Try again.');
    }
    await queryClient.invalidateQueries({ queryKey: ['saved'] });
  };

  const { articles, unreadable } = saved.data;
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading" className="block-heading">
        {articles.length === 1 ? '1 saved article' : `${String(articles.length)} saved articles`}
      </h2>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {persistence !== null && articles.length > 0 && <p className="saved-item-meta">{persistenceSentence(persistence)}</p>}
      {unreadable > 0 && <p className="notice">{`${String(unreadable)} saved item${unreadable === 1 ? '' : 's'} could not be read by this version of Newswire and ${unreadable === 1 ? 'is' : 'are'} not shown.`}</p>}
      {articles.length === 0 ? (
        <p>Nothing saved yet. Use “Save for later” on an article to read it here, also offline.</p>
      ) : (
        <ul className="saved-list">
          {articles.map((item) => (
            <li key={item.id} className="saved-item">
              <SavedPhoto saved={item} />
              <div className="saved-item-text">
                <h3 className="saved-item-title">
                  <Link to={item.article.url} data-story-link>
                    {item.article.title}
                    <StoryMarks story={item.article} />
                  </Link>
                </h3>
                <p className="saved-item-meta">
                  {sectionTitle(item.article.section)} · saved <Time value={item.savedAt} />
                </p>
              </div>
              <button type="button" className="button button-small" onClick={() => void remove(item)} aria-label={`Remove “${item.article.title}” from saved`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
