import type { Hotspot, Localized, Plate, Region, RoadmapItem, WorksheetColumn } from './types';

/*
 * Plate 5: the MBO Digitaliseringsroute (presentation of 28 May 2026, work in progress).
 * Top: the title and the goal (toekomstbestendig onderwijs voor een sterke arbeidsmarkt en een
 * sterke samenleving, with één duidelijke koers / ruimte voor eigenheid / samenhang en vooruitgang).
 * Then the three levels (school, docent, student) as one band over all themes, and six theme
 * columns. Each column holds the theme's roadmap strip: year blocks 2026 / 2027 / 2028 and, at the
 * bottom, the sector targets in the theme colour. The canvas is 2560 x 1750, so font sizes are
 * scaled up (title 72, theme titles 36, roadmap text 20); the roadmaps are read zoomed in.
 * Block heights are computed from their text with Liberation Sans widths (both languages); the
 * strip's spare height is shared over its blocks. The worksheet items are the source's roadmap
 * items, one per activity; a track's sector target sits on the item it clearly belongs to.
 */

const W = 2560;
const H = 1750;
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
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let line = '';
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, size, bold) > width) {
        lines += 1;
        line = word;
      } else {
        line = next;
      }
    }
  }
  return lines;
}

interface BlockText {
  title?: Localized;
  body?: Localized;
  items?: Localized[];
  titleSize?: number;
  bodySize?: number;
}

/** Height a block needs for its text in the longer of the two languages. */
function neededHeight(block: BlockText, width: number, padding: number): number {
  const inner = width - 2 * padding;
  const titleSize = block.titleSize ?? 26;
  const bodySize = block.bodySize ?? 20;
  const per = (lang: 'nl' | 'en') => {
    let h = padding;
    if (block.title) h += lineCount(block.title[lang], inner, titleSize, true) * titleSize * 1.15 + 8;
    if (block.body) h += lineCount(block.body[lang], inner, bodySize, false) * bodySize * 1.3 + 6;
    for (const item of block.items ?? []) h += lineCount(`•  ${item[lang]}`, inner, bodySize, false) * bodySize * 1.3 + 4;
    return h + padding;
  };
  return Math.ceil(Math.max(per('nl'), per('en')));
}

const t = (nl: string, en: string): Localized => ({ nl, en });

// ── The six themes ──────────────────────────────────────────────────────────
interface YearBlock extends BlockText {
  key: string;
}

interface Theme {
  id: string;
  title: Localized;
  subtitle: Localized;
  deep: string;
  tint: string;
  ink: string;
  /** Year blocks, drawn white on the tinted roadmap strip. */
  years: YearBlock[];
  /** The sector targets, drawn in the theme colour at the bottom of the strip. */
  targets: BlockText;
  /** The theme's roadmap for the route worksheet, as the source gives it. */
  items: RoadmapItem[];
}

const yearTitle = (year: string): Localized => t(year, year);
const targets2028 = t('Sectordoelen 2028 (% mbo-instellingen)', 'Sector targets 2028 (% of mbo institutions)');

const item = (id: string, year: number, text: Localized, target?: Localized): RoadmapItem =>
  target ? { id, year, text, target } : { id, year, text };

const themes: Theme[] = [
  {
    id: 'doorlopend-beste-onderwijs',
    title: t('Doorlopend het beste onderwijs', 'The best education, continuously'),
    subtitle: t(
      'Mogelijk maken van toegankelijk, actueel en kwalitatief onderwijs',
      'Making accessible, up-to-date, high-quality education possible',
    ),
    deep: '#3b1f5c',
    tint: '#efe8f7',
    ink: '#2b1d45',
    years: [
      {
        key: '2026',
        title: yearTitle('2026'),
        items: [
          t('Sectorvoorziening voor (her)gebruik van (open) digitale leermaterialen', 'Sector facility for (re)using (open) digital learning materials'),
          t('Samenwerkingsmodellen instellingen en leveranciers', 'Models for institutions and suppliers to develop together'),
          t('Advies over afsprakenstelsel leermiddelen en EdTech', 'Advice on a system of agreements on materials and EdTech'),
          t('Dec ’26: Convenant Leermiddelen ondertekend', 'Dec ’26: learning materials covenant signed'),
          t('Instrumentarium digitaal toetsen en digitale geletterdheid', 'Toolkits for digital assessment and digital literacy'),
          t('Ondersteuning bij oprichten CTL’s; monitor Leren en lesgeven met ICT', 'Support for setting up CTLs; the Teaching and learning with ICT monitor'),
        ],
      },
      {
        key: '2027',
        title: yearTitle('2027'),
        items: [t('Adoptie Edu-V keurmerk door scholen en leveranciers', 'Schools and suppliers adopt the Edu-V quality mark')],
      },
      {
        key: '2028',
        title: yearTitle('2028'),
        items: [
          t('Organisatievorm ontwerpen voor beheer en monitoring afsprakenstelsel', 'Designing how the system of agreements is managed and monitored'),
        ],
      },
    ],
    targets: {
      title: targets2028,
      items: [
        t('30% gebruikt de sectorvoorziening voor digitale leermaterialen', '30% use the sector facility for digital learning materials'),
        t('Bij 30% wordt toetsen digitaal, veilig en betrouwbaar ondersteund', 'At 30%, assessment is supported digitally, safely and reliably'),
        t('40% heeft digitale geletterdheid in het curriculum', '40% have digital literacy in the curriculum'),
        t('50% heeft een center of teaching & learning', '50% have a center of teaching & learning'),
        t('100% gebruikt de monitor Leren en lesgeven met ICT', '100% use the Teaching and learning with ICT monitor'),
      ],
    },
    items: [
      item(
        'doorlopend-beste-onderwijs-2026-1', 2026,
        t(
          'Beschikbaar maken van digitale sectorvoorzieningen voor (her)gebruik van (open) digitale leermaterialen',
          'Making digital sector facilities available for (re)using (open) digital learning materials',
        ),
        t(
          '30% van de mbo-instellingen maakt gebruik van de digitale sectorvoorziening voor (her)gebruik van digitale leermaterialen.',
          '30% of mbo institutions use the digital sector facility for (re)using digital learning materials.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-2', 2026,
        t(
          'Faciliteren van nieuwe samenwerkingsmodellen voor het gezamenlijk ontwikkelen van complexe digitale (open) leermaterialen en educatieve technologieën tussen instellingen en leveranciers',
          'Facilitating new models for institutions and suppliers to develop complex digital (open) learning materials and educational technologies together',
        ),
        t(
          '30% van de mbo-instellingen werken samen met leveranciers voor het ontwikkelen van complexe digitale (open) leermaterialen en educatieve technologieën.',
          '30% of mbo institutions work with suppliers to develop complex digital (open) learning materials and educational technologies.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-3', 2026,
        t(
          'Adviseren over een afsprakenstelsel tussen onderwijsinstellingen en leveranciers over het ontwikkelen en de toegang tot (open) digitale leermaterialen en EdTech en het uitwisselen van gegevens',
          'Advising on a system of agreements between educational institutions and suppliers on developing and accessing (open) digital learning materials and EdTech, and on exchanging data',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-4', 2026,
        t('Dec ’26: Convenant Leermiddelen ondertekend', 'Dec ’26: learning materials covenant signed'),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-5', 2026,
        t(
          'Ontwikkelen instrumentarium voor het digitaal, veilig en betrouwbaar ondersteunen van het toetsingsproces',
          'Developing a toolkit to support the assessment process digitally, safely and reliably',
        ),
        t(
          'Bij 30% van de mbo-instellingen wordt toetsen digitaal, veilig en betrouwbaar ondersteund.',
          'At 30% of mbo institutions, assessment is supported digitally, safely and reliably.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-6', 2026,
        t(
          'Ontwikkelen instrumentarium voor onderwijsinstellingen om digitale geletterdheid op te nemen in het curriculum',
          'Developing a toolkit for institutions to include digital literacy in the curriculum',
        ),
        t(
          '40% van de mbo-instellingen heeft digitale geletterdheid opgenomen in het curriculum.',
          '40% of mbo institutions have included digital literacy in the curriculum.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-7', 2026,
        t(
          'Ontwikkelen instrumentarium voor onderwijsinstellingen om onderwijsprofessionals te ondersteunen in digitale geletterdheid (w.o. pilot met monitor Leren en lesgeven met ICT van programma Digitaal bekwaam en andere monitor van JISC)',
          'Developing a toolkit for institutions to support education professionals in digital literacy (including a pilot with the Teaching and learning with ICT monitor of the Digitaal bekwaam programme and another monitor by JISC)',
        ),
        t(
          'Bij 70% van de mbo-instellingen worden lerenden en onderwijsprofessionals ondersteund bij het waarde(n)vol inzetten van kennis, praktische vaardigheden en digitale tools. Bij 70% van de mbo-instellingen worden onderwijsprofessionals ondersteund om digitaal geletterd te zijn/te worden.',
          'At 70% of mbo institutions, learners and education professionals are supported in using knowledge, practical skills and digital tools in a valuable, values-driven way. At 70% of mbo institutions, education professionals are supported in being or becoming digitally literate.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-8', 2026,
        t('Stimuleren en faciliteren gebruik monitor Leren en lesgeven met ICT', 'Encouraging and facilitating use of the Teaching and learning with ICT monitor'),
        t('100% van de mbo-instellingen gebruikt de monitor Leren en lesgeven met ICT.', '100% of mbo institutions use the Teaching and learning with ICT monitor.'),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-9', 2026,
        t(
          'Ondersteunen instellingen bij het oprichten van een center of teaching & learning (CTL) door stimuleringsregelingen en begeleiding bij het opstellen en indienen van aanvragen',
          'Supporting institutions in setting up a center of teaching & learning (CTL) through incentive schemes and guidance in drafting and submitting applications',
        ),
        t(
          '50% van de mbo-instellingen heeft een center of teaching & learning en is aangesloten bij het landelijke netwerk.',
          '50% of mbo institutions have a center of teaching & learning and are part of the national network.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-10', 2026,
        t('Stimuleren opname digitale bekwaamheid in professionaliseringsbeleid', 'Encouraging the inclusion of digital competence in professional development policy'),
        t(
          '100% van de mbo-instellingen heeft digitale bekwaamheid opgenomen in het professionaliseringsbeleid.',
          '100% of mbo institutions have included digital competence in their professional development policy.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-11', 2026,
        t(
          'In fase van opschaling: faciliteren leergang Leidinggeven aan digitale transformatie',
          'Scaling up: facilitating the course Leading digital transformation',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-12', 2026,
        t('Delen geleerde lessen van onderzoekswerkplaatsen (voorbode CTL)', 'Sharing lessons learned in research workshops (forerunner of the CTL)'),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-13', 2026,
        t(
          'Stimuleren en faciliteren kennisuitwisseling netwerk Onderwijs & Digitalisering',
          'Encouraging and facilitating knowledge exchange in the Education & Digitalisation network',
        ),
        t('100% van de mbo-instellingen zijn vertegenwoordigd in dit netwerk. ✓', '100% of mbo institutions are represented in this network. ✓'),
      ),
      item(
        'doorlopend-beste-onderwijs-2026-14', 2026,
        t(
          'Inbedden van digitale bekwaamheid in lerarenopleiding en PDG-trajecten',
          'Embedding digital competence in teacher training and PDG programmes',
        ),
        t('Inbedding in lerarenopleiding ✓ en inbedding in PDG-trajecten.', 'Embedded in teacher training ✓ and in PDG programmes.'),
      ),
      item(
        'doorlopend-beste-onderwijs-2027-1', 2027,
        t('Adoptie Edu-V keurmerk door scholen en leveranciers', 'Schools and suppliers adopt the Edu-V quality mark'),
        t(
          'Mbo-scholen gebruiken de richtlijnen van het Edu-V keurmerk en certificering en streven ernaar om in 2030 voor minimaal 70% van de leermiddelen op de leermiddelenlijst uitsluitend gebruik te maken van leveranciers die Edu-V gecertificeerde producten en diensten leveren.',
          'Mbo schools use the guidelines of the Edu-V quality mark and certification, and aim, by 2030, to use only suppliers of Edu-V certified products and services for at least 70% of the materials on the learning materials list.',
        ),
      ),
      item(
        'doorlopend-beste-onderwijs-2028-1', 2028,
        t(
          'Ontwerpen organisatievorm voor het beheren en monitoren van het afsprakenstelsel',
          'Designing the organisation that manages and monitors the system of agreements',
        ),
        t(
          '100% van de mbo-instellingen onderschrijven een afsprakenstelsel tussen onderwijsinstellingen en leveranciers van digitale leermaterialen en EdTech en staan achter de organisatievorm voor het beheren en monitoren van de afspraken.',
          '100% of mbo institutions endorse a system of agreements between institutions and suppliers of digital learning materials and EdTech, and support the organisation that manages and monitors the agreements.',
        ),
      ),
    ],
  },
  {
    id: 'leren-zonder-drempels',
    title: t('Leren zonder drempels', 'Learning without barriers'),
    subtitle: t(
      'Versterken van de digitale randvoorwaarden voor toekomstbestendig onderwijs',
      'Strengthening the digital preconditions for future-proof education',
    ),
    deep: '#00676a',
    tint: '#e3f4f4',
    ink: '#0b3b3c',
    years: [
      {
        key: '2026',
        title: yearTitle('2026'),
        items: [
          t('Pilot Eduwallet in de proeftuin', 'Eduwallet pilot in the test bed'),
          t('OKE-standaard in gebruik nemen; specificaties Okx-koppelingen', 'Adopting the OKE standard; specifications for Okx links'),
          t('OOAPI-endpoints bij iedere instelling', 'OOAPI endpoints at every institution'),
          t('Afspraken over ontsluiten curriculuminformatie', 'Agreements on opening up curriculum information'),
          t('Pilot eduXchange', 'eduXchange pilot'),
        ],
      },
      {
        key: '2027',
        title: yearTitle('2027'),
        items: [
          t('Besluit over vervolg; pilots Okx-koppelingen (mrt. ’27)', 'Decision on next steps; Okx link pilots (Mar ’27)'),
          t('Aansluiten op SURFeduhub', 'Connecting to SURFeduhub'),
          t('Instellingen implementeren en gebruiken eduID', 'Institutions implement and use eduID'),
          t('Voorziening voor AII in het SURF-sectorpakket', 'AII facility in SURF’s sector package'),
        ],
      },
      {
        key: '2028',
        title: yearTitle('2028'),
        items: [t('Okt. 2028: AII gereed voor cohort ’28/’29', 'Oct 2028: AII ready for the ’28/’29 cohort')],
      },
    ],
    targets: {
      title: targets2028,
      items: [
        t('30% heeft een wallet geadopteerd', '30% have adopted a wallet'),
        t('Bij 60% kun je kleine eenheden onderwijs volgen', 'At 60%, learners can take small units of education'),
        t('20% ontsluit onderwijsaanbod via de voorziening', '20% publish their offer through the facility'),
        t('50% heeft afspraken over curriculuminformatie', '50% have agreements on curriculum information'),
        t('30% heeft de onderwijs-id voor lerenden', '30% have the education ID for learners'),
        t('10% heeft de voorziening voor AII', '10% have the AII facility'),
      ],
    },
    items: [
      item(
        'leren-zonder-drempels-2026-1', 2026,
        t('Pilot Eduwallet in de proeftuin', 'Eduwallet pilot in the test bed'),
        t(
          '30% van de mbo-instellingen heeft een wallet en bijbehorende voorzieningen geadopteerd. Bij 60% van de mbo-instellingen is het volgen van kleine afgebakende eenheden onderwijs mogelijk, waarvan de waarde wordt (h)erkend.',
          '30% of mbo institutions have adopted a wallet and the facilities that go with it. At 60% of mbo institutions, learners can take small, well-defined units of education whose value is recognised.',
        ),
      ),
      item(
        'leren-zonder-drempels-2026-2', 2026,
        t('Instellingen: in gebruik nemen OKE-standaard → borging beheer OKE-standaard', 'Institutions: adopting the OKE standard → securing the management of the OKE standard'),
      ),
      item(
        'leren-zonder-drempels-2026-3', 2026,
        t(
          'Okx-koppelingen: ontwikkelen technische specificaties (voor 1. OC-KRS, 2. OC-P&R, 3. OC-LMS)',
          'Okx links: developing technical specifications (for 1. OC-KRS, 2. OC-P&R, 3. OC-LMS)',
        ),
      ),
      item(
        'leren-zonder-drempels-2026-4', 2026,
        t('OOAPI-endpoints realiseren bij iedere instelling', 'Setting up OOAPI endpoints at every institution'),
        t(
          '20% van de mbo-instellingen heeft de voorziening voor het ontsluiten van onderwijsaanbod geadopteerd.',
          '20% of mbo institutions have adopted the facility for publishing their course offer.',
        ),
      ),
      item(
        'leren-zonder-drempels-2026-5', 2026,
        t(
          'Maken sectorbrede en -overstijgende afspraken over ontsluiten curriculuminformatie',
          'Making sector-wide and cross-sector agreements on opening up curriculum information',
        ),
        t(
          '50% van de mbo-instellingen heeft sectorbrede afspraken voor het ontsluiten van curriculuminformatie gemaakt.',
          '50% of mbo institutions have made sector-wide agreements on opening up curriculum information.',
        ),
      ),
      item('leren-zonder-drempels-2026-6', 2026, t('Pilot eduXchange', 'eduXchange pilot')),
      item('leren-zonder-drempels-2027-1', 2027, t('Besluitvorming over vervolg (Eduwallet)', 'Deciding on next steps (Eduwallet)')),
      item('leren-zonder-drempels-2027-2', 2027, t('Pilots Okx-koppelingen (start mrt. ’27)', 'Okx link pilots (starting Mar ’27)')),
      item('leren-zonder-drempels-2027-3', 2027, t('Aansluiten op SURFeduhub', 'Connecting to SURFeduhub')),
      item('leren-zonder-drempels-2027-4', 2027, t('Begin 2027: SURFeduhub beschikbaar', 'Early 2027: SURFeduhub available')),
      item('leren-zonder-drempels-2027-5', 2027, t('Verdere adoptie (o.b.v. gemaakte afspraken)', 'Further adoption (based on the agreements made)')),
      item(
        'leren-zonder-drempels-2027-6', 2027,
        t(
          'Vastleggen modulair onderwijs conform OOAPI-taal in een onderwijscatalogus-functionaliteit',
          'Recording modular education in the OOAPI language in a course catalogue function',
        ),
      ),
      item(
        'leren-zonder-drempels-2027-7', 2027,
        t('Voor instellingen: implementeren en gebruiken eduID', 'For institutions: implementing and using eduID'),
        t(
          '30% van de mbo-instellingen heeft de onderwijs-id voorziening voor lerenden geadopteerd.',
          '30% of mbo institutions have adopted the education ID facility for learners.',
        ),
      ),
      item(
        'leren-zonder-drempels-2027-8', 2027,
        t('Ontwikkelen voorziening voor AII (aanmelden, inschrijven en intekenen)', 'Developing the AII facility (applying, enrolling and signing up)'),
        t(
          '10% van de mbo-instellingen heeft de voorziening voor aanmelden, inschrijven en intekenen (AII) geadopteerd.',
          '10% of mbo institutions have adopted the facility for applying, enrolling and signing up (AII).',
        ),
      ),
      item(
        'leren-zonder-drempels-2027-9', 2027,
        t('Opname in mbo-sectorpakket van SURF (wensdatum: jan. ’27)', 'Inclusion in SURF’s mbo sector package (target date: Jan ’27)'),
      ),
      item(
        'leren-zonder-drempels-2028-1', 2028,
        t('Oktober 2028: af/gereed voor CAMBO-deel voor cohort ’28/’29', 'October 2028: done and ready for the CAMBO part for the ’28/’29 cohort'),
      ),
    ],
  },
  {
    id: 'data-ai',
    title: t('Data & AI', 'Data & AI'),
    subtitle: t('Waarde(n)vol inzetten van data en AI', 'Using data and AI in a valuable, values-driven way'),
    deep: '#1d4f91',
    tint: '#e6eef9',
    ink: '#12305a',
    years: [
      {
        key: '2026',
        title: yearTitle('2026'),
        items: [
          t('AI- en datageletterdheid: instrumentarium, AI-GO! Framework, CEDA-trainingen, leerlijnen AI', 'AI and data literacy: toolkit, AI-GO! framework, CEDA training, AI learning lines'),
          t('Voorzieningen: EduGenAI, AI Chat Client, DAS voor LLMs, AI Hub, AI Hackathon', 'Facilities: EduGenAI, AI Chat Client, DAS for LLMs, AI Hub, AI hackathon'),
          t('Center for Educational Data Analytics', 'Center for Educational Data Analytics'),
          t('Verantwoord gebruik: referentiekader, Publieke Waarden Academy, gedeeld beleid', 'Responsible use: reference framework, Public Values Academy, shared policy'),
          t('Inzicht en strategie: impact van AI op arbeidsmarkt en curriculum, AI en duurzaamheid, embedded AI', 'Insight and strategy: impact of AI on the labour market and curriculum, AI and sustainability, embedded AI'),
        ],
      },
      {
        key: '2027-2028',
        title: yearTitle('2027 – 2028'),
        body: t('Nog niet ingevuld op de roadmap (work in progress)', 'Not yet filled in on the roadmap (work in progress)'),
      },
    ],
    targets: {
      title: targets2028,
      items: [
        t('70% ondersteunt lerenden en onderwijsprofessionals in het gebruik van AI, data en nieuwe technologieën', '70% support learners and education professionals in using AI, data and new technologies'),
        t('Bij 60% verbeteren lerenden hun leerproces doordat (studie)data veilig en betrouwbaar beschikbaar is', 'At 60%, learners improve their learning because (study) data is available safely and reliably'),
      ],
    },
    items: [
      item(
        'data-ai-2026-1', 2026,
        t(
          'Ontwikkelen instrumentarium voor onderwijsinstellingen om lerenden en onderwijsprofessionals te ondersteunen bij het waarde(n)vol inzetten van tools, AI, data en nieuwe educatieve technologieën',
          'Developing a toolkit for institutions to support learners and education professionals in using tools, AI, data and new educational technologies in a valuable, values-driven way',
        ),
        t(
          '70% van de mbo-instellingen ondersteunt lerenden en onderwijsprofessionals in het gebruik van AI en data, en (andere) nieuwe technologieën.',
          '70% of mbo institutions support learners and education professionals in using AI and data, and (other) new technologies.',
        ),
      ),
      item('data-ai-2026-2', 2026, t('Ontwikkelen AI-GO! Framework, CEDA trainingen', 'Developing the AI-GO! framework, CEDA training')),
      item(
        'data-ai-2026-3', 2026,
        t(
          'Faciliteren kennisdeling en inspiratie (via online bijeenkomsten, Nederlandse AI Congres 2026)',
          'Facilitating knowledge sharing and inspiration (online meetings, Dutch AI Congress 2026)',
        ),
      ),
      item('data-ai-2026-4', 2026, t('Leerlijnen AI – breed toepassen', 'AI learning lines – applying them widely')),
      item('data-ai-2026-5', 2026, t('Ontwikkelen sectorvoorziening voor AI (EduGenAI)', 'Developing a sector facility for AI (EduGenAI)')),
      item('data-ai-2026-6', 2026, t('AI Hackathon', 'AI hackathon')),
      item('data-ai-2026-7', 2026, t('AI Hub', 'AI Hub')),
      item('data-ai-2026-8', 2026, t('Center for Educational Data Analytics', 'Center for Educational Data Analytics')),
      item('data-ai-2026-9', 2026, t('AI Chat Client', 'AI Chat Client')),
      item('data-ai-2026-10', 2026, t('DAS voor LLMs', 'DAS for LLMs')),
      item('data-ai-2026-11', 2026, t('Implementatie referentiekader', 'Implementing the reference framework')),
      item('data-ai-2026-12', 2026, t('Ontwikkelen Publieke Waarden Academy', 'Developing the Public Values Academy')),
      item('data-ai-2026-13', 2026, t('Gedeeld beleid (en handleidingen)', 'Shared policy (and guides)')),
      item(
        'data-ai-2026-14', 2026,
        t(
          'Ontwikkelen instrumentarium om instellingen te ondersteunen in het gebruik van data om het onderwijsproces te verbeteren',
          'Developing a toolkit to support institutions in using data to improve the educational process',
        ),
        t(
          'Bij 60% van de mbo-instellingen kunnen lerenden hun leerproces verbeteren doordat (studie)data veilig en betrouwbaar beschikbaar is voor hen en de onderwijsprofessionals.',
          'At 60% of mbo institutions, learners can improve their learning because (study) data is available safely and reliably to them and to education professionals.',
        ),
      ),
      item('data-ai-2026-15', 2026, t('Verkenning impact van AI op arbeidsmarkt en curriculum', 'Exploring the impact of AI on the labour market and the curriculum')),
      item('data-ai-2026-16', 2026, t('Verkenning AI en duurzaamheid', 'Exploring AI and sustainability')),
      item('data-ai-2026-17', 2026, t('Strategisch beeld Embedded AI bepalen (MBO, SURF en Npuls)', 'Setting out a strategic view of embedded AI (MBO, SURF and Npuls)')),
    ],
  },
  {
    id: 'cyberweerbaarheid',
    title: t('Cyberweerbaarheid', 'Cyber resilience'),
    subtitle: t('Vergroten cyberweerbaarheid van het mbo', 'Increasing the cyber resilience of mbo'),
    deep: '#8a1c3b',
    tint: '#fbe9ee',
    ink: '#5a1226',
    years: [
      {
        key: '2026',
        title: yearTitle('2026'),
        items: [
          t('Realiseren Cyberweerbaarheidspool', 'Setting up the cyber resilience pool'),
          t('Maart: resultaten Benchmark IBP 2025', 'March: results of the IBP Benchmark 2025'),
          t('Security audits', 'Security audits'),
        ],
      },
      {
        key: '2027',
        title: yearTitle('2027'),
        items: [
          t('Sep 2027: einde programma Cyberveiligheid', 'Sep 2027: the Cyberveiligheid programme ends'),
          t('Eerste ronde Cyberweerbaarheidspool (2027 – 2031)', 'First round of the cyber resilience pool (2027 – 2031)'),
        ],
      },
      {
        key: 'pool',
        title: t('Cyberweerbaarheidspool in drie fasen', 'The cyber resilience pool in three phases'),
        titleSize: 24,
        items: [
          t('Fase 1 · Basis op orde: governance, risicomanagement, dataclassificatie, continuïteit, bewustwording', 'Phase 1 · The basics in order: governance, risk management, data classification, continuity, awareness'),
          t('Fase 2 · Werkende kernmaatregelen en operationele beveiliging', 'Phase 2 · Working core measures and operational security'),
          t('Fase 3 · Integratie en borging', 'Phase 3 · Integration and embedding'),
        ],
      },
    ],
    targets: {
      title: t('Sectordoelen 2030', 'Sector targets 2030'),
      items: [
        t('Eind 2029: alle mbo-instellingen gemiddeld op NBA-volwassenheidsniveau 3.0 (toetsingskader IB)', 'End of 2029: all mbo institutions on average at NBA maturity level 3.0 (IB assessment framework)'),
        t('Eind 2030: alle mbo-instellingen individueel op niveau 3.0', 'End of 2030: every mbo institution individually at level 3.0'),
      ],
    },
    items: [
      item(
        'cyberweerbaarheid-2026-1', 2026,
        t('Realiseren Cyberweerbaarheidspool', 'Setting up the cyber resilience pool'),
        t(
          'Eind 2029: Alle mbo-instellingen voldoen gemiddeld aan NBA-volwassenheidsniveau 3.0 op toetsingskader IB. Eind 2030: Alle mbo-instellingen voldoen individueel aan NBA-volwassenheidsniveau 3.0 op toetsingskader IB.',
          'End of 2029: all mbo institutions on average meet NBA maturity level 3.0 on the IB assessment framework. End of 2030: every mbo institution individually meets NBA maturity level 3.0 on the IB assessment framework.',
        ),
      ),
      item('cyberweerbaarheid-2026-2', 2026, t('Maart 2026: resultaten Benchmark IBP 2025', 'March 2026: results of the IBP Benchmark 2025')),
      item('cyberweerbaarheid-2026-3', 2026, t('Security audits', 'Security audits')),
      item(
        'cyberweerbaarheid-2026-4', 2026,
        t(
          'Cyberweerbaarheidspool Fase 1: Basis op orde – governance, risicomanagement, dataclassificatie, continuïteit en bewustwording',
          'Cyber resilience pool phase 1: the basics in order – governance, risk management, data classification, continuity and awareness',
        ),
      ),
      item(
        'cyberweerbaarheid-2026-5', 2026,
        t(
          'Cyberweerbaarheidspool Fase 2: Werkende kernmaatregelen en operationele beveiliging – identity- en accessmanagement, incidentrespons, logging, monitoring en kwetsbaarhedenbeheer',
          'Cyber resilience pool phase 2: working core measures and operational security – identity and access management, incident response, logging, monitoring and vulnerability management',
        ),
      ),
      item(
        'cyberweerbaarheid-2026-6', 2026,
        t(
          'Cyberweerbaarheidspool Fase 3: Integratie en borging – structurele inbedding en aantoonbare instandhouding',
          'Cyber resilience pool phase 3: integration and embedding – structural embedding and demonstrable upkeep',
        ),
      ),
      item('cyberweerbaarheid-2027-1', 2027, t('Sep 2027: einde programma Cyberveiligheid', 'Sep 2027: the Cyberveiligheid programme ends')),
      item('cyberweerbaarheid-2027-2', 2027, t('Eerste ronde Cyberweerbaarheidspool (2027-2031)', 'First round of the cyber resilience pool (2027-2031)')),
    ],
  },
  {
    id: 'samen-transformeren',
    title: t('Samen transformeren', 'Transforming together'),
    subtitle: t('Realiseren van de gezamenlijke digitale transformatie in het mbo', 'Achieving the shared digital transformation of mbo'),
    deep: '#a63d14',
    tint: '#fdeee6',
    ink: '#5a230c',
    years: [
      {
        key: '2026',
        title: yearTitle('2026'),
        items: [
          t('Verkennen samenwerking op bedrijfsvoeringprocessen (bv. inkoop)', 'Exploring collaboration on business processes (e.g. purchasing)'),
          t('Voorstel Platform Praktijkverhalen', 'Proposal for a practice stories platform'),
          t('Evidence informed werken: inventarisatie en plan van aanpak', 'Evidence-informed working: inventory and plan'),
          t('Aanpak voor begeleiding bij visievorming rond CTL’s', 'Approach to guiding vision-building on CTLs'),
          t('Communityplatform voor het CTL-netwerk', 'Community platform for the CTL network'),
          t('Experimenten met vindbaarheid van kennis over onderwijsinnovatie en AI', 'Experiments in making knowledge on educational innovation and AI findable'),
          t('Call Grote Vragen via NRO', 'Big Questions call via NRO'),
          t('Verkenning vervolg programma Cyberveiligheid', 'Exploring a follow-up to the Cyberveiligheid programme'),
        ],
      },
      {
        key: '2027',
        title: yearTitle('2027'),
        items: [
          t('Begeleiden instellingen bij visievorming en plan van aanpak rond CTL’s', 'Guiding institutions in their vision and plan for CTLs'),
          t('Begeleiden inrichting en (door)ontwikkeling van CTL’s (in cohorten)', 'Guiding the set-up and development of CTLs (in cohorts)'),
        ],
      },
      {
        key: '2028',
        title: yearTitle('2028'),
        items: [t('Voorbereiden op toekomstige beheersituatie (fase na Npuls)', 'Preparing for future management (the phase after Npuls)')],
      },
    ],
    targets: {
      title: targets2028,
      items: [
        t('50% heeft een center of teaching & learning en is aangesloten bij het landelijke netwerk', '50% have a center of teaching & learning and are part of the national network'),
      ],
    },
    items: [
      item(
        'samen-transformeren-2026-1', 2026,
        t('Verkennen kansen mogelijke samenwerking op bedrijfsvoeringprocessen (bv. inkoop)', 'Exploring opportunities to collaborate on business processes (e.g. purchasing)'),
      ),
      item('samen-transformeren-2026-2', 2026, t('Uitwerken voorstel voor inrichting Platform Praktijkverhalen', 'Drafting a proposal for setting up a practice stories platform')),
      item(
        'samen-transformeren-2026-3', 2026,
        t(
          'Inventarisatie Evidence Informed werken binnen instellingen en ontwikkelen PvA om dit te versterken',
          'Taking stock of evidence-informed working in institutions and developing a plan to strengthen it',
        ),
      ),
      item(
        'samen-transformeren-2026-4', 2026,
        t('Ontwikkelen aanpak voor begeleiding bij visievorming, plan van aanpak rond CTL’s', 'Developing an approach to guide vision-building and plans for CTLs'),
      ),
      item('samen-transformeren-2026-5', 2026, t('Ontwikkelen communityplatform voor CTL-netwerk', 'Developing a community platform for the CTL network')),
      item(
        'samen-transformeren-2026-6', 2026,
        t('Experimenten met vindbaarheid van kennis over onderwijsinnovatie en AI', 'Experiments in making knowledge on educational innovation and AI findable'),
      ),
      item('samen-transformeren-2026-7', 2026, t('Call Grote Vragen via NRO', 'Big Questions call via NRO')),
      item(
        'samen-transformeren-2026-8', 2026,
        t('Verkenning mogelijk vervolg programma Cyberveiligheid (vorm, inhoud en aanpak)', 'Exploring a possible follow-up to the Cyberveiligheid programme (form, content and approach)'),
      ),
      item(
        'samen-transformeren-2027-1', 2027,
        t(
          'Begeleiden instellingen bij visievorming, plan van aanpak rond CTL’s t.b.v. subsidieaanvraag',
          'Guiding institutions in their vision and plan for CTLs, for the grant application',
        ),
      ),
      item(
        'samen-transformeren-2027-2', 2027,
        t('Begeleiden van inrichting/(door)ontwikkeling van CTL’s (in cohorten)', 'Guiding the set-up and further development of CTLs (in cohorts)'),
        t(
          '50% van de mbo-instellingen heeft een center of teaching & learning en is aangesloten bij het landelijke netwerk.',
          '50% of mbo institutions have a center of teaching & learning and are part of the national network.',
        ),
      ),
      item(
        'samen-transformeren-2028-1', 2028,
        t('Voorbereiden op toekomstige beheersituatie (fase na Npuls)', 'Preparing for future management (the phase after Npuls)'),
      ),
    ],
  },
  {
    id: 'digitale-soevereiniteit',
    title: t('Digitale soevereiniteit', 'Digital sovereignty'),
    subtitle: t('Borgen digitale soevereiniteit in onze digitale omgeving', 'Safeguarding digital sovereignty in our digital environment'),
    deep: '#2e5e3e',
    tint: '#e6f2ea',
    ink: '#1b3a26',
    years: [
      {
        key: '2026-2028',
        title: yearTitle('2026 – 2028'),
        body: t('De roadmap is nog leeg (work in progress)', 'The roadmap is still empty (work in progress)'),
      },
      {
        key: 'nodig',
        title: t('Wat we hiervoor nodig hebben', 'What we need for this'),
        titleSize: 24,
        items: [
          t('Normenkader Digitale soevereiniteit (SURF en MBO Digitaal)', 'Digital sovereignty standards framework (SURF and MBO Digitaal)'),
          t('Checklist voor inkoop en contracten', 'Checklist for purchasing and contracts'),
          t('Bewustzijn van de risico’s en commitment van bestuurders', 'Awareness of the risks and commitment from boards'),
          t('Structurele middelen', 'Structural funding'),
          t('Voorbeelden van good practices', 'Examples of good practice'),
        ],
      },
    ],
    targets: {
      title: t('Doelen 2029', 'Goals for 2029'),
      items: [
        t('Sectorbrede identiteitsvoorziening, gebruikt door 50% van de mbo-instellingen', 'A sector-wide identity facility, used by 50% of mbo institutions'),
        t('Sectorvoorziening voor (redundante) opslag van instellings- en studentdata', 'A sector facility for (redundant) storage of institution and student data'),
        t('Sectorbrede kaders & toetsbare normen', 'Sector-wide frameworks & testable standards'),
        t('Risico’s en afhankelijkheden zichtbaar en beheerst, met werkbare alternatieven', 'Risks and dependencies visible and under control, with workable alternatives'),
        t('Experimenten met alternatieven', 'Experiments with alternatives'),
      ],
    },
    // The source has no roadmap items for this theme yet; the school chooses for the 2029 goals.
    items: [
      item(
        'digitale-soevereiniteit-2029-1', 2029,
        t(
          'Een sectorbrede identiteitsvoorziening conform publieke waarden en open standaarden die door 50% van de mbo-instellingen wordt gebruikt',
          'A sector-wide identity facility, in line with public values and open standards, used by 50% of mbo institutions',
        ),
      ),
      item(
        'digitale-soevereiniteit-2029-2', 2029,
        t(
          'Een sectorbrede voorziening of dienst voor (redundante) opslag van instellings- en studentdata conform open standaarden',
          'A sector-wide facility or service for (redundant) storage of institution and student data, in line with open standards',
        ),
      ),
      item('digitale-soevereiniteit-2029-3', 2029, t('Vastgestelde en toegepaste sectorbrede kaders & toetsbare normen', 'Adopted and applied sector-wide frameworks & testable standards')),
      item(
        'digitale-soevereiniteit-2029-4', 2029,
        t('Risico’s en afhankelijkheden zijn zichtbaar, beheerst én er bestaan werkbare alternatieven', 'Risks and dependencies are visible and under control, and workable alternatives exist'),
      ),
      item(
        'digitale-soevereiniteit-2029-5', 2029,
        t(
          'Een aantal experimenten om op basis van risicogebieden impact en best practices te bepalen met betrekking tot alternatieven',
          'A number of experiments to determine, per risk area, the impact and best practices regarding alternatives',
        ),
      ),
    ],
  },
];

// ── Layout ──────────────────────────────────────────────────────────────────
const TOP_Y = 20;
const TOP_H = 204;
const LEVELS_Y = TOP_Y + TOP_H + 14;
const LEVELS_H = 108;
const THEMES_Y = LEVELS_Y + LEVELS_H + 14;
const THEMES_H = H - THEMES_Y - 20;

const GAP = 12;
const COL_W = Math.floor((W - 2 * MARGIN - 5 * GAP) / 6);
const COL_PAD = 14;
const HEADER_H = 210; // theme title (2 lines at 36) and subtitle (up to 3 lines at 22)
const STRIP_INSET = 10;
const STRIP_HEAD = 52; // the strip's own heading, beside its marker
const BLOCK_INSET = 8;
const BLOCK_GAP = 10;
const BLOCK_PAD = 12;

const rect = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x, y: r.y, width: r.width, height: r.height });

const GOAL_X = 1060;
const regions: Region[] = [
  {
    id: 'titel', kind: 'label', x: MARGIN, y: TOP_Y, width: GOAL_X - MARGIN - 20, height: TOP_H, color: PURPLE, padding: 12,
    title: t('MBO Digitaliseringsroute', 'MBO digitalisation route'), titleSize: 72,
    body: t(
      'Van ambities naar actie: één route voor de hele sector\nWork in progress · 28 mei 2026',
      'From ambitions to action: one route for the whole sector\nWork in progress · 28 May 2026',
    ),
    bodySize: 28,
  },
  {
    id: 'doel', kind: 'layer', x: GOAL_X, y: TOP_Y, width: W - MARGIN - GOAL_X, height: TOP_H,
    fill: '#2b1d45', color: '#ffffff', radius: 18, padding: 18,
    title: t(
      'Toekomstbestendig onderwijs voor een sterke arbeidsmarkt en een sterke samenleving',
      'Future-proof education for a strong labour market and a strong society',
    ),
    titleSize: 42,
  },
];

// The route's course, as pills in the goal band.
const koers: Localized[] = [
  t('Eén duidelijke koers', 'One clear course'),
  t('Ruimte voor eigenheid', 'Room for your own identity'),
  t('Samenhang en vooruitgang', 'Coherence and progress'),
];
const KOERS_GAP = 14;
const KOERS_W = Math.floor((W - MARGIN - GOAL_X - 2 * 18 - 2 * KOERS_GAP) / 3);
koers.forEach((title, index) => {
  regions.push({
    id: `koers-${index + 1}`, kind: 'block', x: GOAL_X + 18 + index * (KOERS_W + KOERS_GAP), y: TOP_Y + TOP_H - 16 - 56,
    width: KOERS_W, height: 56, fill: '#ffffff', color: PURPLE, radius: 28, padding: 12, align: 'center', title, titleSize: 28,
  });
});

regions.push({
  id: 'niveaus', kind: 'layer', x: MARGIN, y: LEVELS_Y, width: W - 2 * MARGIN, height: LEVELS_H,
  fill: '#ffffff', stroke: PURPLE, color: PURPLE, radius: 16, padding: 16,
  title: t('Drie niveaus', 'Three levels'), titleSize: 30,
  body: t('in alle thema’s', 'in every theme'), bodySize: 22,
});
const levels: [Localized, Localized][] = [
  [t('1  School', '1  School'), t('Digitalisering van de onderwijsorganisatie', 'Digitalisation of the educational organisation')],
  [t('2  Docent', '2  Teacher'), t('Digitalisering van het onderwijs', 'Digitalisation of teaching')],
  [t('3  Student', '3  Student'), t('Digitalisering in het onderwijs', 'Digitalisation in education')],
];
const LEVEL_X = MARGIN + 290;
const LEVEL_W = Math.floor((W - MARGIN - 12 - LEVEL_X - 2 * 14) / 3);
levels.forEach(([title, body], index) => {
  regions.push({
    id: `niveau-${index + 1}`, kind: 'block', x: LEVEL_X + index * (LEVEL_W + 14), y: LEVELS_Y + 8, width: LEVEL_W, height: LEVELS_H - 16,
    fill: '#efe8f7', color: '#2b1d45', padding: 10, title, titleSize: 28, body, bodySize: 22,
  });
});

const hotspots: Hotspot[] = [
  { id: 'doel', order: 1, shape: rect(regions.find((r) => r.id === 'doel')!), label: t('Het doel van de route', 'The goal of the route'), sections: ['route-doel'] },
  { id: 'niveaus', order: 2, shape: rect(regions.find((r) => r.id === 'niveaus')!), label: t('Drie niveaus', 'Three levels'), sections: ['route-niveaus'] },
];

themes.forEach((theme, index) => {
  const colX = MARGIN + index * (COL_W + GAP);
  const column: Region = {
    id: theme.id, kind: 'column', x: colX, y: THEMES_Y, width: COL_W, height: THEMES_H,
    fill: theme.deep, color: '#ffffff', radius: 16, padding: COL_PAD,
    title: theme.title, titleSize: 36, body: theme.subtitle, bodySize: 22,
  };
  const strip: Region = {
    id: `${theme.id}-roadmap`, kind: 'layer', x: colX + STRIP_INSET, y: THEMES_Y + HEADER_H, width: COL_W - 2 * STRIP_INSET,
    height: THEMES_H - HEADER_H - STRIP_INSET, fill: theme.tint, color: theme.ink, radius: 12, padding: 12,
    title: t('Roadmap', 'Roadmap'), titleSize: 26,
  };
  regions.push(column, strip);

  // Year blocks, then the targets; the strip's spare height is shared out over all of them.
  const blockX = strip.x + BLOCK_INSET;
  const blockW = strip.width - 2 * BLOCK_INSET;
  const blocks: (BlockText & { id: string; target: boolean })[] = [
    ...theme.years.map((year) => ({ ...year, id: `${theme.id}-${year.key}`, titleSize: year.titleSize ?? 26, bodySize: 20, target: false })),
    { ...theme.targets, id: `${theme.id}-doelen`, titleSize: 22, bodySize: 20, target: true },
  ];
  const heights = blocks.map((block) => neededHeight(block, blockW, BLOCK_PAD));
  const room = strip.height - STRIP_HEAD - BLOCK_INSET - (blocks.length - 1) * BLOCK_GAP;
  const spare = Math.floor((room - heights.reduce((sum, h) => sum + h, 0)) / blocks.length);
  let y = strip.y + STRIP_HEAD;
  blocks.forEach((block, i) => {
    const height = heights[i] + spare;
    regions.push({
      id: block.id, kind: 'block', x: blockX, y, width: blockW, height,
      fill: block.target ? theme.deep : '#ffffff', stroke: block.target ? undefined : theme.deep,
      color: block.target ? '#ffffff' : theme.ink, radius: 10, padding: BLOCK_PAD,
      title: block.title, titleSize: block.titleSize, body: block.body, items: block.items, bodySize: 20,
    });
    y += height + BLOCK_GAP;
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
  );
});

const columns: WorksheetColumn[] = themes.map((theme) => ({ id: theme.id, title: theme.title, items: theme.items }));

const plate = {
  id: 'digitaliseringsroute',
  number: 5,
  title: t('MBO Digitaliseringsroute', 'MBO digitalisation route'),
  summary: t(
    'De route van de sector naar toekomstbestendig onderwijs: zes thema’s, elk met een roadmap 2026–2028 en sectordoelen.',
    'The sector’s route to future-proof education: six themes, each with a 2026–2028 roadmap and sector targets.',
  ),
  width: W,
  height: H,
  background: '#f4f1f8',
  intro: 'route-intro',
  exercise: 'route-aan-de-slag',
  worksheet: {
    kind: 'route',
    prompt: t(
      'Kies de eigen route van je school: waar staan we per thema, wat is onze prioriteit, en doen we mee met de sector, doen we het zelf, of nog niet?',
      'Choose your school’s own route: where do we stand on each theme, what is our priority, and do we join the sector, do it ourselves, or not yet?',
    ),
    columns,
  },
  regions,
  hotspots,
} satisfies Plate;

export default plate;
