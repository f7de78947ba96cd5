import type { DemoArticle, DemoPerson, DemoTopic } from './demoTypes';

// The demo news corpus: original text written for this project. All people, organisations,
// companies, newspapers and events are invented; real countries and cities appear as settings.

/** Invented people who appear in the demo stories (ministers, scientists, athletes, artists). */
export const demoPersons: readonly DemoPerson[] = [
  { slug: 'arkady-telnov', name: 'Arkady Telnov' },
  { slug: 'irina-lavrentyeva', name: 'Irina Lavrentyeva' },
  { slug: 'stanislav-kurbatov', name: 'Stanislav Kurbatov' },
  { slug: 'nikolai-shestopalov', name: 'Nikolai Shestopalov' },
  { slug: 'olga-zvyagintseva', name: 'Olga Zvyagintseva' },
  { slug: 'gennady-ostapov', name: 'Gennady Ostapov' },
  { slug: 'yulia-bakhtina', name: 'Yulia Bakhtina' },
  { slug: 'artyom-sukhanov', name: 'Artyom Sukhanov' },
  { slug: 'lev-granovsky', name: 'Lev Granovsky' },
  { slug: 'vera-polikarpova', name: 'Vera Polikarpova' },
  { slug: 'ramil-gataullin', name: 'Ramil Gataullin' },
  { slug: 'maxim-terekhov', name: 'Maxim Terekhov' },
  { slug: 'ruslan-abdrakhmanov', name: 'Ruslan Abdrakhmanov' },
  { slug: 'oleg-kremnev', name: 'Oleg Kremnev' },
  { slug: 'helena-marquardt', name: 'Helena Marquardt' },
  { slug: 'aigerim-tulegenova', name: 'Aigerim Tulegenova' },
  { slug: 'boris-naumkin', name: 'Boris Naumkin' },
  { slug: 'galina-rostovtseva', name: 'Galina Rostovtseva' },
  { slug: 'roman-vishnevetsky', name: 'Roman Vishnevetsky' },
  { slug: 'kira-levashova', name: 'Kira Levashova' },
  { slug: 'sofia-arkhangelskaya', name: 'Sofia Arkhangelskaya' },
  { slug: 'yegor-sablin', name: 'Yegor Sablin' },
  { slug: 'daria-kostromina', name: 'Daria Kostromina' },
  { slug: 'polina-vetrova', name: 'Polina Vetrova' },
  { slug: 'timur-galiyev', name: 'Timur Galiyev' },
  { slug: 'arina-solntseva', name: 'Arina Solntseva' },
];

/** Topics that group the demo stories across sections. */
export const demoTopics: readonly DemoTopic[] = [
  { slug: 'arctic-shipping', title: 'Arctic shipping' },
  { slug: 'interest-rates', title: 'Interest rates' },
  { slug: 'inflation', title: 'Inflation' },
  { slug: 'federal-budget', title: 'Federal budget' },
  { slug: 'grain-exports', title: 'Grain exports' },
  { slug: 'energy-markets', title: 'Energy markets' },
  { slug: 'trade-corridors', title: 'Trade corridors' },
  { slug: 'arms-control', title: 'Arms control and risk reduction' },
  { slug: 'naval-exercises', title: 'Naval exercises' },
  { slug: 'air-defence', title: 'Air defence' },
  { slug: 'defence-industry', title: 'Defence industry' },
  { slug: 'military-aviation', title: 'Military aviation' },
  { slug: 'space-programme', title: 'Space programme' },
  { slug: 'astronomy', title: 'Astronomy' },
  { slug: 'climate-and-permafrost', title: 'Climate and permafrost' },
  { slug: 'medical-research', title: 'Medical research' },
  { slug: 'higher-education', title: 'Higher education' },
  { slug: 'theatre', title: 'Theatre' },
  { slug: 'museums-and-heritage', title: 'Museums and heritage' },
  { slug: 'cinema', title: 'Cinema' },
  { slug: 'urban-transport', title: 'Urban transport' },
  { slug: 'winter-olympics-qualification', title: 'Winter Olympics qualification' },
  { slug: 'ice-hockey', title: 'Ice hockey' },
  { slug: 'football', title: 'Football' },
  { slug: 'athletics', title: 'Athletics' },
];

/** The 48 demo articles, six per section, published between a few minutes and about six days before server start. */
export const demoArticles: readonly DemoArticle[] = [
  // ---------------------------------------------------------------- politics
  {
    key: 'telnov-interview-arctic-diplomacy',
    section: 'politics',
    title: "Foreign Minister Telnov says Arctic cooperation must stay outside political disputes",
    lead: "In an interview with the agency, Arkady Telnov set out Moscow's priorities for the Geneva talks on polar navigation, for trade routes to Asia and for contacts with Arctic neighbours.",
    datelineCity: 'MOSCOW',
    minutesAgo: 400,
    image: { name: 'flags-row', caption: "Flags outside the Foreign Ministry in Moscow, where Arkady Telnov gave the interview." },
    pages: [
      `<p>Foreign Minister Arkady Telnov said the countries whose ships use Arctic sea lanes should settle practical questions of navigation safety among themselves "without waiting for the general political weather to improve", in an interview with the agency given ahead of the final day of the Geneva Forum on Polar Navigation. Speaking in his office at the ministry, Telnov said traffic along the Northern Sea Route had grown faster than the rules that govern it, and that this was a problem for every flag state, not only for Russia.</p>
<h2>Rules for a busier Arctic</h2>
<p>"Ten years ago a convoy of eleven ships in late autumn would have been a sensation. Today it is a routine operation," Telnov said, referring to the convoy that entered the Kara Sea this week behind the nuclear icebreaker Severnoye Siyaniye. "When traffic grows like this, you need a common language: who reports what, to whom, how often, and what happens when a ship gets into trouble two thousand kilometres from the nearest port. That is what the delegations in Geneva are discussing, and I expect them to agree a draft before they go home."</p>
<p>The minister said Moscow supported the proposal tabled by the forum's chair, Swiss diplomat Helena Marquardt, under which ice-class vessels would report their positions to regional coordination centres at fixed intervals and share ice observations in a single format. He described the guidelines under discussion as voluntary but said Russia would apply them to ships in its own waters once they were agreed. "A rule that nobody can check is only a wish," he said. "We are offering data from our own satellites and our hydrographic service so that everyone works from the same map."</p>
<p class="read-also">Read also: <a href="@geneva-forum-arctic-navigation">Geneva forum agrees draft rules for ice-class ships reporting in the Arctic</a></p>`,
      `<h2>Trade routes to the east</h2>
<p>Turning to Asia, Telnov said his talks in Beijing a few days ago had been "businesslike and unusually concrete". The centrepiece of the visit was a memorandum between the two countries' railway operators that sets a fixed timetable for container trains on the corridor linking western China with the Moscow region, with the number of scheduled services due to rise from 28 to 40 a week by next autumn. "For a shipper, predictability is worth more than speed," Telnov said. "If a manufacturer in Xi'an knows that his container will be in the Moscow region in twelve days, every time, he will plan his business around that."</p>
<p>He said the rail corridor was one of three routes the government wants to develop in parallel, alongside the north-south route across the Caspian region and the Northern Sea Route. "People ask us which one we are betting on. The answer is all three, because each serves different cargo," the minister said. He welcomed the opening of a joint Kazakh-Uzbek customs post on the main southern trucking route, saying it showed that "the bottleneck is often a border booth, not the road itself".</p>
<p>Asked about payments, which exporters say remain the main obstacle to further growth in trade, Telnov said settlements in national currencies now accounted for the overwhelming majority of trade with China and that banks on both sides had "learned to work in the new conditions". He acknowledged that smaller companies still faced delays of several weeks. "It is not a perfect system yet. But it is a system, and it is getting better month by month," he said.</p>
<p class="read-also">Read also: <a href="@beijing-rail-corridor-memorandum">Russian and Chinese railways agree fixed timetable for container trains</a></p>`,
      `<h2>Channels that must stay open</h2>
<p>On security, Telnov said the annual consultations with Norway on preventing incidents at sea, which opened in Oslo this week, were an example of contacts that "must continue whatever the temperature of relations". At the talks, naval delegations from both countries discuss advance notice of exercises, safe distances between ships and aircraft, and radio procedures. "Our sailors and theirs meet in the Barents Sea every day. It is in nobody's interest that a misunderstanding at sea becomes a political crisis," he said, adding that Norway had been informed in advance of the Northern Fleet exercise planned for the coming days.</p>
<p>Telnov was also asked about the draft federal budget now before parliament, which increases funding for the ministry's consular service and for a scholarship programme for foreign students. He said the number of foreign students at Russian universities had grown steadily and described education as "the most durable form of diplomacy". "An engineer who studied in Kazan or Tomsk will remember it for forty years. No treaty lasts that long," he said.</p>
<p>The minister ended the interview by returning to the Arctic. "The region is changing faster than our institutions. The ice is retreating, the traffic is growing, and the scientists tell us the permafrost is thawing faster than their models predicted," he said. "Diplomacy has to move at least as fast as the ice. If we can agree on something as modest as a reporting format, we can agree on bigger things later. That is how trust is built, one small agreement at a time."</p>
<p class="read-also">Read also: <a href="@incidents-at-sea-talks-norway">Russian and Norwegian naval delegations open annual incidents-at-sea talks in Oslo</a></p>`,
    ],
    persons: ['arkady-telnov', 'helena-marquardt'],
    topics: ['arctic-shipping', 'trade-corridors', 'arms-control'],
    related: ['geneva-forum-arctic-navigation', 'beijing-rail-corridor-memorandum', 'incidents-at-sea-talks-norway', 'foreign-ministry-polar-forum-delegation'],
    otherMedia: [
      { title: "Telnov's Arctic message: rules first, politics later", url: 'https://www.capital-observer.example/politics/telnov-arctic-rules-first', source: 'Capital Observer' },
      { title: 'Three corridors and one bottleneck: what the minister said about trade', url: 'https://www.eastern-meridian.example/trade/three-corridors-one-bottleneck', source: 'Eastern Meridian' },
    ],
  },
  {
    key: 'budget-draft-duma-first-reading',
    section: 'politics',
    title: "Lower house passes draft federal budget in first reading after daylong debate",
    lead: "Lawmakers approved the government's three-year spending plan in principle, with Finance Minister Stanislav Kurbatov defending a projected deficit of 1.1 percent of gross domestic product.",
    datelineCity: 'MOSCOW',
    minutesAgo: 130,
    isTop: true,
    image: { name: 'government-building-dusk', caption: "The parliament building in central Moscow at dusk, shortly before deputies voted on the draft budget." },
    pages: [
      `<p>The State Duma approved the draft federal budget for next year and the following two years in the first reading, with 312 deputies voting in favour, 101 against and 4 abstaining, according to the results displayed in the chamber. The vote followed more than nine hours of debate, during which opposition deputies criticised the plan's spending on regional roads and housing as insufficient.</p>
<h2>A deficit of 1.1 percent</h2>
<p>The draft projects revenues of 40.3 trillion roubles and expenditure of 42.6 trillion roubles next year, leaving a deficit of about 2.3 trillion roubles, or 1.1 percent of gross domestic product. Oil and gas revenues are expected to account for just under a quarter of the total, down from almost a third three years ago, the Finance Ministry said in explanatory notes attached to the bill.</p>
<p>"This is a budget that lives within its means," Finance Minister Stanislav Kurbatov told deputies. "We are not financing current spending with debts that our children will repay. The deficit is covered by domestic borrowing at a volume the market can absorb without pressure on interest rates." The ministry expects economic growth of 1.8 percent next year and average annual inflation of 5.2 percent, he said.</p>
<h2>Universities, roads and the Arctic</h2>
<p>Among the items highlighted by the minister were funding for 12,000 additional state-financed university places in engineering, a 14 percent increase in the federal road fund and 230 billion roubles over three years for ports and navigation infrastructure along the Northern Sea Route. Healthcare spending is set to rise by 9 percent in nominal terms, while the consular service and a scholarship programme for foreign students will also receive more money.</p>
<p>Critics said the forecasts left little room for error. "The ministry assumes an oil price and an exchange rate that are the best case, not the base case," opposition deputy Anton Mirsky said during the debate. "If either of them moves the wrong way, the regions will be the first to pay." Kurbatov replied that the budget rule put any revenue above the baseline oil price into reserves, which could be drawn on if prices fell.</p>
<p>Deputies now have 15 days to submit amendments before the second reading, at which the chamber will vote on how spending is distributed between sections of the budget. The head of the Duma's budget committee said he expected the final vote to take place before the winter recess, after which the bill goes to the upper house.</p>
<p class="read-also">Read also: <a href="@government-engineering-university-places">Government adds 12,000 state-funded university places in engineering subjects</a></p>`,
    ],
    persons: ['stanislav-kurbatov'],
    topics: ['federal-budget', 'inflation'],
    related: ['central-bank-cuts-key-rate', 'government-engineering-university-places', 'press-review-draft-budget-sent', 'press-review-budget-road-young-scientists'],
    otherMedia: [
      { title: 'Budget clears first hurdle: who gains and who waits', url: 'https://www.capital-observer.example/politics/budget-first-hurdle', source: 'Capital Observer' },
      { title: 'Regional roads: deputies want more, ministry says wait', url: 'https://www.ural-ledger.example/regions/roads-budget-debate', source: 'Ural Ledger' },
    ],
  },
  {
    key: 'ostapov-northern-ports-governors',
    section: 'politics',
    title: "Deputy Prime Minister Ostapov urges northern governors to speed up port projects",
    lead: "At a meeting in Murmansk, Gennady Ostapov said three of seventeen Arctic port projects were behind schedule and warned that federal money would follow progress rather than requests.",
    datelineCity: 'MURMANSK',
    minutesAgo: 1500,
    image: { name: 'conference-table', caption: "Governors of five northern regions met Deputy Prime Minister Gennady Ostapov around a round table in Murmansk." },
    pages: [
      `<p>Deputy Prime Minister Gennady Ostapov, who oversees Arctic development and transport, met the governors of five northern regions in Murmansk to review seventeen port and terminal projects along the Northern Sea Route, his office said in a statement.</p>
<h2>Three projects lagging</h2>
<p>According to the statement, fourteen of the projects are on schedule, while three of them, a coal terminal on the Taimyr Peninsula, a fuel depot in Tiksi and the reconstruction of a berth in Pevek, are between four and eleven months behind. "Every month of delay is a month in which cargo goes some other way," Ostapov told the meeting, parts of which were broadcast by regional television. "The route is growing. The ports must grow with it, not after it."</p>
<p>He said the federal government had earmarked 230 billion roubles over the next three years for ports and navigation infrastructure in the Arctic, and that the money would be distributed "according to readiness, not according to requests". Regions that failed to prepare land and utility connections in time risked losing their share to others, he said.</p>
<h2>Housing for workers</h2>
<p>The governors, in turn, raised the shortage of housing for construction and port workers, which they said was pushing up wages and delaying hiring. The governor of the Murmansk region said companies were flying in up to 40 percent of their staff on rotation because there was nowhere for families to live. Ostapov instructed the construction and finance ministries to draw up proposals for a dedicated Arctic housing programme within two months.</p>
<p>The meeting also discussed the icebreaker fleet. Ostapov said the nuclear icebreaker Severnoye Siyaniye, which entered service last season, had extended the navigation period in the eastern Arctic by about six weeks, and that two more vessels of the same class were under construction at a shipyard in St. Petersburg. Cargo traffic on the route is on course for a record this season, he said.</p>
<p class="read-also">Read also: <a href="@northern-sea-route-record-cargo">Northern Sea Route cargo hits record as late-season convoys sail east</a></p>`,
    ],
    persons: ['gennady-ostapov'],
    topics: ['arctic-shipping', 'trade-corridors'],
    related: ['northern-sea-route-record-cargo', 'ust-luga-grain-terminal', 'ice-class-patrol-ships'],
    otherMedia: [
      { title: 'Ostapov to northern regions: no land, no money', url: 'https://www.polar-post.example/regions/ostapov-no-land-no-money', source: 'Polar Post' },
    ],
  },
  {
    key: 'foreign-ministry-polar-forum-delegation',
    section: 'politics',
    title: "Foreign Ministry names delegation for Geneva forum on polar navigation",
    lead: "Deputy Foreign Minister Vadim Orekhov will lead a team of diplomats, hydrographers and shipping experts at the forum, which is expected to draft common rules for ice-class vessels.",
    datelineCity: 'MOSCOW',
    minutesAgo: 3300,
    image: { name: 'summit-hall', caption: "The conference hall in Geneva where delegations to the Forum on Polar Navigation hold their plenary sessions." },
    pages: [
      `<p>Russia will be represented at the Geneva Forum on Polar Navigation by a 16-member delegation led by Deputy Foreign Minister Vadim Orekhov, the Foreign Ministry said in a statement published on its website. The team includes officials from the Transport Ministry, the state hydrographic service and the operator of the Northern Sea Route, as well as two captains of nuclear icebreakers.</p>
<h2>Reporting, ice data and rescue</h2>
<p>The forum, which brings together delegations from 14 countries with shipping or scientific interests in the Arctic, is chaired by Swiss diplomat Helena Marquardt. Its current session is expected to focus on a draft set of voluntary guidelines on how ice-class ships report their positions, share observations of ice conditions and request assistance in an emergency.</p>
<p>"Our aim is practical: clear and verifiable rules that make navigation safer for everyone and do not create new barriers for shipping," ministry spokeswoman Larisa Tkachenko told her weekly briefing. She said Moscow would offer participants access to ice maps compiled from Russian weather satellites of the Sever-Meteo series, two of which are currently in orbit, with a third due to be launched shortly.</p>
<h2>Chair hopes for a text</h2>
<p>In a statement issued in Geneva, Marquardt said she was "cautiously optimistic" that the delegations would agree on a draft during the session. "The Arctic does not forgive improvisation. The people who sail there have asked us for one set of rules rather than a dozen, and I believe we can give them that," she said.</p>
<p>Foreign Minister Arkady Telnov has described the forum as one of the few international formats dealing with the Arctic that continues to work normally. The three-day session opens in Geneva later in the day; any guidelines agreed there would be submitted to governments for approval before taking effect.</p>
<p class="read-also">Read also: <a href="@geneva-forum-arctic-navigation">Geneva forum agrees draft rules for ice-class ships reporting in the Arctic</a></p>`,
    ],
    persons: ['arkady-telnov', 'helena-marquardt'],
    topics: ['arctic-shipping'],
    related: ['geneva-forum-arctic-navigation', 'telnov-interview-arctic-diplomacy', 'baikonur-weather-satellite-launch'],
    otherMedia: [
      { title: 'Who goes to Geneva: icebreaker captains join the diplomats', url: 'https://www.polar-post.example/diplomacy/icebreaker-captains-geneva', source: 'Polar Post' },
      { title: 'Polar navigation forum: what is on the table', url: 'https://www.lakeside-dispatch.example/international/polar-forum-agenda', source: 'Lakeside Dispatch' },
    ],
  },
  {
    key: 'telnov-visit-beijing-trade',
    section: 'politics',
    title: "Telnov arrives in Beijing for talks on transport corridors and payments",
    lead: "The foreign minister's two-day visit is expected to produce an agreement on a fixed timetable for container trains, according to a member of the Russian delegation.",
    datelineCity: 'BEIJING',
    minutesAgo: 5200,
    image: { name: 'diplomats-handshake', caption: "Foreign Minister Arkady Telnov is welcomed at the start of his two-day visit to Beijing." },
    pages: [
      `<p>Foreign Minister Arkady Telnov arrived in Beijing for a two-day visit focused on transport links, payments in national currencies and preparations for the regular meeting of the two countries' heads of government, the Foreign Ministry said.</p>
<h2>Trains on a timetable</h2>
<p>A member of the Russian delegation told the agency that the two countries' railway operators were expected to sign a memorandum during the visit setting fixed schedules for container trains between western China and the Moscow region. At present, most trains on the route depart only when enough cargo has been gathered, which shippers say makes transit times hard to predict.</p>
<p>Speaking to reporters on arrival, Telnov said bilateral trade had grown by 6 percent in the first ten months of the year and that transport capacity, rather than demand, was now the main constraint. "Our partners are ready to send more, our companies are ready to buy more, and the question is how quickly the goods can move," he said.</p>
<h2>Payments and the Arctic</h2>
<p>The minister is also scheduled to meet the heads of several Chinese banks that handle trade settlements with Russian companies. Exporters on both sides have complained of delays in processing payments, particularly for small and medium-sized firms. Telnov said he would raise the issue "in a very concrete way, with examples".</p>
<p>The talks are also expected to touch on shipping along the Northern Sea Route, where Chinese operators accounted for a growing share of transit voyages this season, according to the route's operator. China takes part as an observer in the Geneva Forum on Polar Navigation, whose next session opens in the coming days.</p>
<p class="read-also">Read also: <a href="@beijing-rail-corridor-memorandum">Russian and Chinese railways agree fixed timetable for container trains</a></p>`,
    ],
    persons: ['arkady-telnov'],
    topics: ['trade-corridors'],
    related: ['beijing-rail-corridor-memorandum', 'telnov-interview-arctic-diplomacy', 'press-review-beijing-rail-archive'],
    otherMedia: [
      { title: 'Telnov in Beijing: the trains come first', url: 'https://www.eastern-meridian.example/diplomacy/telnov-beijing-trains-first', source: 'Eastern Meridian' },
    ],
  },
  {
    key: 'government-engineering-university-places',
    section: 'politics',
    title: "Government adds 12,000 state-funded university places in engineering subjects",
    lead: "Minister of Science and Higher Education Yulia Bakhtina said most of the new places would go to regional universities, with shipbuilding, microelectronics and Arctic engineering among the priorities.",
    datelineCity: 'MOSCOW',
    minutesAgo: 800,
    image: { name: 'library-reading-room', caption: "Students in the reading room of a university library in Tomsk, one of the cities that will receive new engineering places." },
    pages: [
      `<p>The government has approved a decree adding 12,000 state-funded places for engineering students at universities across the country from the next academic year, Minister of Science and Higher Education Yulia Bakhtina told a briefing after a cabinet meeting.</p>
<h2>Regional universities first</h2>
<p>About 70 percent of the new places will go to universities outside Moscow and St. Petersburg, the minister said. In total, 38 universities will receive additional places, with the largest allocations going to institutions in Kazan, Tomsk, Yekaterinburg, Arkhangelsk and Vladivostok. "We want young people from Murmansk or Khabarovsk to be able to become shipbuilders or chip designers without moving to the capital," Bakhtina said.</p>
<p>The priority fields listed in the decree include shipbuilding and marine engineering, microelectronics, aircraft and engine design, power engineering and what the ministry calls "engineering for cold climates", meaning construction, transport and materials science for the Arctic. Each university will have to show that it has partner companies willing to offer students internships and jobs.</p>
<h2>Cost and demand</h2>
<p>The programme will cost about 9.6 billion roubles a year, and the money is included in the draft federal budget now before parliament, according to the Finance Ministry. Finance Minister Stanislav Kurbatov called it "an investment with a very clear return", noting that industrial companies had reported shortages of qualified engineers for several years running.</p>
<p>Applications to engineering faculties have risen for three consecutive years, according to ministry data, while the number of state-funded places remained largely unchanged. Bakhtina said admission rules would stay the same and the new places would be allocated on the basis of unified state exam results. Military academies announced a separate expansion of their engineering intake earlier this week.</p>
<p class="read-also">Read also: <a href="@military-academies-engineering-intake">Defence ministry expands engineering intake at military academies by 1,500 cadets</a></p>`,
    ],
    persons: ['yulia-bakhtina', 'stanislav-kurbatov'],
    topics: ['higher-education', 'federal-budget'],
    related: ['military-academies-engineering-intake', 'budget-draft-duma-first-reading', 'young-researchers-grants'],
    otherMedia: [
      { title: 'Twelve thousand new places: which universities gain most', url: 'https://www.campus-journal.example/admissions/twelve-thousand-places', source: 'Campus Journal' },
      { title: 'Engineering for cold climates becomes an official priority', url: 'https://www.polar-post.example/education/cold-climate-engineering', source: 'Polar Post' },
    ],
  },
  // ---------------------------------------------------------------- world
  {
    key: 'geneva-forum-arctic-navigation',
    section: 'world',
    title: "Geneva forum agrees draft rules for ice-class ships reporting in the Arctic",
    lead: "Delegations from 14 countries approved voluntary guidelines on position reports, ice observations and requests for assistance, which now go to governments for approval.",
    datelineCity: 'GENEVA',
    minutesAgo: 95,
    isTop: true,
    image: { name: 'conference-table', caption: "Delegations to the Geneva Forum on Polar Navigation during the closing session of the talks." },
    pages: [
      `<p>Delegations to the Geneva Forum on Polar Navigation agreed on a draft set of guidelines for ships operating in Arctic waters at the end of a three-day session, the forum's chair, Swiss diplomat Helena Marquardt, told a news conference.</p>
<h2>Position reports every six hours</h2>
<p>Under the draft, ice-class vessels sailing north of the Arctic Circle would report their position, course and speed to the nearest regional coordination centre every six hours, and every two hours when navigating in heavy ice. Ships would also be asked to transmit observations of ice thickness and concentration in a common format, so that the data can be combined with satellite images into shared ice maps.</p>
<p>The text also standardises how ships ask for help, listing the information a distress or assistance call must contain and naming the centre responsible for coordinating the response in each sector of the Arctic. "Today a captain in trouble may have to deal with different forms and different languages depending on where he happens to be. This draft ends that," Marquardt said.</p>
<h2>Voluntary, but verifiable</h2>
<p>The guidelines are voluntary and will take effect only after governments approve them, which Marquardt said she expected to happen "within months rather than years". The delegates agreed to review how the rules work in practice after the first full navigation season and to publish an annual summary of the reports received by the coordination centres.</p>
<p>Russia's delegation, led by Deputy Foreign Minister Vadim Orekhov, said it would share ice maps compiled from its Sever-Meteo weather satellites with all participants free of charge. "The third satellite of the series lifted off from Baikonur today, so the maps will soon be updated more often," Orekhov told reporters. Several other delegations said they would contribute observations from their coastal stations.</p>
<p>Foreign Minister Arkady Telnov had said in an interview with the agency before the final day of the session that Moscow expected a draft to be agreed and would apply the guidelines to ships in Russian waters. Traffic on the Northern Sea Route reached a record this season, according to the route's operator.</p>
<p class="read-also">Read also: <a href="@baikonur-weather-satellite-launch">Rocket carrying third Sever-Meteo Arctic weather satellite lifts off from Baikonur</a></p>`,
    ],
    persons: ['helena-marquardt', 'arkady-telnov'],
    topics: ['arctic-shipping'],
    related: ['telnov-interview-arctic-diplomacy', 'foreign-ministry-polar-forum-delegation', 'baikonur-weather-satellite-launch', 'northern-sea-route-record-cargo'],
    otherMedia: [
      { title: 'Polar forum settles on a six-hour reporting rule', url: 'https://www.lakeside-dispatch.example/international/polar-forum-six-hour-rule', source: 'Lakeside Dispatch' },
      { title: 'One form for every distress call: inside the Geneva draft', url: 'https://www.polar-post.example/shipping/geneva-draft-distress-calls', source: 'Polar Post' },
    ],
  },
  {
    key: 'incidents-at-sea-talks-norway',
    section: 'world',
    title: "Russian and Norwegian naval delegations open annual incidents-at-sea talks in Oslo",
    lead: "The consultations, held under a long-standing bilateral agreement, focus on advance notice of exercises in the Barents Sea and on communications between ships and aircraft.",
    datelineCity: 'OSLO',
    minutesAgo: 1380,
    image: { name: 'diplomats-handshake', caption: "Heads of the Russian and Norwegian naval delegations shake hands at the opening of the consultations in Oslo." },
    pages: [
      `<p>Naval delegations from Russia and Norway opened their annual consultations on preventing incidents at sea in Oslo, the Russian Embassy said in a statement. The Russian side is headed by Rear Admiral Pavel Sinitsyn, a deputy chief of the Main Naval Staff.</p>
<h2>Notifications and safe distances</h2>
<p>According to the embassy, the agenda includes advance notification of major exercises, minimum distances between warships and between military aircraft, and the use of agreed radio channels and signals when ships and aircraft of the two countries operate close to each other. The sides will also review encounters recorded since their last meeting; the embassy said none of them had been classified as dangerous.</p>
<p>The talks are held under a bilateral agreement on preventing incidents at sea that has been in force for more than three decades and has outlasted several periods of tension between the two countries. Officials on both sides have described it as one of the most stable elements of the relationship.</p>
<h2>Exercise notified in advance</h2>
<p>Vice-Admiral Oleg Kremnev, commander of the Northern Fleet, said in a statement issued in Severomorsk that Norway had been formally notified of a large exercise the fleet will hold in the Barents Sea in the coming days. "We informed our neighbours of the areas and the timing well in advance, as the agreement requires. Professional sailors understand each other, and we want it to stay that way," Kremnev said.</p>
<p>A Norwegian official quoted by local media said Oslo valued the predictability the consultations provided and described the atmosphere as businesslike. The talks are scheduled to end with the signing of a protocol that records the procedures agreed for the coming year.</p>
<p class="read-also">Read also: <a href="@northern-fleet-barents-exercise">Northern Fleet begins week-long exercise in the Barents Sea with 20 warships</a></p>`,
    ],
    persons: ['oleg-kremnev'],
    topics: ['arms-control', 'naval-exercises'],
    related: ['northern-fleet-barents-exercise', 'telnov-interview-arctic-diplomacy', 'ice-class-patrol-ships'],
    otherMedia: [
      { title: 'Old agreement, new traffic: the Barents Sea rulebook at work', url: 'https://www.fleet-observer.example/analysis/barents-rulebook', source: 'Fleet Observer' },
    ],
  },
  {
    key: 'beijing-rail-corridor-memorandum',
    section: 'world',
    title: "Russian and Chinese railways agree fixed timetable for container trains",
    lead: "The memorandum, signed in the presence of Foreign Minister Arkady Telnov, raises the number of scheduled weekly services from 28 to 40 and sets a target transit time of twelve days.",
    datelineCity: 'BEIJING',
    minutesAgo: 5050,
    image: { name: 'city-skyline-night', caption: "Beijing at night after the signing of the memorandum on container train schedules." },
    pages: [
      `<p>The national railway operators of Russia and China signed a memorandum in Beijing setting a fixed timetable for container trains between western China and the Moscow region, in the presence of Foreign Minister Arkady Telnov and his Chinese counterpart, the Russian Foreign Ministry said.</p>
<h2>From 28 to 40 trains a week</h2>
<p>Under the memorandum, the number of scheduled weekly services on the corridor will rise in stages from 28 now to 40 by next autumn. Trains will leave on fixed days regardless of how full they are, with a target transit time of twelve days from the Chinese city of Xi'an to terminals in the Moscow region, compared with an average of 16 to 18 days at present.</p>
<p>"The shipper will know the departure day and the arrival day when he signs the contract. This is what business has been asking us for," Telnov told reporters after the ceremony. He said the two sides had also agreed to simplify checks at border crossings on the route by moving to electronic transit declarations.</p>
<h2>Bottleneck at the border</h2>
<p>Railway officials said the main constraint on the route remained the transfer of containers at border crossings, where the track gauge changes. The memorandum provides for additional cranes and sidings at two crossing points, to be financed by the operators and completed within eighteen months.</p>
<p>Freight forwarders welcomed the agreement but said its value would depend on whether the schedule is kept in practice. "A timetable is a promise. We will believe it after the first winter," said Yevgeny Paramonov, who heads an association of freight forwarders in Novosibirsk.</p>
<p>Container traffic by rail between the two countries has grown by about a fifth this year, according to the Russian operator, as importers moved part of their cargo from sea routes to rail to shorten delivery times.</p>
<p class="read-also">Read also: <a href="@telnov-visit-beijing-trade">Telnov arrives in Beijing for talks on transport corridors and payments</a></p>`,
    ],
    persons: ['arkady-telnov'],
    topics: ['trade-corridors'],
    related: ['telnov-visit-beijing-trade', 'telnov-interview-arctic-diplomacy', 'kazakh-uzbek-customs-post', 'press-review-beijing-rail-archive'],
    otherMedia: [
      { title: 'Forty trains a week: can the border keep up?', url: 'https://www.eastern-meridian.example/logistics/forty-trains-a-week', source: 'Eastern Meridian' },
      { title: 'Forwarders cautious on new rail timetable', url: 'https://www.harbour-journal.example/rail/forwarders-cautious-timetable', source: 'Harbour Journal' },
    ],
  },
  {
    key: 'kazakh-uzbek-customs-post',
    section: 'world',
    title: "Kazakhstan and Uzbekistan open joint customs post on busy southern trucking route",
    lead: "Officials said the single inspection point should cut waiting times for lorries from up to two days to a few hours on a road that carries a growing share of regional trade.",
    datelineCity: 'ALMATY',
    minutesAgo: 3560,
    image: { name: 'desert-road', caption: "Lorries on the highway approaching the new joint customs post on the border between Kazakhstan and Uzbekistan." },
    pages: [
      `<p>Kazakhstan and Uzbekistan opened a joint customs and border post on the main highway between the two countries, where lorries will be inspected once by officers of both services instead of twice, Kazakhstan's Deputy Minister of Trade and Integration Aigerim Tulegenova said at the opening ceremony.</p>
<h2>One stop instead of two</h2>
<p>The post, built in fourteen months at a cost shared by the two governments, has 24 inspection lanes, scanners that can check a lorry without unloading it and parking for 600 vehicles. Officials said it would be able to handle up to 2,500 lorries a day, compared with about 1,400 at the old crossing.</p>
<p>"Drivers have been waiting up to two days in summer queues. Our target is that no lorry spends more than four hours here," Tulegenova told reporters. She said customs data would be exchanged electronically between the two services, so that cargo checked on one side of the border would not be checked again on the other.</p>
<h2>Part of a wider corridor</h2>
<p>The highway is part of a route used by carriers moving goods between Central Asia, Russia and China, and traffic on it has grown by about a quarter over the past two years, according to Kazakh transport ministry data. Carriers have long complained that border delays cancel out the time saved by new roads.</p>
<p>In Moscow, Deputy Prime Minister Gennady Ostapov welcomed the opening, saying faster crossings in Central Asia would help Russian exporters of grain, timber and machinery. "Every hour saved at a border is money saved for the exporter," he said in a statement.</p>
<p>The two governments plan to open a second joint post at a crossing further west next year, Tulegenova said, and are discussing a common electronic queue that would let drivers book a time slot before they reach the border.</p>
<p class="read-also">Read also: <a href="@beijing-rail-corridor-memorandum">Russian and Chinese railways agree fixed timetable for container trains</a></p>`,
    ],
    persons: ['aigerim-tulegenova', 'gennady-ostapov'],
    topics: ['trade-corridors'],
    related: ['beijing-rail-corridor-memorandum', 'press-review-southern-routes-baltic-terminal', 'telnov-interview-arctic-diplomacy'],
    otherMedia: [
      { title: 'Four hours at the border: the promise of the new joint post', url: 'https://www.steppe-herald.example/trade/four-hours-at-the-border', source: 'Steppe Herald' },
      { title: 'Hauliers welcome single inspection on southern route', url: 'https://www.harbour-journal.example/road/single-inspection-southern-route', source: 'Harbour Journal' },
    ],
  },
  {
    key: 'egypt-wheat-tender',
    section: 'world',
    title: "Egypt's state grain buyer books 420,000 tonnes of wheat, mostly Russian",
    lead: "Traders said Russian wheat made up about three quarters of the volume bought in the tender, at an average price of 247 dollars a tonne including freight.",
    datelineCity: 'CAIRO',
    minutesAgo: 2210,
    image: { name: 'harbor-cranes', caption: "Cranes at the port of Novorossiysk, where most of the Russian wheat bought by Egypt will be loaded." },
    pages: [
      `<p>Egypt's state grain purchasing agency bought 420,000 tonnes of wheat in an international tender, traders said, with Russian-origin grain accounting for about 315,000 tonnes of the total. The rest was split between Romanian and Bulgarian wheat.</p>
<h2>Prices slightly lower</h2>
<p>The average price paid was 247 dollars a tonne including freight, about 3 dollars less than at the agency's previous tender a month ago, according to traders' estimates. The cargoes are due to be shipped over a six-week period starting next month, and most of the Russian wheat will be loaded in Novorossiysk.</p>
<p>"Russian wheat remains the most competitive on the market thanks to a large harvest and efficient logistics in the Black Sea ports," Boris Naumkin, president of the National Grain Exporters' Union, told the agency by telephone. He said Egypt remained the largest single buyer of Russian wheat this season, followed by Turkey.</p>
<h2>A strong season for exporters</h2>
<p>Russian wheat exports in the first four months of the season, which began in July, reached about 19 million tonnes, according to union data, up 8 percent on the same period of the previous season. Grain shipments through the Baltic ports have also grown as exporters look for alternatives to the busy southern terminals.</p>
<p>Agriculture Minister Olga Zvyagintseva said earlier this month that the ministry could raise its export forecast if shipments kept their current pace. "We see stable demand in North Africa and the Middle East, and we are working to open new markets in Southeast Asia," she told a conference in Krasnodar.</p>
<p>Traders in Cairo said the agency was likely to return to the market within three to four weeks, as it builds up reserves ahead of the spring, when domestic consumption traditionally rises.</p>
<p class="read-also">Read also: <a href="@ust-luga-grain-terminal">Baltic port operator plans new six-million-tonne grain terminal at Ust-Luga</a></p>`,
    ],
    persons: ['boris-naumkin', 'olga-zvyagintseva'],
    topics: ['grain-exports'],
    related: ['grain-export-forecast-raised', 'ust-luga-grain-terminal', 'press-review-wheat-deal-kazan-gallery'],
    otherMedia: [
      { title: 'Black Sea wheat wins again in Cairo', url: 'https://www.field-and-market.example/grain/black-sea-wheat-cairo', source: 'Field and Market' },
    ],
  },
  {
    key: 'vienna-oil-producers-meeting',
    section: 'world',
    title: "Oil producers leave output targets unchanged at ministerial meeting in Vienna",
    lead: "Energy Minister Artyom Sukhanov said the market was broadly balanced and that the group of producing countries would review demand again in three months.",
    datelineCity: 'VIENNA',
    minutesAgo: 1950,
    image: { name: 'flags-row', caption: "National flags outside the conference centre in Vienna where the oil ministers met." },
    pages: [
      `<p>A group of oil-producing countries that coordinates output agreed at a ministerial meeting in Vienna to keep its production targets unchanged for the first quarter of next year, Energy Minister Artyom Sukhanov told reporters after the talks.</p>
<h2>"No reason for sudden moves"</h2>
<p>"The market is broadly balanced. Stocks are close to their five-year average, demand is growing moderately, and we see no reason for sudden moves," Sukhanov said. He said the decision had been taken by consensus after a discussion that lasted about three hours.</p>
<p>The ministers also agreed to extend for six months the mechanism under which a member that produces above its target compensates with lower output in later months. Sukhanov said Russian production was in line with its target and that no compensation would be required from Russian companies.</p>
<h2>Prices and refineries</h2>
<p>Oil prices were little changed after the announcement, which had been widely expected by analysts. Sukhanov described current prices as "comfortable for producers and acceptable for consumers" and said they were close to the level assumed in the draft federal budget.</p>
<p>Asked about the domestic fuel market, the minister said refineries were completing their seasonal maintenance and that wholesale petrol prices had already begun to ease. "By the end of the month all the large units will be back in operation, and the market will be well supplied," he said.</p>
<p>The group's next ministerial meeting is scheduled in three months, while a technical committee of experts from member countries will continue to review supply, demand and inventory data each month and can recommend an earlier meeting if conditions change.</p>
<p class="read-also">Read also: <a href="@petrol-prices-ease-refineries">Wholesale petrol prices ease as refineries return from seasonal maintenance</a></p>`,
    ],
    persons: ['artyom-sukhanov'],
    topics: ['energy-markets'],
    related: ['petrol-prices-ease-refineries', 'budget-draft-duma-first-reading', 'central-bank-cuts-key-rate'],
    otherMedia: [
      { title: 'Vienna meeting ends with a shrug and a status quo', url: 'https://www.barrel-weekly.example/markets/vienna-status-quo', source: 'Barrel Weekly' },
    ],
  },
  // ---------------------------------------------------------------- economy
  {
    key: 'central-bank-cuts-key-rate',
    section: 'economy',
    title: "Central bank cuts key rate by 50 basis points to 15.5 percent",
    lead: "The regulator lowered its benchmark rate for the first time in eight months, citing a steady slowdown in inflation, but said further cuts would depend on wages and government spending.",
    datelineCity: 'MOSCOW',
    minutesAgo: 45,
    isTop: true,
    image: { name: 'bank-facade', caption: "The central bank's headquarters in Moscow, where the board met to decide on the key rate." },
    pages: [
      `<p>The central bank reduced its key interest rate to 15.5 percent from 16 percent, the regulator said in a statement issued after a meeting of its board of directors. It was the first cut in eight months and was in line with the expectations of most analysts polled before the meeting, although a significant minority had predicted no change.</p>
<p>Annual inflation slowed to 7.4 percent in the latest monthly data, down from a peak of 9.1 percent in the spring, according to the statement. The regulator expects inflation to fall to between 5 and 5.5 percent by the end of next year and to return to its 4 percent target the year after that.</p>
<h2>"A step, not a staircase"</h2>
<p>"We are seeing a sustained easing of price pressure, particularly in services and food, and inflation expectations of households have come down for three months in a row," Governor Irina Lavrentyeva told a news conference. "But the labour market remains very tight, and we are in no hurry. Today's decision is a step, not the start of a staircase."</p>
<p>She said the board had considered both keeping the rate on hold and a larger cut of 100 basis points, but that "the balance of arguments" favoured a moderate move. The board will next review the rate at a scheduled meeting in six weeks, and Lavrentyeva declined to say whether a further cut was likely. The regulator's forecast implies an average key rate of 13 to 14.5 percent next year.</p>
<h2>Budget and credit</h2>
<p>Lavrentyeva said the draft federal budget, which deputies backed in the first reading earlier in the day, was one of the factors the board had taken into account. She described the projected deficit of 1.1 percent of gross domestic product as manageable "provided that spending stays where the plan puts it". Finance Minister Stanislav Kurbatov said separately that lower rates would reduce the state's borrowing costs.</p>
<p>Growth in consumer lending slowed to 1.2 percent month on month, the regulator said, and mortgage lending outside state-subsidised programmes had almost stopped growing. "The cooling of credit has done its job. The question now is how quickly the economy can take lower rates without prices picking up again," said Yaroslav Demin, chief economist at Ural Credit Bank.</p>
<p class="read-also">Read also: <a href="@stocks-rally-after-rate-cut">Moscow stocks climb to two-month high after central bank's rate cut</a></p>`,
    ],
    persons: ['irina-lavrentyeva', 'stanislav-kurbatov'],
    topics: ['interest-rates', 'inflation'],
    related: ['stocks-rally-after-rate-cut', 'budget-draft-duma-first-reading', 'press-review-rate-meeting-arctic-record', 'petrol-prices-ease-refineries'],
    otherMedia: [
      { title: 'Rate cut arrives, but the regulator keeps the door half closed', url: 'https://www.capital-observer.example/finance/rate-cut-door-half-closed', source: 'Capital Observer' },
      { title: 'What a lower key rate means for mortgage borrowers', url: 'https://www.ural-ledger.example/personal-finance/key-rate-mortgages', source: 'Ural Ledger' },
    ],
  },
  {
    key: 'northern-sea-route-record-cargo',
    section: 'economy',
    title: "Northern Sea Route cargo hits record as late-season convoys sail east",
    lead: "Traffic on the Arctic route reached 38.6 million tonnes with weeks of navigation still to go, its operator said, as an eleven-ship convoy headed east behind a nuclear icebreaker.",
    datelineCity: 'MURMANSK',
    minutesAgo: 980,
    image: { name: 'arctic-icebreaker', caption: "The nuclear icebreaker Severnoye Siyaniye breaks a channel through young ice in the Kara Sea ahead of the convoy." },
    pages: [
      `<p>Cargo traffic on the Northern Sea Route has reached 38.6 million tonnes so far this year, beating the previous record of 36.1 million tonnes set last year with several weeks of navigation still to go, the route's operator, the Northern Route Directorate, said in a statement.</p>
<h2>Eleven ships behind the Severnoye Siyaniye</h2>
<p>The latest convoy, made up of eleven vessels including four container ships, two bulk carriers and five tankers carrying fuel for Arctic settlements, entered the Kara Sea this week behind the nuclear icebreaker Severnoye Siyaniye, the statement said. Seven of the ships are bound for Pevek on the coast of Chukotka and other eastern ports, while four will continue through the Bering Strait to ports in China and South Korea.</p>
<p>"Ice conditions in the western sector are lighter than usual for this time of year, but in the East Siberian Sea we already have young ice of 30 to 50 centimetres," Captain Igor Vasnetsov, who commands the Severnoye Siyaniye, said in radio comments distributed by the operator. "For ships of this class it is not a problem with an escort. Without an escort it would be a different conversation."</p>
<p>Deputy Prime Minister Gennady Ostapov, who oversees Arctic development, said the result showed the route was becoming "a normal working artery rather than an experiment". "Not so long ago we were arguing about whether thirty million tonnes was realistic. Now we are discussing how to handle fifty," he told reporters, adding that three of the seventeen port projects along the route still had to catch up with their schedules.</p>
<p class="read-also">Read also: <a href="@ostapov-northern-ports-governors">Deputy Prime Minister Ostapov urges northern governors to speed up port projects</a></p>`,
      `<h2>What the ships carry</h2>
<p>Liquefied natural gas and oil from fields on the Yamal and Gydan peninsulas accounted for about 70 percent of the cargo, according to the operator. Transit voyages between Europe and Asia, which attract the most international attention, made up a much smaller share at 3.4 million tonnes but grew fastest, by 38 percent, largely thanks to container ships and bulk carriers operated by Chinese companies. Supplies to Arctic towns and settlements accounted for about 1.1 million tonnes.</p>
<p>Grain appeared on the route in significant volumes for the first time: three bulk carriers with a combined 96,000 tonnes of Siberian wheat sailed east from the Yenisei port of Dudinka to buyers in China. Boris Naumkin, president of the National Grain Exporters' Union, said the route "could become a regular outlet for Siberian grain, which is simply too far from the Black Sea to compete there".</p>
<h2>The icebreaker limit</h2>
<p>Analysts cautioned that the record depended heavily on a handful of large energy projects and on the availability of icebreakers. "For part of the year every tonne on this route moves behind an icebreaker. The fleet is the real limit on growth, not demand," said Marina Shelest, a shipping analyst at the St. Petersburg consultancy Nord Maritime Analytics. Two more nuclear icebreakers of the Severnoye Siyaniye class are under construction.</p>
<p>The operator expects the eastern sector to close to ships without an escort within three weeks, after which only vessels of the highest ice classes will sail there. Ice forecasting should improve with the third Sever-Meteo weather satellite, due to lift off from Baikonur within the next day, which will give forecasters a continuous view of the polar region. The government's target is 80 million tonnes a year by the end of the decade.</p>
<p class="read-also">Read also: <a href="@baikonur-weather-satellite-launch">Rocket carrying third Sever-Meteo Arctic weather satellite lifts off from Baikonur</a></p>`,
    ],
    persons: ['gennady-ostapov', 'boris-naumkin'],
    topics: ['arctic-shipping', 'trade-corridors'],
    related: ['ostapov-northern-ports-governors', 'baikonur-weather-satellite-launch', 'geneva-forum-arctic-navigation', 'press-review-rate-meeting-arctic-record'],
    otherMedia: [
      { title: 'Record on the ice: the numbers behind the Arctic route', url: 'https://www.polar-post.example/shipping/record-on-the-ice', source: 'Polar Post' },
      { title: 'Siberian wheat tries the northern way to China', url: 'https://www.field-and-market.example/grain/siberian-wheat-northern-way', source: 'Field and Market' },
      { title: 'Transit voyages grow by more than a third', url: 'https://www.harbour-journal.example/arctic/transit-voyages-grow', source: 'Harbour Journal' },
    ],
  },
  {
    key: 'grain-export-forecast-raised',
    section: 'economy',
    title: "Agriculture ministry raises grain export forecast to 58 million tonnes",
    lead: "Minister Olga Zvyagintseva cited a harvest of 132 million tonnes and steady demand from North Africa, while exporters warned that southern ports were already working at their limit.",
    datelineCity: 'MOSCOW',
    minutesAgo: 1100,
    image: { name: 'wheat-field', caption: "A combine harvester at work in a wheat field in the Stavropol region, one of the areas behind this season's large harvest." },
    pages: [
      `<p>The Agriculture Ministry raised its forecast for grain exports in the current season to 58 million tonnes from 55 million, Agriculture Minister Olga Zvyagintseva told a meeting of the ministry's board, citing a larger than expected harvest and steady demand from importing countries.</p>
<h2>Harvest of 132 million tonnes</h2>
<p>The grain harvest, which is almost complete, is estimated at 132 million tonnes in clean weight, including about 89 million tonnes of wheat, the minister said. "The quality is good, with a high share of the wheat classes our main buyers want," Zvyagintseva said. Wheat is expected to account for about 47 million tonnes of the projected exports, with barley and maize making up most of the rest.</p>
<p>She said Egypt, Turkey and Algeria remained the largest buyers and that the ministry saw room for growth in Southeast Asia and sub-Saharan Africa. At a tender this week, Egypt's state buyer purchased about 315,000 tonnes of Russian wheat, according to traders.</p>
<h2>Ports at full stretch</h2>
<p>Boris Naumkin, president of the National Grain Exporters' Union, welcomed the revised forecast but said reaching it would require ports to work at full capacity throughout the winter. "Novorossiysk and the other southern terminals are already loaded to the limit. Every storm that closes the ports for two days costs us hundreds of thousands of tonnes," he told the agency. A planned grain terminal at Ust-Luga on the Baltic would help, he said, "but not this season".</p>
<p>Domestic wheat prices have fallen by about 2 percent over the past month as farmers continued to sell grain from the new harvest, according to the union. Lower prices have squeezed the margins of farmers in regions far from the ports, who pay more to move their grain by rail.</p>
<p>The ministry said it did not plan to change the export duty mechanism this season. Zvyagintseva added that state purchases for the intervention fund, which buys grain to stabilise the domestic market, would continue until the spring.</p>
<p class="read-also">Read also: <a href="@egypt-wheat-tender">Egypt's state grain buyer books 420,000 tonnes of wheat, mostly Russian</a></p>`,
    ],
    persons: ['olga-zvyagintseva', 'boris-naumkin'],
    topics: ['grain-exports'],
    related: ['egypt-wheat-tender', 'ust-luga-grain-terminal', 'northern-sea-route-record-cargo'],
    otherMedia: [
      { title: 'Fifty-eight million tonnes: can the ports cope?', url: 'https://www.field-and-market.example/grain/can-the-ports-cope', source: 'Field and Market' },
      { title: 'Farmers far from the sea feel the price squeeze', url: 'https://www.volga-wire.example/agriculture/farmers-price-squeeze', source: 'Volga Wire' },
    ],
  },
  {
    key: 'stocks-rally-after-rate-cut',
    section: 'economy',
    title: "Moscow stocks climb to two-month high after central bank's rate cut",
    lead: "Shares of banks and property developers led the gains as investors bet on further easing, while the rouble was little changed against the dollar and the yuan.",
    datelineCity: 'MOSCOW',
    minutesAgo: 25,
    image: { name: 'stock-chart-screen', caption: "Trading screens at a Moscow brokerage show share prices rising after the rate decision." },
    pages: [
      `<p>Russian shares rose to their highest level in two months after the central bank lowered its key interest rate, with the exchange's main rouble-denominated index up 1.8 percent in trading in Moscow.</p>
<h2>Banks and developers lead</h2>
<p>Bank shares were among the best performers, with Ural Credit Bank up 3.9 percent and the consumer lender Volga Finance up 4.6 percent, on expectations that cheaper funding would revive demand for loans. Property developers, whose sales depend heavily on mortgages, also gained, with Severny Stroy rising 5.2 percent.</p>
<p>"The market was pricing in either a pause or a very small cut, so the decision itself was only a mild surprise," said Natalya Zorina, head of equity research at the brokerage Kaspiy Capital. "Investors chose to focus on the fact that the easing cycle has started rather than on the governor's cautious words about the next meetings."</p>
<p>Government bond yields fell by 15 to 25 basis points across maturities, with the ten-year yield dropping to 14.1 percent, according to exchange data. The Finance Ministry holds its regular weekly auction of federal loan bonds in the coming days, and dealers said they expected strong demand.</p>
<h2>Rouble steady</h2>
<p>The rouble was little changed against the dollar and the yuan, as sales of foreign currency by exporters ahead of month-end tax payments offset the effect of the lower rate, traders said.</p>
<p>Finance Minister Stanislav Kurbatov said lower rates would reduce the cost of the domestic borrowing needed to cover the budget deficit. "Every percentage point on the key rate is real money for the budget," he told reporters. Central bank Governor Irina Lavrentyeva said earlier that the board was "in no hurry" to continue cutting.</p>
<p class="read-also">Read also: <a href="@central-bank-cuts-key-rate">Central bank cuts key rate by 50 basis points to 15.5 percent</a></p>`,
    ],
    persons: ['irina-lavrentyeva', 'stanislav-kurbatov'],
    topics: ['interest-rates'],
    related: ['central-bank-cuts-key-rate', 'budget-draft-duma-first-reading', 'press-review-rate-meeting-arctic-record'],
    otherMedia: [
      { title: 'Banks and builders lead the relief rally', url: 'https://www.ticker-tape.example/markets/banks-builders-relief-rally', source: 'Ticker Tape' },
    ],
  },
  {
    key: 'ust-luga-grain-terminal',
    section: 'economy',
    title: "Baltic port operator plans new six-million-tonne grain terminal at Ust-Luga",
    lead: "Baltic Bulk Terminals estimates the project at 48 billion roubles and expects to load the first grain ships in three years, giving exporters an alternative to the crowded southern ports.",
    datelineCity: 'ST. PETERSBURG',
    minutesAgo: 4100,
    image: { name: 'container-ship', caption: "A cargo ship in the Gulf of Finland off Ust-Luga, where the new grain terminal is planned." },
    pages: [
      `<p>Baltic Bulk Terminals, a port operator in the Leningrad region, plans to build a grain terminal with an annual capacity of 6 million tonnes at Ust-Luga, its chief executive, Denis Kovrigin, told an investment conference in St. Petersburg. The project is estimated to cost 48 billion roubles.</p>
<h2>First grain in three years</h2>
<p>The first stage, with silos for 300,000 tonnes of grain and a berth for vessels of up to 75,000 tonnes, is due to be completed in three years, Kovrigin said. A second stage would double storage capacity and add another berth. The terminal will be connected to the railway network by a 12-kilometre spur and will be able to unload up to 600 grain wagons a day.</p>
<p>"The southern ports will remain the main gateway for Russian grain, but they are working at their limit. The Baltic gives exporters in the central regions and the Volga a shorter rail haul and a second option when storms close the Black Sea ports," he said.</p>
<h2>Exporters welcome the plan</h2>
<p>Boris Naumkin, president of the National Grain Exporters' Union, said new Baltic capacity was "exactly what the industry has been asking for". He said ships loading in the Baltic could reach buyers in West Africa in roughly the same time as from the Black Sea, and that the terminal would also suit buyers in northern Europe's feed industry.</p>
<p>The office of Deputy Prime Minister Gennady Ostapov said the terminal had been included in the government's list of priority transport projects, which makes it eligible for subsidised loans. The company said it was in talks with three banks on financing and expected to take a final investment decision within six months.</p>
<p>Ust-Luga, about 110 kilometres west of St. Petersburg, is already one of the busiest ports on the Baltic by tonnage, handling coal, fertilisers, oil products and containers. Local authorities said the new terminal would create about 400 permanent jobs.</p>
<p class="read-also">Read also: <a href="@grain-export-forecast-raised">Agriculture ministry raises grain export forecast to 58 million tonnes</a></p>`,
    ],
    persons: ['boris-naumkin', 'gennady-ostapov'],
    topics: ['grain-exports', 'trade-corridors'],
    related: ['grain-export-forecast-raised', 'egypt-wheat-tender', 'press-review-southern-routes-baltic-terminal'],
    otherMedia: [
      { title: 'Grain comes to the Baltic: the Ust-Luga plan in detail', url: 'https://www.baltic-courier.example/economy/ust-luga-grain-plan', source: 'Baltic Courier' },
      { title: 'Why exporters want a second gateway', url: 'https://www.field-and-market.example/logistics/second-gateway', source: 'Field and Market' },
    ],
  },
  {
    key: 'petrol-prices-ease-refineries',
    section: 'economy',
    title: "Wholesale petrol prices ease as refineries return from seasonal maintenance",
    lead: "Exchange prices for the most common grade fell 4.1 percent over the week, easing worries about fuel costs that had fed into inflation expectations during the autumn.",
    datelineCity: 'MOSCOW',
    minutesAgo: 2100,
    image: { name: 'oil-refinery', caption: "A refinery at dusk; several large processing units have returned to operation after maintenance." },
    pages: [
      `<p>Wholesale prices for AI-95 petrol, the most widely used grade, fell 4.1 percent over the past week on the commodity exchange, according to exchange data, as several large refineries resumed operations after seasonal maintenance.</p>
<h2>Units back online</h2>
<p>Energy Minister Artyom Sukhanov told reporters that four primary processing units with a combined capacity of about 22 million tonnes a year had restarted in the past ten days, and that the remaining units under maintenance would be back in service by the end of the month. "Supply is recovering faster than demand, which is normal for this time of year, when the driving season is over," he said.</p>
<p>Diesel prices fell 2.7 percent over the same period. Retail prices at filling stations, which follow wholesale prices with a lag of several weeks, rose by 0.1 percent last week, according to the statistics service, the smallest increase since the summer.</p>
<h2>One less worry for the regulator</h2>
<p>Fuel costs have been closely watched by the central bank, which listed rising wholesale petrol prices among the risks to inflation at its previous rate meeting. "The fuel factor is fading. That removes one of the arguments for keeping rates where they are," said Yaroslav Demin, chief economist at Ural Credit Bank.</p>
<p>The ministry said it would decide by the end of the month whether to extend restrictions on petrol exports introduced in the autumn to keep the domestic market supplied. Independent filling station chains have asked for the restrictions to stay in place until spring.</p>
<p>Sukhanov is due in Vienna later in the day for a meeting of oil-producing countries that coordinate their output, where he said Russia would argue for keeping current production targets unchanged.</p>
<p class="read-also">Read also: <a href="@vienna-oil-producers-meeting">Oil producers leave output targets unchanged at ministerial meeting in Vienna</a></p>`,
    ],
    persons: ['artyom-sukhanov'],
    topics: ['energy-markets', 'inflation'],
    related: ['vienna-oil-producers-meeting', 'central-bank-cuts-key-rate'],
    otherMedia: [
      { title: 'Petrol cools down as refineries come back', url: 'https://www.barrel-weekly.example/fuel/petrol-cools-down', source: 'Barrel Weekly' },
    ],
  },
  // ---------------------------------------------------------------- defense
  {
    key: 'northern-fleet-barents-exercise',
    section: 'defense',
    title: "Northern Fleet begins week-long exercise in the Barents Sea with 20 warships",
    lead: "About 4,500 service personnel and 30 aircraft are taking part in the drills, which the fleet said would practise protecting Arctic sea lanes and rescuing crews of civilian ships.",
    datelineCity: 'SEVEROMORSK',
    minutesAgo: 160,
    isTop: true,
    image: { name: 'naval-ship-sea', caption: "The frigate Kandalaksha in the Barents Sea on the first day of the Polar Watch exercise." },
    pages: [
      `<p>The Northern Fleet began a week-long exercise in the Barents Sea involving about 20 warships and support vessels, 30 aircraft and some 4,500 service personnel, the fleet's press service said in a statement.</p>
<h2>Protecting the sea lanes</h2>
<p>The exercise, named Polar Watch, will practise the protection of shipping lanes along the Arctic coast, including the escort of civilian vessels, anti-submarine operations and the air defence of coastal facilities, according to the statement. Frigates and corvettes will carry out live firing at ranges that have been closed to shipping for the duration of the drills.</p>
<p>"Traffic along our Arctic coast has grown many times over in recent years. Our task is to make sure that every ship sailing there, military or civilian, can count on help and protection," the fleet's commander, Vice-Admiral Oleg Kremnev, told reporters aboard the frigate Kandalaksha before it left Severomorsk.</p>
<h2>Rescue at sea</h2>
<p>A separate phase of the exercise will test search and rescue procedures, with a naval rescue tug and a helicopter crew practising the evacuation of sailors from a simulated damaged tanker in heavy seas. The civilian maritime rescue coordination centre in Murmansk will take part, the fleet said. The centre is one of those that would receive position reports from ice-class ships under the guidelines being discussed at the Geneva Forum on Polar Navigation.</p>
<p>The areas of the exercise were announced in advance to shipping and to neighbouring countries, the fleet said. Norway was notified under the bilateral agreement on preventing incidents at sea, whose annual consultations were held in Oslo this week.</p>
<p>Defence Minister Nikolai Shestopalov said the drills were part of the fleet's planned winter training programme. He said two new ice-class patrol ships would join the Northern Fleet by next summer and would take part in future exercises of this kind.</p>
<p class="read-also">Read also: <a href="@incidents-at-sea-talks-norway">Russian and Norwegian naval delegations open annual incidents-at-sea talks in Oslo</a></p>`,
    ],
    persons: ['oleg-kremnev', 'nikolai-shestopalov'],
    topics: ['naval-exercises', 'arctic-shipping'],
    related: ['incidents-at-sea-talks-norway', 'ice-class-patrol-ships', 'pacific-fleet-detachment-returns'],
    otherMedia: [
      { title: 'Polar Watch: what the fleet is rehearsing and why now', url: 'https://www.fleet-observer.example/exercises/polar-watch-explained', source: 'Fleet Observer' },
      { title: 'Murmansk rescuers join navy drill', url: 'https://www.polar-post.example/murmansk/rescuers-join-navy-drill', source: 'Polar Post' },
    ],
  },
  {
    key: 'air-defence-drills-volga',
    section: 'defense',
    title: "Air defence units hold night drills across the Volga region",
    lead: "More than 60 missile and radar crews practised repelling simulated attacks by drones and low-flying cruise missiles on industrial sites, the Defence Ministry said.",
    datelineCity: 'SAMARA',
    minutesAgo: 2260,
    image: { name: 'radar-station', caption: "A radar station on a hill outside Samara during the night phase of the air defence drills." },
    pages: [
      `<p>Air defence units held large-scale night drills in five regions along the Volga, with more than 60 surface-to-air missile and radar crews practising the detection and interception of simulated targets, the Defence Ministry said in a statement.</p>
<h2>Drones and low-flying targets</h2>
<p>The scenario focused on groups of small drones and low-flying cruise missiles approaching industrial sites, power plants and bridges over the Volga in darkness, according to the statement. Target drones were launched from a range in the Astrakhan region, while army aviation helicopters played the role of low-flying intruders over the river.</p>
<p>Defence Minister Nikolai Shestopalov, who watched part of the drills from a command post near Samara, said the emphasis on night operations was deliberate. "Night is when the job is hardest, and therefore that is when we train," he said. "A crew that can find a small drone over the river at three in the morning will have no trouble in daylight."</p>
<h2>Radars and civilian air traffic</h2>
<p>The drills involved a new-generation surveillance radar that entered service in the region this autumn, the ministry said, and tested the exchange of data between military radar posts and civilian air traffic control centres. Airports in Samara and Kazan worked normally, although several flights were routed around the areas where the drills took place.</p>
<p>According to the ministry, the crews detected 94 percent of the targets on the first pass and intercepted all of those detected. The results will be analysed at a review to be held by the district command within two weeks.</p>
<p>Regional authorities had warned residents in advance that they might hear aircraft and see lights in the sky during the night, and asked them not to film or publish the movements of military vehicles.</p>
<p class="read-also">Read also: <a href="@military-academies-engineering-intake">Defence ministry expands engineering intake at military academies by 1,500 cadets</a></p>`,
    ],
    persons: ['nikolai-shestopalov'],
    topics: ['air-defence'],
    related: ['military-academies-engineering-intake', 'northern-fleet-barents-exercise', 'press-review-wheat-deal-kazan-gallery'],
    otherMedia: [
      { title: 'Night shift: how the Volga drills tested radar crews', url: 'https://www.fleet-observer.example/air-defence/volga-night-shift', source: 'Fleet Observer' },
      { title: 'Samara residents told to expect lights in the sky', url: 'https://www.volga-wire.example/samara/lights-in-the-sky', source: 'Volga Wire' },
    ],
  },
  {
    key: 'ice-class-patrol-ships',
    section: 'defense',
    title: "Navy to receive two ice-class patrol ships for the Arctic coast by next summer",
    lead: "The first of the ships, which can break ice up to 1.5 metres thick, has begun sea trials in the Gulf of Finland, the shipyard building them said.",
    datelineCity: 'ST. PETERSBURG',
    minutesAgo: 3680,
    image: { name: 'arctic-icebreaker', caption: "An ice-class vessel cuts through pack ice in the Barents Sea, where the new patrol ships will operate." },
    pages: [
      `<p>The first of two ice-class patrol ships ordered for the Northern Fleet, the Khibiny, has begun sea trials in the Gulf of Finland, and both vessels are due to be handed over to the navy by next summer, the Neva Shipbuilding Works, which is building them, said in a statement.</p>
<h2>Breaking 1.5 metres of ice</h2>
<p>The ships are 114 metres long, displace about 6,800 tonnes and can break level ice up to 1.5 metres thick, according to the shipyard. They carry a crew of 48, a helicopter deck and hangar, a 76-millimetre gun, and equipment for towing disabled vessels and fighting fires on other ships. Their range of 6,000 nautical miles allows them to patrol for up to 60 days without calling at port.</p>
<p>"These ships do the work nobody sees: patrols, rescues, towing a disabled tanker at minus thirty," the commander of the Northern Fleet, Vice-Admiral Oleg Kremnev, told the agency. "With traffic on the Northern Sea Route growing every season, we need more of them, and we need them to be able to stay at sea for a long time."</p>
<h2>More orders possible</h2>
<p>Defence Minister Nikolai Shestopalov said the ministry was considering ordering two more ships of the class, depending on the results of the trials. "If the ship shows what the designers promised, the decision will not take long," he said during a visit to the shipyard.</p>
<p>The shipyard's director, Arkady Zelenin, said about 85 percent of the ships' components, including the propulsion system and navigation equipment, were produced domestically. The second ship of the class, the Rybachy, is scheduled to begin sea trials in the spring.</p>
<p>Both vessels will be based in Severomorsk and will patrol the western part of the Northern Sea Route, the fleet said, freeing larger warships from escort and rescue duties.</p>
<p class="read-also">Read also: <a href="@ostapov-northern-ports-governors">Deputy Prime Minister Ostapov urges northern governors to speed up port projects</a></p>`,
    ],
    persons: ['oleg-kremnev', 'nikolai-shestopalov'],
    topics: ['defence-industry', 'arctic-shipping'],
    related: ['northern-fleet-barents-exercise', 'ostapov-northern-ports-governors', 'press-review-southern-routes-baltic-terminal'],
    otherMedia: [
      { title: 'Khibiny goes to sea: first look at the new patrol ship', url: 'https://www.fleet-observer.example/shipbuilding/khibiny-sea-trials', source: 'Fleet Observer' },
      { title: 'Neva yard bets on ice-class orders', url: 'https://www.baltic-courier.example/industry/neva-yard-ice-class', source: 'Baltic Courier' },
    ],
  },
  {
    key: 'aerobatic-team-anniversary',
    section: 'defense',
    title: "Polar Stars aerobatic team marks 30th anniversary with display over Lipetsk",
    lead: "About 40,000 spectators watched the air force team's pilots perform a new figure named after the city where the team was founded three decades ago.",
    datelineCity: 'LIPETSK',
    minutesAgo: 6450,
    image: { name: 'aircraft-formation', caption: "Three jets of the Polar Stars team fly in formation over Lipetsk during the anniversary display." },
    pages: [
      `<p>The Polar Stars, the air force's jet aerobatic team, marked its 30th anniversary with a display over the airfield in Lipetsk where it was formed, watched by about 40,000 spectators, the Defence Ministry said.</p>
<h2>The Lipetsk star</h2>
<p>Six jets took part in the 25-minute programme, which included a new figure the team calls the Lipetsk star: the aircraft approach the runway in close formation and then split in six directions at a height of 150 metres, trailing coloured smoke. The team said the figure had taken four months of training to perfect.</p>
<p>"Thirty years ago this team was four aircraft and a lot of enthusiasm. Today it is six aircraft and still a lot of enthusiasm," said the team leader, Colonel Sergei Druzhinin, who has flown with the Polar Stars for 14 years. "The hardest part of the new figure is not the split. It is flying so close together before it that the crowd thinks it is one plane."</p>
<h2>Three decades in the air</h2>
<p>Since it was founded at the Lipetsk aviation training centre, the team has flown more than 900 displays in Russia and abroad, according to the ministry. Its pilots are drawn from combat units and return to them after their time with the team.</p>
<p>Defence Minister Nikolai Shestopalov presented state awards to four pilots and two ground engineers after the display. He said the team "shows young people what our aviation can do", and noted that applications to flight schools traditionally rise in regions where the team has performed.</p>
<p>The team is due to begin converting to a newer training jet next year, which will allow it to add a seventh aircraft to its programme, Druzhinin said.</p>
<p class="read-also">Read also: <a href="@military-academies-engineering-intake">Defence ministry expands engineering intake at military academies by 1,500 cadets</a></p>`,
    ],
    persons: ['nikolai-shestopalov'],
    topics: ['military-aviation'],
    related: ['military-academies-engineering-intake', 'air-defence-drills-volga', 'press-review-budget-road-young-scientists'],
    otherMedia: [
      { title: 'Thirty years of the Polar Stars in pictures', url: 'https://www.skyline-review.example/aerobatics/polar-stars-thirty-years', source: 'Skyline Review' },
    ],
  },
  {
    key: 'military-academies-engineering-intake',
    section: 'defense',
    title: "Defence ministry expands engineering intake at military academies by 1,500 cadets",
    lead: "The additional places, in fields from radar engineering to naval architecture, reflect the growing complexity of equipment entering service, Defence Minister Nikolai Shestopalov said.",
    datelineCity: 'MOSCOW',
    minutesAgo: 2000,
    image: { name: 'government-building-dusk', caption: "The Defence Ministry's headquarters in Moscow at dusk, where the ministry's board met." },
    pages: [
      `<p>The Defence Ministry will increase admissions to engineering programmes at its academies and higher military schools by 1,500 cadets from the next academic year, Defence Minister Nikolai Shestopalov told a meeting of the ministry's board.</p>
<h2>Radar, ships and drones</h2>
<p>The largest increases will be in radio-electronic and radar engineering, naval architecture and marine power plants, unmanned systems and military communications, the minister said. Admissions to the naval engineering institute in St. Petersburg will rise by about a third.</p>
<p>"The equipment entering service today is far more complex than what we had even ten years ago. A modern air defence system or an ice-class patrol ship needs engineers, not just operators," Shestopalov said. "We cannot buy these people on the market. We have to train them ourselves, and it takes five years."</p>
<h2>Working with civilian universities</h2>
<p>The ministry will also set up joint programmes with the Ministry of Science and Higher Education, under which cadets will spend part of their studies at civilian technical universities. Minister of Science and Higher Education Yulia Bakhtina said the two ministries had agreed on a list of 12 universities for the first stage, including institutions in Tomsk, Kazan and St. Petersburg.</p>
<p>Competition for places at military academies has grown in recent years, with an average of 4.3 applicants per place at the last admissions campaign, compared with 3.6 two years earlier, according to ministry data. Fitness and medical requirements for applicants will not change, the ministry said.</p>
<p>The minister also said that graduates of engineering programmes would receive an additional housing allowance during their first five years of service, a measure intended to keep young officers in the armed forces.</p>
<p class="read-also">Read also: <a href="@ice-class-patrol-ships">Navy to receive two ice-class patrol ships for the Arctic coast by next summer</a></p>`,
    ],
    persons: ['nikolai-shestopalov', 'yulia-bakhtina'],
    topics: ['higher-education', 'defence-industry'],
    related: ['government-engineering-university-places', 'ice-class-patrol-ships', 'aerobatic-team-anniversary'],
    otherMedia: [
      { title: 'Officers who can build things: the ministry changes its intake', url: 'https://www.campus-journal.example/military/officers-who-can-build', source: 'Campus Journal' },
    ],
  },
  {
    key: 'pacific-fleet-detachment-returns',
    section: 'defense',
    title: "Pacific Fleet detachment returns to Vladivostok after 90-day voyage",
    lead: "The destroyer Sikhote-Alin and the supply tanker Zolotoy Rog covered about 21,000 nautical miles, took part in joint rescue drills and called at ports in four countries.",
    datelineCity: 'VLADIVOSTOK',
    minutesAgo: 850,
    image: { name: 'naval-ship-sea', caption: "The destroyer Sikhote-Alin on the final leg of its voyage back to Vladivostok." },
    pages: [
      `<p>A detachment of the Pacific Fleet made up of the destroyer Sikhote-Alin and the supply tanker Zolotoy Rog returned to Vladivostok after a 90-day deployment in the Asia-Pacific region and the Indian Ocean, the fleet's press service said.</p>
<h2>21,000 nautical miles</h2>
<p>The ships covered about 21,000 nautical miles and made port calls in Vietnam, Indonesia, Sri Lanka and India, according to the press service. During the voyage they took part in a joint search and rescue exercise with ships of two of the host countries and practised replenishment at sea, with the tanker refuelling the destroyer eleven times while under way.</p>
<p>"The crews worked in temperatures above 40 degrees and in storms of force eight, and the equipment held up everywhere," the detachment's commander, Captain First Rank Andrei Kolyvanov, told reporters on the pier. "For many of the young sailors it was their first long voyage, and they came back as sailors."</p>
<h2>Welcome on the pier</h2>
<p>Families of the crews, a naval brass band and the fleet's command met the ships at the pier in the Golden Horn Bay. By tradition, the commander of the destroyer was presented with a roast piglet. Defence Minister Nikolai Shestopalov sent a message thanking the crews for their service.</p>
<p>The Sikhote-Alin, which returned to service two years ago after modernisation, will now undergo scheduled maintenance before resuming patrols in the Sea of Japan in the spring, the fleet said.</p>
<p>The return comes as the Northern Fleet prepares for its Polar Watch exercise in the Barents Sea, one of the navy's largest training events of the winter period.</p>
<p class="read-also">Read also: <a href="@northern-fleet-barents-exercise">Northern Fleet begins week-long exercise in the Barents Sea with 20 warships</a></p>`,
    ],
    persons: ['nikolai-shestopalov'],
    topics: ['naval-exercises'],
    related: ['northern-fleet-barents-exercise', 'vladivostok-film-festival-opens'],
    otherMedia: [
      { title: 'Ninety days, four ports, one tanker: the Pacific voyage', url: 'https://www.fleet-observer.example/pacific/ninety-days-four-ports', source: 'Fleet Observer' },
      { title: 'Golden Horn welcomes the Sikhote-Alin home', url: 'https://www.primorye-today.example/city/sikhote-alin-home', source: 'Primorye Today' },
    ],
  },
  // ---------------------------------------------------------------- science
  {
    key: 'terekhov-crew-lands',
    section: 'science',
    title: "Cosmonaut Terekhov and crewmates land safely in the Kazakh steppe after 186 days",
    lead: "The descent capsule touched down southeast of Zhezkazgan in freezing fog, ending a mission that included 43 experiments and a spacewalk to install a camera for watching Arctic ice.",
    datelineCity: 'ZHEZKAZGAN',
    minutesAgo: 300,
    image: { name: 'satellite-orbit', caption: "The orbiting station above the curve of the Earth, where Maxim Terekhov's crew spent 186 days." },
    pages: [
      `<p>The descent capsule carrying cosmonauts Maxim Terekhov, Denis Chubarov and Olesya Markina landed in the steppe about 148 kilometres southeast of the town of Zhezkazgan in central Kazakhstan, ending a 186-day mission aboard the International Space Station, the space agency said.</p>
<h2>Landing in freezing fog</h2>
<p>The capsule undocked from the station about three and a half hours before landing and came down under its main parachute at minus 14 degrees Celsius in freezing fog, which delayed the arrival of the search helicopters by about 20 minutes. "Visibility was around 300 metres, so the first teams reached the capsule over land, in all-terrain vehicles," said Ruslan Abdrakhmanov, the agency's chief flight director. "The crew did not have to wait. The vehicles were already on the spot when the parachute opened."</p>
<p>Terekhov, the mission commander, was the first to be helped out of the capsule. Wrapped in a blanket and seated in a reclining chair, he told doctors he felt "heavy, but happy". "The first thing you notice is the smell of the steppe. After six months of station air, it is the best smell in the world," he said, as members of the recovery team handed the crew apples, a traditional gift after landing. For Markina, a 34-year-old engineer, it was her first space flight.</p>
<p>Doctors said all three cosmonauts were in good condition. After initial medical checks in a mobile medical tent, they were flown by helicopter to Karaganda and then by plane to the cosmonaut training centre near Moscow, where they will undergo a rehabilitation programme lasting about three weeks. Their families were waiting for them at the airfield, the agency said.</p>
<p class="read-also">Read also: <a href="@baikonur-weather-satellite-launch">Rocket carrying third Sever-Meteo Arctic weather satellite lifts off from Baikonur</a></p>`,
      `<h2>43 experiments and a spacewalk</h2>
<p>During the mission, which lasted 2,976 orbits of the Earth, the crew carried out 43 experiments, according to the agency. They included studies of how the human balance system adapts to weightlessness and readapts to gravity, the growth of protein crystals for pharmaceutical research, and tests of new heat-resistant coatings exposed to open space on the outside of the station. Chubarov also ran a series of educational video lessons that were broadcast to more than 2,000 schools.</p>
<p>The highlight of the flight was a spacewalk lasting 6 hours and 12 minutes, during which Terekhov and Chubarov installed a high-resolution camera on the exterior of the Russian segment for monitoring ice in polar seas. "The station passes over the Arctic several times a day. It would be a waste not to look," Abdrakhmanov said. Images from the camera will be combined with data from the Sever-Meteo weather satellites to produce ice maps for ships on the Northern Sea Route.</p>
<h2>What comes next</h2>
<p>Terekhov, 47, has now spent a total of 512 days in space over three missions. Asked by reporters at the landing site whether he would fly again, he said: "If they ask, I will not say no. But first I want to walk my dog and eat something that does not come out of a tube." He is expected to take part in the training of the next crews as an instructor.</p>
<p>The crew that replaced Terekhov's at the station will remain in orbit until the spring. Abdrakhmanov said the agency planned four launches from Baikonur over the next two months, the first of them the third Sever-Meteo Arctic weather satellite, which is due to lift off within hours. "It is a busy day for us: we bring one crew home and send a new eye to the Arctic," he said.</p>
<p class="read-also">Read also: <a href="@geneva-forum-arctic-navigation">Geneva forum agrees draft rules for ice-class ships reporting in the Arctic</a></p>`,
    ],
    persons: ['maxim-terekhov', 'ruslan-abdrakhmanov'],
    topics: ['space-programme'],
    related: ['baikonur-weather-satellite-launch', 'press-review-draft-budget-sent', 'teberda-comet-discovery'],
    otherMedia: [
      { title: '186 days in orbit: Terekhov mission in numbers', url: 'https://www.orbit-weekly.example/missions/terekhov-in-numbers', source: 'Orbit Weekly' },
      { title: 'Fog over the steppe: how rescuers reached the capsule', url: 'https://www.steppe-herald.example/space/fog-over-the-steppe', source: 'Steppe Herald' },
    ],
  },
  {
    key: 'baikonur-weather-satellite-launch',
    section: 'science',
    title: "Rocket carrying third Sever-Meteo Arctic weather satellite lifts off from Baikonur",
    lead: "The satellite completes a group of three that will give forecasters an uninterrupted view of the Arctic and update ice maps for shipping every half hour.",
    datelineCity: 'BAIKONUR',
    minutesAgo: 70,
    isTop: true,
    image: { name: 'rocket-launch', caption: "The rocket carrying the Sever-Meteo 3 satellite lifts off from its launch pad at Baikonur." },
    pages: [
      `<p>A Soyuz-2 rocket carrying the Sever-Meteo 3 weather satellite lifted off from the Baikonur Cosmodrome, and the satellite separated from the upper stage about two hours later as planned, the space agency said. Ground controllers established contact with the spacecraft and confirmed that its solar panels had deployed.</p>
<h2>An unbroken view of the Arctic</h2>
<p>The satellite is being placed in a highly elliptical orbit that takes it about 40,000 kilometres above the Northern Hemisphere, allowing it to look down on high latitudes for most of each revolution. Working together with the two Sever-Meteo satellites already in orbit, it will provide continuous coverage of the Arctic, with images of the whole polar region every 30 minutes instead of every hour at present.</p>
<p>"With three satellites there are no more gaps. Whatever happens over the Arctic, at any hour, one of them is watching," said Ruslan Abdrakhmanov, the agency's chief flight director, who followed the launch from the control centre. "For a captain in the East Siberian Sea, this means an ice map that is half an hour old rather than half a day old." The satellite also carries equipment to relay distress signals from ships and aircraft.</p>
<h2>Ice maps for shipping</h2>
<p>The data will be used by the weather service and by the Northern Route Directorate, which plans convoys and icebreaker escorts on the Northern Sea Route, where cargo traffic reached a record this season. Russia has offered the ice maps free of charge to countries taking part in the Geneva Forum on Polar Navigation, which agreed on draft rules for ships' reports earlier in the day.</p>
<p>Earlier in the day, the agency completed the return of cosmonaut Maxim Terekhov and his two crewmates, who landed in Kazakhstan after 186 days in orbit. Abdrakhmanov said the satellite would begin regular operations after about two months of in-orbit testing.</p>
<p>The launch was the first of four planned from Baikonur over the next two months, the agency said. The temperature at the launch pad was minus 9 degrees Celsius, with a light north-easterly wind.</p>
<p class="read-also">Read also: <a href="@terekhov-crew-lands">Cosmonaut Terekhov and crewmates land safely in the Kazakh steppe after 186 days</a></p>`,
    ],
    persons: ['ruslan-abdrakhmanov'],
    topics: ['space-programme', 'arctic-shipping'],
    related: ['terekhov-crew-lands', 'geneva-forum-arctic-navigation', 'northern-sea-route-record-cargo'],
    otherMedia: [
      { title: 'Sever-Meteo 3 closes the gap over the pole', url: 'https://www.orbit-weekly.example/satellites/sever-meteo-3-closes-gap', source: 'Orbit Weekly' },
      { title: 'Half-hour ice maps: what changes for Arctic captains', url: 'https://www.polar-post.example/shipping/half-hour-ice-maps', source: 'Polar Post' },
    ],
  },
  {
    key: 'teberda-comet-discovery',
    section: 'science',
    title: "Caucasus observatory astronomers discover long-period comet beyond the orbit of Jupiter",
    lead: "The comet, spotted by a postgraduate student during a routine asteroid survey, will make its closest approach to the Sun in about 14 months but will be visible only through telescopes.",
    datelineCity: 'TEBERDA',
    minutesAgo: 1250,
    image: { name: 'observatory-night', caption: "The dome of the Teberda Ridge Observatory under the Milky Way in the mountains of the North Caucasus." },
    pages: [
      `<p>Astronomers at the Teberda Ridge Observatory in the North Caucasus have discovered a comet on a long-period orbit, the observatory's director, Lev Granovsky, told the agency. The discovery has been confirmed by observatories in three other countries and registered by the international centre that catalogues newly found comets and asteroids.</p>
<h2>Found during an asteroid survey</h2>
<p>The comet was first noticed on images taken by the observatory's one-metre survey telescope during a routine search for near-Earth asteroids. Kamila Baichorova, a 26-year-old postgraduate student, spotted a faint, slightly fuzzy object that moved differently from the asteroids around it and followed it over three consecutive nights. "At first I thought it was a defect on the camera. Then it moved, and it had a tail," she said.</p>
<p>The comet is currently about seven astronomical units from the Sun, beyond the orbit of Jupiter, and is thought to be making one of its first passages through the inner Solar System. "Its previous visit, if there was one, was tens of thousands of years ago. It comes from the far edge of the Solar System and carries material that has barely changed since the planets formed," Granovsky said. By tradition, the comet will bear the name of the observatory.</p>
<h2>A target for telescopes, not for the naked eye</h2>
<p>According to the observatory's calculations, the comet will pass closest to the Sun in about 14 months, at a distance of 2.1 astronomical units, and will come no closer to the Earth than 1.6 astronomical units. At its brightest it is expected to be visible in amateur telescopes with an aperture of 20 centimetres or more, but not with the naked eye.</p>
<p>Granovsky said the observatory would monitor the comet's activity as it warms up and would request time on larger telescopes to study the composition of its gas and dust. "Comets this fresh are rare, and we have found this one very early. That gives us more than a year to watch it wake up," he said.</p>
<p>The survey telescope was installed three years ago with funding from a federal programme for regional observatories. Baichorova is among this year's recipients of grants for young researchers, announced a few days ago.</p>
<p class="read-also">Read also: <a href="@young-researchers-grants">Science foundation awards 1,200 grants to researchers under 35</a></p>`,
    ],
    persons: ['lev-granovsky'],
    topics: ['astronomy'],
    related: ['young-researchers-grants', 'baikonur-weather-satellite-launch', 'terekhov-crew-lands'],
    otherMedia: [
      { title: 'A visitor from the edge of the Solar System', url: 'https://www.orbit-weekly.example/astronomy/visitor-from-the-edge', source: 'Orbit Weekly' },
      { title: 'The student who found a comet on her third night', url: 'https://www.campus-journal.example/people/student-found-comet', source: 'Campus Journal' },
    ],
  },
  {
    key: 'yakutsk-permafrost-study',
    section: 'science',
    title: "Permafrost near Yakutsk thawing faster than models predicted, study finds",
    lead: "The seasonally thawed layer of soil has deepened by 23 centimetres over a decade, about 40 percent more than climate models had projected for the area, researchers reported.",
    datelineCity: 'YAKUTSK',
    minutesAgo: 3900,
    image: { name: 'forest-river', caption: "Taiga and a winding tributary in the Lena valley near Yakutsk, where many of the study's boreholes were drilled." },
    pages: [
      `<p>The permafrost around Yakutsk is thawing significantly faster than climate models had predicted, according to a study by scientists at the Northern Cryosphere Research Centre published in the journal Permafrost Letters. The study's lead author, Vera Polikarpova, heads the centre's laboratory of permafrost dynamics.</p>
<h2>A decade of boreholes</h2>
<p>The researchers analysed readings from 46 boreholes and 120 ground temperature sensors in and around Yakutsk and in the valley of the Lena river, collected over a decade. They found that the active layer, the top layer of soil that thaws every summer and freezes again in winter, had deepened on average from 1.62 metres to 1.85 metres. The temperature of the frozen ground at a depth of 10 metres rose by 0.6 degrees Celsius over the same period.</p>
<p>"The models projected about 16 centimetres for this period. We measured 23," Polikarpova told the agency. "The difference is largely in the winters. Winters have become warmer and snowier, and a thick layer of snow works like a blanket: it keeps the cold from getting into the ground." Forest fires, which destroy the insulating layer of moss, were another factor at several sites, she said.</p>
<h2>What it means for buildings</h2>
<p>Most buildings in Yakutsk stand on piles driven into the permafrost, and their stability depends on the ground staying frozen. The study recommends expanding the monitoring of foundations in the city. The regional government said it would install temperature sensors under 300 apartment blocks over the next two years, starting with buildings that are more than 40 years old.</p>
<p>Polikarpova said the findings also mattered for the ports, roads and pipelines being built along the Arctic coast. "Engineers design for the climate of the past. The ground under new projects will be warmer than the ground under old ones," she said.</p>
<p>The centre plans to extend its monitoring network to the coast of the Laptev Sea next summer, where several ports serving the Northern Sea Route are being built or rebuilt.</p>
<p class="read-also">Read also: <a href="@ostapov-northern-ports-governors">Deputy Prime Minister Ostapov urges northern governors to speed up port projects</a></p>`,
    ],
    persons: ['vera-polikarpova'],
    topics: ['climate-and-permafrost'],
    related: ['ostapov-northern-ports-governors', 'telnov-interview-arctic-diplomacy', 'young-researchers-grants'],
    otherMedia: [
      { title: 'Twenty-three centimetres: the number worrying Yakutsk engineers', url: 'https://www.polar-post.example/science/twenty-three-centimetres', source: 'Polar Post' },
      { title: 'Snow, not heat, is warming the frozen ground', url: 'https://www.orbit-weekly.example/earth/snow-warming-frozen-ground', source: 'Orbit Weekly' },
    ],
  },
  {
    key: 'kazan-antibiotic-candidate',
    section: 'science',
    title: "Kazan chemists isolate antibiotic candidate from bacteria in Volga riverbank soil",
    lead: "The compound, provisionally named volgamycin, killed drug-resistant strains of staphylococcus in laboratory tests, but years of trials lie ahead, the researchers said.",
    datelineCity: 'KAZAN',
    minutesAgo: 2050,
    image: { name: 'laboratory-glassware', caption: "Flasks with bacterial cultures in the laboratory at the Volga Institute of Organic Chemistry in Kazan." },
    pages: [
      `<p>Chemists at the Volga Institute of Organic Chemistry in Kazan have isolated a new compound with antibiotic properties from soil bacteria collected on the banks of the Volga, the head of the research group, Ramil Gataullin, told a news conference. The results were published in the Eurasian Journal of Microbial Chemistry.</p>
<h2>Three hundred samples</h2>
<p>Over three summers, the team collected soil from about 300 sites along the Volga and the Kama, from the Tver region to Astrakhan, and grew thousands of bacterial cultures in the laboratory. One strain of soil bacteria, found in a sample from a sandbank near the town of Sviyazhsk, produced a substance that stopped the growth of several bacteria known for their resistance to existing drugs.</p>
<p>In laboratory tests, the compound, which the researchers have provisionally named volgamycin, killed strains of staphylococcus resistant to the most commonly used antibiotics at low concentrations and showed no toxicity to human cells in culture. "The molecule attacks the bacterial cell wall in a way we have not seen in other drugs, so the usual resistance mechanisms do not help the bacteria," Gataullin said.</p>
<h2>A long road to the pharmacy</h2>
<p>The scientists stressed that the discovery was only the first step. Animal studies are expected to begin within 18 months, and clinical trials, if the compound passes them, would take several more years. "Nine out of ten candidates fail somewhere along this road. We are optimistic, but we know the statistics," Gataullin said.</p>
<p>The institute has signed an agreement with a Kazan pharmaceutical company, Idel Pharma, to develop a method for producing the compound in larger quantities. Minister of Science and Higher Education Yulia Bakhtina, who visited the laboratory, said the ministry would extend the group's funding for another three years.</p>
<p>Drug-resistant infections are a growing concern for hospitals worldwide, and only a handful of antibiotics with new mechanisms of action have reached patients in recent decades.</p>
<p class="read-also">Read also: <a href="@young-researchers-grants">Science foundation awards 1,200 grants to researchers under 35</a></p>`,
    ],
    persons: ['ramil-gataullin', 'yulia-bakhtina'],
    topics: ['medical-research'],
    related: ['young-researchers-grants', 'kazan-gallery-reopens', 'press-review-wheat-deal-kazan-gallery'],
    otherMedia: [
      { title: 'From a Volga sandbank to the lab: the story of volgamycin', url: 'https://www.volga-wire.example/science/volgamycin-story', source: 'Volga Wire' },
    ],
  },
  {
    key: 'young-researchers-grants',
    section: 'science',
    title: "Science foundation awards 1,200 grants to researchers under 35",
    lead: "The grants of up to 6 million roubles over three years went to scientists in 71 regions, with physics, biology and engineering taking the largest share.",
    datelineCity: 'MOSCOW',
    minutesAgo: 7300,
    image: { name: 'laboratory-glassware', caption: "A laboratory at a university in Novosibirsk, where several of this year's grant winners work." },
    pages: [
      `<p>The state Science Support Foundation has awarded 1,200 grants to researchers under the age of 35, selected from about 9,800 applications, the foundation said in a statement. Each grant provides up to 6 million roubles over three years for a research project led by a young scientist.</p>
<h2>Beyond the two capitals</h2>
<p>The winners work in 71 regions, and 58 percent of them are based outside Moscow and St. Petersburg, the highest share since the programme was launched, according to the foundation. Physics and astronomy accounted for 22 percent of the grants, biology and medicine for 21 percent and engineering for 19 percent, with the rest spread across chemistry, earth sciences, mathematics and the humanities.</p>
<p>"The most important thing about these grants is not the money but the independence. A 30-year-old scientist gets to run their own project and choose their own team," Minister of Science and Higher Education Yulia Bakhtina said at the announcement of the results. She said the ministry planned to increase the number of grants by a quarter over the next three years.</p>
<h2>Comets, permafrost and batteries</h2>
<p>Lev Granovsky, director of the Teberda Ridge Observatory, who chaired the expert panel for astronomy, said the quality of applications had risen noticeably. "Five years ago we had to look hard for ten strong projects. This year we had to reject strong projects for lack of money," he said. Among the winners in his field is a survey of near-Earth asteroids from the North Caucasus led by a postgraduate student at the observatory.</p>
<p>Other funded projects include a study of ground temperatures under buildings in Yakutsk, the development of sodium-ion batteries that work at low temperatures, and the digital reconstruction of a 19th-century Volga merchant town from archival photographs.</p>
<p>Results of the foundation's separate competition for research groups led by established scientists will be announced in the spring.</p>
<p class="read-also">Read also: <a href="@government-engineering-university-places">Government adds 12,000 state-funded university places in engineering subjects</a></p>`,
    ],
    persons: ['yulia-bakhtina', 'lev-granovsky'],
    topics: ['higher-education', 'astronomy'],
    related: ['teberda-comet-discovery', 'government-engineering-university-places', 'press-review-budget-road-young-scientists'],
    otherMedia: [
      { title: 'Young scientists, own projects: the grant winners speak', url: 'https://www.campus-journal.example/research/grant-winners-speak', source: 'Campus Journal' },
      { title: 'Which regions won the most research grants', url: 'https://www.ural-ledger.example/science/regions-research-grants', source: 'Ural Ledger' },
    ],
  },
  // ---------------------------------------------------------------- society
  {
    key: 'cherry-orchard-premiere',
    section: 'society',
    title: "Vishnevetsky's new Cherry Orchard premieres to a sold-out house in St. Petersburg",
    lead: "The director moves Chekhov's last play to the waiting room of a provincial railway station, a choice that divided critics but earned a ten-minute standing ovation.",
    datelineCity: 'ST. PETERSBURG',
    minutesAgo: 1060,
    image: { name: 'theatre-stage', caption: "The stage of the Obvodny Stage Theatre before the premiere of Roman Vishnevetsky's production of The Cherry Orchard." },
    pages: [
      `<p>Roman Vishnevetsky's production of Anton Chekhov's <em>The Cherry Orchard</em> opened at the Obvodny Stage Theatre in St. Petersburg in front of a sold-out audience of 640, and tickets for all performances over the next two months have already been sold, the theatre said.</p>
<h2>A station instead of an estate</h2>
<p>Vishnevetsky, the theatre's artistic director, sets the play not on a country estate but in the waiting room of a small provincial railway station. Trains are heard passing throughout the evening, a station clock runs visibly fast, and the orchard itself is never shown: the audience only hears the wind in the trees and, in the final scene, the blows of the axe merging with the rumble of a departing train.</p>
<p>"Chekhov wrote a play about people who are always about to leave and never quite do. A station is their natural home," Vishnevetsky told the agency before the premiere. "Everyone in this play is waiting for something: money, a letter, a proposal, a train. I wanted the audience to wait with them."</p>
<h2>Critics divided, audience on its feet</h2>
<p>Yevgenia Lartseva, who plays the landowner Lyubov Ranevskaya, was called back for several curtain calls, and the audience applauded standing for about ten minutes. Artur Bagirov's Lopakhin, played not as a brash merchant but as an anxious man who cannot believe his own success, drew particular praise from spectators interviewed after the show.</p>
<p>Critics who attended a preview performance were less unanimous. Theatre critic Margarita Pletnyova called the production "the most precise Chekhov the city has seen in years", while others argued that the station concept, striking in the first act, "has nowhere to go" in the second half of the three-hour evening.</p>
<p>The theatre plans to show the production in Moscow in the spring as part of a touring programme. It is Vishnevetsky's third Chekhov production and his first since he took over the Obvodny Stage four seasons ago.</p>
<p class="read-also">Read also: <a href="@kazan-gallery-reopens">Kazan's Volga Art Gallery reopens after three-year restoration with 400 works</a></p>`,
    ],
    persons: ['roman-vishnevetsky'],
    topics: ['theatre'],
    related: ['press-review-rate-meeting-arctic-record', 'kazan-gallery-reopens', 'vladivostok-film-festival-opens'],
    otherMedia: [
      { title: 'Waiting for the train: Vishnevetsky stages Chekhov at a station', url: 'https://www.stage-and-screen.example/theatre/waiting-for-the-train', source: 'Stage and Screen Monthly' },
      { title: 'Lartseva on playing Ranevskaya among the timetables', url: 'https://www.neva-evenings.example/culture/lartseva-ranevskaya', source: 'Neva Evenings' },
    ],
  },
  {
    key: 'kazan-gallery-reopens',
    section: 'society',
    title: "Kazan's Volga Art Gallery reopens after three-year restoration with 400 works",
    lead: "The restored merchant's mansion now has climate-controlled halls and a new wing for Tatar applied art, and visitors queued in the snow to be among the first inside.",
    datelineCity: 'KAZAN',
    minutesAgo: 2230,
    image: { name: 'museum-gallery', caption: "A hall of nineteenth-century landscapes in the restored Volga Art Gallery in Kazan." },
    pages: [
      `<p>The Volga Art Gallery in Kazan reopened to the public after a three-year restoration, with about 400 paintings, drawings and objects of applied art on display, the gallery's director, Sofia Arkhangelskaya, told reporters at the opening.</p>
<h2>Behind the facade</h2>
<p>The gallery occupies a 19th-century merchant's mansion in the centre of Kazan that had not undergone major repairs for more than half a century. The restoration, which cost about 1.9 billion roubles from the federal and regional budgets, included new foundations, climate control in all exhibition halls and the recovery of painted ceilings that had been hidden under layers of whitewash.</p>
<p>"We did not just repaint the walls. For the first time in decades the paintings live in a building that does not harm them," Arkhangelskaya said. "Before the restoration, humidity in some halls changed by 30 percent between summer and winter. Now it changes by two."</p>
<h2>Landscapes and a new wing</h2>
<p>The permanent exhibition includes landscapes by Ivan Shishkin, who was born in the town of Yelabuga in Tatarstan, and works by other Volga painters of the 19th and early 20th centuries. A new wing, built in the former courtyard, is devoted to Tatar applied art, including jewellery, embroidered headdresses and leather boots with mosaic patterns.</p>
<p>Several hundred people queued in the falling snow before the doors opened, and the gallery said it had received more than 2,000 visitors on the first day. Entry will be free during the first week. The gallery expects about 250,000 visitors a year, twice as many as before it closed.</p>
<p>Arkhangelskaya said the gallery's researchers had used newly digitised provincial newspapers from the 19th century to establish the dates and first owners of several paintings whose history had been unclear, and that the findings were reflected in the new labels.</p>
<p class="read-also">Read also: <a href="@digitised-provincial-newspapers">St. Petersburg library puts 1.4 million pages of 19th-century provincial newspapers online</a></p>`,
    ],
    persons: ['sofia-arkhangelskaya'],
    topics: ['museums-and-heritage'],
    related: ['digitised-provincial-newspapers', 'press-review-wheat-deal-kazan-gallery', 'cherry-orchard-premiere'],
    otherMedia: [
      { title: 'Inside the restored Volga Art Gallery', url: 'https://www.volga-wire.example/culture/inside-volga-art-gallery', source: 'Volga Wire' },
      { title: 'Arkhangelskaya: a building that no longer harms the paintings', url: 'https://www.stage-and-screen.example/museums/arkhangelskaya-interview', source: 'Stage and Screen Monthly' },
    ],
  },
  {
    key: 'moscow-metro-new-stations',
    section: 'society',
    title: "Moscow metro opens three new stations on its southern extension",
    lead: "The 6.8-kilometre extension is expected to carry 120,000 passengers a day and cut journeys to the city centre from new southern districts by up to 25 minutes.",
    datelineCity: 'MOSCOW',
    minutesAgo: 150,
    image: { name: 'metro-station', caption: "The platform hall of Yablonevy Sad, one of the three new stations on the Moscow metro's southern extension." },
    pages: [
      `<p>Three new stations opened on the Moscow metro's Southern Radius line, extending it by 6.8 kilometres into residential districts built over the past decade, Deputy Mayor for Transport Galina Rostovtseva told reporters at the opening.</p>
<h2>120,000 passengers a day</h2>
<p>The new stations, Rassvetnaya, Yablonevy Sad and Zapovednaya, are expected to serve about 120,000 passengers a day, according to the city's transport department. For residents of the new districts, who until now travelled to the nearest station by bus, the journey to the city centre will be up to 25 minutes shorter, the department said.</p>
<p>"For tens of thousands of families, the metro has finally come to their door, not to the next district," Rostovtseva said. "On a day like today, with snow on the roads, that is the difference between an hour's journey and a two-hour one." She said trains on the extended line would run every two and a half minutes at peak times.</p>
<h2>Apple trees underground</h2>
<p>Each station has its own design. The platform hall of Yablonevy Sad, whose name means apple orchard, is decorated with mosaics of blossoming branches and lit by chandeliers in the shape of apple clusters. Rassvetnaya uses warm yellow lighting that changes in intensity through the day, while Zapovednaya is finished in dark granite with images of animals from nature reserves near Moscow.</p>
<p>Construction of the extension took four years. The stations are fully accessible, with lifts from street level to the platforms, and each has a heated bus interchange at the entrance.</p>
<p>The city plans to open a further 11 stations on various lines over the next two years, including two more on the Southern Radius, according to the transport department.</p>
<p class="read-also">Read also: <a href="@moscow-heavy-snowfall">Heavy snowfall snarls Moscow traffic as forecasters warn of more to come</a></p>`,
    ],
    persons: ['galina-rostovtseva'],
    topics: ['urban-transport'],
    related: ['moscow-heavy-snowfall', 'kazan-gallery-reopens'],
    otherMedia: [
      { title: 'Rassvetnaya, Yablonevy Sad, Zapovednaya: a guide to the new stations', url: 'https://www.metropolitan-notes.example/transport/new-stations-guide', source: 'Metropolitan Notes' },
    ],
  },
  {
    key: 'moscow-heavy-snowfall',
    section: 'society',
    title: "Heavy snowfall snarls Moscow traffic as forecasters warn of more to come",
    lead: "Up to 28 centimetres of snow fell in some districts within a day, close to the record for the date, and forecasters expect it to keep snowing for at least another day.",
    datelineCity: 'MOSCOW',
    minutesAgo: 20,
    image: { name: 'winter-street', caption: "Trams and pedestrians on a snow-covered street in central Moscow during the heavy snowfall." },
    pages: [
      `<p>Heavy snowfall brought traffic in Moscow close to a standstill, with up to 28 centimetres of snow falling in some districts over 24 hours, the city's weather bureau said. The record for the date, set more than half a century ago, is 31 centimetres.</p>
<h2>Roads and airports</h2>
<p>Traffic congestion reached nine points on a ten-point scale at the peak of the rush hour, according to a navigation service, and several major roads leading into the city were blocked for hours by lorries that had lost traction on slopes. About 14,000 snow-clearing vehicles and 60,000 road workers were working across the city, the municipal services department said.</p>
<p>Flights at the city's airports were delayed by up to 90 minutes as runways and aircraft were cleared of snow and ice, though no cancellations were reported. Suburban trains ran with delays of 10 to 20 minutes on several lines.</p>
<h2>"Leave the car at home"</h2>
<p>"We are asking everyone who can to leave the car at home," Deputy Mayor for Transport Galina Rostovtseva said in a video address. She said the metro had put an extra 60 trains into service and would keep peak-hour intervals until the snowfall eases. The three new stations opened on the Southern Radius line earlier in the day had already carried about 15,000 passengers, she said.</p>
<p>Forecasters expect another 10 to 15 centimetres of snow over the next 24 hours, followed by a sharp drop in temperature from minus 3 to as low as minus 15 degrees Celsius by the end of the week. "After the snow comes the frost, so what is not cleared today will turn to ice tomorrow," the head of the weather bureau said.</p>
<p>The city's emergency services said they had received reports of about 30 trees brought down by the weight of snow, but no serious injuries. Residents were advised to avoid walking close to buildings because of the risk of falling ice.</p>
<p class="read-also">Read also: <a href="@moscow-metro-new-stations">Moscow metro opens three new stations on its southern extension</a></p>`,
    ],
    persons: ['galina-rostovtseva'],
    topics: ['urban-transport'],
    related: ['moscow-metro-new-stations', 'vetrova-wins-syktyvkar'],
    otherMedia: [
      { title: 'Twenty-eight centimetres and counting: the city digs out', url: 'https://www.metropolitan-notes.example/city/city-digs-out', source: 'Metropolitan Notes' },
      { title: 'How to get to work when the roads are white', url: 'https://www.capital-observer.example/city/roads-are-white', source: 'Capital Observer' },
    ],
  },
  {
    key: 'digitised-provincial-newspapers',
    section: 'society',
    title: "St. Petersburg library puts 1.4 million pages of 19th-century provincial newspapers online",
    lead: "The Baltic Public Library's free archive covers 212 titles from 63 provincial towns, many of which survived only in a single copy, the library said.",
    datelineCity: 'ST. PETERSBURG',
    minutesAgo: 5100,
    image: { name: 'library-reading-room', caption: "The main reading room of the Baltic Public Library in St. Petersburg, where the newspaper collection is kept." },
    pages: [
      `<p>The Baltic Public Library in St. Petersburg has completed the digitisation of 1.4 million pages of provincial newspapers from the 19th century and made them freely available online, the library's director, Yekaterina Dolgusheva, said at a presentation of the project.</p>
<h2>Searchable in the old spelling</h2>
<p>The archive includes 212 titles from 63 provincial towns, from Arkhangelsk to Astrakhan, many of which survived only in the library's own collection. The pages have been converted into searchable text, including the spelling used before the reform of the early 20th century, and can be searched by place, date and name. The project took six years and involved 40 staff members.</p>
<p>"These newspapers are the memory of places that rarely made it into history books: the price of rye in Samara, the timetable of the Volga steamers, a fire in a district town, a local amateur theatre," Dolgusheva said. "For many small towns this is the only daily record of their life that exists."</p>
<h2>Historians, families and a museum</h2>
<p>Minister of Science and Higher Education Yulia Bakhtina, whose ministry funded the project through a programme for the digital humanities, said the archive would change how regional history is studied. "A student in Vyatka can now do in an evening what used to take a month of travel to St. Petersburg," she said.</p>
<p>The library said that researchers from the Volga Art Gallery in Kazan had already used the archive during its restoration project, finding advertisements and reports that established when and to whom several paintings in its collection were first sold. Gallery director Sofia Arkhangelskaya called the archive "a detective's dream".</p>
<p>The library expects the most active users to be family historians. It plans to add a further 600,000 pages, from newspapers published in the early 20th century, over the next two years.</p>
<p class="read-also">Read also: <a href="@kazan-gallery-reopens">Kazan's Volga Art Gallery reopens after three-year restoration with 400 works</a></p>`,
    ],
    persons: ['yulia-bakhtina', 'sofia-arkhangelskaya'],
    topics: ['museums-and-heritage'],
    related: ['kazan-gallery-reopens', 'press-review-beijing-rail-archive', 'young-researchers-grants'],
    otherMedia: [
      { title: 'The price of rye and the steamer timetable: reading the provincial press', url: 'https://www.neva-evenings.example/history/provincial-press-online', source: 'Neva Evenings' },
    ],
  },
  {
    key: 'vladivostok-film-festival-opens',
    section: 'society',
    title: "Golden Horn film festival opens in Vladivostok with a debut about Pacific fishermen",
    lead: "Kira Levashova's first feature, shot aboard a trawler in the Sea of Okhotsk, opened the week-long festival, which is showing 86 films from 19 countries.",
    datelineCity: 'VLADIVOSTOK',
    minutesAgo: 6600,
    image: { name: 'city-skyline-night', caption: "Vladivostok's waterfront on the Golden Horn Bay at night, during the opening of the film festival." },
    pages: [
      `<p>The Golden Horn international film festival opened in Vladivostok with the premiere of <em>Low Tide</em>, the first feature film by director Kira Levashova, the festival's organisers said. This year's programme includes 86 films from 19 countries, most of them from the Asia-Pacific region.</p>
<h2>Three months on a trawler</h2>
<p><em>Low Tide</em> follows the crew of a fishing trawler during a winter season in the Sea of Okhotsk. Levashova and a crew of six spent three months aboard a working vessel to shoot the film, and several of the roles are played by real fishermen. "I did not want actors pretending to be cold. Everyone in this film was actually cold," Levashova said at a news conference before the screening.</p>
<p>The 32-year-old director, who was born in the port town of Nakhodka, said she had spent two years persuading a fishing company to let a film crew aboard. "The sea decided our schedule. Some days we could not shoot at all, and some days we shot for twenty hours," she said.</p>
<h2>Fourteen films in competition</h2>
<p>Fourteen films are competing for the festival's main prize, which will be awarded by a jury chaired by cinematographer Arseny Kolchin. The competition programme includes films from China, Japan, South Korea, Vietnam, Mongolia and Kazakhstan, as well as four Russian productions.</p>
<p>Festival director Mark Dudin said more than 30,000 tickets had been sold before the opening, a record for the festival. Screenings are taking place at five venues across the city, and a programme of free outdoor screenings on the waterfront was moved indoors because of the cold.</p>
<p>The festival closes in a week with the award ceremony. <em>Low Tide</em> is due to be released in cinemas across the country in the spring.</p>
<p class="read-also">Read also: <a href="@cherry-orchard-premiere">Vishnevetsky's new Cherry Orchard premieres to a sold-out house in St. Petersburg</a></p>`,
    ],
    persons: ['kira-levashova'],
    topics: ['cinema'],
    related: ['cherry-orchard-premiere', 'pacific-fleet-detachment-returns', 'press-review-budget-road-young-scientists'],
    otherMedia: [
      { title: 'Low Tide: a debut that smells of the sea', url: 'https://www.stage-and-screen.example/cinema/low-tide-review', source: 'Stage and Screen Monthly' },
      { title: 'Golden Horn sets a ticket record before the first screening', url: 'https://www.primorye-today.example/culture/golden-horn-ticket-record', source: 'Primorye Today' },
    ],
  },
  // ---------------------------------------------------------------- sports
  {
    key: 'kostromina-wins-nizhny-tagil',
    section: 'sports',
    title: "Kostromina wins ski jumping cup stage to lead Olympic selection standings",
    lead: "The 22-year-old from Perm jumped 131.5 and 128 metres on the large hill in Nizhny Tagil and moved 34 points clear at the top of the national team's selection ranking.",
    datelineCity: 'NIZHNY TAGIL',
    minutesAgo: 110,
    isTop: true,
    image: { name: 'ski-jump', caption: "Daria Kostromina in the air above the large hill in Nizhny Tagil during her winning first jump." },
    pages: [
      `<p>Daria Kostromina won the women's large hill competition at the national cup stage in Nizhny Tagil with jumps of 131.5 and 128 metres, taking the lead in the selection standings that will decide the national team's line-up for the Winter Olympics.</p>
<h2>Two jumps in a gusty wind</h2>
<p>Kostromina, 22, scored 261.4 points, finishing 12.5 points ahead of Valeria Shumilova, who was second with 248.9 points. Anna Yezhova was third. The competition was held at minus 12 degrees Celsius in a gusty crosswind, and the start was delayed twice by about 15 minutes while judges waited for conditions to settle.</p>
<p>"In the first round I had a good wind and I used it. In the second the wind was from behind, so I just tried to keep the flight quiet and land well," Kostromina told reporters at the bottom of the hill. "After last season I am grateful for every jump. I am not thinking about the Olympics yet. I am thinking about the next training session."</p>
<h2>Back from injury</h2>
<p>Kostromina missed most of last season after a knee injury suffered in a training fall and returned to competition only in the autumn. Her coach, Vladimir Pechorin, said her take-off had become "more aggressive and more precise" since the injury. "She spent months unable to jump, so she watched videos of her own jumps frame by frame. Now she knows her technique better than I do," he said.</p>
<p>With the victory, Kostromina leads the selection standings with 385 points, 34 ahead of Shumilova. Three more stages remain, and the four best-placed jumpers at the end of the series are expected to form the core of the Olympic team, subject to the federation's final approval.</p>
<p>The next stage will be held in Chaikovsky in three weeks. The men's competition in Nizhny Tagil is scheduled for the following day.</p>
<p class="read-also">Read also: <a href="@vetrova-wins-syktyvkar">Vetrova wins 10km classic in Syktyvkar to top national Olympic selection standings</a></p>`,
    ],
    persons: ['daria-kostromina'],
    topics: ['winter-olympics-qualification'],
    related: ['vetrova-wins-syktyvkar', 'hockey-olympic-camp-roster'],
    otherMedia: [
      { title: 'Kostromina is back, and flying further than ever', url: 'https://www.snowline.example/ski-jumping/kostromina-is-back', source: 'Snowline' },
      { title: 'Olympic selection: where the standings stand', url: 'https://www.touchline-daily.example/winter/olympic-selection-standings', source: 'Touchline Daily' },
    ],
  },
  {
    key: 'irbis-beat-neva-shootout',
    section: 'sports',
    title: "Irbis Kazan beat Neva Admirals in shootout as Sablin scores twice",
    lead: "The forward levelled the score in the third period and converted the decisive attempt in the shootout, lifting Irbis to second place in the Eastern Conference.",
    datelineCity: 'KAZAN',
    minutesAgo: 1120,
    image: { name: 'hockey-rink', caption: "A face-off between Irbis Kazan and Neva Admirals at the sold-out arena in Kazan." },
    pages: [
      `<p>Irbis Kazan beat Neva Admirals 3-2 after a shootout in the National Hockey Championship in front of a sold-out crowd of 8,900, with forward Yegor Sablin scoring the equaliser in regulation time and the winning attempt in the shootout.</p>
<h2>From two goals down</h2>
<p>The visitors from St. Petersburg took a 2-0 lead in the first period through goals by defenceman Kirill Lantsov and forward Oskar Myllymaa, a Finn in his first season with the club. Irbis pulled one back early in the second period when Rinat Safiullin deflected a shot from the blue line, and Sablin tied the game with a wrist shot from the right circle with just under six minutes left in the third.</p>
<p>Neither team scored in the five-minute overtime. In the shootout, Sablin, shooting third for Irbis, beat the Neva goaltender with a slow move to his backhand, and Irbis goalkeeper Danila Shcherbakov stopped all three Neva attempts.</p>
<h2>"The team did not panic"</h2>
<p>"Two goals down against a team like Neva is not a disaster if you keep playing your game. The team did not panic," Sablin said after the match. "The shootout is a lottery, but I have been practising that move all week, so maybe it was a lottery with a small advantage."</p>
<p>Sablin now has 14 goals this season, the most in the league. He was named earlier this week in the national team squad for the Olympic qualification training camp. Neva head coach Dmitry Vorontsov said his team had "played two good periods and one nervous one".</p>
<p>The win moved Irbis into second place in the Eastern Conference with 36 points from 26 games. Neva remain fourth in the Western Conference. Irbis play their next game away in Yekaterinburg in two days.</p>
<p class="read-also">Read also: <a href="@hockey-olympic-camp-roster">Hockey coach names 28 players for Olympic qualification training camp</a></p>`,
    ],
    persons: ['yegor-sablin'],
    topics: ['ice-hockey'],
    related: ['hockey-olympic-camp-roster', 'press-review-rate-meeting-arctic-record', 'priboi-hold-kometa'],
    otherMedia: [
      { title: 'Sablin steals the show in Kazan', url: 'https://www.rink-report.example/games/sablin-steals-the-show', source: 'Rink Report' },
      { title: 'Neva coach: two good periods and one nervous one', url: 'https://www.neva-evenings.example/sport/neva-coach-nervous-period', source: 'Neva Evenings' },
    ],
  },
  {
    key: 'priboi-hold-kometa',
    section: 'sports',
    title: "Priboi Sochi hold league leaders Kometa Moscow to a goalless draw",
    lead: "Kometa's lead at the top of the Premier Division was cut to four points after Priboi's goalkeeper made seven saves, including a penalty stop in stoppage time.",
    datelineCity: 'SOCHI',
    minutesAgo: 1000,
    image: { name: 'football-stadium', caption: "The floodlit stadium in Sochi during the match between Priboi and Kometa." },
    pages: [
      `<p>Priboi Sochi held Premier Division leaders Kometa Moscow to a 0-0 draw at home, with goalkeeper Artyom Pshenichny saving a penalty in stoppage time to secure a point for the side coached by Timur Galiyev.</p>
<h2>A penalty in the 93rd minute</h2>
<p>Kometa dominated possession and had 17 attempts on goal against Priboi's six, but Pshenichny made seven saves, several of them from close range. In the third minute of stoppage time the referee awarded Kometa a penalty after a video review for a foul in the area, but Pshenichny dived to his right to push away the shot from Kometa captain Igor Sazonov.</p>
<p>"We knew that Kometa would have the ball. Our plan was to keep the distances short and wait for our moment. The moment did not come, but the plan worked," Galiyev told reporters after the match. "Pshenichny was the best player on the pitch, and not only because of the penalty."</p>
<h2>The race at the top tightens</h2>
<p>Kometa head coach Gennady Lukin said his team had "created enough to win two games" but lacked precision. "When you do not score, you cannot complain about a draw. We will look at ourselves, not at the referee or the goalkeeper," he said.</p>
<p>The result left Kometa on 39 points from 17 games, four points ahead of Uralets Yekaterinburg, who won their match earlier in the day. Before this round, the gap had been six points. Priboi are fifth with 28 points, three points behind the top four.</p>
<p>The crowd of 11,400 watched the match in mild weather, with the temperature in Sochi at 14 degrees Celsius. Two more rounds remain before the winter break.</p>
<p class="read-also">Read also: <a href="@irbis-beat-neva-shootout">Irbis Kazan beat Neva Admirals in shootout as Sablin scores twice</a></p>`,
    ],
    persons: ['timur-galiyev'],
    topics: ['football'],
    related: ['irbis-beat-neva-shootout', 'press-review-draft-budget-sent'],
    otherMedia: [
      { title: 'Pshenichny stops Kometa, and the title race is open again', url: 'https://www.touchline-daily.example/football/pshenichny-stops-kometa', source: 'Touchline Daily' },
    ],
  },
  {
    key: 'vetrova-wins-syktyvkar',
    section: 'sports',
    title: "Vetrova wins 10km classic in Syktyvkar to top national Olympic selection standings",
    lead: "The 25-year-old from Tyumen finished 18.4 seconds ahead of her nearest rival in the opening race of the cross-country selection series.",
    datelineCity: 'SYKTYVKAR',
    minutesAgo: 2150,
    image: { name: 'forest-river', caption: "The forest and river outside Syktyvkar, seen from above, through which the cross-country course winds." },
    pages: [
      `<p>Polina Vetrova won the women's 10-kilometre classic race in Syktyvkar, the first of six races in the national selection series for the Winter Olympics, in a time of 26 minutes 41.3 seconds.</p>
<h2>A fast finish on fresh snow</h2>
<p>Vetrova, 25, was level with Yana Gorbunova at the last time check, 2.5 kilometres from the finish, but pulled away on the final climb and crossed the line 18.4 seconds ahead of her. Kristina Abramova finished third, 31 seconds behind the winner. The race was held at minus 17 degrees Celsius on fresh snow, which made the choice of grip wax decisive, coaches said.</p>
<p>"On the last climb I looked at my skis and thought: either the wax holds now or never. It held," Vetrova told reporters at the finish. "It is only the first race. The selection is long, and I have seen people win the first race and stay at home for the Olympics."</p>
<h2>Selection series</h2>
<p>The selection series includes six races in different styles and distances, with the final race scheduled in the Tyumen region at the end of the winter. The athletes with the best overall results are expected to form the Olympic team, alongside those selected on the basis of international results.</p>
<p>The men's 15-kilometre classic race was won by Matvei Shirokov, who finished 9.2 seconds ahead of the defending selection series winner, Arseny Voronkov. Organisers said about 6,000 spectators watched the races despite the cold.</p>
<p>The next races of the series will be held in Krasnogorsk, near Moscow, in two weeks.</p>
<p class="read-also">Read also: <a href="@kostromina-wins-nizhny-tagil">Kostromina wins ski jumping cup stage to lead Olympic selection standings</a></p>`,
    ],
    persons: ['polina-vetrova'],
    topics: ['winter-olympics-qualification'],
    related: ['kostromina-wins-nizhny-tagil', 'hockey-olympic-camp-roster', 'moscow-heavy-snowfall'],
    otherMedia: [
      { title: 'The wax held: Vetrova on her winning climb', url: 'https://www.snowline.example/cross-country/vetrova-winning-climb', source: 'Snowline' },
    ],
  },
  {
    key: 'solntseva-hurdles-kazan',
    section: 'sports',
    title: "Solntseva sets meeting record in 60 metres hurdles at Kazan indoor cup",
    lead: "The 24-year-old from Krasnodar ran 7.86 seconds, the fastest time in the country this winter, at the opening meeting of the indoor season.",
    datelineCity: 'KAZAN',
    minutesAgo: 3620,
    image: { name: 'running-track', caption: "Hurdles set out on the indoor track in Kazan before the women's 60 metres hurdles final." },
    pages: [
      `<p>Arina Solntseva won the women's 60 metres hurdles at the national indoor cup in Kazan in a meeting record of 7.86 seconds, the fastest time by a Russian athlete this winter, the athletics federation said.</p>
<h2>A clean race</h2>
<p>Solntseva, 24, led from the start and cleared all five hurdles without touching them, finishing 0.11 seconds ahead of Marina Kuzovkina. Her reaction time at the start, 0.132 seconds, was the fastest in the final. The previous meeting record of 7.91 seconds had stood for nine years.</p>
<p>"I felt it from the first hurdle: the rhythm was right and the legs were fresh. We worked all autumn on the start, and today it paid off," Solntseva said. Her coach, Alexander Garanin, said the time was better than they had planned for the first competition of the season. "We were aiming for under eight seconds. This is a pleasant surprise, but it also means we must be careful not to peak too early," he said.</p>
<h2>Other results</h2>
<p>In the men's high jump, Stanislav Ryzhov cleared 2.31 metres, also a season's best in the country, while Yelena Mokrousova won the women's pole vault with 4.60 metres. About 3,500 spectators attended the meeting at the Kazan indoor arena, the organisers said.</p>
<p>The indoor cup is the first of three meetings that lead up to the national indoor championships later in the winter. The next meeting will be held in Moscow in three weeks.</p>
<p>Solntseva, who took up hurdling at the age of 12 at a sports school in Krasnodar, said her goal for the season was to run under 7.80 seconds.</p>
<p class="read-also">Read also: <a href="@kostromina-wins-nizhny-tagil">Kostromina wins ski jumping cup stage to lead Olympic selection standings</a></p>`,
    ],
    persons: ['arina-solntseva'],
    topics: ['athletics'],
    related: ['press-review-southern-routes-baltic-terminal', 'kostromina-wins-nizhny-tagil'],
    otherMedia: [
      { title: 'Solntseva opens the indoor season at full speed', url: 'https://www.touchline-daily.example/athletics/solntseva-full-speed', source: 'Touchline Daily' },
      { title: '7.86: how the Kazan record was built', url: 'https://www.volga-wire.example/sport/kazan-hurdles-record', source: 'Volga Wire' },
    ],
  },
  {
    key: 'hockey-olympic-camp-roster',
    section: 'sports',
    title: "Hockey coach names 28 players for Olympic qualification training camp",
    lead: "Head coach Vyacheslav Mukhin called up eight newcomers, including Irbis Kazan forward Yegor Sablin, for the camp at the Novogorsk training centre.",
    datelineCity: 'MOSCOW',
    minutesAgo: 4400,
    image: { name: 'hockey-rink', caption: "The ice at the Novogorsk training centre, where the national team will gather for its Olympic qualification camp." },
    pages: [
      `<p>National hockey team head coach Vyacheslav Mukhin named 28 players for a training camp ahead of the Olympic qualification tournament, including eight who have never been called up before, the hockey federation said.</p>
<h2>Eight newcomers</h2>
<p>The squad includes four goaltenders, nine defencemen and 15 forwards, all of them playing in the National Hockey Championship. Among the newcomers is Irbis Kazan forward Yegor Sablin, 24, who has scored 12 goals in 24 games this season. The camp will take place at the Novogorsk training centre near Moscow in three weeks and will include two friendly matches.</p>
<p>"Sablin has earned this. He scores in every kind of game, not just the easy ones, and he is not afraid of the areas in front of the net where it hurts," Mukhin told a news conference. "But a call-up is an invitation to compete, not a ticket. Every player here will have to win his place again at the camp."</p>
<h2>Experience and youth</h2>
<p>The squad's average age is 26.3 years, almost two years younger than at the last qualification cycle, the federation said. The most experienced player is 34-year-old defenceman Maxim Yartsev, who will captain the team. Mukhin said he had talked to several veterans who were not selected and had explained his reasons to each of them personally.</p>
<p>In a statement released by his club, Sablin said he had learned of his call-up from his mother, who saw the list before he did. "I am proud and a little nervous. Now I need to keep playing the same way until the camp," he said.</p>
<p>The qualification tournament, in which four teams will play for one place at the Winter Olympics, is scheduled later in the winter.</p>
<p class="read-also">Read also: <a href="@kostromina-wins-nizhny-tagil">Kostromina wins ski jumping cup stage to lead Olympic selection standings</a></p>`,
    ],
    persons: ['yegor-sablin'],
    topics: ['ice-hockey', 'winter-olympics-qualification'],
    related: ['irbis-beat-neva-shootout', 'kostromina-wins-nizhny-tagil', 'press-review-beijing-rail-archive'],
    otherMedia: [
      { title: 'Mukhin picks youth: analysing the 28', url: 'https://www.rink-report.example/national-team/analysing-the-28', source: 'Rink Report' },
    ],
  },
  // ---------------------------------------------------------------- pressreview
  {
    key: 'press-review-rate-meeting-arctic-record',
    section: 'pressreview',
    title: "Papers divided on rate cut odds as Arctic route posts record season",
    lead: "Business dailies disagree on whether the central bank will lower its key rate at today's board meeting, while the record on the Northern Sea Route and a new Cherry Orchard also make the front pages.",
    datelineCity: 'MOSCOW',
    minutesAgo: 175,
    image: { name: 'newspaper-stack', caption: "The day's newspapers at a kiosk in Moscow, with the central bank's decision on the front pages." },
    pages: [
      `<h2>Financial Meridian: start, but start small</h2>
<p>Financial Meridian expects the central bank to lower its key rate by 50 basis points to 15.5 percent at today's board meeting. The paper points to annual inflation of 7.4 percent, down from more than 9 percent in the spring, and to three consecutive months of falling inflation expectations among households. "The regulator has every reason to begin, and every reason to begin modestly," the paper's lead commentary says, predicting that Governor Irina Lavrentyeva will avoid any promise of further cuts.</p>
<p>Business Dispatch takes the opposite view and expects the rate to stay at 16 percent. The paper quotes bankers who argue that the labour market is still overheated and that the board will want to see the final shape of the federal budget, which the lower house votes on in the first reading today, before it moves. "One month of waiting costs the economy less than a premature cut that has to be reversed," a senior banker tells Business Dispatch.</p>
<h2>The Morning Lantern: the Arctic route grows up</h2>
<p>The Morning Lantern devotes its front page to the record cargo volume on the Northern Sea Route, which has reached 38.6 million tonnes with several weeks of navigation still to go. The paper's correspondent in Murmansk describes the late-season convoy led by the nuclear icebreaker Severnoye Siyaniye and quotes Deputy Prime Minister Gennady Ostapov's remark that the route has become "a normal working artery". The Morning Lantern's commentator warns, however, that growth depends on a small number of icebreakers, "each of which is worth its weight in cargo".</p>
<h2>Evening Almanac: Chekhov at the station</h2>
<p>Evening Almanac reviews Roman Vishnevetsky's new production of <em>The Cherry Orchard</em> at the Obvodny Stage Theatre in St. Petersburg, which moves the play to a railway waiting room. The paper's critic calls the evening "brave, uneven and impossible to forget", singling out Yevgenia Lartseva as Ranevskaya, and concludes that Vishnevetsky "has made the passing trains the most eloquent character in the play".</p>
<p>Arena Daily leads its sports pages with Irbis Kazan's shootout win over Neva Admirals. The paper calls forward Yegor Sablin, who scored twice, "the most dangerous player in the league this month" and says his form fully justifies his call-up to the national team's Olympic qualification camp.</p>
<p class="read-also">Read also: <a href="@central-bank-cuts-key-rate">Central bank cuts key rate by 50 basis points to 15.5 percent</a></p>`,
    ],
    persons: ['irina-lavrentyeva', 'gennady-ostapov', 'roman-vishnevetsky'],
    topics: ['interest-rates', 'arctic-shipping', 'theatre'],
    related: ['central-bank-cuts-key-rate', 'northern-sea-route-record-cargo', 'cherry-orchard-premiere', 'irbis-beat-neva-shootout'],
    otherMedia: [
      { title: 'Rate day: what the analysts expect', url: 'https://www.ticker-tape.example/preview/rate-day-expectations', source: 'Ticker Tape' },
    ],
  },
  {
    key: 'press-review-wheat-deal-kazan-gallery',
    section: 'pressreview',
    title: "Papers weigh Egypt wheat deal and Kazan gallery's long-awaited reopening",
    lead: "Newspapers also look at the night air defence drills along the Volga and at the Geneva talks on Arctic navigation, now in their second day.",
    datelineCity: 'MOSCOW',
    minutesAgo: 1600,
    image: { name: 'wheat-field', caption: "A wheat field in the Krasnodar region, where much of the grain sold to Egypt was grown." },
    pages: [
      `<h2>Trade Barometer: Cairo chooses Black Sea wheat again</h2>
<p>Trade Barometer writes that Egypt's state grain buyer took about 315,000 tonnes of Russian wheat out of the 420,000 tonnes it bought at its latest tender, at an average of 247 dollars a tonne including freight. The paper notes that the price was slightly lower than a month earlier and cites traders who expect the Agriculture Ministry to raise its export forecast "within days" if shipments keep their current pace.</p>
<p>Business Dispatch looks at the same deal from the ports' side. The paper says the southern terminals are running close to full capacity and quotes Boris Naumkin, president of the National Grain Exporters' Union, who warns that "every storm that closes the ports for two days costs hundreds of thousands of tonnes". Business Dispatch argues that the planned Baltic terminal at Ust-Luga should be treated as a national priority.</p>
<h2>Volga Review: a gallery worth the wait</h2>
<p>Volga Review devotes two pages to the reopening of the Volga Art Gallery in Kazan after three years of restoration. The paper's reporter describes the queue that formed in the falling snow and the restored painted ceilings, and interviews director Sofia Arkhangelskaya, who tells Volga Review that the gallery's halls are now "a home for the paintings, not a danger to them". The paper especially praises the new wing devoted to Tatar applied art.</p>
<h2>Capital Herald: drills by night</h2>
<p>Capital Herald reports on the night air defence drills held in five regions along the Volga, in which more than 60 missile and radar crews practised intercepting simulated drones. The paper spoke to residents of Samara who watched lights over the river and notes that the regional authorities had warned the public in advance, "a courtesy that was appreciated".</p>
<p>The Continental Post follows the Geneva Forum on Polar Navigation, where delegations from 14 countries are discussing a draft on position reports for ice-class ships. Diplomats quoted by The Continental Post say the forum's chair, Helena Marquardt, has narrowed the differences to "a few lines of text" and could present a compromise before the session ends.</p>
<p class="read-also">Read also: <a href="@egypt-wheat-tender">Egypt's state grain buyer books 420,000 tonnes of wheat, mostly Russian</a></p>`,
    ],
    persons: ['boris-naumkin', 'sofia-arkhangelskaya', 'helena-marquardt'],
    topics: ['grain-exports', 'museums-and-heritage', 'air-defence'],
    related: ['egypt-wheat-tender', 'kazan-gallery-reopens', 'air-defence-drills-volga', 'geneva-forum-arctic-navigation'],
    otherMedia: [
      { title: 'Grain, galleries and radar: the regional press this week', url: 'https://www.volga-wire.example/media/regional-press-this-week', source: 'Volga Wire' },
    ],
  },
  {
    key: 'press-review-southern-routes-baltic-terminal',
    section: 'pressreview',
    title: "Papers focus on southern trade routes and a new Baltic grain terminal",
    lead: "Newspapers also write about the navy's new ice-class patrol ship and a hurdler's fast start to the indoor season in Kazan.",
    datelineCity: 'MOSCOW',
    minutesAgo: 3000,
    image: { name: 'newspaper-stack', caption: "Morning newspapers on a café table in St. Petersburg, several of them leading with the Ust-Luga grain terminal." },
    pages: [
      `<h2>The Continental Post: one border booth fewer</h2>
<p>The Continental Post welcomes the joint customs post opened by Kazakhstan and Uzbekistan on their main highway, where lorries will be inspected once instead of twice. The paper quotes Kazakh Deputy Minister of Trade and Integration Aigerim Tulegenova's promise that no lorry will spend more than four hours at the border and argues that the model "deserves to be copied on every border in the region, including ours".</p>
<h2>Financial Meridian: grain looks to the Baltic</h2>
<p>Financial Meridian analyses the plan by Baltic Bulk Terminals to build a grain terminal with a capacity of 6 million tonnes a year at Ust-Luga, estimated at 48 billion roubles. The paper doubts that the project can be financed on commercial terms at current interest rates and writes that its fate "will be decided not at the port but in the board room of the central bank".</p>
<p>Business Dispatch is more optimistic. The paper says that exporters in the central regions and the Volga, who now pay to haul grain a thousand kilometres south, would be the main winners, and quotes Boris Naumkin of the National Grain Exporters' Union, who calls Baltic capacity "exactly what the industry has been asking for".</p>
<h2>Capital Herald: a ship for the ice</h2>
<p>Capital Herald reports that the Khibiny, the first of two ice-class patrol ships for the Northern Fleet, has begun sea trials in the Gulf of Finland. The paper describes the ship's ability to break ice 1.5 metres thick and to tow disabled tankers, and notes that the navy may order two more if the trials go well.</p>
<p>Arena Daily praises hurdler Arina Solntseva, who ran 7.86 seconds in the 60 metres hurdles at the indoor cup in Kazan, a meeting record and the country's fastest time this winter. Arena Daily's athletics columnist writes that Solntseva "has turned a good start into a weapon" and predicts that she will break 7.80 seconds before the end of the season.</p>
<p class="read-also">Read also: <a href="@ust-luga-grain-terminal">Baltic port operator plans new six-million-tonne grain terminal at Ust-Luga</a></p>`,
    ],
    persons: ['aigerim-tulegenova', 'boris-naumkin', 'arina-solntseva'],
    topics: ['trade-corridors', 'grain-exports'],
    related: ['kazakh-uzbek-customs-post', 'ust-luga-grain-terminal', 'ice-class-patrol-ships', 'solntseva-hurdles-kazan'],
    otherMedia: [
      { title: 'Ust-Luga grain terminal: the view from the harbour', url: 'https://www.baltic-courier.example/port/ust-luga-view-from-harbour', source: 'Baltic Courier' },
    ],
  },
  {
    key: 'press-review-beijing-rail-archive',
    section: 'pressreview',
    title: "Newspapers assess Beijing rail deal and a digitised archive of the provincial press",
    lead: "Papers also speculate about who will make the national hockey team's squad for the Olympic qualification camp, which is due to be announced today.",
    datelineCity: 'MOSCOW',
    minutesAgo: 4500,
    image: { name: 'newspaper-stack', caption: "A stack of the day's newspapers, several of them leading with the rail agreement signed in Beijing." },
    pages: [
      `<h2>The Continental Post: trains that keep time</h2>
<p>The Continental Post leads with the memorandum signed in Beijing in the presence of Foreign Minister Arkady Telnov, which sets a fixed timetable for container trains between western China and the Moscow region and raises the number of scheduled services from 28 to 40 a week. The paper calls predictability "the most valuable cargo on the route" and quotes Telnov's remark that shippers have been asking for exactly this.</p>
<p>Trade Barometer is more cautious. The paper writes that the real test will be the border crossings where containers are moved between trains because of the different track gauges, and quotes freight forwarders who want to see the timetable kept "through a Siberian winter" before they believe in it. Trade Barometer also notes that the agreement does not address payment delays, which it calls "the other bottleneck".</p>
<h2>Evening Almanac: old newspapers, new readers</h2>
<p>Evening Almanac writes with evident pleasure about the Baltic Public Library's new online archive of 1.4 million pages of 19th-century provincial newspapers. The paper's columnist spent an evening reading advertisements for Volga steamers and reports on rye prices, and notes, with some self-irony, that provincial editors of that time also liked to begin their issues by summarising what the capital's newspapers were writing. Evening Almanac quotes Minister of Science and Higher Education Yulia Bakhtina, who says the archive will change how regional history is studied.</p>
<h2>Arena Daily: Sablin's moment?</h2>
<p>Arena Daily expects head coach Vyacheslav Mukhin to name several newcomers in his squad for the Olympic qualification camp, which is due to be announced today. The paper says Irbis Kazan forward Yegor Sablin, with 12 goals in 24 games, "has left the coach no choice" and predicts that the squad will be the youngest for a decade.</p>
<p>Arena Daily also interviews Sablin's first coach in Nizhnekamsk, who recalls that the forward "shot at the net so much as a boy that we had to replace the netting every season".</p>
<p class="read-also">Read also: <a href="@beijing-rail-corridor-memorandum">Russian and Chinese railways agree fixed timetable for container trains</a></p>`,
    ],
    persons: ['arkady-telnov', 'yulia-bakhtina', 'yegor-sablin'],
    topics: ['trade-corridors', 'museums-and-heritage', 'ice-hockey'],
    related: ['beijing-rail-corridor-memorandum', 'digitised-provincial-newspapers', 'hockey-olympic-camp-roster'],
    otherMedia: [
      { title: 'What the papers missed about the rail deal', url: 'https://www.eastern-meridian.example/opinion/what-papers-missed-rail-deal', source: 'Eastern Meridian' },
    ],
  },
  {
    key: 'press-review-budget-road-young-scientists',
    section: 'pressreview',
    title: "Papers follow the budget's road through parliament and young scientists' grants",
    lead: "Newspapers also review an aerobatic team's anniversary display over Lipetsk and the opening of the Golden Horn film festival in Vladivostok.",
    datelineCity: 'MOSCOW',
    minutesAgo: 5900,
    image: { name: 'government-building-dusk', caption: "The parliament building in Moscow, where the budget committee began hearings on the draft federal budget." },
    pages: [
      `<h2>Capital Herald: hearings begin</h2>
<p>Capital Herald reports from the first day of hearings on the draft federal budget in the lower house's budget committee, where Finance Minister Stanislav Kurbatov defended a projected deficit of 1.1 percent of gross domestic product. The paper describes the hearing as "calm, long and full of questions about roads", and expects the first-reading vote in the coming days with a comfortable majority.</p>
<p>Financial Meridian looks at how the deficit of about 2.3 trillion roubles will be financed. The paper writes that the Finance Ministry plans to cover it almost entirely with domestic borrowing and quotes economists who say that the cost of that borrowing depends on how quickly the central bank begins to lower interest rates. "The budget and the key rate are now one conversation," Financial Meridian concludes.</p>
<h2>Citizens' Tribune: grants beyond the capitals</h2>
<p>Citizens' Tribune welcomes the award of 1,200 grants to researchers under 35 by the state Science Support Foundation and highlights that 58 percent of the winners work outside Moscow and St. Petersburg. The paper interviews a young permafrost researcher in Yakutsk who will use her grant to install temperature sensors under apartment blocks, and quotes Minister Yulia Bakhtina's remark that the main value of the grants is "independence".</p>
<h2>Evening Almanac: stars over Lipetsk, films in Vladivostok</h2>
<p>Evening Almanac publishes a photo essay on the 30th anniversary display of the Polar Stars aerobatic team over Lipetsk, watched by about 40,000 people, and describes the team's new figure, the Lipetsk star, as "six jets drawing a flower in the sky".</p>
<p>In the same issue, Evening Almanac's film critic reports from the opening of the Golden Horn film festival in Vladivostok, where Kira Levashova's debut <em>Low Tide</em>, shot aboard a trawler in the Sea of Okhotsk, was shown first. The critic calls it "a film you can feel in your fingers" and predicts that it will be one of the main contenders for the festival's prize.</p>
<p class="read-also">Read also: <a href="@young-researchers-grants">Science foundation awards 1,200 grants to researchers under 35</a></p>`,
    ],
    persons: ['stanislav-kurbatov', 'yulia-bakhtina', 'kira-levashova'],
    topics: ['federal-budget', 'higher-education', 'cinema'],
    related: ['budget-draft-duma-first-reading', 'young-researchers-grants', 'aerobatic-team-anniversary', 'vladivostok-film-festival-opens'],
    otherMedia: [
      { title: 'Budget hearings, day one: the questions deputies asked', url: 'https://www.capital-observer.example/politics/budget-hearings-day-one', source: 'Capital Observer' },
    ],
  },
  {
    key: 'press-review-draft-budget-sent',
    section: 'pressreview',
    title: "Papers examine draft budget as government sends it to parliament",
    lead: "Newspapers also look ahead to the return of cosmonaut Maxim Terekhov after six months in orbit and at Kometa Moscow's lead in the football league.",
    datelineCity: 'MOSCOW',
    minutesAgo: 8200,
    image: { name: 'newspaper-stack', caption: "Newspapers and a cup of coffee on a desk; the draft federal budget dominates the day's front pages." },
    pages: [
      `<h2>Financial Meridian: a budget that counts every rouble</h2>
<p>Financial Meridian analyses the draft federal budget for the next three years, which the government submitted to the lower house of parliament. The paper highlights projected revenues of 40.3 trillion roubles and expenditure of 42.6 trillion roubles next year, and notes that oil and gas are expected to provide just under a quarter of revenues. Financial Meridian calls the draft "the most cautious in several years" and expects few changes before the first reading.</p>
<p>Citizens' Tribune focuses on what the budget means for households. The paper welcomes a planned 9 percent increase in healthcare spending and a 14 percent rise in the federal road fund, but quotes regional officials who say the money for local roads "will be gone by the first spring thaw". Citizens' Tribune also notes that the draft provides for 12,000 new state-funded university places in engineering.</p>
<p>Volga Review reports that farmers in the Saratov and Samara regions have finished threshing the last of their spring wheat, and that the national grain harvest is now expected to exceed 130 million tonnes. Volga Review writes that growers are pleased with yields but worried about falling domestic prices, and asks whether the budget's support for grain transport by rail will be enough to help farms far from the ports.</p>
<h2>The Morning Lantern: six months in orbit</h2>
<p>The Morning Lantern publishes a long interview, recorded by video link, with cosmonaut Maxim Terekhov, whose crew is due to return to Earth in less than a week after 186 days aboard the International Space Station. Terekhov tells The Morning Lantern that what he misses most is "weather, any weather, even rain". The paper also reports that the rocket that will carry the third Sever-Meteo Arctic weather satellite has arrived at Baikonur for final preparations.</p>
<h2>Arena Daily: Kometa pull clear</h2>
<p>Arena Daily writes that Kometa Moscow have opened a six-point lead at the top of the Premier Division and look "almost too comfortable" with three rounds left before the winter break. The paper notes that Kometa's next away opponent is Priboi Sochi, and quotes Priboi coach Timur Galiyev, who promises that his team "will not be a guard of honour for the leaders".</p>
<p class="read-also">Read also: <a href="@budget-draft-duma-first-reading">Lower house passes draft federal budget in first reading after daylong debate</a></p>`,
    ],
    persons: ['stanislav-kurbatov', 'maxim-terekhov', 'timur-galiyev'],
    topics: ['federal-budget', 'space-programme', 'football'],
    related: ['budget-draft-duma-first-reading', 'terekhov-crew-lands', 'priboi-hold-kometa'],
    otherMedia: [
      { title: 'The budget in ten charts', url: 'https://www.ticker-tape.example/budget/budget-in-ten-charts', source: 'Ticker Tape' },
    ],
  },
];
