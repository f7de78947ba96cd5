import { useEffect, useRef } from 'react';
import { Time } from '../../components/Time';
import { MediaStories } from '../../components/MediaStories';
import { isPlainClick } from '../../lib/isPlainClick';
import type { Gallery } from '../../contract/discoverySchemas';
import { Lightbox } from './Lightbox';
import { stepPhoto } from './photoParam';
import './galleries.css';

interface GalleryViewProps {
  gallery: Gallery;
  /** The photo open in the lightbox (zero-based), or null. */
  open: number | null;
  /** A reason why the photo asked for in the address is not shown. */
  problem: string | null;
  /** Opens (a number), moves to (a number, `moving`) or closes (null) the lightbox. */
  onOpen: (index: number | null, moving?: boolean) => void;
}

/** The address of a gallery's photo (zero-based index): a link that opens it, with or without the script. */
function photoHref(index: number): string {
  return `?photo=${String(index + 1)}`;
}

/** A photo gallery: title, lead, every photo as a thumbnail that opens the lightbox, and its stories. */
export function GalleryView({ gallery, open, problem, onOpen }: GalleryViewProps) {
  const thumbs = useRef<(HTMLAnchorElement | null)[]>([]);
  const lastOpen = useRef<number | null>(open);
  // The photo shown as far as key presses know: two presses may come before the page re-renders.
  const shown = useRef<number | null>(open);
  const count = gallery.photos.length;

  useEffect(() => {
    // Closing the lightbox returns focus to the thumbnail of the photo last shown.
    if (open === null && lastOpen.current !== null) thumbs.current[lastOpen.current]?.focus();
    // Opening or closing sets the photo shown; a move set it already, and a render of an earlier
    // move (arrow keys pressed faster than the page renders) must not take it back.
    if (open === null || lastOpen.current === null) shown.current = open;
    lastOpen.current = open;
  }, [open]);

  const move = (step: number) => {
    const next = stepPhoto(shown.current ?? open ?? 0, step, count);
    shown.current = next;
    onOpen(next, true);
  };

  return (
    <article className="gallery">
      <p className="media-kind">Photo gallery</p>
      <h1 className="page-title">{gallery.title}</h1>
      <p className="media-meta">
        <Time value={gallery.publishedAt} />
        <span aria-hidden="true"> · </span>
        {`${String(count)} photos`}
      </p>
      <p className="media-lead">{gallery.lead}</p>
      {problem !== null && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      <ul className="gallery-grid">
        {gallery.photos.map((photo, i) => (
          <li key={photo.src}>
            <a
              ref={(el) => {
                thumbs.current[i] = el;
              }}
              href={photoHref(i)}
              className="gallery-thumb"
              aria-label={`Photo ${String(i + 1)} of ${String(count)}: ${photo.alt}`}
              onClick={(e) => {
                if (!isPlainClick(e)) return;
                e.preventDefault();
                onOpen(i);
              }}
            >
              <img src={photo.src} srcSet={photo.srcset} sizes="(min-width: 48rem) 30vw, 50vw" alt="" width={photo.width} height={photo.height} loading={i < 4 ? 'eager' : 'lazy'} decoding="async" />
            </a>
          </li>
        ))}
      </ul>
      {open !== null && (
        <Lightbox title={gallery.title} photos={gallery.photos} index={open} photoHref={photoHref} closeHref={gallery.url} onMove={move} onClose={() => onOpen(null)} />
      )}
      <MediaStories stories={gallery.related} />
    </article>
  );
}
