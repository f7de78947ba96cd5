// nginx in front of the app, for `npm run start:cached`, the nginx tests and `npm run bench:scale`:
// finds Debian's nginx, renders deploy/nginx/newswire.conf.template into a cache folder and runs it in
// the foreground as a child process (so stopping that process stops nginx).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The three names envsubst replaces in the template (and nothing else: nginx's own $variables stay). */
export const NGINX_PLACEHOLDERS = ['NEWSWIRE_LISTEN', 'NEWSWIRE_ORIGIN', 'NEWSWIRE_CACHE_DIR'] as const;

/** The template's path in the repository. */
export const NGINX_TEMPLATE = resolve(import.meta.dirname, '../../deploy/nginx/newswire.conf.template');

/** The one line to print when nginx is missing. */
export const NGINX_INSTALL_HINT = 'Install it with "apt-get install -y nginx" (Debian/Ubuntu), or set NGINX_PATH to an nginx binary.';

/** NGINX_PATH, else Debian's /usr/sbin/nginx, else the first nginx on PATH; null when there is none. */
export function nginxPath(): string | null {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'nginx'))];
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path)) ?? null;
}

/** The template with ${NAME} replaced for exactly the three placeholders, as `envsubst '${A} ${B} ${C}'` does. */
export function renderNginxConfig(template: string, values: Record<(typeof NGINX_PLACEHOLDERS)[number], string>): string {
  const byName = new Map<string, string>(Object.entries(values));
  return template.replace(/\$\{(NEWSWIRE_[A-Z_]+)\}|\$(NEWSWIRE_[A-Z_]+)\b/g, (all, braced: string | undefined, bare: string | undefined) => byName.get(braced ?? bare ?? '') ?? all);
}

/** A running nginx: its process and a stop that resolves once it has exited. */
export interface RunningNginx {
  child: ChildProcess;
  url: string;
  cacheDir: string;
  stop: () => Promise<void>;
}

// Started as root, nginx's workers run as nobody: the cache folder must be theirs to write.
function giveToNobody(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const id = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
  const uid = Number(id.stdout.trim());
  if (id.status !== 0 || !Number.isInteger(uid)) return;
  const walk = (path: string) => {
    chownSync(path, uid, 0);
    for (const entry of readdirSync(path, { withFileTypes: true })) if (entry.isDirectory()) walk(join(path, entry.name));
  };
  walk(dir);
}

/** Renders the template for `listen` → `origin` with its cache in `cacheDir`, starts nginx and waits until it answers. */
export async function startNginx({ listen, origin, cacheDir }: { listen: string; origin: string; cacheDir: string }): Promise<RunningNginx> {
  const binary = nginxPath();
  if (binary === null) throw new Error(`nginx is not installed. ${NGINX_INSTALL_HINT}`);
  const dir = resolve(cacheDir);
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, renderNginxConfig(readFileSync(NGINX_TEMPLATE, 'utf8'), { NEWSWIRE_LISTEN: listen, NEWSWIRE_ORIGIN: origin, NEWSWIRE_CACHE_DIR: dir }));
  giveToNobody(dir);
  // -e: the error log before the configuration is read (the compiled-in one is under /var/log).
  const child = spawn(binary, ['-c', config, '-e', join(dir, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://${listen}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${String(child.exitCode)}; see ${join(dir, 'error.log')}`);
    try {
      await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer at ${url} within 10 s; see ${join(dir, 'error.log')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    child,
    url,
    cacheDir: dir,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
