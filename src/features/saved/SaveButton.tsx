import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Article } from '../../contract/schemas';
import { removeSavedArticle } from '../../lib/savedStore';
import { askPersistentStorage, persistenceSentence } from './persistentStorage';
import { saveArticle } from './saveArticle';
import { savedListQuery, useSavedInStep } from './savedQueries';
import './saved.css';

interface SaveButtonProps {
  article: Article;
}

type Status = { text: string; failed: boolean } | null;

/** "Save for later": keeps the article and its photo on this device for offline reading; "Remove from saved" undoes it. */
export function SaveButton({ article }: SaveButtonProps) {
  const queryClient = useQueryClient();
  const saved = useQuery(savedListQuery());
  useSavedInStep();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const isSaved = saved.data?.articles.some((a) => a.id === article.id) ?? false;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['saved'] });

  const save = async () => {
    setBusy(true);
    const outcome = await saveArticle(article);
    if (!outcome.saved) {
      setStatus({ text: outcome.message, failed: true });
    } else {
      const photo = outcome.photo === 'not-kept' ? ' Its photo could not be kept (it is hosted by another site or did not load).' : '';
      const persistence = await askPersistentStorage();
      setStatus({ text: `Saved for offline reading.${photo} ${persistenceSentence(persistence)}`, failed: false });
      await refresh();
    }
    setBusy(false);
  };

  const remove = async () => {
    setBusy(true);
    try {
      await removeSavedArticle(article.id);
      setStatus({ text: 'Removed from Saved for later.', failed: false });
      await refresh();
    } catch {
      setStatus({ text: 'Could not remove it: this browser refused to change its storage. Try again.', failed: true });
    }
    setBusy(false);
  };

  return (
    <div className="save-article">
      {isSaved ? (
        <button type="button" className="button button-small" onClick={() => void remove()} disabled={busy}>
          Remove from saved
        </button>
      ) : (
        <button type="button" className="button button-small" onClick={() => void save()} disabled={busy || saved.isPending}>
          Save for later
        </button>
      )}
      <p className={status?.failed === true ? 'save-status save-status-failed' : 'save-status'} role={status?.failed === true ? 'alert' : 'status'}>
        {status?.text}
      </p>
    </div>
  );
}
