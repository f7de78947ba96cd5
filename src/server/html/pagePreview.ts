import type { SearchHit } from '../../contract/discoverySchemas';
import { ARTICLE_IMAGE_SIZES, TOP_STORY_IMAGE_SIZES } from '../../contract/imageSizes';
import type { Article, ArticleSummary, Image } from '../../contract/schemas';
import { SECTIONS, sectionTitle, type SectionSlug } from '../../contract/sections';
import { highlightSegments } from '../../features/search/highlightSegments';
import { ageInMinutes } from '../../lib/relativeAge';
import { timeLabels } from '../../lib/timeLabels';
import { calendarDay, dayHeading, DEFAULT_TIME_ZONE, formatClock, utcOffsetLabel } from '../../lib/zonedTime';
import { sanitizeArticleHtml } from './articleHtml';
import { escapeHtml as e } from './pageHead';

// A first paint of the page in the server's HTML: the masthead and what the page shows first (top
// stories and the feed's first stories, or the article), drawn with the app's own styles so that the
// reader sees the news while the app's script downloads. It is inert (no focus, no clicks, hidden from
// assistive technology) and the app replaces it as soon as it has drawn the same page; should the
// app's script fail to download, the loader (src/boot.ts) brings it to life. Every text is escaped,
// and the article's HTML is sanitized again here, as the app does again before showing it.

// The app's default city (Moscow). The server draws no preview for a reader who chose another
// (src/contract/firstPaint.ts), so these times are the ones the app then shows.
const ZONE = DEFAULT_TIME_ZONE;

/** A timestamp exactly as the app's <Time> component draws it (src/components/Time.tsx). */
function time(iso: string, format: 'clock' | 'full', now: number): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const thisYear = calendarDay(new Date(now), ZONE).slice(0, 4);
  const labels = timeLabels(new Date(instant), format, ZONE, thisYear, ageInMinutes(instant, Math.floor(now / 60_000) * 60_000));
  const age = labels.age === null ? '' : ` <span class="time-age">· ${labels.age}</span>`;
  return `<time datetime="${e(iso)}"><span aria-hidden="true"><span class="time-shown">${e(labels.shown)}</span>${age}</span><span class="visually-hidden">${e(labels.spoken)}</span></time>`;
}

function img(image: Image, sizes: string): string {
  const srcset = image.srcset === undefined ? '' : ` srcset="${e(image.srcset)}" sizes="${e(sizes)}"`;
  return `<img src="${e(image.src)}"${srcset} alt="${e(image.alt)}" width="${String(image.width)}" height="${String(image.height)}" fetchpriority="high">`;
}

const SEARCH_ICON =
  '<svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><circle cx="10.5" cy="10.5" r="6.5"></circle><path d="M15.5 15.5 21 21"></path></svg>';

// The masthead's search field (the search page has its own instead).
const HEADER_SEARCH = `<div class="header-search"><span class="header-search-toggle">${SEARCH_ICON}</span><form class="header-search-form" action="/search"><input type="search" name="q" placeholder="Search news" aria-label="Search news"><button type="submit" class="header-search-submit">${SEARCH_ICON}</button></form></div>`;

function masthead(current: SectionSlug | null, now: number, withSearch: boolean): string {
  const sections = SECTIONS.map(
    (s) => `<li><a href="/${s.slug}"${s.slug === current ? ' aria-current="page"' : ''}>${e(s.title)}</a></li>`,
  ).join('');
  const date = new Date(Math.floor(now / 60_000) * 60_000);
  const clock = `<span class="city-clock"><span aria-hidden="true">${formatClock(date, ZONE)} <span class="city-clock-offset">${utcOffsetLabel(date, ZONE)}</span></span></span>`;
  return `<header class="site-header"><div class="masthead"><a class="site-name" href="/"><span aria-hidden="true" class="site-mark">N</span><span>Newswire</span></a><div class="masthead-tools">${withSearch ? HEADER_SEARCH : ''}<div class="city-menu"><span class="masthead-button city-button"><span class="city-button-prefix">Select the city:</span> <span class="city-button-name">Moscow</span><svg class="city-button-arrow" viewBox="0 0 10 6" width="10" height="6" aria-hidden="true"><path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg></span>${clock}</div><span class="masthead-button"><span class="converter-button-icon">₽⇄</span><span class="masthead-button-label">Currency converter</span></span><span class="masthead-button"><span class="display-button-icon">Aa</span><span class="masthead-button-label">Display</span></span></div></div><nav class="section-nav"><span class="section-nav-toggle"><span class="section-nav-icon"></span>Sections</span><ul>${sections}</ul></nav></header>`;
}

function page(current: SectionSlug | null, now: number, content: string, withSearch = true): string {
  return `${masthead(current, now, withSearch)}<main>${content}</main>`;
}

function feedRows(items: readonly ArticleSummary[], now: number, showSection: boolean): string {
  let lastDay = '';
  const rows: string[] = [];
  for (const item of items) {
    const heading = dayHeading(new Date(item.publishedAt), new Date(now), ZONE);
    if (heading !== lastDay) rows.push(`<li class="feed-row feed-row-day"><h2 class="feed-day-heading">${e(heading)}</h2></li>`);
    lastDay = heading;
    const section = showSection ? `<a class="feed-item-section" href="/${item.section}">${e(sectionTitle(item.section))}</a>` : '';
    rows.push(
      `<li class="feed-row"><article class="feed-item"><div class="feed-item-meta">${time(item.publishedAt, 'clock', now)}${section}</div><h3 class="feed-item-title"><a href="${e(item.url)}">${e(item.title)}</a></h3><p class="feed-item-lead">${e(item.lead)}</p></article></li>`,
    );
  }
  return `<section class="feed"><ul class="feed-rows-preview">${rows.join('')}</ul></section>`;
}

function topStories(items: readonly ArticleSummary[], now: number): string {
  const [lead, ...rest] = items;
  if (lead === undefined) return '';
  const meta = (item: ArticleSummary) => `<p class="top-meta"><a href="/${item.section}">${e(sectionTitle(item.section))}</a> · ${time(item.publishedAt, 'clock', now)}</p>`;
  const others = rest.map((item) => `<li>${meta(item)}<h3 class="top-title"><a href="${e(item.url)}">${e(item.title)}</a></h3></li>`).join('');
  const photo = lead.image === undefined ? '' : `<div class="photo">${img(lead.image, TOP_STORY_IMAGE_SIZES)}</div>`;
  return `<section class="top-stories"><h2 class="block-heading">Top stories</h2><article class="top-lead">${photo}<div class="top-lead-text">${meta(lead)}<h3 class="top-lead-title"><a href="${e(lead.url)}">${e(lead.title)}</a></h3><p class="top-lead-lead">${e(lead.lead)}</p></div></article><ul class="top-list">${others}</ul></section>`;
}

/** The first paint of the News Feed (`/`): top stories and the first stories of the chosen sections (null: all). */
export function feedPreview(top: readonly ArticleSummary[], feed: readonly ArticleSummary[], chosen: readonly SectionSlug[] | null, now: number): string {
  const summary = chosen === null ? 'All sections' : SECTIONS.filter((s) => chosen.includes(s.slug)).map((s) => s.title).join(', ');
  const showAll = chosen === null ? '' : '<span class="link-button">Show all sections</span>';
  const filter = `<div class="section-filter"><div class="section-filter-bar"><span class="button button-small">Filter sections</span><p class="section-filter-summary">${e(summary)}</p>${showAll}</div></div>`;
  return page(null, now, `<div class="page page-feed"><h1 class="page-title">News Feed</h1><div class="feed-layout"><aside class="feed-side">${topStories(top, now)}</aside><div class="feed-main">${filter}${feedRows(feed, now, chosen?.length !== 1)}</div></div></div>`);
}

/** The first paint of a section page: its title and first stories. */
export function sectionPreview(section: SectionSlug, feed: readonly ArticleSummary[], now: number): string {
  return page(section, now, `<div class="page page-section"><h1 class="page-title">${e(sectionTitle(section))}</h1>${feedRows(feed, now, false)}</div>`);
}

/** The first paint of an article: section, headline, time, lead, photo, dateline, the first page and top stories beside it. */
export function articlePreview(article: Article, top: readonly ArticleSummary[], now: number): string {
  const image = article.image;
  const caption =
    image === undefined || (image.caption === undefined && image.credit === undefined)
      ? ''
      : `<figcaption>${e(image.caption ?? '')}${image.credit === undefined ? '' : `<span class="photo-credit">${e(image.credit)}</span>`}</figcaption>`;
  const figure = image === undefined ? '' : caption === '' ? `<div class="photo article-photo">${img(image, ARTICLE_IMAGE_SIZES)}</div>` : `<figure class="photo article-photo">${img(image, ARTICLE_IMAGE_SIZES)}${caption}</figure>`;
  const updated = article.updatedAt === undefined ? '' : ` · updated ${time(article.updatedAt, 'full', now)}`;
  const dateline = article.dateline === '' ? '' : `<p class="article-dateline">${e(article.dateline)}</p>`;
  const header = `<header class="article-header"><a class="article-section" href="/${article.section}">${e(sectionTitle(article.section))}</a><h1 class="article-title">${e(article.title)}</h1><p class="article-time">${time(article.publishedAt, 'full', now)}${updated}</p><div class="article-actions"><span class="button button-small">Share</span><span class="button button-small">Save for later</span></div><p class="article-lead">${e(article.lead)}</p></header>`;
  return page(article.section, now, `<div class="page page-article"><div class="article-layout"><div><article class="article">${header}${figure}${dateline}<div class="article-body">${sanitizeArticleHtml(article.pages[0] ?? '')}</div></article></div><aside class="article-side">${topStories(top, now)}</aside></div></div>`);
}

/** The first paint of a search (`/search?q=` without filters): the form and the first results, best first. */
export function searchPreview(q: string, results: { items: readonly SearchHit[]; total: number }, now: number): string {
  const hits = results.items
    .map((hit) => {
      const snippet = highlightSegments(hit.snippet, hit.highlights)
        .map((segment) => (segment.marked ? `<mark>${e(segment.text)}</mark>` : `<span>${e(segment.text)}</span>`))
        .join('');
      return `<li class="search-hit"><h2 class="search-hit-title"><a href="${e(hit.url)}">${e(hit.title)}</a></h2><p class="search-hit-meta">${time(hit.publishedAt, 'full', now)}<span aria-hidden="true"> · </span><a href="/${hit.section}">${e(sectionTitle(hit.section))}</a></p><p class="search-hit-snippet">${snippet}</p></li>`;
    })
    .join('');
  const total = `${new Intl.NumberFormat('en').format(results.total)} ${results.total === 1 ? 'result' : 'results'} for “${e(q)}”`;
  const sections = SECTIONS.map((s) => `<option value="${s.slug}">${e(s.title)}</option>`).join('');
  const form = `<form role="search" class="search-form" action="/search"><label class="search-label">Search news</label><div class="search-field"><input type="search" name="q" value="${e(q)}"><span class="button search-submit">${SEARCH_ICON}Search</span></div><fieldset class="search-filters"><legend class="visually-hidden">Filters</legend><div><label>Section</label><select><option value="">All sections</option>${sections}</select></div><div><label>From</label><input type="date"></div><div><label>To</label><input type="date"></div></fieldset></form>`;
  return page(null, now, `<div class="page page-search"><h1 class="page-title">News Search</h1>${form}<section class="search-results"><p class="search-total">${total}</p><ol class="search-hits">${hits}</ol></section></div>`, false);
}
