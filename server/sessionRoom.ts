/**
 * A live session: its worksheet document, which participants edit, and its
 * control document (lock, end, facilitator settings), which only the
 * facilitator may change. The server enforces both, not just the UI.
 */
import * as Y from 'yjs';
import { cardsFrozen, DOCUMENT_SHAPES, dotsOpen, LIMITS, REFUSAL, ROOTS, type Refusal } from '../src/domain/limits';
import { DurableBroadcast } from './durableBroadcast';
import type { DocumentStore } from './persistence';
import { syncStep1Message } from './protocol';
import { SharedDocument, type Peer } from './sharedDocument';
import { admit } from './admission';

export type { Refusal };

export type Target = 'worksheet' | 'control' | 'own';

export class SessionRoom {
  readonly worksheet: SharedDocument;
  readonly control: SharedDocument;
  /**
   * Each participant's own document: their cards while answers are hidden.
   * Only they (and no one else) are connected to it, so nobody else's
   * connection receives those texts until the facilitator reveals them and
   * the server moves the cards into the worksheet.
   */
  private readonly own = new Map<string, SharedDocument>();
  /**
   * What the facilitator's own-connection shows: every participant's hidden
   * cards, mirrored live and read-only, kept in memory only (the own documents
   * are what is stored).
   */
  private hiddenView: SharedDocument | undefined;
  private readonly settings: Y.Map<unknown>;
  /** Stored bytes of each participant's own document, as read when the session loaded or its document left memory. */
  private readonly ownSizes: Map<string, number>;
  private destroyed = false;
  /** Texts and map values a transaction made longer than allowed, cut back right after it. */
  private overlong: { texts: Set<Y.Text>; values: [Y.Map<unknown>, string][] } = { texts: new Set(), values: [] };

  constructor(readonly code: string, private readonly store: DocumentStore, private readonly durable: DurableBroadcast) {
    this.worksheet = new SharedDocument(code, store, durable, LIMITS.worksheetBytes);
    this.control = new SharedDocument(`${code}/control`, store, durable, LIMITS.controlBytes);
    this.settings = this.control.doc.getMap(ROOTS.control);
    const prefix = `${code}/own/`;
    this.ownSizes = new Map([...store.documentSizes(prefix)].map(([name, bytes]) => [name.slice(prefix.length), bytes]));
    let wasLocked = this.locked;
    let wasEnded = this.ended;
    let wasHidden = this.hidden;
    this.settings.observe(() => {
      if (wasHidden && !this.hidden) this.revealAll();
      wasHidden = this.hidden;
      // Updates refused while locked or ended are still in the participants' documents;
      // asking everyone for a sync brings them in now that writing is allowed.
      if ((wasLocked && !this.locked) || (wasEnded && !this.ended)) {
        for (const document of [this.worksheet, ...this.own.values()]) document.broadcast(syncStep1Message(document.doc));
      }
      wasLocked = this.locked;
      wasEnded = this.ended;
    });
    this.watchTexts(this.worksheet);
  }

  /** Notes texts and map values a transaction made longer than allowed, to cut them back right after it. */
  private watchTexts(document: SharedDocument): void {
    document.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const [type, keys] of transaction.changed) {
        if (type instanceof Y.Text && type.length > LIMITS.textLength) this.overlong.texts.add(type);
        if (type instanceof Y.Map) {
          for (const key of keys) {
            const value = key === null ? undefined : type.get(key);
            if (typeof value === 'string' && value.length > LIMITS.textLength) this.overlong.values.push([type, key!]);
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

  /** Answers are hidden until the facilitator reveals them. */
  get hidden(): boolean {
    return this.settings.get('hidden') === true;
  }

  documentFor(target: Target, identity: { id: string; role: string }): SharedDocument {
    if (target === 'control') return this.control;
    if (target === 'worksheet') return this.worksheet;
    return identity.role === 'facilitator' ? this.facilitatorView() : this.ownDocument(identity.id);
  }

  private ownDocument(participantId: string): SharedDocument {
    let document = this.own.get(participantId);
    if (!document) {
      document = new SharedDocument(`${this.code}/own/${participantId}`, this.store, this.durable, LIMITS.ownBytes);
      this.own.set(participantId, document);
      this.watchTexts(document);
      if (this.hiddenView) mirror(document, this.hiddenView);
    }
    return document;
  }

  private storedOwnIds(): string[] {
    const prefix = `${this.code}/own/`;
    return this.store.documentNames(prefix).map((name) => name.slice(prefix.length));
  }

  private facilitatorView(): SharedDocument {
    if (!this.hiddenView) {
      const view = new SharedDocument(`${this.code}/own-all`, IN_MEMORY, new DurableBroadcast(IN_MEMORY), Number.POSITIVE_INFINITY);
      this.hiddenView = view;
      for (const document of this.own.values()) mirror(document, view);
      // Loaded a few at a time: a session of many participants must not stall the server.
      this.inTurns(this.storedOwnIds(), (participantId) => {
        if (this.hiddenView) this.ownDocument(participantId);
      });
    }
    return this.hiddenView;
  }

  /** Answers revealed: every participant's own cards move into the worksheet, for everyone, a few documents per turn. */
  private revealAll(): void {
    this.inTurns([...new Set([...this.storedOwnIds(), ...this.own.keys()])], (participantId) => {
      if (this.hidden) return;
      const document = this.ownDocument(participantId);
      this.reveal(document);
      if (!document.peers.size && !this.hiddenView) this.releaseOwn(participantId, document);
    });
  }

  /** Runs `work` on each item, a few milliseconds' worth per turn of the event loop, until the room goes. */
  private inTurns<T>(items: T[], work: (item: T) => void): void {
    let next = 0;
    const turn = () => {
      const started = performance.now();
      while (next < items.length && !this.destroyed && performance.now() - started < TURN_MS) work(items[next++]);
      if (next < items.length && !this.destroyed) setImmediate(turn);
    };
    turn();
  }

  /** Whether `bytes` more fit under the bound all own documents of the session share. */
  private ownFits(bytes: number): boolean {
    let total = bytes;
    for (const [participantId, size] of this.ownSizes) if (!this.own.has(participantId)) total += size;
    for (const document of this.own.values()) total += document.storedSize;
    return total <= LIMITS.worksheetBytes;
  }

  private releaseOwn(participantId: string, document: SharedDocument): void {
    this.own.delete(participantId);
    document.destroy();
    this.ownSizes.set(participantId, document.storedSize);
  }

  private reveal(document: SharedDocument): void {
    const own = document.doc.getMap<unknown>(ROOTS.cards);
    if (!own.size) return;
    const cards = this.worksheet.doc.getMap<unknown>(ROOTS.cards);
    // Hidden cards of many participants together may not grow the worksheet past its limit:
    // what does not fit stays in its author's own document (the facilitator still sees it).
    const moved: [string, Y.Map<unknown>][] = [];
    let adding = 0;
    for (const [id, card] of own) {
      if (!(card instanceof Y.Map)) continue;
      const bytes = cards.has(id) ? 0 : roughBytes(card);
      if (!this.worksheet.fits(adding + bytes)) break;
      adding += bytes;
      moved.push([id, card]);
    }
    this.worksheet.doc.transact(() => {
      for (const [id, card] of moved) if (!cards.has(id)) cards.set(id, copyCard(card));
    }, 'server');
    document.doc.transact(() => {
      for (const [id] of moved) own.delete(id);
    }, 'server');
  }

  /** How many participants' own documents are in memory now. */
  get ownDocumentsInMemory(): number {
    return this.own.size;
  }

  /**
   * Own documents nobody is connected to leave memory (they are stored, and
   * load again when their participant comes back): otherwise each id that
   * ever connected, a script's included, stays until the session unloads.
   */
  releaseIdle(): void {
    for (const [participantId, document] of this.own) if (!document.peers.size) this.releaseOwn(participantId, document);
  }

  /** Why `peer` may not change `document` now, or undefined when it may. */
  refusal(document: SharedDocument, peer: Peer): Refusal | undefined {
    if (peer.role === 'facilitator') return undefined;
    if (peer.role === 'viewer') return REFUSAL.readOnly;
    if (document === this.control) return REFUSAL.facilitatorOnly;
    if (this.ended) return REFUSAL.ended;
    if (this.locked) return REFUSAL.locked;
    return undefined;
  }

  /**
   * Applies a client's update, or says why not (`admit` decides; see there for
   * the order of checks). Throws on a malformed update, so the caller can close
   * that connection. A refused update never reaches the document, the store or
   * anyone else.
   *
   * Overlong text built from many small edits is accepted and then cut back by
   * the server as a peer: refusing it would leave every later update of that
   * client pending, since Yjs updates of one client build on each other.
   */
  applyUpdate(document: SharedDocument, peer: Peer, update: Uint8Array): Refusal | undefined {
    // The facilitator's view of hidden cards is a mirror: what their browser sends back to it is ignored.
    if (document === this.hiddenView) return undefined;
    // Charged before anything is decoded: a refused update costs its sender as much as an accepted one.
    if (!peer.budget.take(update.length)) {
      // Asked for again soon: the client's next sync sends it once the budget has refilled, without another keystroke.
      peer.resync();
      return REFUSAL.rate;
    }
    const kind = document === this.control ? 'control' : document === this.worksheet ? 'worksheet' : 'own';
    const admission = admit(document.doc, peer.identity, update, {
      shape: DOCUMENT_SHAPES[kind],
      standing: this.refusal(document, peer),
      checkRights: kind !== 'control' && peer.role !== 'facilitator',
      dotsAllowed: this.dotsAllowed,
      cardsFrozen: this.cardsFrozen,
      // The facilitator's browser restoring its copy after a data loss holds everyone's work under their ids.
      mayWriteUnder: (clients) => peer.role === 'facilitator' || document.mayWriteUnder(peer.identity.id, clients),
    });
    if (admission.outcome === 'unchanged') return undefined;
    if (admission.outcome === 'refused') {
      if (admission.refusal === REFUSAL.gap) peer.resync();
      return admission.refusal;
    }
    if (!document.fits(admission.update.length) || (kind === 'own' && !this.ownFits(admission.update.length))) return REFUSAL.quota;
    Y.applyUpdate(document.doc, admission.update, peer);
    document.claimClients(peer.identity.id, admission.clients);
    // Whatever part waits for changes the server lacks is dropped; the rest is checked as usual.
    const gapped = document.dropPending();
    if (gapped) peer.resync();
    // New types are not among a transaction's changed types: check their texts here.
    for (const id of admission.newTypes) {
      if (id.clock >= Y.getState(document.doc.store, id.client)) continue;
      const item = Y.getItem(document.doc.store, id);
      const type = item instanceof Y.Item && item.content instanceof Y.ContentType ? item.content.type : undefined;
      if (type instanceof Y.Text && type.length > LIMITS.textLength) this.overlong.texts.add(type);
      if (type instanceof Y.Map) {
        for (const [key, value] of type.entries()) {
          if (typeof value === 'string' && value.length > LIMITS.textLength) this.overlong.values.push([type, key]);
        }
      }
    }
    this.capTexts();
    // A card that reaches someone's own document after the reveal goes straight to the worksheet.
    if (kind === 'own' && !this.hidden) this.reveal(document);
    return gapped ? REFUSAL.gap : undefined;
  }

  /** Participants' cards are frozen for the vote (the facilitator's choice, on by default). */
  get cardsFrozen(): boolean {
    const settings = this.settings;
    return cardsFrozen({ votesPerParticipant: settings.get('votesPerParticipant'), step: settings.get('step'), ended: this.ended, cardsOpenWhileVoting: settings.get('cardsOpenWhileVoting') });
  }

  /** Dots each participant may give now (the facilitator's setting), 0 when voting is off or closed. */
  get dotsAllowed(): number {
    return dotsOpen({ votesPerParticipant: this.settings.get('votesPerParticipant'), step: this.settings.get('step'), ended: this.ended });
  }

  private capTexts(): void {
    const { texts, values } = this.overlong;
    if (!texts.size && !values.length) return;
    this.overlong = { texts: new Set(), values: [] };
    const cap = LIMITS.textLength;
    for (const text of texts) if (text.length > cap) text.doc?.transact(() => text.delete(cap, text.length - cap), 'server');
    for (const [map, key] of values) {
      const value = map.get(key);
      if (typeof value === 'string' && value.length > cap) map.doc?.transact(() => map.set(key, value.slice(0, cap)), 'server');
    }
  }

  private get documents(): SharedDocument[] {
    return [this.worksheet, this.control, ...this.own.values(), ...(this.hiddenView ? [this.hiddenView] : [])];
  }

  get empty(): boolean {
    return this.connectionCount === 0;
  }

  get connectionCount(): number {
    return this.documents.reduce((count, document) => count + document.peers.size, 0);
  }

  closeAll(code: number, reason: string): void {
    for (const peer of this.documents.flatMap((document) => [...document.peers])) peer.close(code, reason);
  }

  destroy(keep = true): void {
    this.destroyed = true;
    for (const document of this.documents) document.destroy(keep);
  }
}

/** A card as new shared types with the same fields and texts (a type cannot move between documents). */
function copyCard(card: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [field, value] of card.entries()) {
    if (value instanceof Y.Text) copy.set(field, new Y.Text(value.toString()));
    else if (!(value instanceof Y.AbstractType)) copy.set(field, value);
  }
  return copy;
}

/** About what a card adds to a document, for the size check before it moves: its values and texts plus Yjs's overhead per field. */
function roughBytes(card: Y.Map<unknown>): number {
  let bytes = 0;
  for (const [field, value] of card.entries()) bytes += field.length + 32 + (value instanceof Y.Text ? value.length * 3 : JSON.stringify(value ?? null).length);
  return bytes;
}

/** The longest a batch of reveal or mirror work holds the event loop. */
const TURN_MS = 4;

/** The facilitator's view of hidden cards is not stored: the own documents are. */
const IN_MEMORY: DocumentStore = {
  load: () => [], appendMany: () => {}, compact: () => {}, deleteByPrefix: () => {}, documentNames: () => [], documentSizes: () => new Map(),
  writers: () => [], recordWriter: () => {},
};

/** Keeps `view` up to date with `own` (their Y.Docs have distinct client ids, so their updates merge). */
function mirror(own: SharedDocument, view: SharedDocument): void {
  Y.applyUpdate(view.doc, Y.encodeStateAsUpdate(own.doc), 'mirror');
  own.doc.on('update', (update: Uint8Array) => Y.applyUpdate(view.doc, update, 'mirror'));
}
