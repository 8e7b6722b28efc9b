/**
 * The plates against their sources: phrases printed on the plates (000_…txt, the OCR of the
 * booklet), the handreiking (002_…txt) and the Digitaliseringsroute (004_…txt) must be on the
 * plate itself, not only in the sections.
 */
import { describe, expect, it } from 'vitest';
import { plateById, plates } from '../../plates';
import type { Plate } from '../../plates/types';
import { sections } from '../../src/content';
import { englishSections } from '../../src/content/english';
import { inReadingOrder } from '../../src/views/useGeneralSections';
import { plainText } from '../../src/content/sections';

/** Quotes and hyphens as typed, so a phrase matches whichever the source or the plate uses. */
const normal = (text: string) => text.replace(/[’‘]/g, "'").replace(/\u2011/g, '-').replace(/\s+/g, ' ');

function printed(plate: Plate): string {
  return normal(plate.regions.flatMap((region) => [region.title?.nl, region.body?.nl, ...(region.items ?? []).map((item) => item.nl)]).filter(Boolean).join('\n'));
}

const onThePlate: Record<string, string[]> = {
  smjp: [
    'Iedereen die wil en kan leren is welkom in het mbo om zich (verder) professioneel te ontwikkelen. Het mbo is het hart van het regionale/sectorale ecosysteem en draagt zo bij aan voldoende en goed opgeleide vakmensen voor een sterke arbeidsmarkt.',
    'Eigentijds mbo is zo partner van iedereen, op zijn of haar route richting arbeidsmarkt en tijdens zijn of haar carrière.',
    'Ook elk talent in een kwetsbare positie kan met scholing zijn/haar positie verbeteren (sociaal domein).',
    'Iedereen kan zich tijdens zijn/haar carrière blijven ontwikkelen, met individuele leerrechten',
    'samen werken aan randvoorwaarden',
    'samen kansrijk opleiden',
    'samen bouwen aan een sterk mbo',
    "Tip: draai de plaat eens op z'n kop en begin bij het doel (de toekomst)",
    'Mbo & Kwaliteit',
    'Mbo & Arbeidsmarkt',
    'Mbo & Samenleving',
    'onze keuze',
  ],
  'strategie-digitalisering': [
    'MBO Digitaal, dat zijn we allemaal',
    'Het mbo streeft naar toekomstbestendig onderwijs door te werken aan kwaliteit, onderzoek en innovatie. Digitalisering zet deze processen in beweging en versnelt ze.',
    'Huidige onderwijsorganisatie verbeteren.',
    'De onderwijsorganisatie opnieuw vormgeven.',
    'De onderwijsorganisatie ondersteunen om wendbaar te worden:',
    'De docent ondersteunen om blended onderwijs te geven:',
    'De lerende ondersteunen in eigentijds onderwijs om digitaal vaardig te worden:',
    'Leermiddelenbeleid maken dat mogelijkheden benut voor digitale (open) leermaterialen',
    'Edu-V leermiddelen',
    'Digitaal bekwaam',
    'Kijk voor meer achtergrondinformatie op: mbodigitaal.nl',
  ],
  meerjarenplan: [
    'Door afspraken te maken en standaarden vast te leggen.',
    'Daarbij doen we gaandeweg ervaring op met het (beter) inrichten van een samenwerkings- en beslisstructuur met alle stakeholders.',
    'Afspraken nakomen.',
    'zijn we een betrouwbare partner, voor onszelf en richting leveranciers en andere stakeholders.',
    'Haal- en brengplicht.',
    'Leermiddelen Benchmark Tool',
    'Monitor Leren en Lesgeven met ict',
  ],
  programmas: [
    'ERVAAR DE MEERWAARDE',
    "Draag landelijk bij aan thema's van jouw keuze",
    'Ontwikkel (samen) een Center for Teaching & Learning',
    'Stem inkoopbeleid af op leermiddelenbeleid',
    'Volg de leergang Sturing geven aan digitalisering',
    'Maak werk van monitoring en logging met een SOC/SIEM-oplossing zoals SURFsoc',
    "Binnen het programma wordt gewerkt aan zes thema's:",
  ],
  digitaliseringsroute: [
    'Toekomstbestendig onderwijs voor een sterke arbeidsmarkt en een sterke samenleving',
    'Onderwijsmiddelen', 'Digitaal toetsen en ontwikkelen', 'Digitale geletterdheid', 'Samenhangend professionaliseringsaanbod en ondersteuning',
    'Resultaten en credentials', 'Ontsluiten onderwijsaanbod', 'Eén identiteit', 'Verrekeningen',
    'Dit thema is nog niet relevant voor het mbo, daarom worden er nog geen activiteiten met/voor het mbo georganiseerd.',
    'AI en datageletterdheid', 'Voorzieningen AI en data', 'Verantwoord gebruik AI en data', 'Inzicht en strategie AI en data',
    'Cyberweerbaarheid structureel geborgd in de sector', 'Cyberweerbaarheidspool Fase 1: Basis op orde',
    'Versterkte samenwerking tussen instellingen en de netwerken daaromheen', 'Landing sectorale en landelijke initiatieven',
    // The 2026 professionalisation activities of Doorlopend het beste onderwijs.
    'Stimuleren en faciliteren gebruik monitor Leren en lesgeven met ICT',
    'Ondersteunen instellingen bij het oprichten van een center of teaching & learning (CTL)',
    'Stimuleren opname digitale bekwaamheid in professionaliseringsbeleid',
    'faciliteren leergang Leidinggeven aan digitale transformatie',
    'Delen geleerde lessen van onderzoekswerkplaatsen',
    'Stimuleren en faciliteren kennisuitwisseling netwerk Onderwijs & Digitalisering',
    'Inbedden van digitale bekwaamheid in lerarenopleiding en PDG-trajecten',
    // The goal slide: the line over the goal, the three sectors and the course in the source's words.
    'Met samenhang en vooruitgang in de hele sector',
    'wo · hbo · mbo',
    'Eén duidelijke koers', 'Ruimte voor eigenheid', 'Zorgen voor samenhang en vooruitgang',
    'Instellingen: in gebruik nemen OKE-standaard → 1/2: borging beheer OKE-standaard',
    'We hebben een aantal experimenten uitgevoerd om op basis van risicogebieden impact en best practices te bepalen met betrekking tot alternatieven.',
  ],
};

/** The 13 sector targets 2028 of Doorlopend het beste onderwijs, as the source words them. */
const dhboTargets = [
  '30% van de mbo-instellingen maakt gebruik van de digitale sectorvoorziening voor (her)gebruik van digitale leermaterialen.',
  '30% van de mbo-instellingen werken samen met leveranciers voor het ontwikkelen van complexe digitale (open) leermaterialen en educatieve technologieën.',
  '100% van de mbo-instellingen onderschrijven een afsprakenstelsel tussen onderwijsinstellingen en leveranciers van digitale leermaterialen en EdTech',
  'Mbo-scholen gebruiken de richtlijnen van het Edu-V keurmerk en certificering',
  'Bij 30% van de mbo-instellingen wordt toetsen digitaal, veilig en betrouwbaar ondersteund.',
  '40% van de mbo-instellingen heeft digitale geletterdheid opgenomen in het curriculum.',
  'Bij 70% van de mbo-instellingen worden lerenden en onderwijsprofessionals ondersteund bij het waarde(n)vol inzetten van kennis, praktische vaardigheden en digitale tools.',
  'Bij 70% van de mbo-instellingen worden onderwijsprofessionals ondersteund om digitaal geletterd te zijn/te worden.',
  '100% van de mbo-instellingen gebruikt de monitor Leren en lesgeven met ICT.',
  '50% van de mbo-instellingen heeft een center of teaching & learning en is aangesloten bij het landelijke netwerk.',
  '100% van de mbo-instellingen heeft digitale bekwaamheid opgenomen in het professionaliseringsbeleid.',
  '100% van de mbo-instellingen zijn vertegenwoordigd in dit netwerk.',
  'Inbedding in lerarenopleiding',
];

/** Roadmap activities and the column the source's table puts them in (004_…txt). */
const sourceYears: [string, number][] = [
  ['Beschikbaar maken van digitale sectorvoorzieningen', 2026],
  ['Adviseren over een afsprakenstelsel', 2026],
  ['Adoptie Edu-V keurmerk door scholen en leveranciers', 2027],
  ["Dec '26: Convenant Leermiddelen ondertekend", 2027],
  ['Ontwerpen organisatievorm voor het beheren en monitoren van het afsprakenstelsel', 2028],
  ['Ontwikkelen instrumentarium voor het digitaal, veilig en betrouwbaar ondersteunen van het toetsingsproces', 2026],
  ['Inbedden van digitale bekwaamheid in lerarenopleiding en PDG-trajecten', 2026],
  ['Pilot Eduwallet in de proeftuin', 2026],
  ['Besluitvorming over vervolg', 2027],
  ["Pilots Okx-koppelingen (start mrt. '27)", 2027],
  ['OOAPI-endpoints realiseren bij iedere instelling', 2026],
  ['Aansluiten op SURFeduhub', 2027],
  ['Vastleggen modulair onderwijs conform OOAPI-taal', 2027],
  ['Voor instellingen: implementeren en gebruiken eduID', 2027],
  ['Pilot eduXchange', 2026],
  ['Opname in mbo-sectorpakket van SURF', 2027],
  ['Oktober 2028', 2028],
  ['Verrekeningen', 2026],
  ['Ontwikkelen sectorvoorziening voor AI (EduGenAI)', 2026],
  ['Strategisch beeld Embedded AI bepalen', 2026],
  ['Realiseren Cyberweerbaarheidspool', 2026],
  ['Verkennen kansen mogelijke samenwerking op bedrijfsvoeringprocessen', 2026],
  ['Begeleiden instellingen bij visievorming, plan van aanpak rond CTL', 2027],
  ['Begeleiden van inrichting/(door)ontwikkeling van CTL', 2027],
  ['Voorbereiden op toekomstige beheersituatie (fase na Npuls)', 2028],
];

describe('the plates are faithful to their sources', () => {
  it.each(Object.entries(onThePlate))('plate %s prints its source phrases', (plateId, phrases) => {
    const text = printed(plateById(plateId)!);
    const missing = phrases.filter((phrase) => !text.includes(normal(phrase)));
    expect(missing).toEqual([]);
  });

  it('plate 1 numbers its layers 1, 2 and 3 and marks both blocks on leven lang ontwikkelen as digitaal', () => {
    const plate = plateById('smjp')!;
    const titles = plate.regions.map((region) => region.title?.nl);
    for (const number of ['1', '2', '3']) expect(titles).toContain(number);
    expect(plate.regions.some((region) => region.id === 'digitaal-leven-lang-ontwikkelen')).toBe(true);
    expect(plate.regions.some((region) => region.id === 'digitaal-publieke-opdracht-llo')).toBe(true);
  });

  it('plate 2 shows which programme supports which level: Npuls three times, Edu-V twice', () => {
    const band = plateById('strategie-digitalisering')!.regions.filter((region) => region.id.startsWith('programma-'));
    const count = (name: string) => band.filter((region) => region.title?.nl.startsWith(name)).length;
    expect([count('Npuls'), count('Edu-V'), count('Digitaal bekwaam'), count('Cyberveiligheid')]).toEqual([3, 2, 1, 1]);
    expect(band.filter((region) => region.title?.nl === 'Npuls').map((region) => region.group).sort()).toEqual(['niveau-docent', 'niveau-school', 'niveau-student']);
  });

  it('plate 3 gives Evaluatie no collectief/individueel split', () => {
    const plate = plateById('meerjarenplan')!;
    const evaluatie = plate.regions.find((region) => region.id === 'evaluatie')!;
    const inside = plate.regions.filter((region) => region.kind === 'block' && region.x >= evaluatie.x && region.x < evaluatie.x + evaluatie.width && region.y > evaluatie.y);
    expect(inside.length).toBeGreaterThan(0);
    for (const region of inside) expect(region.title?.nl).not.toMatch(/collectief|individueel/i);
  });

  it('plate 5 prints all 13 sector targets of Doorlopend het beste onderwijs, in the blocks of their tracks', () => {
    const plate = plateById('digitaliseringsroute')!;
    const text = printed(plate);
    expect(dhboTargets.filter((target) => !text.includes(normal(target)))).toEqual([]);
    const block = (id: string) => normal((plate.regions.find((region) => region.id === id)?.items ?? []).map((item) => item.nl).join('\n'));
    expect(block('doorlopend-beste-onderwijs-spoor-1')).toContain('Edu-V keurmerk en certificering');
    expect(block('doorlopend-beste-onderwijs-spoor-2')).toContain('toetsen digitaal, veilig en betrouwbaar ondersteund');
    expect(block('doorlopend-beste-onderwijs-spoor-4')).toContain('vertegenwoordigd in dit netwerk');
  });

  it('plate 5 puts every roadmap activity in the year of the source, on the plate and in the worksheet', () => {
    const plate = plateById('digitaliseringsroute')!;
    const items = plate.worksheet!.columns.flatMap((column) => column.items ?? []);
    const lines = plate.regions.flatMap((region) => region.items ?? []).map((item) => normal(item.nl));
    for (const [phrase, year] of sourceYears) {
      const item = items.find((candidate) => normal(candidate.text.nl).includes(normal(phrase)));
      expect(item, phrase).toBeDefined();
      expect(item!.year, phrase).toBe(year);
      expect(lines.some((line) => line.startsWith(`${year}: `) && line.includes(normal(phrase))), `${phrase} under ${year} on the plate`).toBe(true);
    }
  });

  it('the worksheet of plate 5 pins no sector target on a single activity', () => {
    const items = plateById('digitaliseringsroute')!.worksheet!.columns.flatMap((column) => column.items ?? []);
    expect(items.filter((item) => item.target)).toEqual([]);
  });
});

describe('the English plates', () => {
  it('keep the programme names Npuls, Edu-V, Digitaal Bekwaam and Cyberveiligheid as proper names on every plate', () => {
    const names = ['Npuls', 'Edu-V', 'Digitaal Bekwaam'];
    for (const plate of plates) {
      const texts = [
        ...plate.regions.flatMap((region) => [region.title, region.body, ...(region.items ?? [])]),
        ...plate.hotspots.map((hotspot) => hotspot.label),
        ...(plate.worksheet?.columns.map((column) => column.title) ?? []),
      ].filter((text) => text !== undefined);
      for (const text of texts) {
        for (const name of names) {
          if (text.nl.toLowerCase().includes(name.toLowerCase())) expect(text.en, `${plate.id}: ${text.nl}`).toContain(name);
        }
        // The programme, not the basic condition of the same name on plate 2.
        if (/programma Cyberveiligheid|^Cyberveiligheid$/.test(text.nl) && !(plate.id === 'strategie-digitalisering' && text.en === 'Cyber security')) {
          expect(text.en, `${plate.id}: ${text.nl}`).toContain('Cyberveiligheid');
        }
      }
    }
  });
});

describe('the handreiking reads in order', () => {
  it('the general sections start with the voorwoord and end with the bronnen', () => {
    const general = inReadingOrder([...sections.values()].filter((section) => !section.plate));
    expect(general[0].id).toBe('voorwoord');
    expect(general[general.length - 1].id).toBe('bronnen');
  });

  it('no section points to a printed page number', () => {
    const pointing = [...sections.values()].filter((section) => /\bpagina \d+/i.test(section.body)).map((section) => section.id);
    expect(pointing).toEqual([]);
  });

  it('every choice we made where the source is silent or contradicts itself is explained where users read it', () => {
    for (const id of ['smjp-intro', 'smjp-leven-lang-ontwikkelen', 'route-leren-zonder-drempels-roadmap', 'meerjarenplan-intro', 'strategie-programmas', 'route-doel', 'route-doorlopend-beste-onderwijs', 'route-leren-zonder-drempels', 'route-doorlopend-beste-onderwijs-roadmap', 'programmas-cyberveiligheid-themas', 'route-aan-de-slag']) {
      expect(sections.get(id)?.body, id).toMatch(/\*Toelichting:\*/);
    }
  });
});

/** A Markdown section's list items under a bold or heading line that starts with `heading`, in order. */
function listUnder(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.replace(/^[#*\s]+/, '').startsWith(heading));
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) items.push(normal(item[1]));
    else if (line.trim() !== '' && items.length > 0) break;
  }
  return items;
}

describe('Digitale soevereiniteit as the route words it (004_…txt)', () => {
  const needs = [
    'Normenkader Digitale soevereiniteit (SURF en MBO Digitaal).',
    'Checklist voor inkoop en contracten (SURF en MBO Digitaal).',
    "Bewustzijn ten aanzien van de risico's en commitment van bestuurders en directeuren om daar in te investeren.",
    'Structurele middelen (geen losse financiering).',
    'Voorbeelden van good practices.',
  ];
  const fifthGoal = 'We hebben een aantal experimenten uitgevoerd om op basis van risicogebieden impact en best practices te bepalen met betrekking tot alternatieven.';

  it.each(['route-digitale-soevereiniteit', 'route-digitale-soevereiniteit-roadmap'])('%s lists all five needs, under the source heading without additions', (id) => {
    const body = sections.get(id)!.body;
    expect(listUnder(body, 'Wat we hiervoor nodig hebben')).toEqual(needs.map(normal));
    expect(body).not.toMatch(/eerste stappen/);
  });

  it.each(['route-digitale-soevereiniteit', 'route-digitale-soevereiniteit-roadmap'])('%s keeps the fifth goal in the source wording', (id) => {
    expect(normal(sections.get(id)!.body)).toContain(normal(fifthGoal));
  });

  it('the English roadmap section lists the five needs and goals of the English theme section', () => {
    const theme = englishSections.get('route-digitale-soevereiniteit')!.body;
    const roadmap = englishSections.get('route-digitale-soevereiniteit-roadmap')!.body;
    expect(listUnder(roadmap, 'What we need for this')).toEqual(listUnder(theme, 'What we need for this'));
    expect(listUnder(roadmap, 'Goals for 2029')).toEqual(listUnder(theme, 'What do we as a sector want to have achieved in 2029'));
    expect(roadmap).not.toMatch(/first steps/);
  });
});

describe('plate 5 and its sections say what the route says, and agree with each other', () => {
  const plate = plateById('digitaliseringsroute')!;
  const plateTexts = [
    ...plate.regions.flatMap((region) => [region.title, region.body, ...(region.items ?? [])]),
    ...plate.worksheet!.columns.flatMap((column) => (column.items ?? []).map((item) => item.text)),
  ].filter((text) => text !== undefined);
  const routeSections = [...sections.values()].filter((section) => section.plate === 'digitaliseringsroute');

  it('nowhere shortens the fifth goal to "Een aantal experimenten om"', () => {
    const shortened = [...plateTexts.map((text) => text.nl), ...routeSections.map((section) => section.body)].filter((text) => /een aantal experimenten om/i.test(normal(text)) && !/hebben een aantal experimenten uitgevoerd/.test(normal(text)));
    expect(shortened).toEqual([]);
  });

  it('keeps the "1/2:" marker before borging beheer, on the plate, in the worksheet and in the roadmap section', () => {
    const borging = plateTexts.filter((text) => /borging beheer/.test(text.nl));
    expect(borging.length).toBeGreaterThan(0);
    for (const text of borging) {
      expect(text.nl).toContain('→ 1/2: borging beheer');
      expect(text.en).toContain('→ 1/2: ');
    }
    expect(sections.get('route-leren-zonder-drempels-roadmap')!.body).toContain('→ 1/2: borging beheer OKE-standaard');
    expect(sections.get('route-leren-zonder-drempels-roadmap')!.body).toMatch(/\*Toelichting:\*[^\n]*1\/2/);
  });

  it('adds no "(Eduwallet)" to the decision on next steps', () => {
    const decisions = plateTexts.filter((text) => /Besluitvorming over vervolg/.test(text.nl));
    expect(decisions.length).toBeGreaterThan(0);
    for (const text of decisions) expect(text.nl).not.toMatch(/\(Eduwallet\)/);
  });

  it('puts the line under the goal, the sectors and the course pills in the goal band, the pills below the sectors', () => {
    const band = plate.regions.find((region) => region.id === 'doel')!;
    const parts = plate.regions.filter((region) => region.id === 'sectoren' || region.id.startsWith('koers-'));
    expect(parts.map((region) => region.title!.nl)).toEqual(['wo · hbo · mbo', 'Eén duidelijke koers', 'Ruimte voor eigenheid', 'Zorgen voor samenhang en vooruitgang']);
    for (const region of parts) {
      expect(region.x).toBeGreaterThanOrEqual(band.x);
      expect(region.x + region.width).toBeLessThanOrEqual(band.x + band.width);
      expect(region.y + region.height).toBeLessThanOrEqual(band.y + band.height);
    }
    expect(band.body?.nl).toBe('Met samenhang en vooruitgang in de hele sector');
    // The goal line (one line of body text under the title and marker) ends above the pills.
    const sectoren = parts[0];
    const pills = parts.slice(1);
    for (const pill of pills) expect(pill.y).toBeGreaterThanOrEqual(sectoren.y + sectoren.height);
  });
});

describe('plate 1 says where it groups differently from the handreiking', () => {
  it('the handreiking calls Leven Lang Ontwikkelen a subtheme of the rubriek MBO & Kwaliteit (002_…txt), and the intro quotes it', () => {
    expect(normal(sections.get('smjp-intro')!.body)).toMatch(/de rubriek MBO & Kwaliteit, met de volgende subthema's:[\s\S]*Leven Lang Ontwikkelen/);
  });

  it('the plate marks the Leven lang ontwikkelen block, drawn under Mbo & Arbeidsmarkt, as a subtheme of Mbo & Kwaliteit in the handreiking, in both languages', () => {
    const plate = plateById('smjp')!;
    const block = plate.regions.find((region) => region.id === 'blok-leven-lang-ontwikkelen')!;
    expect(block.group).toBe('rubriek-arbeidsmarkt');
    const note = plate.regions.find((region) => region.id !== block.id && region.x >= block.x && region.x + region.width <= block.x + block.width
      && region.y >= block.y && region.y + region.height <= block.y + block.height && /Mbo & Kwaliteit/.test(region.body?.nl ?? ''));
    expect(note, 'a note inside the block').toBeDefined();
    expect(note!.body!.nl).toMatch(/handreiking.*subthema van Mbo & Kwaliteit.*\(zie toelichting\)/);
    expect(note!.body!.en).toMatch(/guide.*sub-theme of Mbo & Quality.*\(see the note\)/);
    expect(note!.decorative).toBeFalsy();
  });

  it.each([
    ['nl', sections, /\*Toelichting:\*.*rubriek MBO & Kwaliteit.*kolom Mbo & Arbeidsmarkt/],
    ['en', englishSections, /\*Note:\*.*category MBO & Quality.*Mbo & Labour market column/],
  ] as const)('the Leven lang ontwikkelen section says so too (%s)', (_language, shown, pattern) => {
    expect(normal(shown.get('smjp-leven-lang-ontwikkelen')!.body)).toMatch(pattern);
  });
});

describe('plate 3 quotes the handreiking and says where it does not', () => {
  const plate = plateById('meerjarenplan')!;
  const region = (id: string) => plate.regions.find((candidate) => candidate.id === id)!;

  it('gives the Evaluatie halves neither the collectief nor the individueel colour', () => {
    const colours = new Set([region('visie-strategie-collectief').fill, region('visie-strategie-individueel').fill, region('governance-collectief').fill, region('governance-individueel').fill]);
    expect(colours.size).toBe(2);
    for (const id of ['evaluatie-monitoring', 'evaluatie-voorbeelden']) expect(colours.has(region(id).fill), id).toBe(false);
  });

  it('marks "2023–2027" as coming from the text, not the print, in both languages', () => {
    const { nl, en } = region('titel').body!;
    expect(nl).toMatch(/2023–2027 \(uit de tekst van de handreiking, niet op de gedrukte plaat\)/);
    expect(en).toMatch(/2023–2027 \(from the text of the guide, not on the printed plate\)/);
    expect(sections.get('meerjarenplan-intro')!.body).toMatch(/\*Toelichting:\*.*2023–2027/);
  });

  /** Plain text of a section, with quotes and spaces as the plate types them. */
  const plain = (markdown: string) => normal(plainText(markdown));

  it.each(['visie-strategie-collectief', 'visie-strategie-individueel', 'governance-collectief', 'governance-individueel', 'evaluatie-monitoring', 'evaluatie-voorbeelden'])(
    '%s quotes its section word for word, marking every omission with […] (Dutch and English)',
    (id) => {
      const hotspot = plate.hotspots.find((candidate) => candidate.id === id)!;
      const shown = { nl: hotspot.sections.map((sectionId) => plain(sections.get(sectionId)!.body)).join(' '), en: hotspot.sections.map((sectionId) => plain(englishSections.get(sectionId)!.body)).join(' ') };
      const texts = [region(id).body, ...(region(id).items ?? [])].filter((text) => text !== undefined);
      for (const language of ['nl', 'en'] as const) {
        for (const text of texts) {
          // A bare example name may carry a gloss in brackets in English ("Leermiddelen Benchmark Tool (learning resources)").
          const fragments = normal(text[language]).replace(/ \((learning resources|teaching with ICT)\)$/, '').split('[…]').map((fragment) => fragment.trim().replace(/\.$/, '')).filter(Boolean);
          for (const fragment of fragments) expect(shown[language], `${id} (${language}): "${fragment}"`).toContain(fragment);
        }
      }
    },
  );
});

describe("plate 2's programme band against the print's text layer", () => {
  it('the section opened from the band says what the text layer holds (Npuls 4x, Edu-V 3x) and what the plate shows, in both languages', () => {
    const hotspot = plateById('strategie-digitalisering')!.hotspots.find((candidate) => candidate.id === 'programmas')!;
    expect(hotspot.sections).toContain('strategie-programmas');
    expect(normal(sections.get('strategie-programmas')!.body)).toMatch(/\*Toelichting:\* de tekstlaag van de gedrukte plaat bevat Npuls vier keer en Edu-V drie keer.*Npuls bij school, docent en student, Edu-V leermiddelen bij school en student/);
    expect(normal(englishSections.get('strategie-programmas')!.body)).toMatch(/\*Note:\* the text layer of the printed plate holds Npuls four times and Edu-V three times.*Npuls at school, teacher and student, Edu-V resources at school and student/);
  });
});
