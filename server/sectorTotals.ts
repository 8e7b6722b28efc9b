/**
 * Each event's sector totals, computed on the server from the linked
 * sessions' worksheet documents (no browser receives another school's
 * answers) and cached. A session's answers are mirrored from its live
 * document as they change (only the keys that changed), or read once from the
 * store while nobody is connected to it. The totals are recomputed at most
 * once a second, and only when a linked session changed, so a network day of
 * forty busy sessions costs little CPU.
 */
import * as Y from 'yjs';
import plate from '../plates/05-digitaliseringsroute.plate';
import { ROOTS } from '../src/domain/limits';
import { ROUTE_PLATE, SECTOR_GOALS } from '../src/sector/goals';
import { routeEntry, SchoolTally, sectorTotals, type RouteEntry, type SchoolSummary, type SectorTotals, type ThemeDefinition } from '../src/sector/totals';
import type { EventLink } from './eventStore';
import type { DocumentStore } from './persistence';

export const THEMES: ThemeDefinition[] = plate.worksheet.columns.map((column) => ({ id: column.id, items: (column.items ?? []).map((item) => item.id) }));

/** The least time between two computations of one event's totals. */
const MIN_INTERVAL_MS = 1000;
/** While someone waits for news, linked sessions that opened (someone joined) are looked for this often. */
const WATCH_INTERVAL_MS = 1000;
/** An event nobody has read for this long leaves memory (its totals are computed again when asked). */
const IDLE_MS = 10 * 60 * 1000;

export interface TotalsSnapshot {
  version: number;
  totals: SectorTotals;
}

/** Each snapshot's totals as JSON, made once however many views read it. */
const serialized = new WeakMap<TotalsSnapshot, string>();

/** One linked session's answers, kept up to date. */
interface SessionSource {
  entries: Map<string, RouteEntry>;
  /** The same answers, counted: the school's summary is read from here. */
  tally: SchoolTally;
  /** The live document being watched, while the session is open. */
  doc?: Y.Doc;
  stopWatching?: () => void;
  summary?: SchoolSummary;
  /** Events to tell when the answers change. */
  events: Set<string>;
}

interface EventState {
  snapshot?: TotalsSnapshot;
  /** What the last computation used, to see whether anything changed since. */
  signature: string;
  dirty: boolean;
  computedAt: number;
  readAt: number;
  waiters: Set<(snapshot: TotalsSnapshot) => void>;
  timer?: NodeJS.Timeout;
  watcher?: NodeJS.Timeout;
}

export interface TotalsSources {
  /** The links of an event to sessions that exist. */
  links(eventCode: string): EventLink[];
  /** A session's live worksheet document, if someone is connected to it now. */
  liveDocument(sessionCode: string): Y.Doc | undefined;
  store: Pick<DocumentStore, 'load'>;
}

export class SectorTotalsCache {
  private readonly sources = new Map<string, SessionSource>();
  private readonly events = new Map<string, EventState>();
  /** Milliseconds spent on totals (following answers and computing), for the bench. */
  cpuMs = 0;
  /** How many times totals were computed anew. */
  computations = 0;

  private readonly idleSweep: NodeJS.Timeout;

  constructor(private readonly from: TotalsSources, private readonly now: () => number = Date.now) {
    this.idleSweep = setInterval(() => this.forgetIdle(), IDLE_MS);
    this.idleSweep.unref();
  }

  /** The snapshot's totals as JSON text (serialized once per version, counted in `cpuMs`). */
  json(snapshot: TotalsSnapshot): string {
    let text = serialized.get(snapshot);
    if (text === undefined) {
      const started = performance.now();
      serialized.set(snapshot, (text = JSON.stringify(snapshot.totals)));
      this.cpuMs += performance.now() - started;
    }
    return text;
  }

  /** Events nobody reads or waits for leave memory, with their sessions' followers. */
  forgetIdle(): void {
    for (const [code, state] of this.events) if (!state.waiters.size && this.now() - state.readAt > IDLE_MS) this.forget(code);
  }

  /** The event's totals, at most a second old. */
  current(eventCode: string): TotalsSnapshot {
    const state = this.state(eventCode);
    if (!state.snapshot || this.now() - state.computedAt >= MIN_INTERVAL_MS) this.refresh(eventCode);
    return state.snapshot!;
  }

  /**
   * The event's totals once they are newer than `since`, or the current ones
   * after `timeoutMs` (a long poll): the sector view hears of an answer
   * within about a second.
   */
  next(eventCode: string, since: number, timeoutMs: number, signal?: AbortSignal): Promise<TotalsSnapshot> {
    const snapshot = this.current(eventCode);
    if (snapshot.version > since) return Promise.resolve(snapshot);
    const state = this.state(eventCode);
    return new Promise((resolve) => {
      const done = (result: TotalsSnapshot) => {
        clearTimeout(timeout);
        state.waiters.delete(done);
        signal?.removeEventListener('abort', abort);
        if (!state.waiters.size) this.stopWatching(state);
        resolve(result);
      };
      const abort = () => done(state.snapshot!);
      const timeout = setTimeout(() => done(this.current(eventCode)), timeoutMs);
      signal?.addEventListener('abort', abort);
      state.waiters.add(done);
      this.watch(eventCode, state);
    });
  }

  /** Something about the event's links changed (a school linked, unlinked, renamed): compute again soon. */
  invalidate(eventCode: string): void {
    const state = this.events.get(eventCode);
    if (!state) return;
    state.dirty = true;
    this.schedule(eventCode, state);
  }

  /** The event was deleted: forget it and answer whoever waits. */
  forget(eventCode: string): void {
    const state = this.events.get(eventCode);
    if (!state) return;
    clearTimeout(state.timer);
    this.stopWatching(state);
    for (const waiter of [...state.waiters]) waiter(state.snapshot!);
    this.events.delete(eventCode);
    for (const [code, source] of this.sources) {
      source.events.delete(eventCode);
      if (!source.events.size) this.drop(code, source);
    }
  }

  close(): void {
    clearInterval(this.idleSweep);
    for (const code of [...this.events.keys()]) this.forget(code);
  }

  private state(eventCode: string): EventState {
    let state = this.events.get(eventCode);
    if (!state) this.events.set(eventCode, (state = { signature: '', dirty: true, computedAt: 0, readAt: 0, waiters: new Set() }));
    state.readAt = this.now();
    return state;
  }

  /** While someone waits, sessions that open are found without an answer having to arrive first. */
  private watch(eventCode: string, state: EventState): void {
    if (state.watcher) return;
    state.watcher = setInterval(() => {
      if (this.linksChanged(eventCode, state)) this.schedule(eventCode, state);
    }, WATCH_INTERVAL_MS);
    state.watcher.unref();
  }

  private stopWatching(state: EventState): void {
    clearInterval(state.watcher);
    state.watcher = undefined;
  }

  /** Whether a link or a session's document changed since the last computation (cheap: no answers are read). */
  private linksChanged(eventCode: string, state: EventState): boolean {
    if (state.dirty) return true;
    const links = this.from.links(eventCode);
    if (signatureOf(links) !== state.signature) return true;
    return links.some((link) => {
      const live = this.from.liveDocument(link.sessionCode);
      return live !== undefined && live !== this.sources.get(link.sessionCode)?.doc;
    });
  }

  private schedule(eventCode: string, state: EventState): void {
    if (state.timer || (!state.waiters.size && !state.watcher)) return;
    const wait = Math.max(0, state.computedAt + MIN_INTERVAL_MS - this.now());
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const before = state.snapshot?.version;
      this.refresh(eventCode);
      if (state.snapshot!.version !== before) for (const waiter of [...state.waiters]) waiter(state.snapshot!);
    }, wait);
    state.timer.unref();
  }

  private refresh(eventCode: string): void {
    const state = this.state(eventCode);
    const started = performance.now();
    const links = this.from.links(eventCode);
    const signature = signatureOf(links);
    let changed = state.dirty || signature !== state.signature || !state.snapshot;
    const linked = new Set(links.map((link) => link.sessionCode));
    for (const [code, source] of this.sources) {
      if (source.events.has(eventCode) && !linked.has(code)) {
        source.events.delete(eventCode);
        if (!source.events.size) this.drop(code, source);
      }
    }
    const schools = links.map((link) => {
      const source = this.source(link.sessionCode, eventCode);
      if (!source.summary) {
        source.summary = source.tally.summary();
        changed = true;
      }
      return { id: link.linkId, ...(link.school ? { name: link.school } : {}), summary: source.summary };
    });
    if (changed) {
      this.computations++;
      state.snapshot = { version: (state.snapshot?.version ?? 0) + 1, totals: sectorTotals(schools, THEMES, SECTOR_GOALS) };
    }
    state.signature = signature;
    state.dirty = false;
    state.computedAt = this.now();
    this.cpuMs += performance.now() - started;
  }

  /** A session's answers: watched while it is live, read from the store once while it is not. */
  private source(sessionCode: string, eventCode: string): SessionSource {
    let source = this.sources.get(sessionCode);
    if (!source) this.sources.set(sessionCode, (source = { entries: new Map(), tally: new SchoolTally(THEMES), events: new Set() }));
    source.events.add(eventCode);
    const live = this.from.liveDocument(sessionCode);
    if (live && live !== source.doc) {
      source.stopWatching?.();
      this.follow(source, live);
    } else if (!live && source.doc) {
      // The session closed: what it held is what is stored, and what we have.
      source.stopWatching?.();
      source.doc = undefined;
      source.stopWatching = undefined;
    } else if (!live && !source.summary) {
      const stored = this.from.store.load(sessionCode);
      const doc = new Y.Doc();
      if (stored.length) Y.applyUpdate(doc, stored.length === 1 ? stored[0] : Y.mergeUpdates(stored));
      readEntries(doc.getMap<unknown>(ROOTS.route), source);
      doc.destroy();
    }
    return source;
  }

  private follow(source: SessionSource, doc: Y.Doc): void {
    const route = doc.getMap<unknown>(ROOTS.route);
    source.doc = doc;
    readEntries(route, source);
    const observer = (event: Y.YMapEvent<unknown>) => {
      const started = performance.now();
      for (const key of event.keysChanged) {
        const before = source.entries.get(key);
        if (before) source.tally.remove(before);
        const entry = routeEntry(key, route.get(key), ROUTE_PLATE);
        if (entry) {
          source.entries.set(key, entry);
          source.tally.add(entry);
        } else source.entries.delete(key);
      }
      source.summary = undefined;
      for (const eventCode of source.events) {
        const state = this.events.get(eventCode);
        if (!state) continue;
        state.dirty = true;
        this.schedule(eventCode, state);
      }
      this.cpuMs += performance.now() - started;
    };
    route.observe(observer);
    source.stopWatching = () => route.unobserve(observer);
  }

  private drop(sessionCode: string, source: SessionSource): void {
    source.stopWatching?.();
    this.sources.delete(sessionCode);
  }
}

/** Reads a session's answers anew (its document was loaded or opened). */
function readEntries(route: Y.Map<unknown>, source: SessionSource): void {
  source.entries = new Map();
  source.tally = new SchoolTally(THEMES);
  source.summary = undefined;
  for (const [key, value] of route) {
    const entry = routeEntry(key, value, ROUTE_PLATE);
    if (!entry) continue;
    source.entries.set(key, entry);
    source.tally.add(entry);
  }
}

const signatureOf = (links: readonly EventLink[]) => links.map((link) => `${link.sessionCode}:${link.linkId}:${link.school ?? ''}`).join('|');
