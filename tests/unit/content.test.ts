import { describe, expect, it } from 'vitest';
import { plates } from '../../plates';
import type { Localized, Plate } from '../../plates/types';
import { inside, overlaps as overlap } from '../../src/engine/geometry';
import { sections } from '../../src/content';


function localizedTexts(plate: Plate): [string, Localized][] {
  const texts: [string, Localized][] = [['title', plate.title], ['summary', plate.summary]];
  if (plate.tip) texts.push(['tip', plate.tip.label]);
  for (const region of plate.regions) {
    if (region.title) texts.push([`${region.id}.title`, region.title]);
    if (region.body) texts.push([`${region.id}.body`, region.body]);
    region.items?.forEach((item, index) => texts.push([`${region.id}.items.${index}`, item]));
  }
  for (const hotspot of plate.hotspots) texts.push([`${hotspot.id}.label`, hotspot.label]);
  return texts;
}

describe('content', () => {
  it('there are four plates with unique ids and numbers', () => {
    expect(plates.length).toBeGreaterThanOrEqual(4);
    expect(new Set(plates.map((plate) => plate.id)).size).toBe(plates.length);
    expect(new Set(plates.map((plate) => plate.number)).size).toBe(plates.length);
  });

  it('every section belongs to an existing plate or to none', () => {
    const plateIds = new Set(plates.map((plate) => plate.id));
    const strays = [...sections.values()].filter((section) => section.plate && !plateIds.has(section.plate));
    expect(strays.map((section) => section.id)).toEqual([]);
  });

  it('the general sections exist: voorwoord, verder vooruitkijken, bronnen', () => {
    for (const id of ['voorwoord', 'verder-vooruitkijken', 'bronnen']) expect(sections.get(id)?.plate).toBeUndefined();
    for (const id of ['voorwoord', 'verder-vooruitkijken', 'bronnen']) expect(sections.has(id), id).toBe(true);
  });

  it('no section is empty, holds raw HTML, or keeps a hyphen broken over a line', () => {
    for (const section of sections.values()) {
      expect(section.body.length, section.id).toBeGreaterThan(20);
      expect(section.body, section.id).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(section.body, section.id).not.toMatch(/[a-zà-ÿ]-\n[a-zà-ÿ]/);
    }
  });

  describe.each(plates.map((plate) => [plate.id, plate] as const))('plate %s', (_id, plate) => {
    const canvas = { x: 0, y: 0, width: plate.width, height: plate.height };

    it('its introduction and exercise sections exist and belong to it', () => {
      expect(sections.get(plate.intro)?.plate).toBe(plate.id);
      if (plate.exercise) expect(sections.get(plate.exercise)?.plate).toBe(plate.id);
    });

    it('every hotspot opens existing sections', () => {
      for (const hotspot of plate.hotspots) {
        expect(hotspot.sections.length, hotspot.id).toBeGreaterThan(0);
        for (const id of hotspot.sections) expect(sections.has(id), `${hotspot.id} -> ${id}`).toBe(true);
      }
    });

    it('every section of the plate is reachable from a hotspot or the introduction', () => {
      const reachable = new Set([plate.intro, plate.exercise, ...plate.hotspots.flatMap((hotspot) => hotspot.sections)]);
      const orphans = [...sections.values()].filter((section) => section.plate === plate.id && !reachable.has(section.id));
      expect(orphans.map((section) => section.id)).toEqual([]);
    });

    it('hotspot and region ids are unique', () => {
      const hotspotIds = plate.hotspots.map((hotspot) => hotspot.id);
      expect(new Set(hotspotIds).size).toBe(hotspotIds.length);
      const regionIds = plate.regions.map((region) => region.id);
      expect(new Set(regionIds).size).toBe(regionIds.length);
      for (const id of hotspotIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('the tour numbers the hotspots 1 to n', () => {
      const orders = plate.hotspots.map((hotspot) => hotspot.order).sort((a, b) => a - b);
      expect(orders).toEqual(plate.hotspots.map((_, index) => index + 1));
    });

    it('hotspots and regions lie inside the canvas', () => {
      for (const hotspot of plate.hotspots) expect(inside(canvas, hotspot.shape), hotspot.id).toBe(true);
      for (const region of plate.regions) expect(inside(canvas, region), region.id).toBe(true);
    });

    it('two hotspots overlap only where one contains the other', () => {
      for (const a of plate.hotspots) {
        for (const b of plate.hotspots) {
          if (a === b || !overlap(a.shape, b.shape)) continue;
          expect(inside(a.shape, b.shape) || inside(b.shape, a.shape), `${a.id} and ${b.id}`).toBe(true);
        }
      }
    });

    it('the tip starts the tour at an existing hotspot', () => {
      if (plate.tip) expect(plate.hotspots.some((hotspot) => hotspot.id === plate.tip!.startAt)).toBe(true);
    });

    it('every label is given in Dutch and in English', () => {
      const missing = localizedTexts(plate).filter(([, text]) => !text.nl.trim() || !text.en.trim()).map(([key]) => key);
      expect(missing).toEqual([]);
    });

    it('no text is printed smaller than 16 units (smaller text is drawn only when zoomed in far enough to read it)', () => {
      for (const region of plate.regions) {
        expect(region.titleSize ?? 26, region.id).toBeGreaterThanOrEqual(16);
        expect(region.bodySize ?? 18, region.id).toBeGreaterThanOrEqual(16);
      }
    });
  });
});
