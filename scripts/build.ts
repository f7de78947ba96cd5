import { spawnSync } from 'node:child_process';
import packageJson from '../package.json' with { type: 'json' };

// `npm run build`: the browser's build (dist/client), then the server's page renderer (dist/server),
// with one version for both: the footer the server renders is the one the browser hydrates.
const version = process.env.NEWSWIRE_VERSION ?? `${packageJson.version}+${new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '.')}`;
const env = { ...process.env, NEWSWIRE_VERSION: version };
for (const args of [['build'], ['build', '--ssr', 'src/server/render/renderPage.tsx']]) {
  const run = spawnSync('node_modules/.bin/vite', args, { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
