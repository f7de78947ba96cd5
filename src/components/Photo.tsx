import type { Image } from '../contract/schemas';

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

/** A picture with intrinsic width and height (so nothing shifts), responsive sources, caption and credit. */
export function Photo({ image, sizes, priority = false, withCaption = false, className }: PhotoProps) {
  const img = (
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
  if (!withCaption || (image.caption === undefined && image.credit === undefined)) {
    return <div className={['photo', className].filter(Boolean).join(' ')}>{img}</div>;
  }
  return (
    <figure className={['photo', className].filter(Boolean).join(' ')}>
      {img}
      <figcaption>
        {image.caption}
        {image.credit !== undefined && <span className="photo-credit">{image.credit}</span>}
      </figcaption>
    </figure>
  );
}
