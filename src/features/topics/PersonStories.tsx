import { useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../../api/client';
import { personQuery } from '../../api/discoveryQueries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { FollowButton } from '../../components/FollowButton';
import { MuteButton } from '../../components/MuteButton';
import { StoryList } from '../../components/StoryList';
import './topics.css';

interface PersonStoriesProps {
  slug: string;
  /** Shown when there is no such person. */
  notFound: React.ReactNode;
}

/** A person: their name as the page heading, then the stories that mention them, newest first, with More stories. */
export function PersonStories({ slug, notFound }: PersonStoriesProps) {
  const person = useInfiniteQuery(personQuery(slug));
  if (person.isPending) return <Skeleton lines={8} label="Loading the person" />;
  if (person.isLoadingError) {
    if (person.error instanceof ApiError && person.error.kind === 'not_found') return notFound;
    return <ErrorMessage message={errorMessage(person.error)} onRetry={() => void person.refetch()} />;
  }
  const first = person.data.pages[0];
  const title = first?.person.name ?? slug;
  return (
    <>
      <title>{`${title} — Persons — Newswire`}</title>
      <p className="tag-kind">Person</p>
      <h1 className="page-title">{title}</h1>
      <div className="tag-actions">
        <FollowButton follow={{ kind: 'person', slug, name: title }} />
        <MuteButton mute={{ kind: 'person', slug, name: title }} />
      </div>
      <StoryList
        stories={person.data.pages.flatMap((p) => p.items)}
        hasMore={person.hasNextPage}
        loading={person.isFetchingNextPage}
        failed={person.isFetchNextPageError}
        onMore={() => void person.fetchNextPage()}
      />
      {person.isFetchNextPageError && <ErrorMessage message={errorMessage(person.error)} />}
    </>
  );
}
