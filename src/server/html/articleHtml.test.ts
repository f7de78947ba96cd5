import { describe, expect, it } from 'vitest';
import { htmlToText, plainText, sanitizeArticleHtml } from './articleHtml';

describe('sanitizeArticleHtml', () => {
  it('keeps the allowed structure and its non-URL attributes', () => {
    const html = '<h2>Sub</h2><p lang="ru" dir="ltr">Text <strong>bold</strong></p><table><tr><th scope="col" colspan="2">H</th></tr></table><img src="https://a.example/x.jpg" width="640" height="480" alt="A photo">';
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain('<h2>Sub</h2>');
    expect(clean).toContain('<p lang="ru" dir="ltr">');
    expect(clean).toContain('<th scope="col" colspan="2">');
    expect(clean).toContain('width="640" height="480" alt="A photo"');
    expect(clean).toContain('loading="lazy"');
  });

  it('allows only http(s), site-relative and fragment URLs, and opens external links safely', () => {
    const clean = sanitizeArticleHtml(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="mailto:x@y">c</a><a href="//evil.example/">d</a><a href="/politics/1">e</a><a href="https://x.example/">f</a><img src="data:image/png;base64,AA"><a href="#n">g</a>',
    );
    expect(clean).not.toMatch(/javascript|mailto|data:|\/\/evil/i);
    expect(clean).toContain('<a href="/politics/1">e</a>');
    expect(clean).toContain('<a href="https://x.example/" target="_blank" rel="noopener noreferrer">f</a>');
    expect(clean).toContain('<a href="#n">g</a>');
  });

  it('drops scripts, handlers, styles and unknown classes', () => {
    const clean = sanitizeArticleHtml('<p class="read-also evil" style="color:red" onclick="x()">R</p><script>alert(1)</script><iframe src="https://x.example"></iframe>');
    expect(clean).toBe('<p class="read-also">R</p>');
  });
});

describe('text of HTML', () => {
  it('separates blocks and collapses whitespace', () => {
    expect(htmlToText('<p>One   two</p><h2>Three</h2><ul><li>Four</li></ul>')).toBe('One two\nThree\nFour');
    expect(plainText('<b>Title</b> <script>x</script>&amp; more')).toBe('Title & more');
  });
});
