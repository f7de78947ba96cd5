// `npm run start:cached`: the app's workers (WORKERS, default one per core) behind nginx as a shared cache,
// in one command. PORT is nginx's (default 8080), ORIGIN_PORT the workers' (default 3000, loopback only),
// NEWSWIRE_CACHE_DIR the cache folder (default data/nginx). Ctrl-C or SIGTERM stops both.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { NGINX_INSTALL_HINT, nginxPath, startNginx, type RunningNginx } from './nginx/startNginx';

const port = Number(process.env.PORT ?? 8080);
const originPort = Number(process.env.ORIGIN_PORT ?? 3000);
for (const [name, value] of [['PORT', port], ['ORIGIN_PORT', originPort]] as const) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1–65535).`);
    process.exit(1);
  }
}
if (nginxPath() === null) {
  console.error(`npm run start:cached needs nginx, which is not installed. ${NGINX_INSTALL_HINT}`);
  process.exit(1);
}

const origin = `127.0.0.1:${String(originPort)}`;
const app = spawn(process.execPath, ['--import', 'tsx', 'src/server/cluster/clusterMain.ts'], {
  env: { ...process.env, PORT: String(originPort), WORKERS: process.env.WORKERS ?? 'auto', TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback', PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${String(port)}` },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let nginx: RunningNginx | null = null;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const appExited = app.exitCode !== null || app.signalCode !== null ? Promise.resolve() : new Promise((done) => app.once('exit', done));
  app.kill('SIGTERM');
  await Promise.all([nginx?.stop(), appExited]);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
app.once('exit', (code) => {
  if (!stopping) console.error(`The app stopped (exit ${String(code)}); stopping nginx.`);
  void stop(code === 0 ? 0 : 1);
});

// The workers first: nginx in front of nothing would answer 502 until they listen.
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    if ((await fetch(`http://${origin}/api/sections`, { signal: AbortSignal.timeout(1000) })).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error(`The app did not answer at http://${origin} within 60 s.`);
    await stop(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}
try {
  nginx = await startNginx({ listen: `0.0.0.0:${String(port)}`, origin, cacheDir: resolve(process.env.NEWSWIRE_CACHE_DIR ?? 'data/nginx') });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  await stop(1);
}
nginx?.child.once('exit', (code) => {
  if (!stopping) console.error(`nginx stopped (exit ${String(code)}); stopping the app.`);
  void stop(1);
});
console.log(`Newswire through nginx: http://localhost:${String(port)} (workers at http://${origin}; cache in ${nginx?.cacheDir ?? ''})`);
