import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client';
import { topicsQuery } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { TagIndex } from './TagIndex';
import './topics.css';

/** Every topic, alphabetically, with its number of stories. */
export function TopicIndex() {
  const topics = useQuery(topicsQuery());
  if (topics.isPending) return <Skeleton lines={8} label="Loading the topics" />;
  if (topics.isError) return <ErrorMessage message={errorMessage(topics.error)} onRetry={() => void topics.refetch()} />;
  return <TagIndex label="Topics" entries={topics.data.topics.map((t) => ({ href: `/topics/${t.slug}`, name: t.title, articles: t.articles }))} />;
}
