/**
 * A live session: its worksheet document, which participants edit, and its
 * control document (lock, end, facilitator settings), which only the
 * facilitator may change. The server enforces both, not just the UI.
 */
import * as Y from 'yjs';
import type { DurableBroadcast } from './durableBroadcast';
import type { DocumentStore } from './persistence';
import { syncStep1Message } from './protocol';
import { SharedDocument, type Peer } from './sharedDocument';

/** The longest text a worksheet item may hold. */
export const MAX_TEXT_LENGTH = 1000;

export type Refusal = 'facilitator-only' | 'locked' | 'ended';

export class SessionRoom {
  readonly worksheet: SharedDocument;
  readonly control: SharedDocument;
  private readonly settings: Y.Map<unknown>;
  /** Texts and map values a transaction made longer than allowed, cut back right after it. */
  private overlong: { texts: Set<Y.Text>; values: [Y.Map<unknown>, string][] } = { texts: new Set(), values: [] };

  constructor(readonly code: string, store: DocumentStore, durable: DurableBroadcast) {
    this.worksheet = new SharedDocument(code, store, durable);
    this.control = new SharedDocument(`${code}/control`, store, durable);
    this.settings = this.control.doc.getMap('control');
    let wasLocked = this.locked;
    this.settings.observe(() => {
      // Updates refused while locked are still in the participants' documents;
      // asking everyone for a sync brings them in now that writing is allowed.
      if (wasLocked && !this.locked) this.worksheet.broadcast(syncStep1Message(this.worksheet.doc));
      wasLocked = this.locked;
    });
    this.worksheet.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const [type, keys] of transaction.changed) {
        if (type instanceof Y.Text && type.length > MAX_TEXT_LENGTH) this.overlong.texts.add(type);
        if (type instanceof Y.Map) {
          for (const key of keys) {
            const value = key === null ? undefined : type.get(key);
            if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) this.overlong.values.push([type, key!]);
          }
        }
      }
    });
  }

  get locked(): boolean {
    return this.settings.get('locked') === true;
  }

  get ended(): boolean {
    return this.settings.get('ended') === true;
  }

  documentFor(target: 'worksheet' | 'control'): SharedDocument {
    return target === 'control' ? this.control : this.worksheet;
  }

  /** Why `peer` may not change `document` now, or undefined when it may. */
  refusal(document: SharedDocument, peer: Peer): Refusal | undefined {
    if (peer.role === 'facilitator') return undefined;
    if (document === this.control) return 'facilitator-only';
    if (this.ended) return 'ended';
    if (this.locked) return 'locked';
    return undefined;
  }

  /**
   * Applies a client's update, or says why not. Throws on a malformed update,
   * so the caller can close that connection.
   *
   * Overlong text is accepted and then cut back by the server as a peer:
   * refusing it would leave every later update of that client pending, since
   * Yjs updates of one client build on each other.
   */
  applyUpdate(document: SharedDocument, peer: Peer, update: Uint8Array): Refusal | undefined {
    const refusal = this.refusal(document, peer);
    if (refusal) return refusal;
    // Yjs reads all structs of an update before it integrates any, so malformed
    // bytes throw before the document changes; no separate decoding pass needed.
    Y.applyUpdate(document.doc, update, peer);
    this.capTexts();
    return undefined;
  }

  private capTexts(): void {
    const { texts, values } = this.overlong;
    if (!texts.size && !values.length) return;
    this.overlong = { texts: new Set(), values: [] };
    this.worksheet.doc.transact(() => {
      for (const text of texts) if (text.length > MAX_TEXT_LENGTH) text.delete(MAX_TEXT_LENGTH, text.length - MAX_TEXT_LENGTH);
      for (const [map, key] of values) {
        const value = map.get(key);
        if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) map.set(key, value.slice(0, MAX_TEXT_LENGTH));
      }
    }, 'server');
  }

  get empty(): boolean {
    return this.worksheet.peers.size === 0 && this.control.peers.size === 0;
  }

  get connectionCount(): number {
    return this.worksheet.peers.size + this.control.peers.size;
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.worksheet.peers, ...this.control.peers]) peer.close(code, reason);
  }

  destroy(keep = true): void {
    this.worksheet.destroy(keep);
    this.control.destroy(keep);
  }
}
