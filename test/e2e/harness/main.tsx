// Renders hostile HTML through the app's real ArticleBody component (which sanitizes in the
// browser), one payload at a time, for the safe-HTML browser test.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { ArticleBody } from '../../../src/features/article/ArticleBody';

declare global {
  interface Window {
    renderArticleBody: (html: string) => string;
  }
}

const container = document.getElementById('root');
if (container === null) throw new Error('no root');
const root = createRoot(container);

window.renderArticleBody = (html: string) => {
  flushSync(() => {
    root.render(
      <MemoryRouter>
        <ArticleBody key={Math.random()} html={html} />
      </MemoryRouter>,
    );
  });
  return container.innerHTML;
};
