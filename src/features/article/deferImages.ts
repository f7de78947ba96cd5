import { DEFERRED_IMAGES_POLICY } from '../../contract/trustedTypes';
import { sanitizedArticleFragment } from '../../lib/sanitizeArticleHtml';

// The page enforces Trusted Types: the rewritten body reaches innerHTML through this policy. It passes
// only the one string deferImages has just serialized from nodes DOMPurify sanitized (plus the buttons
// made here) and refuses anything else; it is created once, here (the CSP allows no second one).
let serialized: string | null = null;
let policy: Pick<TrustedTypePolicy, 'createHTML'> | null | undefined;
function deferredPolicy(): Pick<TrustedTypePolicy, 'createHTML'> | null {
  policy ??=
    window.trustedTypes?.createPolicy(DEFERRED_IMAGES_POLICY, {
      createHTML: (html: string) => {
        if (html !== serialized) throw new TypeError(`${DEFERRED_IMAGES_POLICY} passes only the HTML deferImages made`);
        return html;
      },
    }) ?? null;
  return policy;
}

/**
 * Data saver: article HTML, sanitized with the allow-list, with each <img> replaced by a "Show picture"
 * button that keeps the picture's address, so nothing is downloaded until the reader asks. The HTML is
 * parsed into a detached fragment, which loads nothing.
 */
export function deferImages(html: string): string | TrustedHTML {
  const content = sanitizedArticleFragment(html);
  for (const img of Array.from(content.querySelectorAll('img'))) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'photo-placeholder';
    button.dataset.deferredSrc = img.getAttribute('src') ?? '';
    button.dataset.deferredAlt = img.getAttribute('alt') ?? '';
    button.textContent = img.alt === '' ? 'Show picture' : `Show picture: ${img.alt}`;
    img.replaceWith(button);
  }
  const holder = document.createElement('div');
  holder.append(content);
  const out = holder.innerHTML;
  serialized = out;
  try {
    return deferredPolicy()?.createHTML(out) ?? out;
  } finally {
    serialized = null;
  }
}

/** Puts back the picture behind a "Show picture" button made by deferImages. */
export function showDeferredImage(button: HTMLElement): void {
  const img = document.createElement('img');
  img.src = button.dataset.deferredSrc ?? '';
  img.alt = button.dataset.deferredAlt ?? '';
  button.replaceWith(img);
}
