import { useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../../api/client';
import { topicQuery } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { FollowButton } from '../../components/FollowButton';
import { MuteButton } from '../../components/MuteButton';
import { StoryList } from '../../components/StoryList';
import './topics.css';

interface TopicStoriesProps {
  slug: string;
  /** Shown when there is no such topic. */
  notFound: React.ReactNode;
}

/** A topic: its title as the page heading, then its stories, newest first, with More stories. */
export function TopicStories({ slug, notFound }: TopicStoriesProps) {
  const topic = useInfiniteQuery(topicQuery(slug));
  if (topic.isPending) return <Skeleton lines={8} label="Loading the topic" />;
  if (topic.isLoadingError) {
    if (topic.error instanceof ApiError && topic.error.kind === 'not_found') return notFound;
    return <ErrorMessage message={errorMessage(topic.error)} onRetry={() => void topic.refetch()} />;
  }
  const first = topic.data.pages[0];
  const title = first?.topic.title ?? slug;
  return (
    <>
      <title>{`${title} — Topics — Newswire`}</title>
      <p className="tag-kind">Topic</p>
      <h1 className="page-title">{title}</h1>
      <div className="tag-actions">
        <FollowButton follow={{ kind: 'topic', slug, name: title }} />
        <MuteButton mute={{ kind: 'topic', slug, name: title }} />
      </div>
      <StoryList
        stories={topic.data.pages.flatMap((p) => p.items)}
        hasMore={topic.hasNextPage}
        loading={topic.isFetchingNextPage}
        failed={topic.isFetchNextPageError}
        onMore={() => void topic.fetchNextPage()}
      />
      {topic.isFetchNextPageError && <ErrorMessage message={errorMessage(topic.error)} />}
    </>
  );
}
