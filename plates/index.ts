import type { Plate } from './types';

// Every `*.plate.ts` file in this folder is a plate; no registry to keep in sync.
const modules = import.meta.glob<{ default: Plate }>('./*.plate.ts', { eager: true });

export const plates: readonly Plate[] = Object.values(modules)
  .map((module) => module.default)
  .sort((a, b) => a.number - b.number);

export function plateById(id: string): Plate | undefined {
  return plates.find((plate) => plate.id === id);
}

export type { Plate, Hotspot, Region, Rect, Localized } from './types';
