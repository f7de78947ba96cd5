/**
 * An RSS 2.0 feed of `count` stories of about `storyBytes` of HTML each (paragraphs, links, emphasis:
 * what the sanitizer sees in real feeds), with guids `urn:<prefix>:<n>`; for crash, disk and load tests.
 */
export function bigFeedXml(count: number, { prefix = 'big', storyBytes = 8 * 1024 }: { prefix?: string; storyBytes?: number } = {}): string {
  const words = ['harbour', 'expansion', 'ministers', 'agreed', 'on', 'the', 'budget', 'energy', 'exports', 'railway', 'observatory', 'quotas', 'delegation', 'talks', 'winter'];
  const items: string[] = [];
  for (let n = 0; n < count; n++) {
    let body = '';
    for (let p = 0; body.length < storyBytes; p++) {
      const sentence = Array.from({ length: 24 }, (_, w) => words[(n * 7 + p * 3 + w) % words.length] ?? '').join(' ');
      body += `<p>${sentence}, <a href="https://example.com/${String(n)}/${String(p)}">said</a> <em>officials</em> on day ${String(p)}.</p>`;
    }
    items.push(
      `<item><guid>urn:${prefix}:${String(n)}</guid><title>Story ${String(n)} of ${prefix}</title><link>https://example.com/${prefix}/${String(n)}</link>` +
        `<pubDate>${new Date(Date.UTC(2026, 10, 1, 0, n % 60)).toUTCString()}</pubDate><description><![CDATA[${body}]]></description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big feed ${prefix}</title><link>https://example.com/</link>${items.join('')}</channel></rss>`;
}
