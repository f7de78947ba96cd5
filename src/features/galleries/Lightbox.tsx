import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { isPlainClick } from '../../lib/isPlainClick';
import type { Image } from '../../contract/schemas';

interface LightboxProps {
  title: string;
  photos: Image[];
  /** The photo shown, zero-based. */
  index: number;
  /** The address of a photo (zero-based), and of the gallery without it: the controls are links, working without the script. */
  photoHref: (index: number) => string;
  closeHref: string;
  onMove: (step: number) => void;
  onClose: () => void;
}

// A plain click on a control is handled in the app (the address follows); others open the link as usual.
function follow(e: MouseEvent, action: () => void): void {
  if (!isPlainClick(e)) return;
  e.preventDefault();
  action();
}

// A swipe is a mostly horizontal drag of at least this many CSS pixels.
const SWIPE_PX = 50;
const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * One photo of a gallery, large, in a modal dialog: "3 of 9", caption and credit; Previous and
 * Next buttons, the arrow keys and a swipe move between photos (going round at the ends); Escape
 * or Close closes it. Focus stays inside while it is open (the page behind is inert).
 */
export function Lightbox({ title, photos, index, photoHref, closeHref, onMove, onClose }: LightboxProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLAnchorElement>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const titleId = useId();
  const captionId = useId();
  const photo = photos[index];

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    // The dialog comes open (the server renders it so, for readers without the script): made modal here.
    if (typeof d.showModal === 'function') {
      if (d.open) d.close();
      d.showModal();
    }
    close.current?.focus();
    document.documentElement.classList.add('lightbox-open');
    return () => document.documentElement.classList.remove('lightbox-open');
  }, []);

  if (photo === undefined) return null;
  const count = photos.length;

  return (
    <dialog
      ref={dialog}
      open
      className="lightbox"
      aria-labelledby={titleId}
      aria-describedby={captionId}
      onCancel={(e) => {
        e.preventDefault(); // the page closes it, so that the address follows
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') onMove(1);
        else if (e.key === 'ArrowLeft') onMove(-1);
        else if (e.key === 'Escape') onClose();
        else if (e.key === 'Tab') {
          const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
          const first = items[0];
          const last = items.at(-1);
          if (e.shiftKey && document.activeElement === first) last?.focus();
          else if (!e.shiftKey && document.activeElement === last) first?.focus();
          else return;
        } else return;
        e.preventDefault();
      }}
    >
      <div className="lightbox-bar">
        <h2 id={titleId} className="lightbox-title">
          {title}
        </h2>
        <p className="lightbox-count" aria-live="polite" aria-atomic="true">
          {`${String(index + 1)} of ${String(count)}`}
        </p>
        <a ref={close} href={closeHref} className="lightbox-close" onClick={(e) => follow(e, onClose)}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">Close</span>
        </a>
      </div>
      <figure className="lightbox-figure">
        <img
          key={photo.src}
          src={photo.src}
          srcSet={photo.srcset}
          sizes="100vw"
          alt={photo.alt}
          width={photo.width}
          height={photo.height}
          draggable={false}
          onPointerDown={(e) => {
            swipe.current = { x: e.clientX, y: e.clientY };
          }}
          onPointerUp={(e) => {
            const start = swipe.current;
            swipe.current = null;
            if (start === null) return;
            const dx = e.clientX - start.x;
            if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - start.y)) onMove(dx < 0 ? 1 : -1);
          }}
          onPointerCancel={() => {
            swipe.current = null;
          }}
        />
        <figcaption id={captionId}>
          {photo.caption}
          {photo.credit !== undefined && <span className="lightbox-credit">{photo.credit}</span>}
        </figcaption>
      </figure>
      <div className="lightbox-nav">
        <a href={photoHref((index + count - 1) % count)} className="lightbox-step" aria-label="Previous photo" onClick={(e) => follow(e, () => onMove(-1))}>
          <span aria-hidden="true">‹</span> Previous
        </a>
        <a href={photoHref((index + 1) % count)} className="lightbox-step" aria-label="Next photo" onClick={(e) => follow(e, () => onMove(1))}>
          Next <span aria-hidden="true">›</span>
        </a>
      </div>
    </dialog>
  );
}
