import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NGINX_TEMPLATE, renderNginxConfig } from './startNginx';

const VALUES = { NEWSWIRE_LISTEN: '127.0.0.1:8080', NEWSWIRE_ORIGIN: '127.0.0.1:3000', NEWSWIRE_CACHE_DIR: '/var/cache/newswire' };

describe('renderNginxConfig', () => {
  const template = readFileSync(NGINX_TEMPLATE, 'utf8');

  it('replaces the three placeholders and leaves nginx variables alone', () => {
    const config = renderNginxConfig(template, VALUES);
    expect(config).not.toMatch(/\$\{?NEWSWIRE_/);
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('server 127.0.0.1:3000 max_fails=0;');
    expect(config).toContain('pid /var/cache/newswire/nginx.pid;');
    expect(config).toContain('$upstream_cache_status');
    expect(config).toContain('$http_cookie');
  });

  it.skipIf(!existsSync('/usr/bin/envsubst'))('gives what envsubst gives with the same three names', () => {
    const envsubst = spawnSync('/usr/bin/envsubst', ['${NEWSWIRE_LISTEN} ${NEWSWIRE_ORIGIN} ${NEWSWIRE_CACHE_DIR}'], { input: template, encoding: 'utf8', env: VALUES });
    expect(envsubst.status).toBe(0);
    expect(renderNginxConfig(template, VALUES)).toBe(envsubst.stdout);
  });
});
