import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { infographicQuery } from '../api/discoveryQueries';
import { ErrorMessage } from '../components/ErrorMessage';
import { Skeleton } from '../components/Skeleton';
import { InfographicView } from '../features/infographics/InfographicView';
import { NotFoundPage } from './NotFoundPage';

/** `/infographics/{id}`: one infographic, zoomable, with its text version. */
export function InfographicPage() {
  const { id = '' } = useParams();
  const infographicId = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : 0;
  const infographic = useQuery({ ...infographicQuery(infographicId), enabled: infographicId > 0 });

  if (infographicId === 0) return <NotFoundPage what="This infographic" />;
  if (infographic.isPending) return <Skeleton lines={10} label="Loading the infographic" />;
  if (infographic.isError) {
    if (infographic.error instanceof ApiError && infographic.error.kind === 'not_found') return <NotFoundPage what="This infographic" />;
    return <ErrorMessage message={errorMessage(infographic.error)} onRetry={() => void infographic.refetch()} />;
  }
  return (
    <div className="page page-infographic">
      <title>{`${infographic.data.title} — Newswire`}</title>
      <InfographicView infographic={infographic.data} />
    </div>
  );
}
