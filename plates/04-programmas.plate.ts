import type { Plate } from './types';

// Drawn as a building: Npuls is the roof over everything, Edu-V and Digitaal
// Bekwaam are the two pillars, Cyberveiligheid is the foundation with its six
// themes as foundation stones. Each programme carries its TO DO list as printed.

const roof = { x: 16, y: 92, width: 1568, height: 184 };
const eduV = { x: 40, y: 284, width: 748, height: 288 };
const bekwaam = { x: 812, y: 284, width: 748, height: 288 };
const foundation = { x: 16, y: 580, width: 1568, height: 414 };
const themes = { x: 24, y: 636, width: 1552, height: 352 };

const PURPLE = '#3b1f5c';
const TEAL = '#00797a';
const ORANGE = '#b54819';
const STONE = '#2f2a45';

// Foundation stones: three per row, two rows, inside the themes band.
const stoneWidth = 504;
const stoneHeight = 146;
const stoneX = (column: number) => 32 + column * (stoneWidth + 12);
const stoneY = (row: number) => 682 + row * (stoneHeight + 8);

const stones = [
  {
    title: { nl: '1. Identificeren van dreigingen en risico’s', en: '1. Identifying threats and risks' },
    items: [
      { nl: 'Doe mee aan nulmetingen, benchmarks en audits', en: 'Take part in baseline measurements, benchmarks and audits' },
      { nl: 'Deel kennis over dreigingen en incidenten binnen de sector', en: 'Share knowledge about threats and incidents within the sector' },
    ],
  },
  {
    title: { nl: '2. Beschermen tegen cyberrisico’s', en: '2. Protecting against cyber risks' },
    items: [
      { nl: 'Maak security- en privacy-awareness onderdeel van je strategie', en: 'Make security and privacy awareness part of your strategy' },
      {
        nl: 'Rust je IT-afdeling toe met menskracht en expertise op het gebied van technische weerbaarheid',
        en: 'Equip your IT department with the people and expertise for technical resilience',
      },
    ],
  },
  {
    title: { nl: '3. Detecteren van onregelmatigheden', en: '3. Detecting irregularities' },
    items: [
      {
        // A non-breaking hyphen keeps "SOC/SIEM-oplossing" together on one line.
        nl: 'Maak werk van monitoring en logging met een SOC/SIEM\u2011oplossing zoals SURFsoc',
        en: 'Get serious about monitoring and logging with a SOC/SIEM solution such as SURFsoc',
      },
    ],
  },
  {
    title: { nl: '4. Reageren op incidenten', en: '4. Responding to incidents' },
    items: [
      {
        nl: 'Zorg voor een goed cybercrisisplan en doe mee aan crisisoefeningen zoals OZON',
        en: 'Have a good cyber crisis plan and take part in crisis exercises such as OZON',
      },
    ],
  },
  {
    title: { nl: '5. Herstellen van incidenten', en: '5. Recovering from incidents' },
    items: [
      { nl: 'Contracteer een partij voor incidentrespons en cyberforensics', en: 'Contract a party for incident response and cyber forensics' },
      {
        nl: 'Regel een cyberverzekering of een alternatief voor financiële dekking van de schade',
        en: 'Arrange cyber insurance or another way to cover the financial damage',
      },
    ],
  },
  {
    title: { nl: '6. Samenwerken met cloudleveranciers', en: '6. Working with cloud suppliers' },
    items: [
      { nl: 'Zorg voor goede (verwerkers)overeenkomsten met je cloudleveranciers', en: 'Make sure you have good (data processing) agreements with your cloud suppliers' },
      { nl: 'Controleer de waarborgen van je leveranciers met regelmaat', en: 'Check your suppliers’ safeguards regularly' },
    ],
  },
];

const plate = {
  id: 'programmas',
  number: 4,
  title: { nl: 'De 4 grote programma’s', en: 'The 4 major programmes' },
  summary: {
    nl: 'Npuls, Edu-V, Digitaal Bekwaam en Cyberveiligheid in samenhang, elk met een TO DO-lijst.',
    en: 'Npuls, Edu-V, Digitaal Bekwaam and Cyberveiligheid seen together, each with its to-do list.',
  },
  width: 1600,
  height: 1000,
  background: '#f7f4fb',
  intro: 'programmas-intro',
  exercise: 'programmas-aan-de-slag',
  worksheet: {
    kind: 'people',
    prompt: { nl: 'Welke collega’s zijn bij welk programma betrokken?', en: 'Which colleagues are involved in which programme?' },
    hint: {
      nl: 'Weet je niet welke collega’s betrokken zijn bij Npuls, check de contactpagina van de Sleutelteams op Npuls.nl/contact.',
      en: 'Not sure which colleagues are involved in Npuls? Check the contact page of the Sleutelteams (key teams) at Npuls.nl/contact.',
    },
    columns: [
      { id: 'npuls', title: { nl: 'Npuls', en: 'Npuls' } },
      { id: 'edu-v', title: { nl: 'Edu-V', en: 'Edu-V' } },
      { id: 'digitaal-bekwaam', title: { nl: 'Digitaal Bekwaam', en: 'Digitaal Bekwaam' } },
      { id: 'cyberveiligheid', title: { nl: 'Cyberveiligheid', en: 'Cyberveiligheid' } },
    ],
  },
  regions: [
    {
      id: 'titel',
      kind: 'label',
      x: 24, y: 6, width: 572, height: 80,
      padding: 10,
      title: { nl: 'De 4 grote programma’s', en: 'The 4 major programmes' },
      titleSize: 46,
      color: PURPLE,
    },
    {
      id: 'inleiding',
      kind: 'label',
      x: 604, y: 2, width: 664, height: 88,
      padding: 6,
      body: {
        nl: 'Naast de meer reguliere activiteiten en projecten van MBO Digitaal, participeren we rond digitalisering in 4 grote programma’s: Npuls, Edu-V, Digitaal Bekwaam en Cyberveiligheid. Het is goed om deze in samenhang te bezien.',
        en: 'Besides the more regular activities and projects of MBO Digitaal, we take part in 4 major digitalisation programmes: Npuls, Edu-V, Digitaal Bekwaam and Cyberveiligheid. It is good to look at them together.',
      },
      bodySize: 18,
      color: '#2a1f3d',
    },
    {
      // The slogan printed beside the introduction.
      id: 'slogan',
      kind: 'block',
      x: 1280, y: 8, width: 296, height: 78,
      radius: 39,
      padding: 8,
      fill: ORANGE,
      color: '#ffffff',
      align: 'center',
      title: { nl: 'ERVAAR DE MEERWAARDE', en: 'EXPERIENCE THE ADDED VALUE' },
      titleSize: 24,
    },

    // The roof: Npuls, overarching.
    {
      id: 'npuls',
      kind: 'layer',
      ...roof,
      radius: 18,
      fill: PURPLE,
      color: '#ffffff',
      title: { nl: 'Npuls', en: 'Npuls' },
      titleSize: 34,
    },
    {
      id: 'npuls-tekst',
      bodySize: 20,
      kind: 'label',
      x: 32, y: 154, width: 800, height: 116,
      padding: 0,
      body: {
        nl: 'Npuls is een breed programma waarin alle publieke mbo-scholen, hogescholen en universiteiten in Nederland samenwerken om de kwaliteit van het onderwijs te verbeteren, de wendbaarheid van het onderwijs te vergroten én de digitale vaardigheden van docenten en lerenden te verbeteren.',
        en: 'Npuls is a broad programme in which all public mbo schools, universities of applied sciences and research universities in the Netherlands work together to improve the quality of education, make education more agile and improve the digital skills of teachers and learners.',
      },
      color: '#ffffff',
    },
    {
      id: 'npuls-todo',
      bodySize: 19,
      kind: 'block',
      x: 860, y: 102, width: 708, height: 168,
      padding: 14,
      fill: '#f3eefa',
      color: '#2a1745',
      title: { nl: 'TO DO', en: 'To do' },
      summary: { nl: '3 TO DO’s', en: '3 to-dos' },
      titleSize: 22,
      items: [
        { nl: 'Draag landelijk bij aan thema’s van jouw keuze', en: 'Contribute nationally to the themes of your choice' },
        { nl: 'Ontwikkel (samen) een Center for Teaching & Learning', en: 'Develop a Center for Teaching & Learning (together)' },
        {
          nl: 'Conformeer je aan landelijke afspraken op het gebied van architectuur en voorzieningen',
          en: 'Conform to national agreements on architecture and shared facilities',
        },
      ],
    },

    // The two pillars.
    {
      id: 'edu-v',
      kind: 'column',
      ...eduV,
      padding: 14,
      fill: TEAL,
      color: '#ffffff',
      title: { nl: 'Edu-V', en: 'Edu-V' },
    },
    {
      id: 'edu-v-tekst',
      bodySize: 19,
      kind: 'label',
      x: 54, y: 340, width: 720, height: 54,
      padding: 0,
      body: {
        nl: 'Het programma Edu-V richt zich op de leermiddelenketen in het po, so, vo en mbo.',
        en: 'The Edu-V programme focuses on the learning resources chain in primary, special, secondary and mbo education.',
      },
      color: '#ffffff',
    },
    {
      id: 'edu-v-todo',
      bodySize: 19,
      kind: 'block',
      x: 54, y: 398, width: 720, height: 164,
      padding: 14,
      fill: '#e3f4f4',
      color: '#0b3b3c',
      title: { nl: 'TO DO', en: 'To do' },
      summary: { nl: '3 TO DO’s', en: '3 to-dos' },
      titleSize: 22,
      items: [
        {
          nl: 'Blijf op de hoogte van de ontwikkelingen binnen Edu-V, zoals Edu-V het keurmerk en de Stichting Edu-V die dit jaar worden gelanceerd',
          en: 'Keep up with developments within Edu-V, such as the Edu-V quality mark and the Edu-V foundation, both being launched this year',
        },
        { nl: 'Discussieer mee in werkgroepen, focusgroepen en klankbordgroepen', en: 'Take part in working groups, focus groups and sounding boards' },
        { nl: 'Stem inkoopbeleid af op leermiddelenbeleid', en: 'Align purchasing policy with learning resources policy' },
      ],
    },
    {
      id: 'digitaal-bekwaam',
      kind: 'column',
      ...bekwaam,
      padding: 14,
      fill: ORANGE,
      color: '#ffffff',
      title: { nl: 'Digitaal Bekwaam', en: 'Digitaal Bekwaam' },
    },
    {
      id: 'digitaal-bekwaam-tekst',
      bodySize: 19,
      kind: 'label',
      x: 826, y: 340, width: 720, height: 54,
      padding: 0,
      body: {
        nl: 'In het programma Digitaal Bekwaam van MBO Digitaal investeren we als mbo extra stevig in de ondersteuning van lesgevend personeel.',
        en: 'In MBO Digitaal’s Digitaal Bekwaam (digitally competent) programme, the mbo sector invests extra heavily in supporting teaching staff.',
      },
      color: '#ffffff',
    },
    {
      id: 'digitaal-bekwaam-todo',
      bodySize: 19,
      kind: 'block',
      x: 826, y: 398, width: 720, height: 164,
      padding: 14,
      fill: '#fdeee6',
      color: '#4f1d08',
      title: { nl: 'TO DO', en: 'To do' },
      summary: { nl: '3 TO DO’s', en: '3 to-dos' },
      titleSize: 22,
      items: [
        { nl: 'Stel professionaliseringsbeleid op rond ict-bekwaamheid', en: 'Draw up a professional development policy on ICT competence' },
        { nl: 'Volg de leergang Sturing geven aan digitalisering', en: 'Take the course on steering digitalisation' },
        { nl: 'Spoor directeuren/management aan om te professionaliseren', en: 'Encourage directors and management to develop professionally' },
      ],
    },

    // The foundation: Cyberveiligheid and its six themes.
    {
      id: 'cyberveiligheid',
      kind: 'layer',
      ...foundation,
      radius: 18,
      padding: 14,
      fill: STONE,
      color: '#ffffff',
      title: { nl: 'Cyberveiligheid', en: 'Cyberveiligheid' },
    },
    {
      id: 'cyberveiligheid-tekst',
      kind: 'label',
      x: 340, y: 600, width: 1228, height: 32,
      padding: 0,
      body: {
        nl: 'Tot slot vormt het programma Cyberveiligheid van MBO Digitaal het fundament voor alle activiteiten op het gebied van digitalisering.',
        en: 'Finally, MBO Digitaal’s Cyberveiligheid (cyber security) programme is the foundation for all activities in digitalisation.',
      },
      bodySize: 18,
      color: '#ffffff',
    },
    {
      id: 'cyberveiligheid-themas',
      kind: 'column',
      ...themes,
      radius: 12,
      padding: 8,
      fill: '#433b5e',
      color: '#ffffff',
      title: { nl: 'Binnen het programma wordt gewerkt aan zes thema’s:', en: 'The programme works on six themes:' },
      titleSize: 22,
    },
    ...stones.map((stone, index) => ({
      id: `thema-${index + 1}`,
      kind: 'block' as const,
      x: stoneX(index % 3),
      y: stoneY(Math.floor(index / 3)),
      width: stoneWidth,
      height: stoneHeight,
      padding: 12,
      radius: 8,
      fill: '#f1eff8',
      color: '#221d33',
      title: stone.title,
      titleSize: 22,
      bodySize: 18,
      items: stone.items,
      summary: stone.items.length === 1 ? { nl: '1 TO DO', en: '1 to-do' } : { nl: `${stone.items.length} TO DO’s`, en: `${stone.items.length} to-dos` },
    })),
  ],
  hotspots: [
    {
      id: 'npuls',
      order: 1,
      shape: roof,
      label: { nl: 'Npuls', en: 'Npuls' },
      sections: ['programmas-npuls'],
    },
    {
      id: 'edu-v',
      order: 2,
      shape: eduV,
      label: { nl: 'Edu-V', en: 'Edu-V' },
      sections: ['programmas-edu-v'],
    },
    {
      id: 'digitaal-bekwaam',
      order: 3,
      shape: bekwaam,
      label: { nl: 'Digitaal Bekwaam', en: 'Digitaal Bekwaam' },
      sections: ['programmas-digitaal-bekwaam'],
    },
    {
      id: 'cyberveiligheid',
      order: 4,
      shape: foundation,
      label: { nl: 'Cyberveiligheid', en: 'Cyberveiligheid' },
      sections: ['programmas-cyberveiligheid'],
    },
    {
      id: 'zes-themas',
      order: 5,
      shape: themes,
      label: { nl: 'Zes thema’s en TO DO’s', en: 'Six themes and to-dos' },
      sections: ['programmas-cyberveiligheid-themas'],
    },
  ],
} satisfies Plate;

export default plate;
