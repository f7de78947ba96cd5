import { GalleryCards } from '../features/galleries/GalleryCards';

/** `/galleries`: the photo galleries, newest first, with their photo counts. */
export function GalleriesPage() {
  return (
    <div className="page page-galleries">
      <title>Photo galleries — Newswire</title>
      <h1 className="page-title">Photo galleries</h1>
      <GalleryCards />
    </div>
  );
}
