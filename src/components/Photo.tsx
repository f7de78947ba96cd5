import { useState } from 'react';
import type { Image } from '../contract/schemas';
import { isDataSaverOn, useDisplayPrefs } from '../lib/displayPrefs';

interface PhotoProps {
  image: Image;
  /** The `sizes` attribute: how wide the picture is shown. */
  sizes: string;
  /** Load at once and first (the page's main picture). */
  priority?: boolean;
  /** Show caption and credit under the picture. */
  withCaption?: boolean;
  className?: string;
}

/**
 * A picture with intrinsic width and height (so nothing shifts), responsive sources, caption and
 * credit. With data saver on, it loads only when the reader taps its placeholder.
 */
export function Photo({ image, sizes, priority = false, withCaption = false, className }: PhotoProps) {
  const saver = isDataSaverOn(useDisplayPrefs());
  const [requested, setRequested] = useState(false);
  const picture =
    saver && !requested ? (
      <button
        type="button"
        className="photo-placeholder"
        style={{ aspectRatio: `${String(image.width)} / ${String(image.height)}` }}
        onClick={() => setRequested(true)}
      >
        <span>Show picture</span>
        <span className="photo-placeholder-alt">{image.alt}</span>
      </button>
    ) : (
      <img
        src={image.src}
        srcSet={image.srcset}
        sizes={image.srcset === undefined ? undefined : sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'auto' : 'async'}
        fetchPriority={priority ? 'high' : undefined}
      />
    );
  const classes = ['photo', className].filter(Boolean).join(' ');
  if (!withCaption || (image.caption === undefined && image.credit === undefined)) return <div className={classes}>{picture}</div>;
  return (
    <figure className={classes}>
      {picture}
      <figcaption>
        {image.caption}
        {image.credit !== undefined && <span className="photo-credit">{image.credit}</span>}
      </figcaption>
    </figure>
  );
}
