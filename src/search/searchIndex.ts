/**
 * Search across plate labels and handreiking text, in one language: the
 * language of the interface. Every plate label is filed under the smallest
 * hotspot that contains it, so a hit jumps to that hotspot.
 */
import MiniSearch from 'minisearch';
import type { Hotspot, Plate, Region } from '../../plates/types';
import { containsCentre } from '../engine/geometry';
import { plainText, type Section, type SectionLanguage } from '../content/sections';
import type { Route } from '../router';
import { englishStem } from './englishStem';

export interface SearchDocument {
  id: string;
  title: string;
  text: string;
  plateId?: string;
  hotspotId?: string;
  sectionId?: string;
}

/** A hit is where to go; the app words it in the current language from the plates and sections. */
export interface SearchHit {
  id: string;
  route: Route;
}

function smallestHotspotAround(plate: Plate, region: Region): Hotspot | undefined {
  return plate.hotspots
    .filter((hotspot) => containsCentre(hotspot.shape, region))
    .sort((a, b) => a.shape.width * a.shape.height - b.shape.width * b.shape.height)[0];
}

function regionText(region: Region, language: SectionLanguage): string {
  return [region.title, region.body, ...(region.items ?? [])].filter(Boolean).map((text) => text![language]).join(' ');
}

/** The documents to search: `sections` and the plate labels in `language` (pass the sections in that language). */
export function searchDocuments(plates: readonly Plate[], sections: ReadonlyMap<string, Section>, language: SectionLanguage): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const sectionText = (id: string) => {
    const section = sections.get(id);
    return section ? `${section.title} ${plainText(section.body)}` : '';
  };
  for (const plate of plates) {
    const byHotspot = new Map<string, string[]>();
    const plateLabels: string[] = [];
    for (const region of plate.regions) {
      const hotspot = smallestHotspotAround(plate, region);
      if (hotspot) byHotspot.set(hotspot.id, [...(byHotspot.get(hotspot.id) ?? []), regionText(region, language)]);
      else plateLabels.push(regionText(region, language));
    }
    documents.push({
      id: `plate:${plate.id}`,
      title: plate.title[language],
      text: [plateLabels.join(' '), sectionText(plate.intro), plate.exercise ? sectionText(plate.exercise) : ''].join(' '),
      plateId: plate.id,
    });
    for (const hotspot of plate.hotspots) {
      documents.push({
        id: `hotspot:${plate.id}:${hotspot.id}`,
        title: hotspot.label[language],
        text: [...(byHotspot.get(hotspot.id) ?? []), ...hotspot.sections.map(sectionText)].join(' '),
        plateId: plate.id,
        hotspotId: hotspot.id,
      });
    }
  }
  for (const section of sections.values()) {
    if (section.plate) continue;
    documents.push({ id: `section:${section.id}`, title: section.title, text: plainText(section.body), sectionId: section.id });
  }
  return documents;
}

export function createSearch(documents: SearchDocument[], language: SectionLanguage = 'nl') {
  // Fold accents so "creeren" finds "creëren"; in English, one stem per word family ("standardize" finds "Standardising").
  const fold = (term: string) => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['plateId', 'hotspotId', 'sectionId'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
    processTerm: language === 'en' ? (term) => englishStem(fold(term)) : fold,
  });
  index.addAll(documents);
  return (query: string, limit = 12): SearchHit[] =>
    index.search(query).slice(0, limit).map((result) => {
      const route: Route = result.sectionId
        ? { page: 'section', sectionId: result.sectionId }
        : { page: 'plate', plateId: result.plateId, ...(result.hotspotId ? { hotspotId: result.hotspotId } : {}) };
      return { id: result.id, route };
    });
}
