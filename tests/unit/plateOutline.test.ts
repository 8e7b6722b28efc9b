import { describe, expect, it } from 'vitest';
import { plateById, plates } from '../../plates';
import { sameBox } from '../../src/engine/geometry';
import { plateOutline, type OutlineNode } from '../../src/engine/plateOutline';

const outlineOf = (plateId: string) => {
  const plate = plateById(plateId)!;
  return plateOutline(plate, new Set(plate.regions.filter((region) => plate.hotspots.some((hotspot) => sameBox(region, hotspot.shape)))));
};
const walk = (nodes: OutlineNode[], path: string[] = []): [string[], OutlineNode][] =>
  nodes.flatMap((node) => [[path, node] as [string[], OutlineNode], ...walk(node.children, [...path, node.region.title?.nl ?? node.region.id])]);
const pathTo = (plateId: string, regionId: string) => walk(outlineOf(plateId)).find(([, node]) => node.region.id === regionId && !node.asGroup)?.[0];

describe('plateOutline', () => {
  it.each(plates.map((plate) => [plate.id]))('plate %s has no empty heading', (plateId) => {
    for (const [path, node] of walk(outlineOf(plateId))) {
      const { region } = node;
      const isBand = region.kind === 'layer' || region.kind === 'column';
      if (isBand || node.asGroup) expect(node.children.length > 0 || Boolean(region.body || region.items), [...path, region.id].join(' > ')).toBe(true);
    }
  });

  it('plate 1 lists each block under its layer and its rubriek', () => {
    expect(pathTo('smjp', 'blok-eigentijds-mbo')).toEqual(['Het doel:', 'Mbo & Kwaliteit']);
    expect(pathTo('smjp', 'blok-kansrijk-opleiden')).toEqual(['De route:', 'Mbo & Arbeidsmarkt']);
    expect(pathTo('smjp', 'blok-passende-financiering')).toEqual(['De basis:', 'Mbo & Kwaliteit']);
  });

  it('plate 2 lists each programme under the level it supports', () => {
    expect(pathTo('strategie-digitalisering', 'punt-registraties')).toEqual(['Digitalisering van de onderwijsorganisatie (school)']);
    expect(pathTo('strategie-digitalisering', 'programma-docent-digitaal-bekwaam')).toEqual(["Programma's", 'Digitalisering van het onderwijs (docent)']);
  });

  it('plate 3 lists the halves of a werkspoor under it', () => {
    expect(pathTo('meerjarenplan', 'governance-individueel')).toEqual(['Governance']);
  });
});
