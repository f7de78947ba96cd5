import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage, isNetworkError } from '../../api/client';
import { followingNewQuery, followingQuery } from '../../api/followingQueries';
import { AsOf } from '../../components/AsOf';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotOnDevice } from '../../components/NotOnDevice';
import { Skeleton } from '../../components/Skeleton';
import { followParams, followStore, type Follow } from '../../lib/follows';
import { myNewsVisitStore } from '../../lib/myNewsVisits';
import { useReadMarks } from '../../lib/readMarks';
import { useHydrated } from '../../lib/useHydrated';
import { FollowButton } from '../../components/FollowButton';
import { StoryList } from '../../components/StoryList';
import { useMuteFilter } from '../../components/MuteFilter';
import './myNews.css';

const KIND_PATH = { section: '', topic: '/topics', person: '/persons' };

function followHref(follow: Follow): string {
  return `${KIND_PATH[follow.kind]}/${follow.slug}`;
}

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

/** What the reader follows, each a link to its page with its Following toggle. */
function FollowList({ follows }: { follows: readonly Follow[] }) {
  return (
    <section aria-labelledby="following-heading" className="my-follows">
      <h2 id="following-heading" className="block-heading">
        {`You follow ${plural(follows.length, 'subject', 'subjects')}`}
      </h2>
      <ul className="tag-list">
        {follows.map((follow) => (
          <li key={`${follow.kind}:${follow.slug}`} className="tag-item">
            <Link to={followHref(follow)} className="tag">
              {follow.name}
            </Link>
            <FollowButton follow={follow} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The stories of everything followed, newest first, with what is new since the last visit and what is unread. */
function FollowedStories({ follows, lastVisit }: { follows: readonly Follow[]; lastVisit: string | null }) {
  const params = useMemo(() => followParams(follows), [follows]);
  const stories = useInfiniteQuery(followingQuery(params));
  const fresh = useQuery({ ...followingNewQuery(params, lastVisit ?? ''), enabled: lastVisit !== null });
  const marks = useReadMarks();
  const all = useMemo(() => stories.data?.pages.flatMap((page) => page.items), [stories.data]);
  const { shown: items, notice } = useMuteFilter(all);
  if (stories.isPending) return <Skeleton lines={8} label="Loading My News" />;
  if (stories.isLoadingError) {
    if (isNetworkError(stories.error)) return <NotOnDevice />;
    return <ErrorMessage message={errorMessage(stories.error)} onRetry={() => void stories.refetch()} />;
  }
  const unread = items.filter((story) => !marks.has(story.id)).length;
  const savedAt = stories.data.pages.find((page) => page.savedAt !== undefined)?.savedAt;
  return (
    <section aria-labelledby="my-stories-heading">
      <h2 id="my-stories-heading" className="block-heading">
        Newest stories
      </h2>
      <AsOf savedAt={savedAt} fetchedAt={stories.dataUpdatedAt} />
      <p className="my-counts" role="status">
        {fresh.data !== undefined && <span>{fresh.data === 0 ? 'Nothing new since your last visit' : `${fresh.data >= 1000 ? '1,000 or more stories' : plural(fresh.data, 'story', 'stories')} new since your last visit`}</span>}
        {items.length > 0 && <span>{`${String(unread)} unread of the ${plural(items.length, 'story', 'stories')} shown`}</span>}
      </p>
      {notice}
      {items.length === 0 ? (
        <p>{notice === null ? 'Nothing yet from what you follow.' : 'Your mutes hide every story here.'}</p>
      ) : (
        <StoryList
          stories={items}
          hasMore={stories.hasNextPage}
          loading={stories.isFetchingNextPage}
          failed={stories.isFetchNextPageError}
          onMore={() => void stories.fetchNextPage()}
        />
      )}
      {stories.isFetchNextPageError && <ErrorMessage message={errorMessage(stories.error)} />}
    </section>
  );
}

/** My News once the device's storage can be read: the previous visit is read on arrival, this one remembered. */
function MyNewsHere({ mutes }: { mutes: ReactNode }) {
  const follows = followStore.use();
  const [lastVisit] = useState(myNewsVisitStore.get);
  useEffect(() => {
    myNewsVisitStore.set(new Date().toISOString());
  }, []);
  return (
    <div className="my-news">
      {follows.length === 0 ? (
        <div className="my-empty">
          <p>You follow nothing yet. Use “Follow” on a section, a topic or a person, or beside the Persons and Topics of an article, and their newest stories gather here.</p>
          <p>
            <Link to="/topics">Topics</Link> · <Link to="/persons">Persons</Link> · <Link to="/">News Feed</Link>
          </p>
        </div>
      ) : (
        <>
          <FollowList follows={follows} />
          <FollowedStories follows={follows} lastVisit={lastVisit} />
        </>
      )}
      {mutes}
      <p className="my-data">
        Your follows, mutes, read marks and saved articles stay on this device: <Link to="/data">take them to another one</Link>.
      </p>
    </div>
  );
}

/** My News: what the reader follows on this device, its stories and `mutes` (the reader's mutes) (kept by the script: the server draws the frame). */
export function MyNews({ mutes }: { mutes: ReactNode }) {
  if (useHydrated()) return <MyNewsHere mutes={mutes} />;
  return (
    <>
      <noscript>
        <p className="notice">My News is kept on this device by the page’s script: with JavaScript off it cannot be shown. The sections, Topics and Persons work without it.</p>
      </noscript>
      <div className="needs-script">
        <Skeleton lines={8} label="Loading My News" />
      </div>
    </>
  );
}
