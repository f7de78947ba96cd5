/** A place to share a link, with the URL that shares it there. */
export interface ShareTarget {
  name: 'Email' | 'Telegram' | 'X' | 'Facebook' | 'VK';
  href: string;
}

/** Share links for a canonical article URL and its title, every part URL-encoded. */
export function shareLinks(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'VK', href: `https://vk.com/share.php?url=${u}&title=${t}` },
  ];
}
