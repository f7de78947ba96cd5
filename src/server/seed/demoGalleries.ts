import type { DemoGallery } from './demoTypes';

// Photos are illustrations rendered by scripts/makeGalleryImages.ts (see docs/demo-images.md),
// shipped as /images/demo/{name}-{480,800,1200}.webp like the articles' pictures.

/** The demo photo galleries, each telling one story of the demo corpus in pictures. */
export const demoGalleries: readonly DemoGallery[] = [
  {
    key: 'arctic-convoy',
    title: 'Behind the icebreaker: a late-season convoy on the Northern Sea Route',
    lead: 'Eleven ships followed the nuclear icebreaker Severnoye Siyaniye into the Kara Sea as cargo on the Arctic route reached a record. Scenes from the voyage east.',
    minutesAgo: 930,
    related: ['northern-sea-route-record-cargo', 'ostapov-northern-ports-governors', 'geneva-forum-arctic-navigation'],
    photos: [
      {
        name: 'convoy-in-line',
        alt: 'A red icebreaker leads a line of cargo ships and tankers through a channel of broken white ice under a pink evening sky.',
        caption: 'The convoy enters the Kara Sea in line astern, each ship keeping to the channel the icebreaker has broken.',
      },
      {
        name: 'convoy-aurora',
        alt: 'Green northern lights ripple above ships lying still in the sea ice at night, their deck lights reflected on the ice.',
        caption: 'The northern lights over the convoy during a night stop while the icebreaker scouts the ice ahead.',
      },
      {
        name: 'tanker-bow-ice',
        alt: 'The dark bow of a tanker pushes slabs of broken ice aside, with spray and a grey sky behind.',
        caption: 'One of the five fuel tankers bound for Arctic settlements follows close behind the icebreaker in young ice.',
      },
      {
        name: 'ice-helicopter',
        alt: 'A small orange helicopter flies low over a field of ice floes and dark leads of open water.',
        caption: 'The icebreaker\'s helicopter flies ahead of the convoy to find leads of open water.',
      },
      {
        name: 'polar-bear-floe',
        alt: 'A polar bear stands on an ice floe watching a line of distant ships on the horizon.',
        caption: 'A polar bear watches the convoy pass from an ice floe off the Taimyr Peninsula.',
      },
      {
        name: 'dudinka-grain-loading',
        alt: 'A bulk carrier being loaded with grain from a long conveyor on a river quay, with snow on the banks.',
        caption: 'Siberian wheat is loaded at Dudinka on the Yenisei for the voyage east to buyers in China.',
      },
      {
        name: 'pevek-arrival',
        alt: 'Ships moored at a small Arctic port with colourful apartment blocks and snow-covered hills behind.',
        caption: 'The first ships of the convoy arrive at Pevek on the coast of Chukotka.',
      },
    ],
  },
  {
    key: 'baikonur-launch',
    title: 'Sever-Meteo 3: an Arctic weather satellite leaves Baikonur',
    lead: 'From the rollout at dawn to the first picture of the polar cloud cover: the launch that gives forecasters a continuous view of the Arctic, in pictures.',
    minutesAgo: 1420,
    related: ['baikonur-weather-satellite-launch', 'northern-sea-route-record-cargo'],
    photos: [
      {
        name: 'rocket-rollout',
        alt: 'A white rocket lying on a railway transporter is pushed by a diesel locomotive across the flat steppe at sunrise.',
        caption: 'The rocket is rolled out to the launch pad on its railway transporter at sunrise, two days before the launch.',
      },
      {
        name: 'rocket-pad-night',
        alt: 'A rocket stands on its launch pad at night, lit by floodlights, with service towers on either side and stars above.',
        caption: 'The rocket on the pad on the eve of the launch, lit by floodlights as fuelling begins.',
      },
      {
        name: 'launch-control-room',
        alt: 'A control room with rows of consoles facing a wall of screens showing a rocket, a trajectory and a map.',
        caption: 'Launch controllers follow the countdown; the screens show the pad, the planned trajectory and the ground track.',
      },
      {
        name: 'launch-spectators',
        alt: 'Silhouetted spectators on a low hill watch a rocket climb on a bright flame in the distance at dawn.',
        caption: 'Engineers\' families and guests watch the lift-off from the observation point several kilometres from the pad.',
      },
      {
        name: 'launch-trail-twilight',
        alt: 'A long glowing arc of rocket exhaust curves across a deep blue twilight sky above the dark steppe.',
        caption: 'The rocket\'s exhaust, lit by the sun that has not yet risen on the ground, draws an arc across the twilight sky.',
      },
      {
        name: 'first-arctic-image',
        alt: 'A satellite view of the Arctic: white swirls of cloud over the dark sea and the edge of the ice pack.',
        caption: 'The first image sent back by Sever-Meteo 3 shows a cyclone over the Barents Sea and the edge of the ice.',
      },
    ],
  },
  {
    key: 'moscow-snow',
    title: 'Moscow digs out after the heaviest snowfall in a decade',
    lead: 'Snowploughs worked through the night and Muscovites took to the parks as the capital counted the heaviest snowfall in ten years.',
    minutesAgo: 610,
    related: ['moscow-heavy-snowfall', 'moscow-metro-new-stations'],
    photos: [
      {
        name: 'snowploughs-night',
        alt: 'A column of orange snowploughs with flashing lights clears a wide avenue at night under street lamps.',
        caption: 'Snowploughs move in echelon along a central avenue; the city put more than ten thousand machines on the streets.',
      },
      {
        name: 'buried-cars-courtyard',
        alt: 'Cars buried under deep snow in a courtyard between apartment blocks, a man digging one out with a shovel.',
        caption: 'Residents of a courtyard in the north of the city dig out their cars the morning after the storm.',
      },
      {
        name: 'metro-entrance-snow',
        alt: 'People in winter coats walk into a metro entrance marked with a red letter M as heavy snow falls.',
        caption: 'The metro ran extra trains at the morning peak as many drivers left their cars at home.',
      },
      {
        name: 'rooftop-clearing',
        alt: 'Two workers on safety ropes shovel snow off a steep roof above a street cordoned off with red tape.',
        caption: 'Roofers clear snow and icicles from the roof of a nineteenth-century building; the pavement below is closed.',
      },
      {
        name: 'park-sledding',
        alt: 'Children in bright coats slide down a snowy hill on sledges in a park with bare trees.',
        caption: 'Schools stayed open, but by afternoon the hills of the city\'s parks were full of sledges.',
      },
      {
        name: 'skating-rink-evening',
        alt: 'Skaters circle an outdoor ice rink in a park at dusk, lit by strings of warm lights between the trees.',
        caption: 'The first evening on a park rink that opened a week early thanks to the cold.',
      },
    ],
  },
];
