// The page's CSP enforces Trusted Types (`require-trusted-types-for 'script'`) and lets only these
// policies be created (`trusted-types`), each once: the server writes the directive from this list and
// the browser code creates them by these names.

/** DOMPurify's own policy: it parses article HTML and hands it back as TrustedHTML through it. */
export const DOMPURIFY_POLICY = 'dompurify';
/** Makes the one script URL the page registers as its service worker, `/sw.js`. */
export const SERVICE_WORKER_POLICY = 'newswire-service-worker';
/** Serializes DOMPurify's sanitized fragment after the data saver put its pictures behind buttons. */
export const DEFERRED_IMAGES_POLICY = 'newswire-deferred-images';

/** Every policy the app creates. */
export const TRUSTED_TYPES_POLICIES = [DOMPURIFY_POLICY, SERVICE_WORKER_POLICY, DEFERRED_IMAGES_POLICY] as const;
