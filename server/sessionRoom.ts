/**
 * A live session: its worksheet document, which participants edit, and its
 * control document (lock, end, facilitator settings), which only the
 * facilitator may change. The server enforces both, not just the UI.
 */
import * as Y from 'yjs';
import type { DocumentStore } from './persistence';
import { syncStep1Message } from './protocol';
import { SharedDocument, type Peer } from './sharedDocument';

/** The longest text a worksheet item may hold. */
export const MAX_TEXT_LENGTH = 1000;

export type Refusal = 'facilitator-only' | 'locked' | 'ended' | 'text-too-long';

export class SessionRoom {
  readonly worksheet: SharedDocument;
  readonly control: SharedDocument;
  private readonly settings: Y.Map<unknown>;
  private textsToTrim = new Set<Y.Text>();

  constructor(readonly code: string, store: DocumentStore) {
    this.worksheet = new SharedDocument(code, store);
    this.control = new SharedDocument(`${code}/control`, store);
    this.settings = this.control.doc.getMap('control');
    let wasLocked = this.locked;
    this.settings.observe(() => {
      // Updates refused while locked are still in the participants' documents;
      // asking everyone for a sync brings them in now that writing is allowed.
      if (wasLocked && !this.locked) this.worksheet.broadcast(syncStep1Message(this.worksheet.doc));
      wasLocked = this.locked;
    });
    this.worksheet.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) {
        if (type instanceof Y.Text && type.length > MAX_TEXT_LENGTH) this.textsToTrim.add(type);
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
   * Applies a client's update, or says why not. Throws on a malformed update
   * before anything is applied, so the caller can close that connection.
   */
  applyUpdate(document: SharedDocument, peer: Peer, update: Uint8Array): Refusal | undefined {
    const refusal = this.refusal(document, peer);
    if (refusal) return refusal;
    const { structs } = Y.decodeUpdate(update);
    if (structs.some(holdsOverlongText)) return 'text-too-long';
    Y.applyUpdate(document.doc, update, peer);
    this.trimTexts();
    return undefined;
  }

  /** Many small inserts can still add up to an overlong text; cut it back. */
  private trimTexts(): void {
    if (!this.textsToTrim.size) return;
    const texts = [...this.textsToTrim];
    this.textsToTrim.clear();
    this.worksheet.doc.transact(() => {
      for (const text of texts) if (text.length > MAX_TEXT_LENGTH) text.delete(MAX_TEXT_LENGTH, text.length - MAX_TEXT_LENGTH);
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

function holdsOverlongText(struct: unknown): boolean {
  if (!(struct instanceof Y.Item)) return false;
  const content = struct.content;
  if (content instanceof Y.ContentString) return content.str.length > MAX_TEXT_LENGTH;
  if (content instanceof Y.ContentAny) return content.arr.some((value) => typeof value === 'string' && value.length > MAX_TEXT_LENGTH);
  return false;
}
