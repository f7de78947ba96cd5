import { dirname, join, resolve } from 'node:path';
import type { DatabaseLocation } from '../store/openBackend';

/**
 * Where the pictures of feeds are stored: `pictures/` beside the SQLite database (data/pictures by
 * default); on PostgreSQL, PICTURES_DIR (default data/pictures), which several machines must share
 * (a network filesystem or a synchronised folder: the files are content-addressed and never change).
 */
export function picturesDir(location: DatabaseLocation, env: NodeJS.ProcessEnv = process.env): string {
  if (location.kind === 'sqlite') return join(dirname(location.path), 'pictures');
  return resolve(env.PICTURES_DIR ?? 'data/pictures');
}
