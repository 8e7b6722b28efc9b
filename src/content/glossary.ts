/**
 * The English for the sources' Dutch terms: one rendering per term, used by the plates (which take
 * their printed terms from here) and by the English handreiking in `seeds/en/` and the interface
 * (which tests/unit/glossary.test.ts holds to it). A text whose Dutch uses a term must use the
 * term's English; the renderings we ruled out may appear in no English text at all.
 */
import type { Localized } from '../../plates/types';

export interface GlossaryTerm {
  /** The Dutch term as the sources write it (capitalised as a title on a plate). */
  nl: string;
  /** Its English, as a title on a plate. */
  en: string;
  /** The Dutch forms that count as this term; default: `nl` as a phrase, in any case. */
  nlForms?: RegExp;
  /** The English forms that count as its translation; default: `en` as a phrase, in any case. */
  enForms?: RegExp;
  /** English renderings used before and ruled out: no English text may contain them. */
  ruledOut?: RegExp[];
}

export const glossary = {
  // Plate 1, the SMJP: its layers, rubrieken and blocks.
  rubriek: { nl: 'Rubriek', en: 'Category', nlForms: /\brubrie(k|ken)\b/i, enForms: /\bcategor(y|ies)\b/i },
  basis: {
    nl: 'De basis', en: 'The foundation',
    // The SMJP's bottom layer, not "de basis voor …" or "samenwerken is de basis."
    nlForms: /\bde basis(?=[:;,)?’]|$)/i, enForms: /\bthe foundation\b/i,
    ruledOut: [/\bthe basis\b(?! of| for)/i],
  },
  samenWerkenAanRandvoorwaarden: { nl: 'samen werken aan randvoorwaarden', en: 'working together on preconditions' },
  samenKansrijkOpleiden: {
    nl: 'samen kansrijk opleiden', en: 'training with good prospects, together',
    ruledOut: [/training for good prospects/i, /providing education with good prospects/i],
  },
  kansrijkOpleiden: {
    nl: 'Kansrijk opleiden', en: 'Training with good prospects',
    ruledOut: [/education with good prospects/i],
  },
  samenBouwen: {
    nl: 'samen bouwen aan een sterk mbo', en: 'building a strong mbo together',
    ruledOut: [/together building a strong/i],
  },
  mboKwaliteit: { nl: 'Mbo & Kwaliteit', en: 'Mbo & Quality' },
  mboArbeidsmarkt: { nl: 'Mbo & Arbeidsmarkt', en: 'Mbo & Labour market' },
  mboSamenleving: { nl: 'Mbo & Samenleving', en: 'Mbo & Society' },
  eigentijdsMbo: { nl: 'Eigentijds mbo', en: 'Contemporary mbo' },
  sterkeArbeidsmarkt: { nl: 'Sterke arbeidsmarkt', en: 'Strong labour market' },
  sterkeSamenleving: { nl: 'Sterke samenleving', en: 'Strong society' },
  vanuitEigenaarschap: { nl: 'Vanuit eigenaarschap', en: 'From ownership' },
  investerenInProfessionals: { nl: 'Investeren in professionals', en: 'Investing in professionals' },
  levenLangOntwikkelen: {
    nl: 'Leven lang ontwikkelen', en: 'Lifelong development',
    nlForms: /leven lang ontwikkelen|\bLLO\b/i,
  },
  evenwaardig: {
    nl: 'Evenwaardig', en: 'Of equal worth',
    nlForms: /\bevenwaardig/i,
    ruledOut: [/of equal value/i],
  },
  sterkeBeroepsroute: { nl: 'Sterke beroepsroute', en: 'Strong vocational route' },
  persoonlijkeGroei: { nl: 'Persoonlijke groei', en: 'Personal growth' },
  relevanteData: { nl: 'Relevante data', en: 'Relevant data' },
  publiekeOpdracht: { nl: 'Publieke opdracht', en: 'Public mandate' },
  passendeFinanciering: { nl: 'Passende financiering', en: 'Appropriate funding' },
  subthema: { nl: 'Subthema', en: 'Sub-theme', nlForms: /subthema/i, enForms: /sub-theme/i },

  // Plates 2 and 3: levels, conditions, werksporen.
  onderwijsorganisatie: { nl: 'Onderwijsorganisatie', en: 'Educational organisation' },
  digitaleTransformatie: { nl: 'Digitale transformatie', en: 'Digital transformation' },
  mboInTransitie: { nl: 'Mbo in transitie', en: 'Mbo in transition' },
  basisvoorwaarden: { nl: 'Basisvoorwaarden', en: 'Basic conditions', nlForms: /basisvoorwaarde/i, enForms: /basic condition/i },
  veranderaanpak: { nl: 'Veranderaanpak', en: 'Change approach' },
  leermiddelen: {
    nl: 'Leermiddelen', en: 'Learning resources',
    nlForms: /(?<!Edu-V )leermiddel/i, enForms: /learning resource/i,
  },
  eduVLeermiddelen: { nl: 'Edu-V leermiddelen', en: 'Edu-V resources' },
  leermaterialen: { nl: 'Leermaterialen', en: 'Learning materials', nlForms: /leermateria/i, enForms: /learning material/i },
  werkspoor: { nl: 'Werkspoor', en: 'Work stream', nlForms: /werkspo(or|ren)/i, enForms: /work streams?/i, ruledOut: [/workstream/i] },
  landelijkCollectief: {
    nl: 'Landelijk collectief', en: 'Nationally, collectively',
    ruledOut: [/national, collective\b/i],
  },
  mboScholenIndividueel: { nl: 'Mbo-scholen individueel', en: 'Mbo schools individually' },
  visieStrategie: { nl: 'Visie & strategie', en: 'Vision & strategy' },
  inhoudelijkeThemas: { nl: 'Inhoudelijke thema’s', en: 'Content themes', nlForms: /inhoudelijke thema/i, enForms: /content theme/i },
  evaluatieMonitoring: { nl: 'Evaluatie & monitoring', en: 'Evaluation & monitoring' },
  wanneerCollectief: { nl: 'Wanneer collectief?', en: 'When collectively?' },
  afwegingskader: { nl: 'Afwegingskader', en: 'Decision framework' },
  succesfactoren: { nl: 'Succesfactoren', en: 'Success factors', nlForms: /succesfactor/i, enForms: /success factor/i },
  lefOmDoorTePakken: {
    nl: 'Lef om door te pakken', en: 'Courage to push ahead',
    enForms: /courage to push ahead/i, ruledOut: [/nerve to push/i],
  },

  // Plate 4 and the programmes.
  keurmerk: { nl: 'Keurmerk', en: 'Quality mark' },
  wordenGelanceerd: {
    nl: 'worden gelanceerd', en: 'being launched',
    ruledOut: [/(?<!being )launched this year/i],
  },

  // Plate 5, the Digitaliseringsroute.
  digitaliseringsroute: { nl: 'Digitaliseringsroute', en: 'Digitalisation route' },
  doorlopendHetBesteOnderwijs: { nl: 'Doorlopend het beste onderwijs', en: 'The best education, continuously' },
  lerenZonderDrempels: { nl: 'Leren zonder drempels', en: 'Learning without barriers' },
  cyberweerbaarheid: { nl: 'Cyberweerbaarheid', en: 'Cyber resilience' },
  samenTransformeren: { nl: 'Samen transformeren', en: 'Transforming together' },
  digitaleSoevereiniteit: { nl: 'Digitale soevereiniteit', en: 'Digital sovereignty' },
  digitaleGeletterdheid: { nl: 'Digitale geletterdheid', en: 'Digital literacy' },
  sectordoelen: { nl: 'Sectordoelen', en: 'Sector targets', nlForms: /sectordoel/i, enForms: /sector target/i },
  toekomstbestendig: { nl: 'Toekomstbestendig', en: 'Future-proof' },
  eenDuidelijkeKoers: { nl: 'Eén duidelijke koers', en: 'One clear course' },
  ruimteVoorEigenheid: { nl: 'Ruimte voor eigenheid', en: 'Room for your own identity' },
  samenhangEnVooruitgang: { nl: 'samenhang en vooruitgang', en: 'coherence and progress' },
  pdgTraject: { nl: 'PDG-traject', en: 'PDG programme', nlForms: /PDG-traject/i, enForms: /PDG programme/i },

  // The plates and the handreiking themselves, and how we mark our own additions.
  plaat: {
    nl: 'Plaat', en: 'Plate',
    nlForms: /\b(plaat|platen)\b/i, enForms: /\bplates?\b/i,
    ruledOut: [/(?<!talking )\bposters?\b/i],
  },
  overzichtsplaat: { nl: 'Overzichtsplaat', en: 'Overview plate', nlForms: /overzichtspla(at|ten)/i, enForms: /overview plates?/i },
  praatplaten: {
    nl: 'Praatplaten', en: 'Talking posters',
    nlForms: /\bpraatpla(at|ten)\b/i,
    // The app's name stays Dutch in English too.
    enForms: /talking posters?|^Praatplaten$/i,
  },
  handreiking: { nl: 'Handreiking', en: 'Guide' },
  werkblad: { nl: 'Werkblad', en: 'Worksheet' },
  toelichting: { nl: '*Toelichting:*', en: '*Note:*', nlForms: /\*Toelichting:\*|\(zie toelichting\)/i, enForms: /\*Note:\*|\(see the note\)/i },
  onzeKeuze: { nl: 'onze keuze', en: 'our choice' },
  onzeIndeling: { nl: 'onze indeling', en: 'our grouping' },
} satisfies Record<string, GlossaryTerm>;

export type GlossaryKey = keyof typeof glossary;

/** A term as text for a plate, in both languages. */
export function term(key: GlossaryKey): Localized {
  const { nl, en } = glossary[key];
  return { nl, en };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Dutch forms of a term. */
export function dutchForms(entry: GlossaryTerm): RegExp {
  return entry.nlForms ?? new RegExp(escaped(entry.nl), 'i');
}

/** The English forms of a term. */
export function englishForms(entry: GlossaryTerm): RegExp {
  return entry.enForms ?? new RegExp(escaped(entry.en), 'i');
}

/** A Dutch text and its English, wherever the app has both. */
export interface ParallelText {
  where: string;
  nl: string;
  en: string;
}

/** How a pair of texts departs from the glossary: the terms its English leaves out or renders as ruled out. */
export function glossaryDepartures(text: ParallelText, terms: Readonly<Record<string, GlossaryTerm>> = glossary): string[] {
  const departures: string[] = [];
  for (const [key, entry] of Object.entries(terms)) {
    if (dutchForms(entry).test(text.nl) && !englishForms(entry).test(text.en)) {
      departures.push(`${text.where}: "${entry.nl}" is not "${entry.en}" (${key})`);
    }
    for (const ruledOut of entry.ruledOut ?? []) {
      const found = ruledOut.exec(text.en);
      if (found) departures.push(`${text.where}: "${found[0]}" is ruled out, "${entry.nl}" is "${entry.en}" (${key})`);
    }
  }
  return departures;
}
