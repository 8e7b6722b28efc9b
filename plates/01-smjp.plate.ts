import { term } from '../src/content/glossary';
import type { Plate } from './types';

// Plate 1: the MBO Raad's Strategisch Meerjaren Perspectief 2022-2030 (SMJP).
// Three layers, read bottom-up (basis -> route -> doel), blocks colour-coded by rubriek
// (Mbo & Kwaliteit / Arbeidsmarkt / Samenleving); the handreiking's digital sub-themes carry a 'digitaal' badge.
// The layers carry the numbers 1 (basis), 2 (route) and 3 (doel) printed beside them.
// Every block carries its caption in full, as printed. Which rubriek a block belongs to, and which
// blocks are 'digitaal', the print does not say: that is our reading, and the plate and the
// sections say so (toelichting in smjp-intro).
// Block sizes were computed from the text (Liberation Sans metrics) so every caption fits in both languages.
const plate = {
  id: 'smjp', number: 1,
  title: { nl: 'Strategisch Meerjaren Perspectief 2022-2030', en: 'Strategic Multi-Year Perspective 2022-2030' },
  summary: {
    nl: 'Het SMJP van de MBO Raad: de basis, de route en het doel, in drie rubrieken, met de digitale subthema’s gemarkeerd.',
    en: 'The MBO Raad’s strategic perspective: the foundation, the route and the goal, in three categories, with the digital sub-themes marked.',
  },
  width: 1600, height: 1130, background: '#f7f4ef', intro: 'smjp-intro',
  tip: {
    label: {
      nl: 'Draai de plaat eens op z’n kop en begin bij het doel',
      en: 'Turn the plate upside down and start at the goal',
    },
    startAt: 'doel',
  },
  // The handreiking gives plate 1 no exercise; one open question the facilitator can reword.
  worksheet: {
    kind: 'cards',
    rewordable: true,
    prompt: {
      nl: 'Begin bij het doel: waar draagt digitalisering in jouw school al aan bij, en wat is daarvoor nog nodig? (Deze vraag is van ons: de handreiking geeft bij plaat 1 geen opdracht.)',
      en: 'Start at the goal: what does digitalisation in your school already contribute to, and what does that still need? (This question is ours: the guide gives plate 1 no exercise.)',
    },
    columns: [
      {
        id: 'open-vraag',
        title: {
          nl: 'Aan welk doel op deze plaat draagt digitalisering in jouw school bij, en wat is daarvoor nodig in de route en de basis?',
          en: 'Which goal on this plate does digitalisation in your school contribute to, and what does that need in the route and the foundation?',
        },
      },
    ],
  },
  regions: [
    {
      id: 'title', kind: 'label', x: 16, y: 2, width: 956, height: 58, color: '#3b1f5c', padding: 4, titleSize: 44,
      title: { nl: 'Strategisch Meerjaren Perspectief 2022-2030', en: 'Strategic Multi-Year Perspective 2022-2030' },
    },
    {
      id: 'legend-digitaal', kind: 'label', x: 20, y: 62, width: 120, height: 34, fill: '#b0126f', color: '#ffffff',
      radius: 17, padding: 3, align: 'center', titleSize: 24, title: { nl: 'digitaal', en: 'digital' },
    },
    {
      id: 'legend-digitaal-text', kind: 'label', x: 146, y: 60, width: 950, height: 36, color: '#241a33', padding: 2,
      body: {
        nl: '= waar je digitalisering vooral terugziet · markering en indeling in rubrieken: onze keuze',
        en: '= where digitalisation shows most clearly · marking and grouping into categories: our choice',
      },
      bodySize: 16,
    },
    {
      id: 'tip', kind: 'block', x: 976, y: 6, width: 608, height: 84, fill: '#b4441a', color: '#ffffff', padding: 10,
      titleSize: 24,
      title: {
        nl: 'Tip: draai de plaat eens op z’n kop en begin bij het doel (de toekomst)',
        en: 'Tip: turn the plate upside down and start at the goal (the future)',
      },
    },
    {
      id: 'rubriek-kwaliteit', kind: 'column', x: 214, y: 98, width: 388, height: 40, fill: '#3b1f5c',
      color: '#ffffff', radius: 10, padding: 7, align: 'center', titleSize: 24,
      title: term('mboKwaliteit'),
    },
    {
      id: 'rubriek-arbeidsmarkt', kind: 'column', x: 614, y: 98, width: 388, height: 40, fill: '#b4441a',
      color: '#ffffff', radius: 10, padding: 7, align: 'center', titleSize: 24,
      title: term('mboArbeidsmarkt'),
    },
    {
      id: 'rubriek-samenleving', kind: 'column', x: 1014, y: 98, width: 560, height: 40, fill: '#00797a',
      color: '#ffffff', radius: 10, padding: 7, align: 'center', titleSize: 24,
      title: term('mboSamenleving'),
    },
    {
      id: 'laag-doel', kind: 'layer', x: 16, y: 144, width: 1568, height: 270, fill: '#efeae2', color: '#241a33',
      radius: 14, titleSize: 28, title: { nl: 'Het doel:', en: 'The goal:' },
    },
    {
      id: 'laag-doel-sub', kind: 'label', x: 22, y: 200, width: 190, height: 110, color: '#241a33', padding: 2,
      bodySize: 23, body: term('samenBouwen'),
    },
    {
      id: 'laag-route', kind: 'layer', x: 16, y: 422, width: 1568, height: 476, fill: '#e8e2d8', color: '#241a33',
      radius: 14, titleSize: 28, title: { nl: 'De route:', en: 'The route:' },
    },
    {
      id: 'laag-route-sub', kind: 'label', x: 22, y: 478, width: 190, height: 110, color: '#241a33', padding: 2,
      bodySize: 23, body: term('samenKansrijkOpleiden'),
    },
    {
      id: 'laag-basis', kind: 'layer', x: 16, y: 906, width: 1568, height: 217, fill: '#dfd7ca', color: '#241a33',
      radius: 14, titleSize: 28, title: { nl: 'De basis:', en: 'The foundation:' },
    },
    {
      id: 'laag-basis-sub', kind: 'label', x: 22, y: 958, width: 192, height: 108, color: '#241a33', padding: 2,
      bodySize: 23, body: term('samenWerkenAanRandvoorwaarden'),
    },
    {
      id: 'blok-eigentijds-mbo', kind: 'block', group: 'rubriek-kwaliteit', x: 214, y: 152, width: 388, height: 254, fill: '#efe8f7',
      stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('eigentijdsMbo'),
      body: {
        nl: 'Flexibel en wendbaar, met meer maatwerk, persoonsgericht, gedigitaliseerd, met modules en andere keuzemogelijkheden. Eigentijds mbo is zo partner van iedereen, op zijn of haar route richting arbeidsmarkt en tijdens zijn of haar carrière.',
        en: 'Flexible and agile, with more tailored provision, person-centred, digitalised, with modules and other options. Contemporary mbo is thus a partner to everyone, on their way to the labour market and throughout their career.',
      },
    },
    {
      id: 'blok-sterke-arbeidsmarkt', kind: 'block', group: 'rubriek-arbeidsmarkt', x: 614, y: 152, width: 388, height: 254, fill: '#fdeee6',
      stroke: '#b4441a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('sterkeArbeidsmarkt'),
      body: {
        nl: 'Iedereen die wil en kan leren is welkom in het mbo om zich (verder) professioneel te ontwikkelen. Het mbo is het hart van het regionale/sectorale ecosysteem en draagt zo bij aan voldoende en goed opgeleide vakmensen voor een sterke arbeidsmarkt.',
        en: 'Everyone who wants to and can learn is welcome at the mbo to develop (further) professionally. The mbo is the heart of the regional/sectoral ecosystem and so contributes to enough well-trained professionals for a strong labour market.',
      },
    },
    {
      id: 'blok-sterke-samenleving', kind: 'block', group: 'rubriek-samenleving', x: 1014, y: 152, width: 560, height: 254, fill: '#e3f4f4',
      stroke: '#00797a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('sterkeSamenleving'),
      body: {
        nl: 'Met gelijke kansen voor iedereen, het helpen ontwikkelen van talent en het stimuleren van persoonlijke groei draagt het mbo bij aan een sterke samenleving.',
        en: 'With equal opportunities for everyone, by helping talent develop and by encouraging personal growth, the mbo contributes to a strong society.',
      },
    },
    {
      id: 'blok-vanuit-eigenaarschap', kind: 'block', group: 'rubriek-kwaliteit', x: 214, y: 430, width: 388, height: 224, fill: '#efe8f7',
      stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('vanuitEigenaarschap'),
      body: {
        nl: 'vullen we de versterking van onderwijs en kwaliteit in. Inspirerend en herkenbaar, anticiperend op de toekomst, vanuit urgentie. Met referentiewaarden als bouwstenen voor verantwoording.',
        en: 'we shape the strengthening of education and quality. Inspiring and recognisable, anticipating the future, with a sense of urgency. With reference values as building blocks for accountability.',
      },
    },
    {
      id: 'blok-investeren-in-professionals', kind: 'block', group: 'rubriek-kwaliteit', x: 214, y: 666, width: 388, height: 224, fill: '#efe8f7',
      stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('investerenInProfessionals'),
      body: {
        nl: 'doen we met aantrekkelijke arbeidsvoorwaarden voor iedereen. Met zij-instromers en instructeurs uit het bedrijfsleven vormen onze docenten het hart van het mbo.',
        en: 'we do with attractive terms of employment for everyone. Together with career changers and instructors from industry, our teachers are the heart of the mbo.',
      },
    },
    {
      id: 'blok-kansrijk-opleiden', kind: 'block', group: 'rubriek-arbeidsmarkt', x: 614, y: 430, width: 388, height: 236, fill: '#fdeee6',
      stroke: '#b4441a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('kansrijkOpleiden'),
      body: {
        nl: 'Elk talent kan kiezen voor/switchen naar kansrijke opleidingen met perspectief op duurzaam werk. Mbo en bedrijfsleven werken daarvoor nauw samen in de regio.',
        en: 'Every talent can choose or switch to promising programmes with prospects of lasting work. To that end, the mbo and employers work closely together in the region.',
      },
    },
    {
      id: 'blok-leven-lang-ontwikkelen', kind: 'block', group: 'rubriek-arbeidsmarkt', x: 614, y: 678, width: 388, height: 212, fill: '#fdeee6',
      stroke: '#b4441a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('levenLangOntwikkelen'),
      body: {
        nl: 'Iedereen kan zich tijdens zijn/haar carrière blijven ontwikkelen, met individuele leerrechten, bij elk mbo ‘om de hoek’.',
        en: 'Everyone can keep developing throughout their career, with individual learning rights, at every mbo ‘around the corner’.',
      },
    },
    {
      // Our note, not printed: the handreiking counts leven lang ontwikkelen under Mbo & Kwaliteit, our columns put it here.
      id: 'noot-leven-lang-ontwikkelen', kind: 'label', group: 'rubriek-arbeidsmarkt', x: 628, y: 836, width: 360, height: 46,
      color: '#5a230c', padding: 2, bodySize: 16,
      body: {
        nl: 'Volgens de handreiking een subthema van Mbo & Kwaliteit (zie toelichting)',
        en: 'In the guide a sub-theme of Mbo & Quality (see the note)',
      },
    },
    {
      id: 'blok-evenwaardig', kind: 'block', group: 'rubriek-samenleving', x: 1014, y: 430, width: 560, height: 150, fill: '#e3f4f4',
      stroke: '#00797a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('evenwaardig'),
      body: {
        nl: 'Via verschillende thema’s dragen we er met positionering aan bij dat mbo-studenten evenwaardig zijn aan hbo’ers en wo’ers, gelijk worden behandeld en gelijke kansen hebben.',
        en: 'Through various themes and positioning, we help make mbo students of equal worth to hbo and wo graduates, treated equally and with equal opportunities.',
      },
    },
    {
      id: 'blok-sterke-beroepsroute', kind: 'block', group: 'rubriek-samenleving', x: 1014, y: 592, width: 560, height: 158, fill: '#e3f4f4',
      stroke: '#00797a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('sterkeBeroepsroute'),
      body: {
        nl: 'Voortgezet onderwijs en beroepsonderwijs (mbo en hbo) sluiten naadloos aan. Ook elk talent in een kwetsbare positie kan met scholing zijn/haar positie verbeteren (sociaal domein).',
        en: 'Secondary and vocational education (mbo and hbo) connect seamlessly. Every talent in a vulnerable position, too, can improve their position through education (social domain).',
      },
    },
    {
      id: 'blok-persoonlijke-groei', kind: 'block', group: 'rubriek-samenleving', x: 1014, y: 762, width: 560, height: 128, fill: '#e3f4f4',
      stroke: '#00797a', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: term('persoonlijkeGroei'),
      body: {
        nl: 'Elk talent krijgt alle kansen om zich als individu te ontwikkelen, met centraal zijn/haar welzijn (persoonlijke groei, burgerschap).',
        en: 'Every talent gets every opportunity to develop as an individual, with their well-being at the centre (personal growth, citizenship).',
      },
    },
    {
      id: 'blok-relevante-data', kind: 'block', group: 'rubriek-kwaliteit', x: 214, y: 922, width: 264, height: 191, fill: '#efe8f7',
      stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: { nl: 'Met relevante data', en: 'With relevant data' },
      body: {
        nl: 'leggen we de basis voor adequaat beleid voor het beste mbo en een realistisch beeld van het mbo.',
        en: 'we lay the foundation for sound policy for the best mbo and a realistic picture of the mbo.',
      },
    },
    {
      id: 'blok-onderzoek-innovatie-digitalisering', kind: 'block', group: 'rubriek-kwaliteit', x: 490, y: 922, width: 360, height: 191,
      fill: '#efe8f7', stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: { nl: 'Met onderzoek, innovatie en digitalisering', en: 'With research, innovation and digitalisation' },
      body: {
        nl: 'versterken we de kwaliteit van het mbo en bieden we een digitaal veilige, hoogwaardige leer-/werkomgeving.',
        en: 'we strengthen the quality of the mbo and offer a digitally safe, high-quality learning and working environment.',
      },
    },
    {
      id: 'blok-publieke-opdracht-llo', kind: 'block', group: 'rubriek-kwaliteit', x: 862, y: 922, width: 392, height: 191, fill: '#efe8f7',
      stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: {
        nl: 'Met de publieke opdracht voor leven lang ontwikkelen',
        en: 'With the public mandate for lifelong development',
      },
      body: {
        nl: 'maken we voor iedereen leren tijdens de loopbaan vanzelfsprekend. Juridische belemmeringen zijn weggenomen.',
        en: 'we make learning throughout one’s career a matter of course for everyone. Legal obstacles have been removed.',
      },
    },
    {
      id: 'blok-passende-financiering', kind: 'block', group: 'rubriek-kwaliteit', x: 1266, y: 922, width: 308, height: 191, fill: '#efe8f7',
      stroke: '#3b1f5c', color: '#241a33', padding: 14, titleSize: 24, bodySize: 18,
      title: { nl: 'Met passende financiering', en: 'With appropriate funding' },
      body: {
        nl: 'krijgen scholen maximale ruimte om vanuit hun expertise ambities waar te maken en uitdagingen het hoofd te bieden.',
        en: 'schools get maximum room to realise ambitions from their own expertise and to meet challenges.',
      },
    },
    {
      // The layer's number as printed beside it: read the plate from 1 (the basis) up to 3 (the goal).
      id: 'laag-doel-nummer', kind: 'block', decorative: true, x: 30, y: 338, width: 60, height: 60, fill: '#ffffff', stroke: '#241a33',
      color: '#241a33', radius: 30, padding: 6, align: 'center', titleSize: 36, title: { nl: '3', en: '3' },
    },
    {
      // The layer's number as printed beside it: read the plate from 1 (the basis) up to 3 (the goal).
      id: 'laag-route-nummer', kind: 'block', decorative: true, x: 30, y: 822, width: 60, height: 60, fill: '#ffffff', stroke: '#241a33',
      color: '#241a33', radius: 30, padding: 6, align: 'center', titleSize: 36, title: { nl: '2', en: '2' },
    },
    {
      // The layer's number as printed beside it: read the plate from 1 (the basis) up to 3 (the goal).
      id: 'laag-basis-nummer', kind: 'block', decorative: true, x: 148, y: 1064, width: 56, height: 56, fill: '#ffffff', stroke: '#241a33',
      color: '#241a33', radius: 30, padding: 6, align: 'center', titleSize: 36, title: { nl: '1', en: '1' },
    },
    {
      id: 'digitaal-leven-lang-ontwikkelen', kind: 'block', decorative: true, x: 876, y: 656, width: 120, height: 34, fill: '#b0126f',
      color: '#ffffff', radius: 17, padding: 3, align: 'center', titleSize: 24,
      title: { nl: 'digitaal', en: 'digital' },
    },
    {
      id: 'digitaal-eigentijds-mbo', kind: 'block', decorative: true, x: 470, y: 138, width: 120, height: 34, fill: '#b0126f',
      color: '#ffffff', radius: 17, padding: 3, align: 'center', titleSize: 24,
      title: { nl: 'digitaal', en: 'digital' },
    },
    {
      id: 'digitaal-relevante-data', kind: 'block', decorative: true, x: 348, y: 898, width: 120, height: 34, fill: '#b0126f',
      color: '#ffffff', radius: 17, padding: 3, align: 'center', titleSize: 24,
      title: { nl: 'digitaal', en: 'digital' },
    },
    {
      id: 'digitaal-onderzoek-innovatie-digitalisering', kind: 'block', decorative: true, x: 720, y: 898, width: 120, height: 34,
      fill: '#b0126f', color: '#ffffff', radius: 17, padding: 3, align: 'center', titleSize: 24,
      title: { nl: 'digitaal', en: 'digital' },
    },
    {
      id: 'digitaal-publieke-opdracht-llo', kind: 'block', decorative: true, x: 1124, y: 898, width: 120, height: 34, fill: '#b0126f',
      color: '#ffffff', radius: 17, padding: 3, align: 'center', titleSize: 24,
      title: { nl: 'digitaal', en: 'digital' },
    },
  ],
  hotspots: [
    {
      id: 'basis', order: 1, shape: { x: 16, y: 906, width: 1568, height: 217 },
      label: term('basis'), sections: ['smjp-basis'],
    },
    {
      id: 'relevante-data', order: 2, shape: { x: 214, y: 922, width: 264, height: 191 },
      label: term('relevanteData'), sections: ['smjp-relevante-data'],
    },
    {
      id: 'onderzoek-innovatie-digitalisering', order: 3, shape: { x: 490, y: 922, width: 360, height: 191 },
      label: { nl: 'Onderzoek, innovatie, digitalisering', en: 'Research, innovation, digitalisation' },
      sections: ['smjp-onderzoek-innovatie-digitalisering'],
    },
    {
      id: 'publieke-opdracht-llo', order: 4, shape: { x: 862, y: 922, width: 392, height: 191 },
      label: { nl: 'Publieke opdracht LLO', en: 'Public mandate for lifelong development' },
      sections: ['smjp-publieke-opdracht-llo'],
    },
    {
      id: 'passende-financiering', order: 5, shape: { x: 1266, y: 922, width: 308, height: 191 },
      label: term('passendeFinanciering'), sections: ['smjp-passende-financiering'],
    },
    {
      id: 'route', order: 6, shape: { x: 16, y: 422, width: 1568, height: 476 },
      label: { nl: 'De route', en: 'The route' }, sections: ['smjp-route'],
    },
    {
      id: 'vanuit-eigenaarschap', order: 7, shape: { x: 214, y: 430, width: 388, height: 224 },
      label: term('vanuitEigenaarschap'), sections: ['smjp-vanuit-eigenaarschap'],
    },
    {
      id: 'investeren-in-professionals', order: 8, shape: { x: 214, y: 666, width: 388, height: 224 },
      label: term('investerenInProfessionals'),
      sections: ['smjp-investeren-in-professionals'],
    },
    {
      id: 'kansrijk-opleiden', order: 9, shape: { x: 614, y: 430, width: 388, height: 236 },
      label: term('kansrijkOpleiden'), sections: ['smjp-kansrijk-opleiden'],
    },
    {
      id: 'leven-lang-ontwikkelen', order: 10, shape: { x: 614, y: 678, width: 388, height: 212 },
      label: term('levenLangOntwikkelen'), sections: ['smjp-leven-lang-ontwikkelen'],
    },
    {
      id: 'evenwaardig', order: 11, shape: { x: 1014, y: 430, width: 560, height: 150 },
      label: term('evenwaardig'), sections: ['smjp-evenwaardig'],
    },
    {
      id: 'sterke-beroepsroute', order: 12, shape: { x: 1014, y: 592, width: 560, height: 158 },
      label: term('sterkeBeroepsroute'), sections: ['smjp-sterke-beroepsroute'],
    },
    {
      id: 'persoonlijke-groei', order: 13, shape: { x: 1014, y: 762, width: 560, height: 128 },
      label: term('persoonlijkeGroei'), sections: ['smjp-persoonlijke-groei'],
    },
    {
      id: 'doel', order: 14, shape: { x: 16, y: 144, width: 1568, height: 270 },
      label: { nl: 'Het doel', en: 'The goal' }, sections: ['smjp-doel'],
    },
    {
      id: 'eigentijds-mbo', order: 15, shape: { x: 214, y: 152, width: 388, height: 254 },
      label: term('eigentijdsMbo'), sections: ['smjp-eigentijds-mbo'],
    },
    {
      id: 'sterke-arbeidsmarkt', order: 16, shape: { x: 614, y: 152, width: 388, height: 254 },
      label: term('sterkeArbeidsmarkt'), sections: ['smjp-sterke-arbeidsmarkt'],
    },
    {
      id: 'sterke-samenleving', order: 17, shape: { x: 1014, y: 152, width: 560, height: 254 },
      label: term('sterkeSamenleving'), sections: ['smjp-sterke-samenleving'],
    },
  ],
} satisfies Plate;

export default plate;
