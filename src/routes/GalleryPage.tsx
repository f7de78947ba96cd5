import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { galleryQuery } from '../api/discoveryQueries';
import { ErrorMessage } from '../components/ErrorMessage';
import { Skeleton } from '../components/Skeleton';
import { GalleryView } from '../features/galleries/GalleryView';
import { photoParam } from '../features/galleries/photoParam';
import { NotFoundPage } from './NotFoundPage';

/** `/galleries/{id}?photo=3`: a photo gallery; `photo` opens the lightbox on that photo (a shareable link). */
export function GalleryPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const galleryId = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : 0;
  const gallery = useQuery({ ...galleryQuery(galleryId), enabled: galleryId > 0 });

  if (galleryId === 0) return <NotFoundPage what="This gallery" />;
  if (gallery.isPending) return <Skeleton lines={10} label="Loading the gallery" />;
  if (gallery.isError) {
    if (gallery.error instanceof ApiError && gallery.error.kind === 'not_found') return <NotFoundPage what="This gallery" />;
    return <ErrorMessage message={errorMessage(gallery.error)} onRetry={() => void gallery.refetch()} />;
  }
  const { index, problem } = photoParam(search.get('photo'), gallery.data.photos.length);
  // Opening a photo adds a history entry (Back closes it); moving between photos replaces it.
  const openedHere = location.state === 'lightbox';
  const onOpen = (next: number | null, moving = false) => {
    if (next === null) {
      if (openedHere) void navigate(-1);
      else setSearch({}, { replace: true });
    } else setSearch({ photo: String(next + 1) }, { replace: moving || index !== null, state: moving && !openedHere ? null : 'lightbox' });
  };
  return (
    <div className="page page-gallery">
      <title>{`${index === null ? '' : `Photo ${String(index + 1)} — `}${gallery.data.title} — Newswire`}</title>
      <GalleryView gallery={gallery.data} open={index} problem={problem} onOpen={onOpen} />
    </div>
  );
}
