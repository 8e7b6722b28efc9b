import { term } from '../src/content/glossary';
import type { Localized, Plate, Region } from './types';

/*
 * Overzichtsplaat 3: Meerjarenplan MBO Digitaal (2023–2027).
 * Top: plate title and the DOEL. Middle: what MBO Digitaal does, when to work
 * collectively (afwegingskader) and the success factors. Bottom: the four
 * werksporen; the first three split into "Landelijk collectief" and "Mbo-scholen individueel"
 * as the handreiking does, Evaluatie & monitoring (which has no such split) into its text and its examples,
 * in a colour of its own so it does not read as collectief/individueel.
 * The halves quote the handreiking's text; where a quote leaves words out, […] says so (the print
 * itself shows only the short phrases of Inhoudelijke thema's and the word EVALUATIE).
 */

const PURPLE = '#3b1f5c';
const TEAL = '#00797a';
const ORANGE = '#c8501e';
const INK = '#2b1d45';

// Werksporen: columns from y 458 to 984; halves inside them.
const COL_Y = 458;
const COL_H = 526;
const HALF_A_Y = COL_Y + 58; // landelijk collectief
const HALF_H = 220;
const HALF_B_Y = HALF_A_Y + HALF_H + 14; // mbo-scholen individueel

const COL1 = { x: 24, width: 338 };
const COL2 = { x: 378, width: 356 };
const COL3 = { x: 750, width: 466 };
const COL4 = { x: 1232, width: 344 };

const column = (id: string, col: { x: number; width: number }, title: Localized): Region => ({
  id,
  kind: 'column',
  x: col.x,
  y: COL_Y,
  width: col.width,
  height: COL_H,
  fill: PURPLE,
  color: '#ffffff',
  radius: 16,
  title,
  titleSize: 26,
});

const collectief = term('landelijkCollectief');
const individueel = term('mboScholenIndividueel');

const half = (
  id: string,
  col: { x: number; width: number },
  which: 'collectief' | 'individueel',
  text: Pick<Region, 'body' | 'items' | 'bodySize'>,
): Region => ({
  id,
  kind: 'block',
  x: col.x + 12,
  y: which === 'collectief' ? HALF_A_Y : HALF_B_Y,
  width: col.width - 24,
  height: HALF_H,
  fill: which === 'collectief' ? '#e3f4f4' : '#fdeee6',
  color: which === 'collectief' ? '#0b3b3c' : '#5a230c',
  title: which === 'collectief' ? collectief : individueel,
  titleSize: 21,
  bodySize: 19,
  ...text,
});

/** Evaluatie & monitoring's halves: neither the collectief nor the individueel colour. */
const EVALUATIE_COLOURS = { fill: '#efe8f7', color: INK } as const;

const rectOf = ({ x, y, width, height }: Region) => ({ x, y, width, height });

const regions: Region[] = [
  // ── Title and goal ──────────────────────────────────────────────
  {
    id: 'titel',
    kind: 'label',
    x: 24,
    y: 16,
    width: 700,
    height: 148,
    color: PURPLE,
    padding: 14,
    title: { nl: 'Meerjarenplan MBO Digitaal', en: 'MBO Digitaal multi-year plan' },
    titleSize: 44,
    body: {
      // The print's title has no years; they come from the handreiking's text, and the plate says so.
      nl: '2023–2027 (uit de tekst van de handreiking, niet op de gedrukte plaat)\nKijk voor meer achtergrondinformatie op: mbodigitaal.nl',
      en: '2023–2027 (from the text of the guide, not on the printed plate)\nMore background information at: mbodigitaal.nl',
    },
    bodySize: 19,
  },
  {
    id: 'doel',
    kind: 'block',
    x: 740,
    y: 16,
    width: 836,
    height: 148,
    fill: PURPLE,
    color: '#ffffff',
    title: { nl: 'Doel', en: 'Goal' },
    titleSize: 28,
    body: {
      nl: 'Onderwijskwaliteit, flexibilisering en gelijke kansen voor studenten bevorderen. Door de digitale transformatie in het mbo te ondersteunen aan de hand van de vier werksporen. Hiermee kan het mbo impact realiseren voor studenten en docenten.',
      en: 'Promoting educational quality, flexibility and equal opportunities for students, by supporting the digital transformation in mbo through the four work streams. This lets mbo make an impact for students and teachers.',
    },
    bodySize: 19,
  },

  // ── Wat doet MBO Digitaal? (two lists, as on the paper plate) ───
  {
    id: 'wat-doet',
    kind: 'block',
    x: 24,
    y: 180,
    width: 580,
    height: 262,
    fill: '#ffffff',
    stroke: PURPLE,
    color: PURPLE,
    title: { nl: 'Wat doet MBO Digitaal?', en: 'What does MBO Digitaal do?' },
    titleSize: 26,
  },
  {
    id: 'wat-doet-lijst-1',
    kind: 'label',
    x: 34,
    y: 232,
    width: 284,
    height: 206,
    padding: 8,
    color: INK,
    summary: { nl: '8 taken', en: '8 tasks' },
    items: [
      { nl: 'Visie / strategie ontwikkelen.', en: 'Developing vision / strategy.' },
      { nl: "Programma's en projecten initiëren en coördineren.", en: 'Initiating and coordinating programmes and projects.' },
      { nl: 'Overzicht creëren.', en: 'Creating an overview.' },
      { nl: 'Sparringpartner zijn.', en: 'Being a sparring partner.' },
      { nl: 'Afspraken maken rondom standaardisatie.', en: 'Making agreements on standardisation.' },
    ],
  },
  {
    id: 'wat-doet-lijst-2',
    kind: 'label',
    x: 318,
    y: 232,
    width: 280,
    height: 206,
    padding: 8,
    color: INK,
    items: [
      { nl: 'Kennisdeling, platforms en netwerkbijeenkomsten ondersteunen.', en: 'Supporting knowledge sharing, platforms and network meetings.' },
      { nl: 'Vraagarticulatie doen voor de landelijke ICT-infrastructuur.', en: 'Articulating demand for the national ICT infrastructure.' },
      { nl: 'Belangen behartigen.', en: 'Representing interests.' },
    ],
  },

  // ── Wanneer collectief? (afwegingskader) ────────────────────────
  {
    id: 'wanneer-collectief',
    kind: 'block',
    x: 620,
    y: 180,
    width: 440,
    height: 262,
    fill: '#e3f4f4',
    stroke: TEAL,
    color: '#0b3b3c',
    title: term('wanneerCollectief'),
    titleSize: 26,
    summary: { nl: '5 afwegingen', en: '5 considerations' },
    items: [
      { nl: 'Als je het niet alleen kunt.', en: "When you can't do it alone." },
      { nl: 'Bij niet-onderscheidende processen.', en: 'For non-distinctive processes.' },
      { nl: 'Bij gebruik van bestaand aanbod.', en: 'When using existing offerings.' },
      { nl: 'Als je je kunt aansluiten bij bestaande samenwerking.', en: 'When you can join an existing collaboration.' },
      { nl: 'Wanneer gespecialiseerde expertise nodig is.', en: 'When specialised expertise is needed.' },
    ],
  },

  // ── Succesfactoren (two lists, as on the paper plate) ──────────
  {
    id: 'succesfactoren',
    kind: 'block',
    x: 1076,
    y: 180,
    width: 500,
    height: 262,
    fill: '#fdeee6',
    stroke: ORANGE,
    color: '#5a230c',
    title: term('succesfactoren'),
    titleSize: 26,
  },
  {
    id: 'succesfactoren-lijst-1',
    kind: 'label',
    x: 1086,
    y: 232,
    width: 246,
    height: 206,
    padding: 8,
    color: '#5a230c',
    summary: { nl: '9 succesfactoren', en: '9 success factors' },
    items: [
      { nl: 'Lef om door te pakken.', en: 'Courage to push ahead.' },
      { nl: 'Netwerken.', en: 'Networks.' },
      { nl: 'Simpel beginnen.', en: 'Start simple.' },
      { nl: 'Omgevingsbewustzijn.', en: 'Awareness of your surroundings.' },
      { nl: "Thema's onderling verdelen.", en: 'Dividing themes among schools.' },
    ],
  },
  {
    id: 'succesfactoren-lijst-2',
    kind: 'label',
    x: 1332,
    y: 232,
    width: 238,
    height: 206,
    padding: 8,
    color: '#5a230c',
    items: [
      { nl: 'Haal- en brengplicht.', en: 'Both take and contribute.' },
      { nl: 'Samen investeren.', en: 'Investing together.' },
      { nl: 'Sleutelfiguren goed positioneren.', en: 'Positioning key people well.' },
      { nl: 'Ieder een eigen tempo.', en: 'Everyone at their own pace.' },
    ],
  },

  // ── De vier werksporen ──────────────────────────────────────────
  column('visie-strategie', COL1, term('visieStrategie')),
  column('governance', COL2, { nl: 'Governance', en: 'Governance' }),
  column('inhoudelijke-themas', COL3, { nl: "Inhoudelijke thema's", en: term('inhoudelijkeThemas').en }),
  column('evaluatie', COL4, { nl: 'Evaluatie', en: 'Evaluation' }),

  half('visie-strategie-collectief', COL1, 'collectief', {
    body: {
      nl: 'Mbo-scholen bepalen gezamenlijk de strategie op basis van het gedeelde doel en de sectorbrede visie op de digitale transformatie in het mbo.',
      en: 'Mbo schools jointly determine the strategy, based on the shared goal and the sector-wide vision of the digital transformation in mbo.',
    },
  }),
  half('visie-strategie-individueel', COL1, 'individueel', {
    bodySize: 18,
    body: {
      nl: 'Scholen pakken de gedeelde visie en strategie individueel op als richtinggevend instrument. Hiermee kan iedere school digitalisering inbedden in de eigen onderwijsvisie.',
      en: 'Schools take up the shared vision and strategy individually, as an instrument that gives direction. With it, every school can embed digitalisation in its own educational vision.',
    },
  }),
  half('governance-collectief', COL2, 'collectief', {
    bodySize: 17,
    body: {
      nl: 'Door afspraken te maken en standaarden vast te leggen.',
      en: 'By making agreements and laying down standards.',
    },
    items: [
      {
        nl: 'Daarbij doen we gaandeweg ervaring op met het (beter) inrichten van een samenwerkings- en beslisstructuur met alle stakeholders. […]',
        en: 'Along the way, we gain experience with setting up (or improving) a structure for cooperation and decision-making with all stakeholders. […]',
      },
    ],
  }),
  half('governance-individueel', COL2, 'individueel', {
    bodySize: 17,
    body: { nl: 'Afspraken nakomen.', en: 'Keeping agreements.' },
    items: [
      {
        nl: 'Zo […] zijn we een betrouwbare partner, voor onszelf en richting leveranciers en andere stakeholders.',
        en: 'In this way […] we are a reliable partner, for ourselves and towards suppliers and other stakeholders.',
      },
    ],
  }),
  half('inhoudelijke-themas-collectief', COL3, 'collectief', {
    bodySize: 18,
    items: [
      { nl: 'School: standaardiseren, faciliteren en organiseren.', en: 'School: standardising, facilitating and organising.' },
      { nl: 'Docent: praktische vertaling van visie naar tools, bewustwording en professionalisering.', en: 'Teacher: translating the vision into practical tools, awareness and professional development.' },
      { nl: 'Student: samenwerken op vakgebieden.', en: 'Student: working together per subject area.' },
    ],
  }),
  half('inhoudelijke-themas-individueel', COL3, 'individueel', {
    bodySize: 18,
    items: [
      { nl: 'School: inregelen, standaardiseren en aansluiten.', en: 'School: setting up, standardising and connecting.' },
      { nl: 'Docent: toepassen, materialen ontwikkelen, professionaliseren en kennis delen.', en: 'Teacher: applying, developing materials, professional development and sharing knowledge.' },
      { nl: 'Student: digitale vaardigheden en digitaal burgerschap opnemen in curricula.', en: 'Student: including digital skills and digital citizenship in curricula.' },
    ],
  }),
  // Evaluatie & monitoring: the handreiking gives it no collectief/individueel split, so neither colour.
  {
    ...half('evaluatie-monitoring', COL4, 'collectief', {
      bodySize: 18,
      body: {
        nl: '[…] Daarom voeren we samen met partners monitors en benchmarks uit op het gebied van digitalisering. We ondersteunen scholen bij het opstellen en uitvoeren van de monitoring. […]',
        en: '[…] That is why, together with partners, we carry out monitors and benchmarks in the field of digitalisation. We support schools in setting up and carrying out the monitoring. […]',
      },
    }),
    ...EVALUATIE_COLOURS,
    title: { nl: 'Evaluatie & monitoring', en: 'Evaluation & monitoring' },
  },
  {
    ...half('evaluatie-voorbeelden', COL4, 'individueel', {
      bodySize: 18,
      items: [
        { nl: 'Leermiddelen Benchmark Tool', en: 'Leermiddelen Benchmark Tool (learning resources)' },
        { nl: 'Monitor Leren en Lesgeven met ict', en: 'Monitor Leren en Lesgeven met ict (teaching with ICT)' },
        { nl: 'Nulmetingen en benchmarks bij programma Cyberveiligheid', en: 'Baselines and benchmarks in the Cyberveiligheid programme' },
      ],
    }),
    ...EVALUATIE_COLOURS,
    title: { nl: 'Voorbeelden', en: 'Examples' },
  },
];

const region = (id: string): Region => {
  const found = regions.find((r) => r.id === id);
  if (!found) throw new Error(`plate meerjarenplan: no region ${id}`);
  return found;
};

const plate = {
  id: 'meerjarenplan',
  number: 3,
  title: { nl: 'Meerjarenplan MBO Digitaal', en: 'MBO Digitaal multi-year plan' },
  summary: {
    nl: 'Samen en ieder voor zich werken aan de digitale transformatie van het mbo, langs vier werksporen.',
    en: 'Working on the digital transformation of mbo together and as individual schools, along four work streams.',
  },
  width: 1600,
  height: 1000,
  background: '#f4f1f8',
  intro: 'meerjarenplan-intro',
  exercise: 'meerjarenplan-aan-de-slag',
  worksheet: {
    kind: 'cards',
    movable: true,
    prompt: {
      nl: 'Als je het afwegingskader en de succesfactoren voor samenwerking bekijkt, wat doe je nu als school individueel en wat doe je collectief met de andere scholen? En wat zou je samen willen doen, wat je nu individueel doet?',
      en: 'Looking at the decision framework and the success factors for collaboration, what does your school do on its own now, and what does it do collectively with the other schools? And what would you like to do together that you now do on your own?',
    },
    columns: [
      { id: 'zelf', title: { nl: 'We doen zelf', en: 'We do it ourselves' } },
      { id: 'samen', title: { nl: 'We doen samen', en: 'We do it together' } },
      { id: 'samen-willen', title: { nl: 'Wat we samen willen gaan doen', en: 'What we want to do together' } },
    ],
  },
  regions,
  hotspots: [
    {
      id: 'doel',
      order: 1,
      shape: rectOf(region('doel')),
      label: { nl: 'Doel', en: 'Goal' },
      sections: ['meerjarenplan-doel'],
    },
    {
      id: 'visie-strategie',
      order: 2,
      shape: rectOf(region('visie-strategie')),
      label: { nl: 'Visie & strategie', en: 'Vision & strategy' },
      sections: ['meerjarenplan-visie-strategie-collectief', 'meerjarenplan-visie-strategie-individueel'],
    },
    {
      id: 'visie-strategie-collectief',
      order: 3,
      shape: rectOf(region('visie-strategie-collectief')),
      label: { nl: 'Visie & strategie: collectief', en: 'Vision & strategy: collective' },
      sections: ['meerjarenplan-visie-strategie-collectief'],
    },
    {
      id: 'visie-strategie-individueel',
      order: 4,
      shape: rectOf(region('visie-strategie-individueel')),
      label: { nl: 'Visie & strategie: individueel', en: 'Vision & strategy: individual' },
      sections: ['meerjarenplan-visie-strategie-individueel'],
    },
    {
      id: 'governance',
      order: 5,
      shape: rectOf(region('governance')),
      label: { nl: 'Governance', en: 'Governance' },
      sections: ['meerjarenplan-governance', 'meerjarenplan-governance-collectief', 'meerjarenplan-governance-individueel'],
    },
    {
      id: 'governance-collectief',
      order: 6,
      shape: rectOf(region('governance-collectief')),
      label: { nl: 'Governance: collectief', en: 'Governance: collective' },
      sections: ['meerjarenplan-governance-collectief'],
    },
    {
      id: 'governance-individueel',
      order: 7,
      shape: rectOf(region('governance-individueel')),
      label: { nl: 'Governance: individueel', en: 'Governance: individual' },
      sections: ['meerjarenplan-governance-individueel'],
    },
    {
      id: 'inhoudelijke-themas',
      order: 8,
      shape: rectOf(region('inhoudelijke-themas')),
      label: { nl: "Inhoudelijke thema's", en: 'Content themes' },
      sections: [
        'meerjarenplan-inhoudelijke-themas',
        'meerjarenplan-inhoudelijke-themas-collectief',
        'meerjarenplan-inhoudelijke-themas-individueel',
      ],
    },
    {
      id: 'inhoudelijke-themas-collectief',
      order: 9,
      shape: rectOf(region('inhoudelijke-themas-collectief')),
      label: { nl: "Inhoudelijke thema's: collectief", en: 'Content themes: collective' },
      sections: ['meerjarenplan-inhoudelijke-themas-collectief'],
    },
    {
      id: 'inhoudelijke-themas-individueel',
      order: 10,
      shape: rectOf(region('inhoudelijke-themas-individueel')),
      label: { nl: "Inhoudelijke thema's: individueel", en: 'Content themes: individual' },
      sections: ['meerjarenplan-inhoudelijke-themas-individueel'],
    },
    {
      id: 'evaluatie',
      order: 11,
      shape: rectOf(region('evaluatie')),
      label: { nl: 'Evaluatie & monitoring', en: 'Evaluation & monitoring' },
      sections: ['meerjarenplan-evaluatie-monitoring-collectief', 'meerjarenplan-evaluatie-monitoring-individueel'],
    },
    {
      id: 'evaluatie-monitoring',
      order: 12,
      shape: rectOf(region('evaluatie-monitoring')),
      label: { nl: 'Evaluatie & monitoring: wat we doen', en: 'Evaluation & monitoring: what we do' },
      sections: ['meerjarenplan-evaluatie-monitoring-collectief'],
    },
    {
      id: 'evaluatie-voorbeelden',
      order: 13,
      shape: rectOf(region('evaluatie-voorbeelden')),
      label: { nl: 'Evaluatie & monitoring: voorbeelden', en: 'Evaluation & monitoring: examples' },
      sections: ['meerjarenplan-evaluatie-monitoring-individueel'],
    },
    {
      id: 'wanneer-collectief',
      order: 14,
      shape: rectOf(region('wanneer-collectief')),
      label: { nl: 'Wanneer collectief?', en: 'When collectively?' },
      sections: ['meerjarenplan-wanneer-collectief'],
    },
    {
      id: 'succesfactoren',
      order: 15,
      shape: rectOf(region('succesfactoren')),
      label: { nl: 'Succesfactoren', en: 'Success factors' },
      sections: ['meerjarenplan-succesfactoren'],
    },
    {
      id: 'wat-doet-mbo-digitaal',
      order: 16,
      shape: rectOf(region('wat-doet')),
      label: { nl: 'Wat doet MBO Digitaal?', en: 'What does MBO Digitaal do?' },
      sections: ['meerjarenplan-wat-doet-mbo-digitaal'],
    },
  ],
} satisfies Plate;

export default plate;
