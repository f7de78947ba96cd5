import type { Rolldown } from 'vite';

type Context = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/**
 * A code-splitting group holding every module that the first load of the app needs: those reached
 * from the entry by static imports, and the shared building blocks. Left to itself the bundler splits them into several shared chunks
 * (whenever a lazy page also uses one), and each split costs first-load bytes: gzip starts over in each.
 */
export function firstLoadGroup(): Rolldown.CodeSplittingGroup {
  const reached = new Map<string, boolean>();
  const isFirstLoad = (id: string, ctx: Context, path: Set<string>): boolean => {
    const known = reached.get(id);
    if (known !== undefined) return known;
    const info = ctx.getModuleInfo(id);
    if (info === null || path.has(id)) return false;
    if (info.isEntry) return true;
    path.add(id);
    const result = info.importers.some((importer) => isFirstLoad(importer, ctx, path));
    path.delete(id);
    reached.set(id, result);
    return result;
  };
  // The app's shared building blocks (data-free components) go with it too: most pages use
  // them, and split out they would become many tiny chunks, each a request of its own. Not the
  // follow and mute buttons and the story list, which only pages other than the feed show.
  const shared = (id: string) => /\/src\/components\/(?!FollowButton\.|MuteButton\.|MutedNotice\.|follow\.css|StoryList\.|storyList\.css|MediaStories\.|mediaPage\.css)/.test(id);
  return { name: (id, ctx) => (shared(id) || isFirstLoad(id, ctx, new Set()) ? 'index' : null) };
}

/**
 * The News Feed's code in one chunk, for the two pages that show it (`/` and a section, whose own
 * page module, with its follow button, stays a chunk of its own that `/` never downloads): left alone,
 * the bundler splits it into several small chunks shared by the two. Top stories, which the article
 * page shows too, and the virtualised list, which loads only once the reader has loaded many stories,
 * stay out of it.
 */
export function feedGroups(): Rolldown.CodeSplittingGroup[] {
  // Listed first, so the feed's group does not take Top stories in as a dependency of the feed page.
  const topStories: Rolldown.CodeSplittingGroup = { name: (id) => (id.endsWith('/src/features/feed/TopStories.tsx') ? 'top-stories' : null) };
  return [topStories, { name: (id) => (/\/src\/(?:features\/feed\/(?!TopStories|VirtualFeed)[\w.]+\.tsx?|routes\/FeedPage\.tsx)$/.test(id) ? 'feed' : null) }];
}
