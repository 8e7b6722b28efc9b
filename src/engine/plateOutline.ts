/**
 * The plate as an outline, for the text view: bands (layers, columns) hold the
 * regions drawn inside them, nested as deep as the plate nests them. A block
 * that belongs to a band drawn elsewhere (plate 1's rubriek headers above the
 * blocks) names it in `group` and is listed under it, inside its own band.
 */
import type { Plate, Region } from '../../plates/types';
import { containsCentre } from './geometry';

export interface OutlineNode {
  region: Region;
  children: OutlineNode[];
  /** A band shown only as the heading of the members of its group, not with its own text. */
  asGroup?: boolean;
}

const isBand = (region: Region) => region.kind === 'layer' || region.kind === 'column';
const area = (region: Region) => region.width * region.height;

/** The smallest band that holds the centre of `region`, if any. */
function parentOf(region: Region, bands: readonly Region[]): Region | undefined {
  let parent: Region | undefined;
  for (const band of bands) {
    if (band === region || area(band) <= area(region) || !containsCentre(band, region)) continue;
    if (!parent || area(band) < area(parent)) parent = band;
  }
  return parent;
}

/** Whether a node says anything: its own text, or something under it. */
function hasContent(node: OutlineNode, hotspotRegions: ReadonlySet<Region>): boolean {
  const { region } = node;
  if (node.asGroup) return node.children.length > 0;
  return Boolean(region.body || region.items?.length || hotspotRegions.has(region) || node.children.length > 0 || (region.title && !isBand(region)));
}

/**
 * The regions of a plate as a tree, in drawing order. Bands without anything in
 * them are left out (no empty headings); a band named as a group is also shown
 * where its members are, as their heading.
 */
export function plateOutline(plate: Plate, hotspotRegions: ReadonlySet<Region> = new Set()): OutlineNode[] {
  const bands = plate.regions.filter(isBand);
  const byId = new Map(plate.regions.map((region) => [region.id, region]));
  const nodes = new Map<Region, OutlineNode>(plate.regions.map((region) => [region, { region, children: [] }]));
  const roots: OutlineNode[] = [];

  for (const region of plate.regions) {
    if (region.decorative || region.kind === 'arrow') continue;
    const parent = parentOf(region, bands);
    const siblings = parent ? nodes.get(parent)!.children : roots;
    const group = region.group ? byId.get(region.group) : undefined;
    if (group) {
      let groupNode = siblings.find((node) => node.region === group);
      if (!groupNode) {
        groupNode = { region: group, children: [], asGroup: true };
        siblings.push(groupNode);
      }
      groupNode.children.push(nodes.get(region)!);
    } else {
      siblings.push(nodes.get(region)!);
    }
  }

  const prune = (list: OutlineNode[]): OutlineNode[] =>
    list
      .map((node) => ({ ...node, children: prune(node.children) }))
      .filter((node) => hasContent(node, hotspotRegions));
  return prune(roots);
}
