import { SECTION_SLUGS } from '../../contract/sections';
import type { ArticleInput } from '../store/createStore';
import { demoImages } from './demoImages';
import { createPrng } from './prng';

// Synthetic articles for load tests and benchmarks: plausible shapes and word statistics, no meaning.

const SUBJECTS = ['Ministry', 'Central bank', 'Government', 'Parliament', 'Regional governor', 'Space agency', 'National team', 'Port authority', 'Energy company', 'Railway operator', 'Research institute', 'City council', 'Foreign ministry', 'Defense ministry', 'Grain exporters', 'Airline', 'Theatre', 'Museum', 'Observatory', 'Hockey club'];
const VERBS = ['announces', 'expects', 'reviews', 'plans', 'approves', 'reports', 'extends', 'launches', 'postpones', 'confirms', 'doubles', 'cuts', 'opens', 'signs', 'tests'];
const OBJECTS = ['new budget rules', 'winter schedule', 'export quotas', 'satellite launch', 'pipeline capacity', 'research programme', 'security talks', 'ticket prices', 'harbour expansion', 'Arctic route', 'interest rate path', 'season opener', 'exhibition of icons', 'rail link to the east', 'trade agreement'];
const PLACES = ['MOSCOW', 'ST. PETERSBURG', 'KAZAN', 'NOVOSIBIRSK', 'VLADIVOSTOK', 'SOCHI', 'MURMANSK', 'YEKATERINBURG', 'GENEVA', 'BEIJING', 'ASTANA', 'MINSK'];
const WORDS = 'the of and to in a said on for with as by from at that will be year its was has officials minister according statement percent market region new first talks plan project development government analysts export price season capacity agency programme cooperation security growth energy port rail satellite research launch budget winter northern federal international partners agreement production index forecast investment measures session committee delegation infrastructure'.split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sentence(random: () => number, min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min));
  const words = Array.from({ length: n }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, 8, 22)).join(' ');
}

/**
 * Article number `index` of a deterministic synthetic corpus: one every ~`gapMinutes`
 * going back from `now`, in any section, with 4–7 paragraphs, two subheadings and tags.
 */
export function syntheticArticle(index: number, now: number, gapMinutes = 3): ArticleInput {
  const random = createPrng(index * 7919 + 17);
  const section = pick(random, SECTION_SLUGS);
  const image = pick(random, demoImages);
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 4) }, () => `<p>${paragraph(random)}</p>`);
  paragraphs.splice(1, 0, `<h2>${sentence(random, 3, 6).slice(0, -1)}</h2>`);
  paragraphs.splice(4, 0, `<h2>${sentence(random, 3, 6).slice(0, -1)}</h2>`);
  const person = 1 + Math.floor(random() * 200);
  const topic = 1 + Math.floor(random() * 120);
  return {
    section,
    title: `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`,
    lead: sentence(random, 14, 30),
    datelinePlace: pick(random, PLACES),
    publishedAt: now - index * gapMinutes * 60_000 - Math.floor(random() * gapMinutes * 60_000),
    image: {
      src: `/images/demo/${image.name}-${String(image.width)}.webp`,
      srcset: image.widths.map((w) => `/images/demo/${image.name}-${String(w)}.webp ${String(w)}w`).join(', '),
      alt: image.alt,
      credit: image.credit,
      width: image.width,
      height: image.height,
    },
    pages: [paragraphs.join('')],
    persons: [{ slug: `person-${String(person)}`, name: `Person ${String(person)}` }],
    topics: [{ slug: `topic-${String(topic)}`, title: `Topic ${String(topic)}` }],
    otherMedia: [],
    origin: 'synthetic',
  };
}
