import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { TRUSTED_TYPES_POLICIES } from '../../contract/trustedTypes';

/**
 * The Content-Security-Policy of the app's HTML: no inline script but those allowed by hash, nothing
 * from other origins (images included: feeds' pictures are served from this site); HTML and script URLs reach the DOM only as Trusted Types, made by the
 * app's own policies (src/contract/trustedTypes.ts).
 */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Pictures of feeds are the site's own (src/server/images): no page loads anything from another site.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

/** The hashes ('sha256-…') of the <style> elements of a page: the build inlines the app's styles into index.html. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
}

/** The hashes of the inline <script> elements of a page (the display-choices script; JSON data blocks run nothing). */
export function scriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
}

/** The HTML's CSP, allowing exactly the given inline styles and scripts (by hash) besides the site's own files. */
export function htmlCsp(styles: readonly string[], scripts: readonly string[] = []): string {
  let csp = HTML_CSP;
  if (styles.length > 0) csp = csp.replace("style-src 'self'", `style-src 'self' ${styles.join(' ')}`);
  if (scripts.length > 0) csp = csp.replace("script-src 'self'", `script-src 'self' ${scripts.join(' ')}`);
  return csp;
}

/** API answers are data: nothing in them may load or run, and nobody may frame them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers on every response; HTML gets the full CSP (unless the page set its own, with the
 * hashes of its styles), API answers a locked-down one.
 * Scripts get none: a CSP on the service worker's own script would govern the worker's fetches.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (!h.has('Content-Security-Policy')) {
      if ((h.get('Content-Type') ?? '').startsWith('text/html')) h.set('Content-Security-Policy', HTML_CSP);
      else if (c.req.path.startsWith('/api/')) h.set('Content-Security-Policy', API_CSP);
    }
  };
}
