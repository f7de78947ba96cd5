// `npm run test:nginx`: builds the app and runs test/nginx (several workers, nginx in front) on loopback.
// Without nginx, a developer machine skips them and says how to install it; CI (CI=true) fails.
import { spawnSync } from 'node:child_process';
import { NGINX_INSTALL_HINT, nginxPath } from './nginx/startNginx';

if (nginxPath() === null) {
  if (process.env.CI === 'true') {
    console.error(`\nThe nginx tests cannot run: nginx is not installed. ${NGINX_INSTALL_HINT}\n`);
    process.exit(1);
  }
  console.warn(`\n⚠ nginx tests SKIPPED: nginx is not installed.\n  ${NGINX_INSTALL_HINT}\n  Then run "npm run test:nginx" again.\n`);
  process.exit(0);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// `npm test` has built the app already.
if (process.env.NEWSWIRE_BUILT !== '1') run(process.execPath, ['--import', 'tsx', 'scripts/build.ts']);
run('node_modules/.bin/vitest', ['run', '--config', 'test/nginx/vitest.config.ts', ...process.argv.slice(2)]);
