import { useQuery, type UseInfiniteQueryResult, type InfiniteData } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { feedUpdatesQuery, type MaybeCopy } from '../../api/queries';
import { AsOf } from '../../components/AsOf';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useMuteFilter } from '../../components/MuteFilter';
import type { FeedPage } from '../../contract/schemas';
import type { SectionSlug } from '../../contract/sections';
import { feedRows, uniqueById } from './feedRows';
import { MarkAllRead } from './MarkAllRead';
import { MoreNews } from './MoreNews';
import { NewStoriesButton } from './NewStoriesButton';
import { useNewStories } from './useNewStories';
import { PlainFeed } from './PlainFeed';
import type { VirtualFeedHandle } from './VirtualFeed';

// Past this many rows (about five pages of stories) the list is virtualised: only the rows near the
// viewport stay in the page. The virtualiser's code loads when the reader first asks for more news.
const PLAIN_ROWS = 150;
const loadVirtualFeed = () => import('./VirtualFeed');
const VirtualFeed = lazy(async () => ({ default: (await loadVirtualFeed()).VirtualFeed }));

interface FeedViewProps {
  /** The address of the page after a cursor (More news as a link: it works before and without the script). */
  moreHref: (cursor: string) => string;
  /** The feed's query (for More news and its errors). */
  feed: UseInfiniteQueryResult<InfiniteData<MaybeCopy<FeedPage>>>;
  /** The loaded pages as drawn (a deferred copy of the query's data). */
  data: InfiniteData<MaybeCopy<FeedPage>>;
  sections: readonly SectionSlug[] | null;
  emptyMessage: string;
  timeZone: string;
  /** Today in the reader's city (ms), for the day headings. */
  today: number;
}

/**
 * The News Feed once its first page is in: the stories grouped by day (a virtualised list once long),
 * More news, new stories on request.
 */
export function FeedView({ feed, data, sections, emptyMessage, timeZone, today, moreHref }: FeedViewProps) {
  const list = useRef<VirtualFeedHandle>(null);
  const [focusRequest, setFocusRequest] = useState<{ key: string; nonce: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const items = useMemo(() => uniqueById(data.pages.flatMap((page) => page.items)), [data]);
  const { shown, notice } = useMuteFilter(items);
  const rows = useMemo(() => feedRows(shown, new Date(today), timeZone), [shown, today, timeZone]);
  const insertNewStories = useNewStories(sections, items[0]?.id);
  // A feed shown from the copy on this device says so until the new-stories check (which runs as
  // soon as the connection returns) finds nothing newer; the feed itself never changes under the reader.
  const savedAt = data.pages.find((page) => page.savedAt !== undefined)?.savedAt;
  const current = useQuery({
    ...feedUpdatesQuery(sections, items[0]?.id ?? 0),
    enabled: savedAt !== undefined && items.length > 0,
    select: (updates) => updates.count === 0,
  });

  const showSection = sections?.length !== 1;
  const nextCursor = data.pages.at(-1)?.nextCursor ?? null;

  const showNew = async () => {
    list.current?.captureAnchor();
    try {
      const added = await insertNewStories();
      const first = added === 'reloaded' ? undefined : added[0];
      if (added === 'reloaded') window.scrollTo({ top: 0 });
      else if (first !== undefined) setFocusRequest({ key: `story-${String(first.id)}`, nonce: Date.now() });
      setAnnouncement(added === 'reloaded' ? 'The feed was reloaded with the newest stories.' : `${String(added.length)} new stories added at the top of the feed.`);
    } catch (error) {
      setAnnouncement(errorMessage(error));
    }
  };

  return (
    <section className="feed" aria-label="News Feed">
      <AsOf savedAt={savedAt} fetchedAt={feed.dataUpdatedAt} stillCopy={current.data !== true} />
      <NewStoriesButton sections={sections} newestId={items[0]?.id} onShow={() => void showNew()} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <MarkAllRead stories={shown} onDone={setAnnouncement} />
      {notice}
      {rows.length === 0 ? (
        <p className="feed-empty">{notice === null ? emptyMessage : 'Your mutes hide every story loaded here.'}</p>
      ) : rows.length <= PLAIN_ROWS ? (
        <PlainFeed ref={list} rows={rows} showSection={showSection} focusRequest={focusRequest} />
      ) : (
        <Suspense fallback={<PlainFeed ref={list} rows={rows} showSection={showSection} focusRequest={focusRequest} />}>
          <VirtualFeed ref={list} rows={rows} showSection={showSection} focusRequest={focusRequest} />
        </Suspense>
      )}
      {rows.length > 0 && (
        <MoreNews
          next={nextCursor === null ? null : moreHref(nextCursor)}
          loading={feed.isFetchingNextPage}
          failed={feed.isFetchNextPageError}
          onMore={() => {
            void loadVirtualFeed().catch(() => undefined);
            void feed.fetchNextPage();
          }}
        />
      )}
      {feed.isFetchNextPageError && <ErrorMessage message={errorMessage(feed.error)} />}
    </section>
  );
}
