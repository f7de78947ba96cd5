import type { Rolldown } from 'vite';

type Context = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/**
 * A code-splitting group holding every module that the first load of the app needs: those reached
 * from the entry by static imports. Left to itself the bundler splits them into several shared chunks
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
  return { name: (id, ctx) => (isFirstLoad(id, ctx, new Set()) ? 'index' : null) };
}
