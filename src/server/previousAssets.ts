import { join } from 'node:path';

/**
 * Where the hashed files of earlier builds are kept (beside the built client, never inside it),
 * so that a tab still running an earlier version can load its lazy chunks after a new deploy.
 */
export function previousAssetsDir(clientDir: string): string {
  return join(clientDir, '..', 'previous-assets');
}
