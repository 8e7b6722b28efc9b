/**
 * A live session on the client: the worksheet and control documents, synced
 * with the stock y-websocket provider and kept in the browser (IndexedDB) so
 * edits made offline survive a reload and merge when the connection returns.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { colourFor } from './identity';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'not-found' | 'full';

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
  /** Where the sync server lives; by default this page's own host. */
  serverUrl?: string;
}

function defaultServerUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

export class LiveSession {
  readonly worksheet = new Y.Doc();
  readonly control = new Y.Doc();
  readonly isFacilitator: boolean;
  private readonly worksheetProvider: WebsocketProvider;
  private readonly controlProvider: WebsocketProvider;
  private readonly localStores: IndexeddbPersistence[];
  private readonly listeners = new Set<() => void>();
  private terminal: ConnectionStatus | undefined;
  private everConnected = false;
  private revision = 0;
  private readonly notify = () => {
    this.revision++;
    for (const listener of this.listeners) listener();
  };

  constructor(readonly code: string, options: SessionOptions) {
    const serverUrl = options.serverUrl ?? defaultServerUrl();
    const params: Record<string, string> = options.facilitatorKey ? { key: options.facilitatorKey } : {};
    this.isFacilitator = Boolean(options.facilitatorKey);
    this.localStores = [
      new IndexeddbPersistence(`praatplaten:${code}`, this.worksheet),
      new IndexeddbPersistence(`praatplaten:${code}/control`, this.control),
    ];
    this.worksheetProvider = new WebsocketProvider(serverUrl, code, this.worksheet, { params });
    this.controlProvider = new WebsocketProvider(serverUrl, `${code}/control`, this.control, { params });
    this.worksheetProvider.awareness.setLocalStateField('user', {
      name: options.name,
      colour: colourFor(this.worksheet.clientID),
      facilitator: this.isFacilitator,
    });

    // After a reconnect (a server restart, a network hiccup) the others have dropped our presence,
    // and they ignore the same state sent again with the same clock; setting it anew moves the clock.
    this.worksheetProvider.on('status', ({ status }: { status: string }) => {
      const awareness = this.worksheetProvider.awareness;
      if (status === 'connected' && awareness.getLocalState()) awareness.setLocalState(awareness.getLocalState());
    });
    for (const provider of [this.worksheetProvider, this.controlProvider]) {
      provider.on('status', this.notify);
      provider.on('sync', (synced: boolean) => {
        if (synced) this.everConnected = true;
        this.notify();
      });
      provider.on('closed', ({ code: closeCode }: { code: number }) => {
        this.terminal = closeCode === 4429 ? 'full' : 'not-found';
        // A session that is gone from the server must not linger in this browser either.
        if (this.terminal === 'not-found') for (const store of this.localStores) void store.clearData();
        this.notify();
      });
    }
    this.worksheet.on('update', this.notify);
    this.control.on('update', this.notify);
    this.worksheetProvider.awareness.on('change', this.notify);
    addEventListener('online', this.notify);
    addEventListener('offline', this.notify);
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

  /** For useSyncExternalStore: changes whenever anything shown may have changed. */
  get version(): number {
    return this.revision;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    removeEventListener('online', this.notify);
    removeEventListener('offline', this.notify);
    this.worksheetProvider.destroy();
    this.controlProvider.destroy();
    for (const store of this.localStores) void store.destroy();
    this.worksheet.destroy();
    this.control.destroy();
    this.listeners.clear();
  }
}
