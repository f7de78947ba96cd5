/**
 * Data saver: article HTML with each <img> replaced by a "Show picture" button that keeps the
 * picture's address, so nothing is downloaded until the reader asks. The HTML is parsed in an inert
 * <template>, which loads nothing.
 */
export function deferImages(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const img of Array.from(template.content.querySelectorAll('img'))) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'photo-placeholder';
    button.dataset.deferredSrc = img.getAttribute('src') ?? '';
    button.dataset.deferredAlt = img.getAttribute('alt') ?? '';
    button.textContent = img.alt === '' ? 'Show picture' : `Show picture: ${img.alt}`;
    img.replaceWith(button);
  }
  return template.innerHTML;
}

/** Puts back the picture behind a "Show picture" button made by deferImages. */
export function showDeferredImage(button: HTMLElement): void {
  const img = document.createElement('img');
  img.src = button.dataset.deferredSrc ?? '';
  img.alt = button.dataset.deferredAlt ?? '';
  button.replaceWith(img);
}
