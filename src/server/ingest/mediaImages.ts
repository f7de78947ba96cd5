import type { MediaNs } from 'feedsmith';
import type { FeedImage } from './feedTypes';

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i;

/** True when a media object is a picture: by medium, by MIME type, or (neither given) by file extension. */
export function isImage(url: string, type: string | undefined, medium?: string): boolean {
  if (medium !== undefined) return medium.toLowerCase() === 'image';
  if (type !== undefined) return type.toLowerCase().startsWith('image/');
  return IMAGE_EXTENSION.test(url);
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 && n <= 20_000 ? n : undefined;
}

function described(image: FeedImage, from: MediaNs.ItemOrFeed | MediaNs.Content | MediaNs.Group | undefined): FeedImage {
  if (from === undefined) return image;
  const alt = from.title?.value;
  const caption = from.description?.value;
  const credit = from.credits?.[0]?.value;
  return {
    ...image,
    ...(image.alt === undefined && alt !== undefined ? { alt } : {}),
    ...(image.caption === undefined && caption !== undefined ? { caption } : {}),
    ...(image.credit === undefined && credit !== undefined ? { credit } : {}),
  };
}

function fromContent(content: MediaNs.Content, ...parents: (MediaNs.Group | MediaNs.ItemOrFeed | undefined)[]): FeedImage | null {
  if (content.url === undefined || !isImage(content.url, content.type, content.medium)) return null;
  let image: FeedImage = { url: content.url };
  const width = positive(content.width);
  const height = positive(content.height);
  if (width !== undefined && height !== undefined) image = { ...image, width, height };
  image = described(image, content);
  for (const parent of parents) image = described(image, parent);
  return image;
}

/** Pictures of Media RSS (media:content, media:group, then media:thumbnail), best first. */
export function mediaImages(media: MediaNs.ItemOrFeed | undefined): { images: FeedImage[]; thumbnails: FeedImage[] } {
  if (media === undefined) return { images: [], thumbnails: [] };
  const images: FeedImage[] = [];
  for (const content of media.contents ?? []) {
    const image = fromContent(content, media);
    if (image !== null) images.push(image);
  }
  for (const group of media.groups ?? []) {
    for (const content of group.contents ?? []) {
      const image = fromContent(content, group, media);
      if (image !== null) images.push(image);
    }
  }
  const thumbnails = (media.thumbnails ?? []).flatMap((t): FeedImage[] => {
    if (t.url === undefined) return [];
    const width = positive(t.width);
    const height = positive(t.height);
    return [described(width !== undefined && height !== undefined ? { url: t.url, width, height } : { url: t.url }, media)];
  });
  return { images, thumbnails };
}
