import type { DemoImage } from './demoTypes';

// Files are rendered by scripts/makeDemoImages.ts (see docs/demo-images.md).

function illustration(name: string, alt: string): DemoImage {
  return { name, alt, credit: 'Newswire illustration', width: 1200, height: 675, widths: [480, 800, 1200] };
}

/** The project's demo illustrations, shipped as /images/demo/{name}-{width}.webp. */
export const demoImages: readonly DemoImage[] = [
  illustration('government-building-dusk', 'A domed government building with a columned portico and lit windows at dusk, a flag flying above the dome.'),
  illustration('diplomats-handshake', 'Two silhouetted men in suits shaking hands in front of a row of national flags.'),
  illustration('conference-table', 'A long oval negotiating table seen from above, with delegates, papers, name plates and microphones at every seat.'),
  illustration('flags-row', 'A row of colourful national flags waving on tall poles against a blue sky above a stone balustrade.'),
  illustration('city-skyline-night', 'A city skyline at night with lit windows and tall towers under a full moon, reflected in a river.'),
  illustration('harbor-cranes', 'Gantry cranes over a container port at sunrise, with stacked containers on the quay and a cargo ship being loaded.'),
  illustration('summit-hall', 'A summit hall with a lectern on a lit stage, a large screen showing a globe, flags and an audience in the foreground.'),
  illustration('desert-road', 'A straight road crossing a desert towards distant mountains, with a convoy of covered trucks driving along it.'),
  illustration('stock-chart-screen', 'Trading monitors showing candlestick price charts above a scrolling ticker of share prices.'),
  illustration('oil-refinery', 'An oil refinery silhouetted against an orange evening sky, with distillation towers, storage tanks and a burning flare stack.'),
  illustration('container-ship', 'A large container ship loaded with colourful containers sailing on the open sea, seen from the side.'),
  illustration('bank-facade', 'The classical facade of a central bank with tall columns, bronze doors and wide stone steps under a blue sky.'),
  illustration('wheat-field', 'A red combine harvester working in a golden wheat field under a wide summer sky with white clouds.'),
  illustration('naval-ship-sea', 'A grey naval frigate with a gun turret and radar mast sailing on a choppy sea under an overcast sky.'),
  illustration('aircraft-formation', 'Three jet aircraft flying in formation across a blue sky, trailing long white contrails.'),
  illustration('radar-station', 'A white radar dome and a lattice mast with a red warning light on a hilltop under a starry night sky.'),
  illustration('rocket-launch', 'A white rocket lifting off from its launch tower on a bright flame, with billowing clouds of exhaust at dawn.'),
  illustration('satellite-orbit', 'A satellite with gold foil and blue solar panels orbiting above the curve of the Earth as the sun rises on the horizon.'),
  illustration('observatory-night', 'A hilltop observatory with an open dome and telescope beneath the Milky Way on a clear night.'),
  illustration('laboratory-glassware', 'Laboratory glassware on a bench: test tubes in a rack, flasks, a beaker and a measuring cylinder filled with coloured liquids.'),
  illustration('arctic-icebreaker', 'A red icebreaker ship pushing through a field of broken sea ice, leaving a channel of open water behind it.'),
  illustration('theatre-stage', 'An empty theatre stage framed by red velvet curtains, lit by three spotlights, with rows of seats in front.'),
  illustration('museum-gallery', 'A bright museum gallery with framed paintings on the walls, a wooden bench and a visitor looking at the art.'),
  illustration('winter-street', 'A snowy city street at dusk with lit windows, glowing street lamps and a red tram approaching under falling snow.'),
  illustration('library-reading-room', 'A grand library reading room with long tables, green reading lamps and tall bookshelves leading to arched windows.'),
  illustration('metro-station', 'An ornate metro station hall with a gilded vaulted ceiling, chandeliers, a granite platform and a blue train.'),
  illustration('hockey-rink', 'An ice hockey rink seen from above during a face-off at centre ice, with players of two teams and a referee.'),
  illustration('football-stadium', 'A football stadium at night under floodlights, with players on the green pitch and full stands around it.'),
  illustration('ski-jump', 'A ski jumper in a red suit flying in V style above the landing hill of a ski jump, with snowy pine forest behind.'),
  illustration('running-track', 'A red running track with numbered white lanes and rows of hurdles stretching into the distance towards a stadium stand.'),
  illustration('newspaper-stack', 'A stack of folded newspapers on a wooden table next to a cup of coffee on a saucer and a pair of reading glasses.'),
  illustration('forest-river', 'An aerial view of a winding river with sandy banks flowing through dense taiga forest.'),
];
