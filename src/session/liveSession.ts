/**
 * A live session on the client: the worksheet and control documents, synced
 * with the stock y-websocket provider and kept in the browser (IndexedDB) so
 * edits made offline survive a reload and merge when the connection returns.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { CLOSE, type Refusal } from '../domain/limits';
import { joinSession, restoreSession, SessionDeleted, SessionNotFound, WrongKey } from './api';
import { colourFor, forgetFacilitatorKey, rememberedIdentity, rememberIdentity } from './identity';
import { copyDiverged, ownWork, writeAgain } from './mend';
import { RevealCarry } from './revealCarry';

/**
 * `unknown`: the server does not know the session (it lost its data, or runs on
 * another data folder): this browser keeps its copy and keeps asking.
 * `deleted`: its facilitator deleted it, or it expired: the copy is forgotten.
 * `too-big`: the server refused a message as too large more than once.
 * `benched`: the server refused this browser's changes too often and keeps it out for a minute.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'unknown' | 'deleted' | 'full' | 'too-big' | 'benched';

/**
 * The parts of a live session a component may draw: the worksheet, this participant's own
 * hidden cards, the control settings, who is present, and the connection (status, identity,
 * refusals). A component re-renders only when a part it draws changes.
 */
export type SessionPart = 'worksheet' | 'own' | 'control' | 'people' | 'connection';
export const ALL_PARTS: readonly SessionPart[] = ['worksheet', 'own', 'control', 'people', 'connection'];

/** A change the server refused, as the permission-denied message said. */
export interface RefusalNotice {
  reason: Refusal;
  at: number;
  /** This browser's copy was fetched afresh and the participant's own work sent again. */
  mended?: boolean;
}

/** How long to wait before asking again when the server did not know the session or had no room. */
const RETRY_UNKNOWN_MS = 15_000;
const RETRY_FULL_MS = 8_000;
const JOIN_RETRY_MS = 3_000;
/** The server keeps a browser whose changes it refused too often out for a minute. */
const RETRY_BENCHED_MS = 61_000;
/** A message refused as too big this many times in a row stops the connection instead of looping. */
const TOO_BIG_LIMIT = 3;
const MESSAGE_AUTH = 2;
/** Within this time after a mend, a further refusal mends without sending the work again (no loop). */
const MEND_AGAIN_MS = 10_000;

export interface Participant {
  clientId: number;
  name: string;
  colour: string;
  facilitator: boolean;
  /** Shows what the facilitator shows (follow mode). */
  following: boolean;
  self: boolean;
}

interface SessionOptions {
  name: string;
  facilitatorKey?: string;
  /** A read-only results link's token. */
  viewer?: string;
  /** Where the sync server lives; by default this page's own host. */
  serverUrl?: string;
}

function defaultServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

export class LiveSession {
  /** Replaced by a fresh copy when the server refused a change of this browser's (see mend.ts). */
  worksheet = new Y.Doc();
  readonly control = new Y.Doc();
  /** This participant's own cards while answers are hidden: no one else's browser receives them. */
  own = new Y.Doc();
  private worksheetProvider: WebsocketProvider;
  private readonly controlProvider: WebsocketProvider;
  private ownProvider: WebsocketProvider;
  private localStores: IndexeddbPersistence[];
  private readonly serverUrl: string;
  /** Keystrokes typed into a hidden card while the server reveals it reach the worksheet's copy. */
  private revealCarry: RevealCarry;
  /** When this browser last mended a copy: a refusal right after it drops the work instead of sending it again. */
  private lastMend = 0;
  private readonly listeners = new Set<{ parts: ReadonlySet<SessionPart>; listener: () => void }>();
  private readonly versions: Record<SessionPart, number> = { worksheet: 0, own: 0, control: 0, people: 0, connection: 0 };
  private terminal: ConnectionStatus | undefined;
  private everConnected = false;
  private localLoaded = 0;
  private tooBig = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private facilitatorKey: string | undefined;
  /** The id the server gave this browser in this session; undefined until it said so. */
  participantId: string | undefined;
  /** Whether the server confirmed this browser as the facilitator: a key alone shows no tools. */
  isFacilitator = false;
  /** A read-only results link. */
  isViewer = false;
  /** The last change the server refused, until dismissed. */
  refusal: RefusalNotice | undefined;
  /** One part of what is shown changed: only the components that draw it hear of it. */
  private changed(part: SessionPart): void {
    this.versions[part]++;
    for (const { parts, listener } of this.listeners) if (parts.has(part)) listener();
  }

  /** The connection, the browser's copy, the identity or a refusal changed. */
  private readonly notify = () => this.changed('connection');

  constructor(readonly code: string, options: SessionOptions) {
    this.serverUrl = options.serverUrl ?? defaultServerUrl();
    this.facilitatorKey = options.facilitatorKey;
    this.localStores = [
      this.localStore('worksheet', this.worksheet),
      this.localStore('control', this.control),
      this.localStore('own', this.own),
    ];
    // The providers connect once the server has said who this is (the cookie they present).
    this.worksheetProvider = this.provider('worksheet', this.worksheet);
    this.controlProvider = this.provider('control', this.control);
    this.ownProvider = this.provider('own', this.own);
    this.worksheetProvider.awareness.setLocalStateField('user', { name: options.name, colour: colourFor(this.worksheet.clientID) });
    this.watchPresence();
    this.options = options;
    void this.join();

    this.revealCarry = new RevealCarry(this.own, this.worksheet, () => this.participantId);
    this.worksheet.on('update', () => this.changed('worksheet'));
    this.control.on('update', () => this.changed('control'));
    this.own.on('update', () => this.changed('own'));
    addEventListener('online', this.notify);
    addEventListener('offline', this.notify);
  }

  private localStore(part: 'worksheet' | 'control' | 'own', doc: Y.Doc): IndexeddbPersistence {
    const store = new IndexeddbPersistence(part === 'worksheet' ? `praatplaten:${this.code}` : `praatplaten:${this.code}/${part}`, doc);
    store.on('synced', () => {
      this.localLoaded++;
      this.notify();
    });
    return store;
  }

  /** The stock provider for one of the session's documents, with this session's handlers. */
  private provider(part: 'worksheet' | 'control' | 'own', doc: Y.Doc): WebsocketProvider {
    const provider = new WebsocketProvider(this.serverUrl, part === 'worksheet' ? this.code : `${this.code}/${part}`, doc, { connect: false });
    provider.on('status', this.notify);
    provider.on('sync', (synced: boolean) => {
      if (synced) {
        this.everConnected = true;
        this.tooBig = 0;
        if (this.terminal === 'unknown' || this.terminal === 'full') this.terminal = undefined;
      }
      this.notify();
    });
    provider.on('connection-close', (event: CloseEvent | null) => {
      // A message the server cannot take would be sent again on every reconnect: stop and say so.
      if (event?.code !== CLOSE.tooBig || ++this.tooBig < TOO_BIG_LIMIT) return;
      this.terminal = 'too-big';
      for (const each of this.providers) each.disconnect();
      this.notify();
    });
    provider.on('closed', ({ code: closeCode }: { code: number }) => this.closed(closeCode));
    // The stock provider only logs permission-denied messages; the user must hear of them.
    provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      if (decoding.readVarUint(decoder) !== 0) return;
      const reason = decoding.readVarString(decoder) as Refusal;
      const mending = part !== 'control' && copyDiverged(reason);
      this.refusal = { reason, at: Date.now(), mended: mending };
      if (mending) this.mend(part as 'worksheet' | 'own');
      this.notify();
    };
    return provider;
  }

  /** Presence lives on the worksheet's provider: after a reconnect (or a mend) it is set anew. */
  private watchPresence(): void {
    // After a reconnect (a server restart, a network hiccup) the others have dropped our presence,
    // and they ignore the same state sent again with the same clock; setting it anew moves the clock.
    this.worksheetProvider.on('status', ({ status }: { status: string }) => {
      const awareness = this.worksheetProvider.awareness;
      if (status === 'connected' && awareness.getLocalState()) awareness.setLocalState(awareness.getLocalState());
    });
    this.worksheetProvider.awareness.on('change', () => this.changed('people'));
  }

  /**
   * The server refused a change of this browser's and did not apply it: this
   * copy now differs from the server's. Keeps this participant's own work,
   * drops the copy (here and in this browser's storage), syncs afresh and
   * writes the work again through the server's checks (see mend.ts).
   */
  private mend(part: 'worksheet' | 'own'): void {
    if (this.destroyed) return;
    const old = this[part];
    // A second refusal right after a mend: what was written again is refused too; let it go.
    const work = this.participantId && Date.now() - this.lastMend > MEND_AGAIN_MS ? ownWork(old, this.participantId) : undefined;
    this.lastMend = Date.now();
    const index = part === 'worksheet' ? 0 : 2;
    const presence = this.worksheetProvider.awareness.getLocalState();
    const oldProvider = part === 'worksheet' ? this.worksheetProvider : this.ownProvider;
    oldProvider.destroy();
    const doc = new Y.Doc();
    this[part] = doc;
    // The stored copy goes too; the fresh one is stored once the old database is deleted.
    void this.localStores[index].clearData().then(() => {
      if (!this.destroyed && this[part] === doc) this.localStores[index] = this.localStore(part, doc);
    });
    const provider = this.provider(part, doc);
    if (part === 'worksheet') {
      this.worksheetProvider = provider;
      provider.awareness.setLocalState(presence ? { ...presence, user: { ...(presence.user as object), colour: colourFor(doc.clientID) } } : null);
      this.watchPresence();
    } else {
      this.ownProvider = provider;
    }
    doc.on('update', () => this.changed(part));
    this.revealCarry.destroy();
    this.revealCarry = new RevealCarry(this.own, this.worksheet, () => this.participantId);
    if (work) {
      const writeBack = (synced: boolean) => {
        if (!synced) return;
        provider.off('sync', writeBack);
        writeAgain(doc, work);
      };
      provider.on('sync', writeBack);
    }
    old.destroy();
    if (this.joined) provider.connect();
    this.changed(part);
    this.changed('people');
  }

  /** Asks the server who this browser is, then connects; offline, the last answer stands. */
  private async join(): Promise<void> {
    const options = this.options;
    try {
      // The cookie says who this browser is, also after the server lost its data (its secret is kept apart).
      const joined = await joinSession(this.code, options.name, { facilitatorKey: this.facilitatorKey, viewer: options.viewer });
      this.participantId = joined.participantId;
      this.isFacilitator = joined.role === 'facilitator';
      this.isViewer = joined.role === 'viewer';
      rememberIdentity(this.code, joined);
    } catch (error) {
      if (this.destroyed) return;
      if (error instanceof SessionDeleted) return this.closed(CLOSE.sessionDeleted);
      if (error instanceof WrongKey && this.facilitatorKey) {
        // A key that is not this session's gives no powers: forget it and join as a participant.
        forgetFacilitatorKey(this.code);
        this.facilitatorKey = undefined;
        return this.join();
      }
      // Offline, or unknown to the server: the browser's cookie and the last answer stand. A first
      // join that failed for another reason (too many at once from one school) is simply tried again.
      const remembered = rememberedIdentity(this.code);
      if (!remembered && !(error instanceof SessionNotFound)) {
        this.retry = setTimeout(() => void this.join(), JOIN_RETRY_MS);
        return;
      }
      this.participantId = remembered?.participantId;
      this.isFacilitator = remembered?.role === 'facilitator';
      this.isViewer = remembered?.role === 'viewer';
    }
    if (this.destroyed) return;
    this.joined = true;
    this.setPresence({ facilitator: this.isFacilitator });
    for (const provider of this.providers) provider.connect();
    this.notify();
  }

  /** True once the server said who this is (or, offline, the last answer was taken). */
  joined = false;
  private options: SessionOptions;
  private destroyed = false;

  private get providers(): WebsocketProvider[] {
    return [this.worksheetProvider, this.controlProvider, this.ownProvider];
  }

  private closed(closeCode: number): void {
    clearTimeout(this.retry);
    if (closeCode === CLOSE.sessionDeleted) {
      // Deleted by its facilitator (or expired): it must not linger in this browser either.
      this.terminal = 'deleted';
      for (const store of this.localStores) void store.clearData();
    } else if (closeCode === CLOSE.refusedTooOften) {
      this.terminal = 'benched';
      for (const each of this.providers) each.disconnect();
      this.retry = setTimeout(() => this.reconnect(), RETRY_BENCHED_MS);
    } else if (closeCode === CLOSE.sessionFull || closeCode === CLOSE.sessionNotFound) {
      // Unknown is not deleted: keep this browser's copy, the last one perhaps, and ask again later.
      this.terminal = closeCode === CLOSE.sessionFull ? 'full' : 'unknown';
      this.retry = setTimeout(() => this.reconnect(), closeCode === CLOSE.sessionFull ? RETRY_FULL_MS : RETRY_UNKNOWN_MS);
    } else {
      this.terminal = 'unknown';
    }
    this.notify();
  }

  /** Joins and connects again after the server refused (unknown, full, too big): a restored session needs a new cookie. */
  reconnect(): void {
    clearTimeout(this.retry);
    this.tooBig = 0;
    void this.join();
  }

  /** Whether this browser's copy has been read, and whether it holds anything. */
  get localCopy(): 'loading' | 'empty' | 'present' {
    if (this.localLoaded < this.localStores.length) return 'loading';
    return [this.worksheet, this.control, this.own].some((doc) => doc.store.clients.size > 0) ? 'present' : 'empty';
  }

  /**
   * The facilitator brings back a session the server does not know, under its
   * code and key; this browser's copy then uploads as the providers sync.
   */
  async restore(title: string): Promise<void> {
    if (!this.facilitatorKey) throw new Error('only the facilitator can restore a session');
    await restoreSession(this.code, this.facilitatorKey, title);
    this.terminal = undefined;
    this.reconnect();
    this.notify();
  }

  dismissRefusal(): void {
    this.refusal = undefined;
    this.notify();
  }

  get status(): ConnectionStatus {
    if (this.terminal) return this.terminal;
    if (!navigator.onLine) return 'offline';
    if (this.worksheetProvider.wsconnected && this.worksheetProvider.synced && this.controlProvider.synced) return 'connected';
    return this.everConnected ? 'reconnecting' : 'connecting';
  }

  get participants(): Participant[] {
    const self = this.worksheet.clientID;
    const people: Participant[] = [];
    for (const [clientId, state] of this.worksheetProvider.awareness.getStates()) {
      const user = (state as { user?: { name?: unknown; colour?: unknown; facilitator?: unknown; following?: unknown } }).user;
      if (!user || typeof user.name !== 'string') continue;
      people.push({
        clientId,
        name: user.name.slice(0, 40),
        colour: typeof user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(user.colour) ? user.colour : colourFor(clientId),
        facilitator: user.facilitator === true,
        following: user.following === true,
        self: clientId === self,
      });
    }
    return people.sort((a, b) => Number(b.facilitator) - Number(a.facilitator) || a.name.localeCompare(b.name));
  }

  /** Adds to what others see of this participant (such as follow mode). */
  setPresence(fields: Record<string, unknown>): void {
    const awareness = this.worksheetProvider.awareness;
    const user = (awareness.getLocalState() as { user?: Record<string, unknown> } | null)?.user ?? {};
    awareness.setLocalStateField('user', { ...user, ...fields });
  }

  /** For useSyncExternalStore: changes whenever one of `parts` may have changed. */
  versionOf(parts: readonly SessionPart[]): string {
    return parts.map((part) => this.versions[part]).join('.');
  }

  subscribe(parts: readonly SessionPart[], listener: () => void): () => void {
    const entry = { parts: new Set(parts), listener };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.retry);
    removeEventListener('online', this.notify);
    removeEventListener('offline', this.notify);
    this.revealCarry.destroy();
    for (const provider of this.providers) provider.destroy();
    for (const store of this.localStores) void store.destroy();
    this.worksheet.destroy();
    this.control.destroy();
    this.own.destroy();
    this.listeners.clear();
  }
}
