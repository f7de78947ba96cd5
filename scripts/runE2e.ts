// `npm run test:e2e`: builds the app and runs the browser tests in Debian's Chromium.
// Without Chromium, a developer machine skips them and says how to install it; CI (CI=true) fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../test/e2e/chromiumPath';

const browser = chromiumPath();
if (!existsSync(browser)) {
  const how = `Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
  if (process.env.CI === 'true') {
    console.error(`\nBrowser tests cannot run: no Chromium at ${browser}. ${how}\n`);
    process.exit(1);
  }
  console.warn(`\n⚠ Browser tests SKIPPED: no Chromium at ${browser}.\n  ${how}\n  Then run "npm run test:e2e" again.\n`);
  process.exit(0);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// `npm test` has built the app already (its server tests start it too).
if (process.env.NEWSWIRE_BUILT !== '1') run(process.execPath, ['--import', 'tsx', 'scripts/build.ts']);
run('node_modules/.bin/vitest', ['run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)]);
