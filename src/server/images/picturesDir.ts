import { dirname, join } from 'node:path';

/** Where the pictures of feeds are stored: `pictures/` beside the database (data/pictures by default). */
export function picturesDir(databasePath: string): string {
  return join(dirname(databasePath), 'pictures');
}
