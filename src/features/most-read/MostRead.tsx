import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isPlainClick } from '../../lib/isPlainClick';
import { errorMessage } from '../../api/client';
import { mostReadQuery } from '../../api/articleQueries';
import { AsOf } from '../../components/AsOf';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import type { MostReadPeriod } from '../../contract/schemas';
import './mostRead.css';
import { StoryMarks } from '../../components/StoryMarks';
import { useMuteFilter } from '../../components/MuteFilter';

const PERIODS: { period: MostReadPeriod; label: string }[] = [
  { period: 'now', label: 'Now' },
  { period: 'today', label: 'Today' },
  { period: 'week', label: 'This week' },
];

/** The window asked for in the address (`?mostRead=today`: the tabs' links, which work without the script). */
export function mostReadPeriod(value: string | null): MostReadPeriod {
  return PERIODS.find((p) => p.period === value)?.period ?? 'now';
}

/** Most read: Now / Today / This week as an ARIA tab list (arrow keys, Home and End move between tabs). */
export function MostRead() {
  const [params] = useSearchParams();
  const [period, setPeriod] = useState<MostReadPeriod>(() => mostReadPeriod(params.get('mostRead')));
  const id = useId();
  const tabs = useRef<(HTMLAnchorElement | null)[]>([]);
  const tabHref = (p: MostReadPeriod) => {
    const next = new URLSearchParams(params);
    if (p === 'now') next.delete('mostRead');
    else next.set('mostRead', p);
    const query = next.toString();
    return query === '' ? '?' : `?${query}`;
  };
  const list = useQuery({ ...mostReadQuery(period), placeholderData: (previous) => previous });
  const { shown, notice } = useMuteFilter(list.data?.items );

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = PERIODS.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = PERIODS[next];
    if (target !== undefined) setPeriod(target.period);
    tabs.current[next]?.focus();
  };

  return (
    <section className="most-read" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="block-heading">
        Most read
      </h2>
      <div role="tablist" aria-label="Most read in" className="most-read-tabs">
        {PERIODS.map((p, i) => (
          <a
            key={p.period}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            href={tabHref(p.period)}
            role="tab"
            id={`${id}-tab-${p.period}`}
            aria-selected={p.period === period}
            aria-controls={`${id}-panel`}
            tabIndex={p.period === period ? 0 : -1}
            onClick={(e) => {
              if (!isPlainClick(e)) return;
              e.preventDefault();
              setPeriod(p.period);
            }}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {p.label}
          </a>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${period}`} className="most-read-panel">
        {list.isPending ? (
          <Skeleton lines={5} label="Loading the most read stories" />
        ) : list.isError ? (
          <ErrorMessage message={errorMessage(list.error)} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <p className="most-read-empty">No stories have been read in this period yet.</p>
        ) : (
          <>
            <AsOf savedAt={list.data.savedAt} fetchedAt={list.dataUpdatedAt} />
            {notice}
            <ol>
              {shown.map((item) => (
                <li key={item.id}>
                  <Link to={item.url}>
                    {item.title}
                    <StoryMarks story={item} />
                  </Link>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
