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

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
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
  // A feed's photo is served from this site; its credit links to where it came from (or names that site).
  const source = image.sourceUrl !== undefined && /^https?:\/\//i.test(image.sourceUrl) ? image.sourceUrl : undefined;
  const creditText = image.credit ?? (source === undefined ? undefined : hostOf(source));
  if (!withCaption || (image.caption === undefined && creditText === undefined)) return <div className={classes}>{picture}</div>;
  return (
    <figure className={classes}>
      {picture}
      <figcaption>
        {image.caption}
        {creditText !== undefined && (
          <span className="photo-credit">
            {source === undefined ? (
              creditText
            ) : (
              <a href={source} target="_blank" rel="noopener noreferrer" title="The original picture">
                {creditText}
              </a>
            )}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
