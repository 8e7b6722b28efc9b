import { term } from '../src/content/glossary';
import { SMALLEST_CANVASES } from '../src/engine/legibility';
import type { Hotspot, Localized, Plate, Region, RoadmapItem, WorksheetColumn } from './types';

/*
 * Plate 5: the MBO Digitaliseringsroute (presentation of 28 May 2026, work in progress).
 * Top: the title and the goal (toekomstbestendig onderwijs voor een sterke arbeidsmarkt en een
 * sterke samenleving, "met samenhang en vooruitgang in de hele sector", wo · hbo · mbo, and the
 * pills één duidelijke koers / ruimte voor eigenheid / zorgen voor samenhang en vooruitgang),
 * then the three levels (school, docent, student) as one band over all themes, and six theme
 * columns. Each column holds the theme's roadmap as the source tables have it: one block per
 * track (werkspoor) with its activities by year, and under it the track's sector targets.
 *
 * Semantic zoom: at the fitted view only text of at least FIT_TEXT units is drawn (the titles,
 * the levels, and each block's stand-in such as "6 acties, 2026–2028" or "4 sectordoelen 2028");
 * the activities and targets themselves (16 units) appear when you zoom into a theme.
 * Column widths and block heights are computed from the text with Liberation Sans widths.
 */

const H = 2300;
const MARGIN = 26;
const PURPLE = '#3b1f5c';

// ── Text measuring: Liberation Sans advance widths (1/1000 em, ASCII 32-126) ───
const ASCII_WIDTHS = {
  normal: '278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584',
  bold: '278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584',
};
const WIDTHS = { normal: ASCII_WIDTHS.normal.split(',').map(Number), bold: ASCII_WIDTHS.bold.split(',').map(Number) };
const OTHER_WIDTHS: Record<string, number> = { 'ï': 278, '’': 250, '‘': 250, '•': 350, '·': 278, '→': 1000 };

function textWidth(text: string, size: number, bold: boolean): number {
  const table = bold ? WIDTHS.bold : WIDTHS.normal;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? table[code - 32] : OTHER_WIDTHS[char] ?? 600;
  }
  return (units / 1000) * size;
}

/** Lines of greedy word wrap, as Konva wraps (it may also break at hyphens, so this errs long). */
function lineCount(text: string, width: number, size: number, bold: boolean): number {
  const space = textWidth(' ', size, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let line = -1; // the width of the line so far; -1 while it is empty
    for (const word of paragraph.split(' ')) {
      const wordWidth = textWidth(word, size, bold);
      if (line >= 0 && line + space + wordWidth > width) {
        lines += 1;
        line = wordWidth;
      } else {
        line = line < 0 ? wordWidth : line + space + wordWidth;
      }
    }
  }
  return lines;
}

type BlockText = Pick<Region, 'title' | 'body' | 'items' | 'summary' | 'titleSize' | 'bodySize' | 'summarySize'>;

/**
 * Height a block needs for its text in the longer of the two languages: the
 * title, then the longer of its detail (body and items) and its stand-in.
 */
function neededHeight(block: BlockText, width: number, padding: number, marker = 0): number {
  const inner = width - 2 * padding;
  const titleSize = block.titleSize ?? 26;
  const bodySize = block.bodySize ?? 18;
  // A hotspot's marker sits in the top-left corner; the title starts beside it (as in src/canvas/regionLayout.ts).
  const indent = marker ? marker - padding + 4 : 0;
  const per = (lang: 'nl' | 'en') => {
    let title = padding;
    if (block.title) title += Math.max(lineCount(block.title[lang], inner - indent, titleSize, true) * titleSize * 1.15, marker ? marker - padding : 0) + 8;
    let detail = 0;
    if (block.body) detail += lineCount(block.body[lang], inner, bodySize, false) * bodySize * 1.3 + 6;
    for (const item of block.items ?? []) detail += lineCount(`•  ${item[lang]}`, inner, bodySize, false) * bodySize * 1.3 + 4;
    const size = block.summarySize ?? titleSize;
    const summary = block.summary ? lineCount(block.summary[lang], inner, size, false) * size * 1.2 : 0;
    return title + Math.max(detail, summary) + padding;
  };
  return Math.ceil(Math.max(per('nl'), per('en')));
}

const t = (nl: string, en: string): Localized => ({ nl, en });

// ── The six themes ──────────────────────────────────────────────────────────
/** One row of a theme's roadmap table: its activities by year and its sector targets. */
interface Track {
  title: Localized;
  items: RoadmapItem[];
  targets: Localized[];
  /** The year of the targets' column, 2028 unless the source says otherwise. */
  targetYear?: number;
}

interface Theme {
  id: string;
  title: Localized;
  subtitle: Localized;
  deep: string;
  tint: string;
  ink: string;
  tracks: Track[];
  /** Blocks for a theme without a roadmap yet (Digitale soevereiniteit). */
  blocks?: (BlockText & { key: string; target?: boolean })[];
  /** Worksheet items for a theme without a roadmap: its goals. */
  goals?: RoadmapItem[];
}

const item = (id: string, year: number, text: Localized): RoadmapItem => ({ id, year, text });

// The source pairs the first two themes with each other's subtitle on its overview slide; we follow
// the theme pages (toelichting in route-doel and the two theme sections).
const themes: Theme[] = [
  {
    id: 'doorlopend-beste-onderwijs',
    title: term('doorlopendHetBesteOnderwijs'),
    subtitle: t(
      'Mogelijk maken van toegankelijk, actueel en kwalitatief onderwijs (zie toelichting)',
      'Making accessible, up-to-date, high-quality education possible (see the note)',
    ),
    deep: '#3b1f5c',
    tint: '#efe8f7',
    ink: '#2b1d45',
    tracks: [
      {
        title: t('Onderwijsmiddelen', 'Learning materials'),
        items: [
          item('doorlopend-beste-onderwijs-2026-1', 2026, t('Beschikbaar maken van digitale sectorvoorzieningen voor (her)gebruik van (open) digitale leermaterialen', 'Making digital sector facilities available for (re)using (open) digital learning materials')),
          item('doorlopend-beste-onderwijs-2026-2', 2026, t('Faciliteren van nieuwe samenwerkingsmodellen voor het gezamenlijk ontwikkelen van complexe digitale (open) leermaterialen en educatieve technologieën tussen instellingen en leveranciers', 'Facilitating new models for institutions and suppliers to develop complex digital (open) learning materials and educational technologies together')),
          item('doorlopend-beste-onderwijs-2026-3', 2026, t('Adviseren over een afsprakenstelsel tussen onderwijsinstellingen en leveranciers over het ontwikkelen en de toegang tot (open) digitale leermaterialen en EdTech en het uitwisselen van gegevens', 'Advising on a system of agreements between educational institutions and suppliers on developing and accessing (open) digital learning materials and EdTech, and on exchanging data')),
          item('doorlopend-beste-onderwijs-2027-1', 2027, t('Adoptie Edu-V keurmerk door scholen en leveranciers', 'Schools and suppliers adopt the Edu-V quality mark')),
          item('doorlopend-beste-onderwijs-2027-2', 2027, t('Dec ’26: Convenant Leermiddelen ondertekend', 'Dec ’26: learning resources covenant signed')),
          item('doorlopend-beste-onderwijs-2028-1', 2028, t('Ontwerpen organisatievorm voor het beheren en monitoren van het afsprakenstelsel', 'Designing the organisation that manages and monitors the system of agreements')),
        ],
        targets: [
          t('30% van de mbo-instellingen maakt gebruik van de digitale sectorvoorziening voor (her)gebruik van digitale leermaterialen.', '30% of mbo institutions use the digital sector facility for (re)using digital learning materials.'),
          t('30% van de mbo-instellingen werken samen met leveranciers voor het ontwikkelen van complexe digitale (open) leermaterialen en educatieve technologieën.', '30% of mbo institutions work with suppliers to develop complex digital (open) learning materials and educational technologies.'),
          t('100% van de mbo-instellingen onderschrijven een afsprakenstelsel tussen onderwijsinstellingen en leveranciers van digitale leermaterialen en EdTech en staan achter de organisatievorm voor het beheren en monitoren van de afspraken.', '100% of mbo institutions endorse a system of agreements between institutions and suppliers of digital learning materials and EdTech, and support the organisation that manages and monitors the agreements.'),
          t('Mbo-scholen gebruiken de richtlijnen van het Edu-V keurmerk en certificering en streven ernaar om in 2030 voor minimaal 70% van de leermiddelen op de leermiddelenlijst uitsluitend gebruik te maken van leveranciers die Edu-V gecertificeerde producten en diensten leveren.', 'Mbo schools use the guidelines of the Edu-V quality mark and certification, and aim, by 2030, to use only suppliers of Edu-V certified products and services for at least 70% of the learning resources on the learning resources list.'),
        ],
      },
      {
        title: t('Digitaal toetsen en ontwikkelen', 'Digital assessment and development'),
        items: [
          item('doorlopend-beste-onderwijs-2026-5', 2026, t('Ontwikkelen instrumentarium voor het digitaal, veilig en betrouwbaar ondersteunen van het toetsingsproces', 'Developing a toolkit to support the assessment process digitally, safely and reliably')),
        ],
        targets: [
          t('Bij 30% van de mbo-instellingen wordt toetsen digitaal, veilig en betrouwbaar ondersteund.', 'At 30% of mbo institutions, assessment is supported digitally, safely and reliably.'),
        ],
      },
      {
        title: t('Digitale geletterdheid', 'Digital literacy'),
        items: [
          item('doorlopend-beste-onderwijs-2026-6', 2026, t('Ontwikkelen instrumentarium voor onderwijsinstellingen om digitale geletterdheid op te nemen in het curriculum', 'Developing a toolkit for institutions to include digital literacy in the curriculum')),
          item('doorlopend-beste-onderwijs-2026-7', 2026, t('Ontwikkelen instrumentarium voor onderwijsinstellingen om onderwijsprofessionals te ondersteunen in digitale geletterdheid (w.o. pilot met monitor Leren en lesgeven met ICT van programma Digitaal bekwaam en andere monitor van JISC)', 'Developing a toolkit for institutions to support education professionals in digital literacy (including a pilot with the Teaching and learning with ICT monitor of the Digitaal Bekwaam programme and another monitor by JISC)')),
        ],
        targets: [
          t('40% van de mbo-instellingen heeft digitale geletterdheid opgenomen in het curriculum.', '40% of mbo institutions have included digital literacy in the curriculum.'),
          t('Bij 70% van de mbo-instellingen worden lerenden en onderwijsprofessionals ondersteund bij het waarde(n)vol inzetten van kennis, praktische vaardigheden en digitale tools.', 'At 70% of mbo institutions, learners and education professionals are supported in using knowledge, practical skills and digital tools in a valuable, values-driven way.'),
          t('Bij 70% van de mbo-instellingen worden onderwijsprofessionals ondersteund om digitaal geletterd te zijn/te worden.', 'At 70% of mbo institutions, education professionals are supported in being or becoming digitally literate.'),
        ],
      },
      {
        title: t('Samenhangend professionaliseringsaanbod en ondersteuning', 'Coherent professional development offer and support'),
        items: [
          item('doorlopend-beste-onderwijs-2026-8', 2026, t('Stimuleren en faciliteren gebruik monitor Leren en lesgeven met ICT', 'Encouraging and facilitating use of the Teaching and learning with ICT monitor')),
          item('doorlopend-beste-onderwijs-2026-9', 2026, t('Ondersteunen instellingen bij het oprichten van een center of teaching & learning (CTL) door stimuleringsregelingen en begeleiding bij het opstellen en indienen van aanvragen', 'Supporting institutions in setting up a center of teaching & learning (CTL) through incentive schemes and guidance in drafting and submitting applications')),
          item('doorlopend-beste-onderwijs-2026-10', 2026, t('Stimuleren opname digitale bekwaamheid in professionaliseringsbeleid', 'Encouraging the inclusion of digital competence in professional development policy')),
          item('doorlopend-beste-onderwijs-2026-11', 2026, t('In fase van opschaling: faciliteren leergang Leidinggeven aan digitale transformatie', 'Scaling up: facilitating the course Leading digital transformation')),
          item('doorlopend-beste-onderwijs-2026-12', 2026, t('Delen geleerde lessen van onderzoekswerkplaatsen (voorbode CTL)', 'Sharing lessons learned in research workshops (forerunner of the CTL)')),
          item('doorlopend-beste-onderwijs-2026-13', 2026, t('Stimuleren en faciliteren kennisuitwisseling netwerk Onderwijs & Digitalisering', 'Encouraging and facilitating knowledge exchange in the Education & Digitalisation network')),
          item('doorlopend-beste-onderwijs-2026-14', 2026, t('Inbedden van digitale bekwaamheid in lerarenopleiding en PDG-trajecten', 'Embedding digital competence in teacher training and PDG programmes')),
        ],
        targets: [
          t('100% van de mbo-instellingen gebruikt de monitor Leren en lesgeven met ICT.', '100% of mbo institutions use the Teaching and learning with ICT monitor.'),
          t('50% van de mbo-instellingen heeft een center of teaching & learning en is aangesloten bij het landelijke netwerk.', '50% of mbo institutions have a center of teaching & learning and are part of the national network.'),
          t('100% van de mbo-instellingen heeft digitale bekwaamheid opgenomen in het professionaliseringsbeleid.', '100% of mbo institutions have included digital competence in their professional development policy.'),
          t('100% van de mbo-instellingen zijn vertegenwoordigd in dit netwerk. ✓', '100% of mbo institutions are represented in this network. ✓'),
          t('Inbedding in lerarenopleiding ✓ en inbedding in PDG-trajecten.', 'Embedded in teacher training ✓ and in PDG programmes.'),
        ],
      },
    ],
  },
  {
    id: 'leren-zonder-drempels',
    title: term('lerenZonderDrempels'),
    subtitle: t(
      'Versterken van de digitale randvoorwaarden voor toekomstbestendig onderwijs (zie toelichting)',
      'Strengthening the digital preconditions for future-proof education (see the note)',
    ),
    deep: '#00676a',
    tint: '#e3f4f4',
    ink: '#0b3b3c',
    tracks: [
      {
        title: t('Resultaten en credentials', 'Results and credentials'),
        items: [
          item('leren-zonder-drempels-2026-1', 2026, t('Pilot Eduwallet in de proeftuin', 'Eduwallet pilot in the test bed')),
          item('leren-zonder-drempels-2026-2', 2026, t('Instellingen: in gebruik nemen OKE-standaard → 1/2: borging beheer OKE-standaard', 'Institutions: adopting the OKE standard → 1/2: securing the management of the OKE standard')),
          item('leren-zonder-drempels-2026-3', 2026, t('Okx-koppelingen: ontwikkelen technische specificaties (voor 1. OC-KRS, 2. OC-P&R, 3. OC-LMS)', 'Okx links: developing technical specifications (for 1. OC-KRS, 2. OC-P&R, 3. OC-LMS)')),
          item('leren-zonder-drempels-2027-1', 2027, t('Besluitvorming over vervolg', 'Deciding on next steps')),
          item('leren-zonder-drempels-2027-2', 2027, t('Pilots Okx-koppelingen (start mrt. ’27)', 'Okx link pilots (starting Mar ’27)')),
        ],
        targets: [
          t('30% van de mbo-instellingen heeft een wallet en bijbehorende voorzieningen geadopteerd.', '30% of mbo institutions have adopted a wallet and the facilities that go with it.'),
          t('Bij 60% van de mbo-instellingen is het volgen van kleine afgebakende eenheden onderwijs mogelijk, waarvan de waarde wordt (h)erkend.', 'At 60% of mbo institutions, learners can take small, well-defined units of education whose value is recognised.'),
        ],
      },
      {
        title: t('Ontsluiten onderwijsaanbod', 'Publishing the course offer'),
        items: [
          item('leren-zonder-drempels-2026-4', 2026, t('OOAPI-endpoints realiseren bij iedere instelling', 'Setting up OOAPI endpoints at every institution')),
          item('leren-zonder-drempels-2026-5', 2026, t('Maken sectorbrede en -overstijgende afspraken over ontsluiten curriculuminformatie', 'Making sector-wide and cross-sector agreements on opening up curriculum information')),
          item('leren-zonder-drempels-2027-3', 2027, t('Aansluiten op SURFeduhub', 'Connecting to SURFeduhub')),
          item('leren-zonder-drempels-2027-4', 2027, t('Begin 2027: SURFeduhub beschikbaar', 'Early 2027: SURFeduhub available')),
          item('leren-zonder-drempels-2027-5', 2027, t('Verdere adoptie (o.b.v. gemaakte afspraken)', 'Further adoption (based on the agreements made)')),
        ],
        targets: [
          t('20% van de mbo-instellingen heeft de voorziening voor het ontsluiten van onderwijsaanbod geadopteerd.', '20% of mbo institutions have adopted the facility for publishing their course offer.'),
          t('50% van de mbo-instellingen heeft sectorbrede afspraken voor het ontsluiten van curriculuminformatie gemaakt.', '50% of mbo institutions have made sector-wide agreements on opening up curriculum information.'),
        ],
      },
      {
        title: t('Eén identiteit', 'One identity'),
        items: [
          item('leren-zonder-drempels-2027-6', 2027, t('Vastleggen modulair onderwijs conform OOAPI-taal in een onderwijscatalogus-functionaliteit', 'Recording modular education in the OOAPI language in a course catalogue function')),
          item('leren-zonder-drempels-2027-7', 2027, t('Voor instellingen: implementeren en gebruiken eduID', 'For institutions: implementing and using eduID')),
        ],
        targets: [
          t('30% van de mbo-instellingen heeft de onderwijs-id voorziening voor lerenden geadopteerd.', '30% of mbo institutions have adopted the education ID facility for learners.'),
        ],
      },
      {
        title: t('AII', 'AII (applying, enrolling, signing up)'),
        items: [
          item('leren-zonder-drempels-2026-6', 2026, t('Pilot eduXchange', 'eduXchange pilot')),
          item('leren-zonder-drempels-2027-8', 2027, t('Ontwikkelen voorziening voor AII (aanmelden, inschrijven en intekenen)', 'Developing the AII facility (applying, enrolling and signing up)')),
          item('leren-zonder-drempels-2027-9', 2027, t('Opname in mbo-sectorpakket van SURF (wensdatum: jan. ’27)', 'Inclusion in SURF’s mbo sector package (target date: Jan ’27)')),
          item('leren-zonder-drempels-2028-1', 2028, t('Oktober 2028: af/gereed voor CAMBO-deel voor cohort ’28/’29', 'October 2028: done and ready for the CAMBO part for the ’28/’29 cohort')),
        ],
        targets: [
          t('10% van de mbo-instellingen heeft de voorziening voor aanmelden, inschrijven en intekenen (AII) geadopteerd.', '10% of mbo institutions have adopted the facility for applying, enrolling and signing up (AII).'),
        ],
      },
      {
        title: t('Verrekeningen', 'Settlements between institutions'),
        items: [
          item('leren-zonder-drempels-2026-7', 2026, t('Verrekeningen: Dit thema is nog niet relevant voor het mbo, daarom worden er nog geen activiteiten met/voor het mbo georganiseerd. Bij hogescholen wordt nu een pilot uitgevoerd.', 'Settlements: This theme is not yet relevant for mbo, so no activities are organised with or for mbo yet. Universities of applied sciences are running a pilot now.')),
        ],
        targets: [
        ],
      },
    ],
  },
  {
    id: 'data-ai',
    title: t('Data & AI', 'Data & AI'),
    subtitle: t('Waarde(n)vol inzetten van data en AI', 'Using data and AI in a valuable, values-driven way'),
    deep: '#1d4f91',
    tint: '#e6eef9',
    ink: '#12305a',
    tracks: [
      {
        title: t('AI en datageletterdheid', 'AI and data literacy'),
        items: [
          item('data-ai-2026-1', 2026, t('Ontwikkelen instrumentarium voor onderwijsinstellingen om lerenden en onderwijsprofessionals te ondersteunen bij het waarde(n)vol inzetten van tools, AI, data en nieuwe educatieve technologieën', 'Developing a toolkit for institutions to support learners and education professionals in using tools, AI, data and new educational technologies in a valuable, values-driven way')),
          item('data-ai-2026-2', 2026, t('Ontwikkelen AI-GO! Framework, CEDA trainingen', 'Developing the AI-GO! framework, CEDA training')),
          item('data-ai-2026-3', 2026, t('Faciliteren kennisdeling en inspiratie (via online bijeenkomsten, Nederlandse AI Congres 2026)', 'Facilitating knowledge sharing and inspiration (online meetings, Dutch AI Congress 2026)')),
          item('data-ai-2026-4', 2026, t('Leerlijnen AI – breed toepassen', 'AI learning lines – applying them widely')),
        ],
        targets: [
          t('70% van de mbo-instellingen ondersteunt lerenden en onderwijsprofessionals in het gebruik van AI en data, en (andere) nieuwe technologieën.', '70% of mbo institutions support learners and education professionals in using AI and data, and (other) new technologies.'),
        ],
      },
      {
        title: t('Voorzieningen AI en data', 'AI and data facilities'),
        items: [
          item('data-ai-2026-5', 2026, t('Ontwikkelen sectorvoorziening voor AI (EduGenAI)', 'Developing a sector facility for AI (EduGenAI)')),
          item('data-ai-2026-6', 2026, t('AI Hackathon', 'AI hackathon')),
          item('data-ai-2026-7', 2026, t('AI Hub', 'AI Hub')),
          item('data-ai-2026-8', 2026, t('Center for Educational Data Analytics', 'Center for Educational Data Analytics')),
          item('data-ai-2026-9', 2026, t('AI Chat Client', 'AI Chat Client')),
          item('data-ai-2026-10', 2026, t('DAS voor LLMs', 'DAS for LLMs')),
        ],
        targets: [
        ],
      },
      {
        title: t('Verantwoord gebruik AI en data', 'Responsible use of AI and data'),
        items: [
          item('data-ai-2026-11', 2026, t('Implementatie referentiekader', 'Implementing the reference framework')),
          item('data-ai-2026-12', 2026, t('Ontwikkelen Publieke Waarden Academy', 'Developing the Public Values Academy')),
          item('data-ai-2026-13', 2026, t('Gedeeld beleid (en handleidingen)', 'Shared policy (and guides)')),
        ],
        targets: [
          t('Bij 60% van de mbo-instellingen kunnen lerenden hun leerproces verbeteren doordat (studie)data veilig en betrouwbaar beschikbaar is voor hen en de onderwijsprofessionals.', 'At 60% of mbo institutions, learners can improve their learning because (study) data is available safely and reliably to them and to education professionals.'),
        ],
      },
      {
        title: t('Inzicht en strategie AI en data', 'Insight and strategy on AI and data'),
        items: [
          item('data-ai-2026-14', 2026, t('Ontwikkelen instrumentarium om instellingen te ondersteunen in het gebruik van data om het onderwijsproces te verbeteren', 'Developing a toolkit to support institutions in using data to improve the educational process')),
          item('data-ai-2026-15', 2026, t('Verkenning impact van AI op arbeidsmarkt en curriculum', 'Exploring the impact of AI on the labour market and the curriculum')),
          item('data-ai-2026-16', 2026, t('Verkenning AI en duurzaamheid', 'Exploring AI and sustainability')),
          item('data-ai-2026-17', 2026, t('Strategisch beeld Embedded AI bepalen (MBO, SURF en Npuls)', 'Setting out a strategic view of embedded AI (MBO, SURF and Npuls)')),
        ],
        targets: [
        ],
      },
    ],
  },
  {
    id: 'cyberweerbaarheid',
    title: term('cyberweerbaarheid'),
    subtitle: t('Vergroten cyberweerbaarheid van het mbo', 'Increasing the cyber resilience of mbo'),
    deep: '#8a1c3b',
    tint: '#fbe9ee',
    ink: '#5a1226',
    tracks: [
      {
        title: t('Cyberweerbaarheid structureel geborgd in de sector', 'Cyber resilience structurally secured in the sector'),
        items: [
          item('cyberweerbaarheid-2026-1', 2026, t('Realiseren Cyberweerbaarheidspool', 'Setting up the cyber resilience pool')),
          item('cyberweerbaarheid-2026-2', 2026, t('Maart 2026: resultaten Benchmark IBP 2025', 'March 2026: results of the IBP Benchmark 2025')),
          item('cyberweerbaarheid-2026-3', 2026, t('Security audits', 'Security audits')),
          item('cyberweerbaarheid-2027-1', 2027, t('Sep 2027: einde programma Cyberveiligheid', 'Sep 2027: the Cyberveiligheid programme ends')),
          item('cyberweerbaarheid-2027-2', 2027, t('Eerste ronde Cyberweerbaarheidspool (2027-2031)', 'First round of the cyber resilience pool (2027-2031)')),
        ],
        targets: [
          t('Eind 2029: Alle mbo-instellingen voldoen gemiddeld aan NBA-volwassenheidsniveau 3.0 op toetsingskader IB.', 'End of 2029: all mbo institutions on average meet NBA maturity level 3.0 on the IB assessment framework.'),
          t('Eind 2030: Alle mbo-instellingen voldoen individueel aan NBA-volwassenheidsniveau 3.0 op toetsingskader IB.', 'End of 2030: every mbo institution individually meets NBA maturity level 3.0 on the IB assessment framework.'),
        ],
        targetYear: 2030,
      },
      {
        title: t('Cyberweerbaarheidspool Fase 1: Basis op orde', 'Cyber resilience pool phase 1: the basics in order'),
        items: [
          item('cyberweerbaarheid-2026-4', 2026, t('Cyberweerbaarheidspool Fase 1: Basis op orde – governance, risicomanagement, dataclassificatie, continuïteit en bewustwording', 'Cyber resilience pool phase 1: the basics in order – governance, risk management, data classification, continuity and awareness')),
        ],
        targets: [
        ],
      },
      {
        title: t('Cyberweerbaarheidspool Fase 2: Werkende kernmaatregelen en operationele beveiliging', 'Cyber resilience pool phase 2: working core measures and operational security'),
        items: [
          item('cyberweerbaarheid-2026-5', 2026, t('Cyberweerbaarheidspool Fase 2: Werkende kernmaatregelen en operationele beveiliging – identity- en accessmanagement, incidentrespons, logging, monitoring en kwetsbaarhedenbeheer', 'Cyber resilience pool phase 2: working core measures and operational security – identity and access management, incident response, logging, monitoring and vulnerability management')),
        ],
        targets: [
        ],
      },
      {
        title: t('Cyberweerbaarheidspool Fase 3: Integratie en borging', 'Cyber resilience pool phase 3: integration and embedding'),
        items: [
          item('cyberweerbaarheid-2026-6', 2026, t('Cyberweerbaarheidspool Fase 3: Integratie en borging – structurele inbedding en aantoonbare instandhouding', 'Cyber resilience pool phase 3: integration and embedding – structural embedding and demonstrable upkeep')),
        ],
        targets: [
        ],
      },
    ],
  },
  {
    id: 'samen-transformeren',
    title: term('samenTransformeren'),
    subtitle: t('Realiseren van de gezamenlijke digitale transformatie in het mbo', 'Achieving the shared digital transformation of mbo'),
    deep: '#a63d14',
    tint: '#fdeee6',
    ink: '#5a230c',
    tracks: [
      {
        title: t('Versterkte samenwerking tussen instellingen en de netwerken daaromheen', 'Stronger cooperation between institutions and the networks around them'),
        items: [
          item('samen-transformeren-2026-1', 2026, t('Verkennen kansen mogelijke samenwerking op bedrijfsvoeringprocessen (bv. inkoop)', 'Exploring opportunities to collaborate on business processes (e.g. purchasing)')),
        ],
        targets: [
        ],
      },
      {
        title: t('Versterken verandervermogen binnen en tussen instellingen', 'Strengthening the capacity to change within and between institutions'),
        items: [
          item('samen-transformeren-2026-2', 2026, t('Uitwerken voorstel voor inrichting Platform Praktijkverhalen', 'Drafting a proposal for setting up a practice stories platform')),
          item('samen-transformeren-2026-3', 2026, t('Inventarisatie Evidence Informed werken binnen instellingen en ontwikkelen PvA om dit te versterken', 'Taking stock of evidence-informed working in institutions and developing a plan to strengthen it')),
          item('samen-transformeren-2026-4', 2026, t('Ontwikkelen aanpak voor begeleiding bij visievorming, plan van aanpak rond CTL’s', 'Developing an approach to guide vision-building and plans for CTLs')),
          item('samen-transformeren-2027-1', 2027, t('Begeleiden instellingen bij visievorming, plan van aanpak rond CTL’s t.b.v. subsidieaanvraag', 'Guiding institutions in their vision and plan for CTLs, for the grant application')),
          item('samen-transformeren-2027-2', 2027, t('Begeleiden van inrichting/(door)ontwikkeling van CTL’s (in cohorten)', 'Guiding the set-up and further development of CTLs (in cohorts)')),
        ],
        targets: [
          t('50% van de mbo-instellingen heeft een center of teaching & learning en is aangesloten bij het landelijke netwerk.', '50% of mbo institutions have a center of teaching & learning and are part of the national network.'),
        ],
      },
      {
        title: t('Stimuleren en faciliteren van kennisdeling binnen en tussen instellingen', 'Encouraging and facilitating knowledge sharing within and between institutions'),
        items: [
          item('samen-transformeren-2026-1', 2026, t('Verkennen kansen mogelijke samenwerking op bedrijfsvoeringprocessen (bv. inkoop)', 'Exploring opportunities to collaborate on business processes (e.g. purchasing)')),
          item('samen-transformeren-2026-5', 2026, t('Ontwikkelen communityplatform voor CTL-netwerk', 'Developing a community platform for the CTL network')),
          item('samen-transformeren-2026-6', 2026, t('Experimenten met vindbaarheid van kennis over onderwijsinnovatie en AI', 'Experiments in making knowledge on educational innovation and AI findable')),
          item('samen-transformeren-2026-7', 2026, t('Call Grote Vragen via NRO', 'Big Questions call via NRO')),
        ],
        targets: [
        ],
      },
      {
        title: t('Landing sectorale en landelijke initiatieven', 'Landing sector-wide and national initiatives'),
        items: [
          item('samen-transformeren-2026-8', 2026, t('Verkenning mogelijk vervolg programma Cyberveiligheid (vorm, inhoud en aanpak)', 'Exploring a possible follow-up to the Cyberveiligheid programme (form, content and approach)')),
          item('samen-transformeren-2028-1', 2028, t('Voorbereiden op toekomstige beheersituatie (fase na Npuls)', 'Preparing for future management (the phase after Npuls)')),
        ],
        targets: [
        ],
      },
    ],
  },
  {
    id: 'digitale-soevereiniteit',
    title: term('digitaleSoevereiniteit'),
    subtitle: t('Borgen digitale soevereiniteit in onze digitale omgeving', 'Safeguarding digital sovereignty in our digital environment'),
    deep: '#2e5e3e',
    tint: '#e6f2ea',
    ink: '#1b3a26',
    tracks: [],
    blocks: [
      {
        key: 'leeg',
        title: t('Nog geen activiteiten', 'No activities yet'),
        body: t('De roadmap is nog leeg (work in progress).', 'The roadmap is still empty (work in progress).'),
        summary: t('nog leeg', 'still empty'),
      },
      {
        key: 'nodig',
        title: t('Wat we hiervoor nodig hebben', 'What we need for this'),
        items: [
          t('Normenkader Digitale soevereiniteit (SURF en MBO Digitaal)', 'Digital sovereignty standards framework (SURF and MBO Digitaal)'),
          t('Checklist voor inkoop en contracten (SURF en MBO Digitaal)', 'Checklist for purchasing and contracts (SURF and MBO Digitaal)'),
          t('Bewustzijn ten aanzien van de risico’s en commitment van bestuurders en directeuren om daar in te investeren', 'Awareness of the risks and commitment from boards and directors to invest in them'),
          t('Structurele middelen (geen losse financiering)', 'Structural funding (not one-off funding)'),
          t('Voorbeelden van good practices', 'Examples of good practice'),
        ],
        summary: t('5 benodigdheden', '5 needs'),
      },
      {
        key: 'doelen',
        target: true,
        title: t('Doelen 2029', 'Goals for 2029'),
        items: [
          t('Een sectorbrede identiteitsvoorziening conform publieke waarden en open standaarden die door 50% van de mbo-instellingen wordt gebruikt.', 'A sector-wide identity facility, in line with public values and open standards, used by 50% of mbo institutions.'),
          t('Een sectorbrede voorziening of dienst voor (redundante) opslag van instellings- en studentdata conform open standaarden.', 'A sector-wide facility or service for (redundant) storage of institution and student data, in line with open standards.'),
          t('Vastgestelde en toegepaste sectorbrede kaders & toetsbare normen.', 'Adopted and applied sector-wide frameworks & testable standards.'),
          t('Risico’s en afhankelijkheden zijn zichtbaar, beheerst én er bestaan werkbare alternatieven.', 'Risks and dependencies are visible and under control, and workable alternatives exist.'),
          t('We hebben een aantal experimenten uitgevoerd om op basis van risicogebieden impact en best practices te bepalen met betrekking tot alternatieven.', 'We have carried out a number of experiments to determine impact and best practices regarding alternatives, based on risk areas.'),
        ],
        summary: t('5 doelen 2029', '5 goals for 2029'),
      },
    ],
    // The source has no roadmap items for this theme yet; the school chooses for the 2029 goals.
    goals: [
      item('digitale-soevereiniteit-2029-1', 2029, t('Een sectorbrede identiteitsvoorziening conform publieke waarden en open standaarden die door 50% van de mbo-instellingen wordt gebruikt', 'A sector-wide identity facility, in line with public values and open standards, used by 50% of mbo institutions')),
      item('digitale-soevereiniteit-2029-2', 2029, t('Een sectorbrede voorziening of dienst voor (redundante) opslag van instellings- en studentdata conform open standaarden', 'A sector-wide facility or service for (redundant) storage of institution and student data, in line with open standards')),
      item('digitale-soevereiniteit-2029-3', 2029, t('Vastgestelde en toegepaste sectorbrede kaders & toetsbare normen', 'Adopted and applied sector-wide frameworks & testable standards')),
      item('digitale-soevereiniteit-2029-4', 2029, t('Risico’s en afhankelijkheden zijn zichtbaar, beheerst én er bestaan werkbare alternatieven', 'Risks and dependencies are visible and under control, and workable alternatives exist')),
      item('digitale-soevereiniteit-2029-5', 2029, t('We hebben een aantal experimenten uitgevoerd om op basis van risicogebieden impact en best practices te bepalen met betrekking tot alternatieven', 'We have carried out a number of experiments to determine impact and best practices regarding alternatives, based on risk areas')),
    ],
  },
];

// ── Layout ──────────────────────────────────────────────────────────────────
/** The smallest canvas the plate is shown in on a laptop and on a projector, with its text bound. */
const SCREENS = SMALLEST_CANVASES;
const FIT_MARGIN = 16;

/** The plate's fitted scale on each of those screens, for a plate this wide. */
const fittedScales = (width: number) =>
  SCREENS.map((screen) => ({
    scale: Math.min((screen.width - 2 * FIT_MARGIN) / width, (screen.height - 2 * FIT_MARGIN) / H),
    textPx: screen.textPx,
  }));

/** The smallest font size drawn at `zoom` times the fitted view of a plate this wide, with a unit to spare. */
function legibleSize(width: number, zoom: number): number {
  return Math.ceil(Math.max(...fittedScales(width).map(({ scale, textPx }) => textPx / (scale * zoom)))) + 1;
}

/** Activities and targets: read when zoomed into a track (flying to a track zooms until they are legible). */
const DETAIL = 16;

const SUBTITLE = 22;
const GAP = 12;
const COL_PAD = 14;
const STRIP_INSET = 10;
const BLOCK_INSET = 8;
const BLOCK_GAP = 10;
const BLOCK_PAD = 12;
const MIN_COL_W = 400;
const MAX_COL_W = 2400;
const TOP_Y = 20;
const GOAL_X = 1150;

const rect = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
/** The marker radius the canvas gives a plate this large (markerRadius in src/canvas/regionLayout.ts). */
const markerSpace = (width: number) => 2 * Math.round(20 * Math.max(width / 1600, H / 1000)) + 10;

function yearSpan(items: RoadmapItem[]): string {
  const years = [...new Set(items.map((entry) => entry.year))].sort();
  return years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
}

type Block = BlockText & { key: string; target: boolean };

/**
 * A theme's blocks: one per track (a row of the source's table) with its activities by year and
 * then the track's sector targets, as the source places them.
 */
function themeBlocks(theme: Theme, fit: number): Block[] {
  const sizes = { titleSize: DETAIL + 6, bodySize: DETAIL, summarySize: fit };
  if (theme.blocks) return theme.blocks.map((block) => ({ ...block, ...sizes, target: block.target ?? false }));
  return theme.tracks.map((track, index): Block => {
    const n = track.items.length;
    const m = track.targets.length;
    const year = track.targetYear ?? 2028;
    const span = yearSpan(track.items);
    return {
      key: `spoor-${index + 1}`, target: false, title: track.title, ...sizes,
      items: [
        ...track.items.map((entry) => t(`${entry.year}: ${entry.text.nl}`, `${entry.year}: ${entry.text.en}`)),
        ...track.targets.map((target) => t(`Sectordoel ${year}: ${target.nl}`, `Sector target ${year}: ${target.en}`)),
      ],
      summary: t(
        `${n} ${n === 1 ? 'actie' : 'acties'} ${span}${m ? ` · ${m} ${m === 1 ? 'doel' : 'doelen'} ${year}` : ''}`,
        `${n} ${n === 1 ? 'activity' : 'activities'} ${span}${m ? ` · ${m} ${m === 1 ? 'target' : 'targets'} ${year}` : ''}`,
      ),
    };
  });
}

interface Layout {
  width: number;
  fit: number;
  top: number;
  levels: number;
  themesY: number;
  columns: { width: number; header: number; stripHead: number; blocks: Block[]; heights: number[] }[];
}

const ROADMAP = t('Roadmap 2026–2028', 'Roadmap 2026–2028');
const koers: Localized[] = [
  term('eenDuidelijkeKoers'),
  term('ruimteVoorEigenheid'),
  t('Zorgen voor samenhang en vooruitgang', 'Ensuring coherence and progress'),
];
const goal = t(
  'Toekomstbestendig onderwijs voor een sterke arbeidsmarkt en een sterke samenleving',
  'Future-proof education for a strong labour market and a strong society',
);
const acrossTheSector = t('Met samenhang en vooruitgang in de hele sector', 'With coherence and progress across the whole sector');
/** The three sectors the print shows beside the goal: proper names, the same in English. */
const sectors = t('wo · hbo · mbo', 'wo · hbo · mbo');

/** Column widths such that every theme's blocks fit, for the text size legible at the fitted view. */
function layoutFor(fit: number): Layout {
  const marker = markerSpace(3600);
  const levels = neededHeight({ title: t('1  School', '1  School'), titleSize: fit, body: t('Digitalisering van het onderwijs', 'Digitalisation of teaching'), bodySize: SUBTITLE }, 900, 10) + 16;
  // The goal band holds the goal, the line under it and the course pills (see below).
  const top = 300;
  const themesY = TOP_Y + top + 14 + levels + 14;
  const themesH = H - themesY - 20;
  const columns = themes.map((theme) => {
    const blocks = themeBlocks(theme, fit);
    // Wide enough for the longest word of the title beside the marker: words are never broken.
    const longestWord = Math.max(...[theme.title.nl, theme.title.en].flatMap((title) => title.split(' ')).map((word) => textWidth(word, fit, true)));
    const minWidth = Math.max(MIN_COL_W, Math.ceil(longestWord + marker + 2 * COL_PAD + 20));
    const columnAt = (width: number) => {
      const header = neededHeight({ title: theme.title, titleSize: fit, body: theme.subtitle, bodySize: SUBTITLE }, width, COL_PAD, marker);
      const stripHead = neededHeight({ title: ROADMAP, titleSize: fit }, width - 2 * STRIP_INSET, 12, marker) - 12;
      const blockW = width - 2 * STRIP_INSET - 2 * BLOCK_INSET;
      const heights = blocks.map((block) => neededHeight(block, blockW, BLOCK_PAD, marker));
      const used = header + stripHead + heights.reduce((sum, h) => sum + h, 0) + (blocks.length - 1) * BLOCK_GAP + 2 * BLOCK_INSET + STRIP_INSET;
      return { width, header, stripHead, blocks, heights, fits: used <= themesH };
    };
    // The narrowest width (in steps of 10) at which the theme fits: a binary search, as wider never needs more height.
    let [low, high] = [Math.ceil(minWidth / 10), MAX_COL_W / 10];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (columnAt(middle * 10).fits) high = middle;
      else low = middle + 1;
    }
    return columnAt(low * 10);
  });
  const width = 2 * MARGIN + columns.reduce((sum, column) => sum + column.width, 0) + (columns.length - 1) * GAP;
  return { width, fit, top, levels, themesY, columns };
}

// The fitted text size depends on the plate's width, which depends on the text size: a few rounds settle it.
let layout = layoutFor(48);
for (let round = 0; round < 6 && legibleSize(layout.width, 1) > layout.fit; round += 1) layout = layoutFor(legibleSize(layout.width, 1));
const W = layout.width;
const FIT = layout.fit;
const TOP_H = layout.top;
const LEVELS_Y = TOP_Y + TOP_H + 14;
const LEVELS_H = layout.levels;
const THEMES_Y = layout.themesY;
const THEMES_H = H - THEMES_Y - 20;

const regions: Region[] = [
  {
    id: 'titel', kind: 'label', x: MARGIN, y: TOP_Y, width: GOAL_X - MARGIN - 20, height: TOP_H, color: PURPLE, padding: 12,
    title: t('MBO Digitaliseringsroute', 'MBO digitalisation route'), titleSize: 72,
    body: t('Van ambities naar actie\nWork in progress · 28 mei 2026', 'From ambitions to action\nWork in progress · 28 May 2026'),
    bodySize: FIT,
  },
  {
    id: 'doel', kind: 'layer', x: GOAL_X, y: TOP_Y, width: W - MARGIN - GOAL_X, height: TOP_H,
    fill: '#2b1d45', color: '#ffffff', radius: 18, padding: 18, title: goal, titleSize: FIT,
    body: acrossTheSector, bodySize: FIT,
  },
];

// wo · hbo · mbo, on the line under the goal at the band's right end.
const SECTORS_W = Math.ceil(Math.max(textWidth(sectors.nl, FIT, true), textWidth(sectors.en, FIT, true))) + 2 * 4 + 4;
regions.push({
  id: 'sectoren', kind: 'label', x: W - MARGIN - 18 - SECTORS_W, y: TOP_Y + 18 + markerSpace(W) - 18 + 8, width: SECTORS_W,
  height: Math.ceil(FIT * 1.15) + 8, color: '#ffffff', padding: 4, title: sectors, titleSize: FIT,
});

// The route's course, as pills at the bottom of the goal band.
const KOERS_GAP = 14;
const KOERS_ROOM = W - MARGIN - GOAL_X - 2 * 18 - 2 * KOERS_GAP;
// Each pill as wide as its longer wording needs, the room left shared out, so each stays on one line where it can.
const koersNeeds = koers.map((title) => Math.ceil(Math.max(textWidth(title.nl, FIT, true), textWidth(title.en, FIT, true))) + 2 * 10 + 4);
const koersSpare = KOERS_ROOM - koersNeeds.reduce((sum, need) => sum + need, 0);
const KOERS_WIDTHS = koersSpare >= 0 ? koersNeeds.map((need) => need + Math.floor(koersSpare / 3)) : koers.map(() => Math.floor(KOERS_ROOM / 3));
const KOERS_H = Math.max(...koers.map((title, index) => neededHeight({ title, titleSize: FIT }, KOERS_WIDTHS[index], 10)));
let koersX = GOAL_X + 18;
koers.forEach((title, index) => {
  regions.push({
    id: `koers-${index + 1}`, kind: 'block', x: koersX, y: TOP_Y + TOP_H - 16 - KOERS_H,
    width: KOERS_WIDTHS[index], height: KOERS_H, fill: '#ffffff', color: PURPLE, radius: 28, padding: 10, align: 'center', title, titleSize: FIT,
  });
  koersX += KOERS_WIDTHS[index] + KOERS_GAP;
});

regions.push({
  id: 'niveaus', kind: 'layer', x: MARGIN, y: LEVELS_Y, width: W - 2 * MARGIN, height: LEVELS_H,
  fill: '#ffffff', stroke: PURPLE, color: PURPLE, radius: 16, padding: 16,
  title: t('Drie niveaus', 'Three levels'), titleSize: FIT,
  body: t('in alle thema’s', 'in every theme'), bodySize: SUBTITLE,
});
const levels: [Localized, Localized][] = [
  [t('1  School', '1  School'), t('Digitalisering van de onderwijsorganisatie', 'Digitalisation of the educational organisation')],
  [t('2  Docent', '2  Teacher'), t('Digitalisering van het onderwijs', 'Digitalisation of teaching')],
  [t('3  Student', '3  Student'), t('Digitalisering in het onderwijs', 'Digitalisation in education')],
];
const LEVEL_X = MARGIN + 16 + markerSpace(W) + 420;
const LEVEL_W = Math.floor((W - MARGIN - 12 - LEVEL_X - 2 * 14) / 3);
levels.forEach(([title, body], index) => {
  regions.push({
    id: `niveau-${index + 1}`, kind: 'block', x: LEVEL_X + index * (LEVEL_W + 14), y: LEVELS_Y + 8, width: LEVEL_W, height: LEVELS_H - 16,
    fill: '#efe8f7', color: '#2b1d45', padding: 10, title, titleSize: FIT, body, bodySize: SUBTITLE,
  });
});

const hotspots: Hotspot[] = [
  { id: 'doel', order: 1, shape: rect(regions.find((r) => r.id === 'doel')!), label: t('Het doel van de route', 'The goal of the route'), sections: ['route-doel'] },
  { id: 'niveaus', order: 2, shape: rect(regions.find((r) => r.id === 'niveaus')!), label: t('Drie niveaus', 'Three levels'), sections: ['route-niveaus'] },
];

let colX = MARGIN;
themes.forEach((theme, index) => {
  const { width, header, stripHead, blocks, heights } = layout.columns[index];
  const column: Region = {
    id: theme.id, kind: 'column', x: colX, y: THEMES_Y, width, height: THEMES_H,
    fill: theme.deep, color: '#ffffff', radius: 16, padding: COL_PAD,
    title: theme.title, titleSize: FIT, body: theme.subtitle, bodySize: SUBTITLE,
  };
  const strip: Region = {
    id: `${theme.id}-roadmap`, kind: 'layer', x: colX + STRIP_INSET, y: THEMES_Y + header, width: width - 2 * STRIP_INSET,
    height: THEMES_H - header - STRIP_INSET, fill: theme.tint, color: theme.ink, radius: 12, padding: 12,
    title: ROADMAP, titleSize: FIT,
  };
  regions.push(column, strip);

  // The blocks from the top of the strip; spare height stays at the bottom. Each track is a part
  // of its own: flying to it makes its activities and targets legible.
  const trackHotspots: { id: string; box: { x: number; y: number; width: number; height: number }; title: Localized }[] = [];
  let y = strip.y + stripHead + BLOCK_INSET;
  blocks.forEach((block, i) => {
    const id = `${theme.id}-${block.key}`;
    trackHotspots.push({ id, box: { x: strip.x + BLOCK_INSET, y, width: strip.width - 2 * BLOCK_INSET, height: heights[i] }, title: block.title! });
    regions.push({
      id, kind: 'block', x: strip.x + BLOCK_INSET, y, width: strip.width - 2 * BLOCK_INSET, height: heights[i],
      fill: block.target ? theme.deep : '#ffffff', stroke: block.target ? undefined : theme.deep,
      color: block.target ? '#ffffff' : theme.ink, radius: 10, padding: BLOCK_PAD,
      title: block.title, titleSize: block.titleSize, body: block.body, items: block.items, bodySize: block.bodySize,
      summary: block.summary, summarySize: block.summarySize,
    });
    y += heights[i] + BLOCK_GAP;
  });

  hotspots.push(
    {
      id: theme.id, order: hotspots.length + 1, shape: rect(column), label: theme.title,
      sections: [`route-${theme.id}`, `route-${theme.id}-roadmap`],
    },
    {
      id: `${theme.id}-roadmap`, order: hotspots.length + 2, shape: rect(strip),
      label: t(`${theme.title.nl}: roadmap`, `${theme.title.en}: roadmap`),
      sections: [`route-${theme.id}-roadmap`],
    },
    ...trackHotspots.map(({ id, box, title }, i) => ({
      id, order: hotspots.length + 3 + i, shape: box,
      label: t(`${theme.title.nl}: ${title.nl}`, `${theme.title.en}: ${title.en}`),
      sections: [`route-${theme.id}-roadmap`],
    })),
  );
  colX += width + GAP;
});

/** The worksheet's items: every activity once (a track may share one with another), or the theme's goals. */
const roadmapItems = (theme: Theme): RoadmapItem[] =>
  theme.goals ?? [...new Map(theme.tracks.flatMap((track) => track.items).map((entry) => [entry.id, entry])).values()];
const columns: WorksheetColumn[] = themes.map((theme) => ({ id: theme.id, title: theme.title, items: roadmapItems(theme) }));

const plate = {
  id: 'digitaliseringsroute',
  number: 5,
  source: t('Digitaliseringsroute, 28 mei 2026', 'Digitalisation route, 28 May 2026'),
  title: t('MBO Digitaliseringsroute', 'MBO digitalisation route'),
  summary: t(
    'De route van de sector naar toekomstbestendig onderwijs: zes thema’s, elk met een roadmap 2026–2028 per werkspoor en sectordoelen.',
    'The sector’s route to future-proof education: six themes, each with a 2026–2028 roadmap per work stream and sector targets.',
  ),
  width: W,
  height: H,
  background: '#f4f1f8',
  intro: 'route-intro',
  exercise: 'route-aan-de-slag',
  worksheet: {
    kind: 'route',
    prompt: t(
      'Kies de eigen route van je school: waar staan we per thema, wat is onze prioriteit, en doen we mee met de sector, doen we het zelf, of nog niet? (Deze opdracht is van ons, niet uit de bron.)',
      'Choose your school’s own route: where do we stand on each theme, what is our priority, and do we join the sector, do it ourselves, or not yet? (This exercise is ours, not from the source.)',
    ),
    columns,
  },
  regions,
  hotspots,
} satisfies Plate;

export default plate;
