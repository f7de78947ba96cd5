import type { ManifestOptions } from 'vite-plugin-pwa';

const NAVY = '#12305a';

/** The web app manifest: what an installed Newswire is called, looks like and offers from its icon. */
export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Newswire — news from Russia and the world',
  short_name: 'Newswire',
  description: "The news agency's feed of Russian politics, world news, business, defense, science, society, sport and the press review — also offline.",
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: NAVY,
  background_color: '#ffffff',
  categories: ['news'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    { name: 'News Feed', short_name: 'Feed', url: '/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    { name: 'Search', short_name: 'Search', url: '/search', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    { name: 'Currency converter', short_name: 'Converter', url: '/converter', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
  ],
};
