/**
 * The plate model. A plate is data only: adding a plate means adding one
 * `plates/NN-name.plate.ts` file and its sections in `seeds/`, never code.
 *
 * Coordinates are canvas units; the canvas is scaled to fit the screen, so
 * sizes are relative to the plate's own width and height.
 */

/** Text that appears on the plate, in every language the app offers. */
export interface Localized {
  nl: string;
  en: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Something drawn on the plate. Regions are drawn in array order, so put
 * large backgrounds (layers, columns) first and the blocks on top of them.
 */
export interface Region extends Rect {
  id: string;
  /** layer/column: a coloured band that groups blocks; block: a card with text; label: text without a card; arrow: a right-pointing arrow shape. */
  kind: 'layer' | 'column' | 'block' | 'label' | 'arrow';
  /** Background colour; omitted means transparent. */
  fill?: string;
  /** Border colour; omitted means no border. */
  stroke?: string;
  /** Text colour; must contrast at least 4.5:1 with `fill` (or the region underneath). */
  color?: string;
  /** Corner radius, default 12 for blocks and 0 otherwise. */
  radius?: number;
  /** Heading printed on the region, drawn bold. */
  title?: Localized;
  /** Short caption printed under the title. */
  body?: Localized;
  /** Bullet points printed under the body. */
  items?: Localized[];
  /**
   * The id of a band (a column) this region belongs to though it is not drawn
   * inside it, such as plate 1's blocks under their rubriek header; the text
   * view lists the region under that band's title.
   */
  group?: string;
  /** Drawn but not read out in the text view: a printed number or badge that the text already conveys. */
  decorative?: boolean;
  /**
   * Semantic zoom: a short stand-in for the body and items, such as "7 doelen",
   * shown in their place while they are too small to read at the current zoom.
   */
  summary?: Localized;
  /** Font sizes in canvas units (defaults: title 26, body 18, summary as the title); never below 16. */
  titleSize?: number;
  bodySize?: number;
  summarySize?: number;
  align?: 'left' | 'center';
  /** Padding inside the region, default 16. */
  padding?: number;
}

/** A clickable part of the plate that opens handreiking text. */
export interface Hotspot {
  id: string;
  /** Position in the plate's tour (1, 2, 3 ...); also the number on its marker. */
  order: number;
  shape: Rect;
  /** Short label: the marker's accessible name and the panel's heading. */
  label: Localized;
  /** Ids of `seeds/` sections this hotspot opens, shown one after the other. */
  sections: string[];
}

/** One column or question of a worksheet; participants add cards under it. */
export interface WorksheetColumn {
  id: string;
  title: Localized;
  /** On a route worksheet: the theme's roadmap items the school chooses for. */
  items?: RoadmapItem[];
}

/** One step of a theme's roadmap (plate 5): what the sector does in a year, and its target. */
export interface RoadmapItem {
  id: string;
  year: number;
  text: Localized;
  /** The sector target, such as "30% van de mbo-instellingen heeft ...". */
  target?: Localized;
}

/** The plate's "Aan de slag" as a live worksheet. */
export interface WorksheetDefinition {
  /**
   * cards: free text answers; people: colleagues with a name and a role;
   * route: per theme (column) where the school stands, its priority, and per
   * roadmap item whether it joins collectively, does it itself, or not yet.
   */
  kind: 'cards' | 'people' | 'route';
  /** The exercise in one or two sentences, shown above the columns. */
  prompt: Localized;
  columns: WorksheetColumn[];
  /** A hint printed under the prompt (plate 4: where to find the contacts). */
  hint?: Localized;
  /** The facilitator may reword the column titles for their session (plate 1's open question). */
  rewordable?: boolean;
  /** Cards may be moved from one column to another (plate 3). */
  movable?: boolean;
}

export interface Plate {
  /** Stable id, used in URLs: lowercase words joined by hyphens. */
  id: string;
  /** The plate's number (1-4 for the handreiking's overzichtsplaten). */
  number: number;
  /**
   * Where the plate comes from when it is not one of the handreiking's overzichtsplaten (plate 5:
   * the Digitaliseringsroute); its card then says so instead of "Overzichtsplaat N".
   */
  source?: Localized;
  title: Localized;
  /** One line shown on the home page under the title. */
  summary: Localized;
  width: number;
  height: number;
  /** Canvas background colour. */
  background: string;
  /** The seeds section shown when no hotspot is selected. */
  intro: string;
  /** The plate's "Aan de slag" section, if the handreiking gives one. */
  exercise?: string;
  /** A control that starts the tour at a given hotspot (plate 1: "draai de plaat eens op z'n kop"). */
  tip?: { label: Localized; startAt: string };
  /** The live worksheet for sessions and solo work. */
  worksheet?: WorksheetDefinition;
  regions: Region[];
  hotspots: Hotspot[];
}
