import type { MiddlewareHandler } from 'hono';

/** The Content-Security-Policy of the app's HTML: no inline script, nothing from other origins but images. */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are data: nothing in them may load or run, and nobody may frame them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers on every response; HTML gets the full CSP, API answers a locked-down one.
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
