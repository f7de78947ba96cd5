import { useId, useRef, useState } from 'react';
import { shareLinks } from './shareLinks';
import './share.css';

interface ShareButtonProps {
  /** The canonical, absolute URL of the article. */
  url: string;
  title: string;
}

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * Share: the device's own share sheet where the browser has the Web Share API; otherwise (or when
 * it fails) a menu with Copy link, Email, Telegram, X, Facebook and VK.
 */
export function ShareButton({ url, title }: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const menuId = useId();
  const field = useRef<HTMLInputElement>(null);

  const share = async () => {
    if (typeof navigator.share === 'function' && !open) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return; // the reader closed the sheet
      }
    }
    setCopy('idle');
    setOpen(!open);
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('refused');
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <div
      className="share"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          e.currentTarget.querySelector<HTMLButtonElement>('.share-button')?.focus();
        }
      }}
    >
      <button type="button" className="button button-small share-button" aria-expanded={open} aria-controls={menuId} onClick={() => void share()}>
        Share
      </button>
      <div id={menuId} className="share-menu" hidden={!open}>
        <ul>
          <li>
            <button type="button" onClick={() => void copyLink()}>
              Copy link
            </button>
          </li>
          {shareLinks(url, title).map((target) => (
            <li key={target.name}>
              <a href={target.href} target="_blank" rel="noopener noreferrer">
                {target.name}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
        <p role="status" className="share-status">
          {copy === 'copied' ? 'Link copied' : copy === 'refused' ? 'Your browser did not allow copying. Copy the link from the field below.' : ''}
        </p>
        {copy === 'refused' && (
          <label className="share-field">
            Link to this article
            <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </div>
    </div>
  );
}
