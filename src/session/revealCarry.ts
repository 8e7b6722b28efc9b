/**
 * At the reveal the server moves a participant's hidden cards into the
 * worksheet and deletes them from their own document. Keystrokes typed into
 * such a card in the moment between (sent to the own document after the server
 * moved it) land on the deleted copy and would be lost without a word. This
 * carries them over: the texts of one's own hidden cards are remembered, and
 * when the server takes a card out of the own document while the worksheet's
 * copy holds other text, the remembered text is written to that copy (one's own
 * card: the server allows it), now or as soon as the copy arrives.
 */
import * as Y from 'yjs';
import { ROOTS } from '../domain/limits';

type Texts = Map<string, string>;

export class RevealCarry {
  /** The texts of each own hidden card, as last seen in this browser. */
  private known = new Map<string, Texts>();
  /** Texts of moved cards whose worksheet copy has not arrived yet. */
  private readonly waiting = new Map<string, Texts>();

  /** `participantId`: only one's own cards are carried (the facilitator's own-document view mirrors everyone's). */
  constructor(private readonly own: Y.Doc, private readonly worksheet: Y.Doc, private readonly participantId: () => string | undefined) {
    own.on('afterTransaction', this.ownChanged);
    worksheet.on('afterTransaction', this.worksheetChanged);
  }

  destroy(): void {
    this.own.off('afterTransaction', this.ownChanged);
    this.worksheet.off('afterTransaction', this.worksheetChanged);
  }

  private readonly ownChanged = (transaction: Y.Transaction) => {
    const cards = this.own.getMap<unknown>(ROOTS.cards);
    const now = new Map<string, Texts>();
    const mine = this.participantId();
    for (const [id, card] of cards) if (card instanceof Y.Map && mine !== undefined && card.get('authorId') === mine) now.set(id, textsOf(card));
    // Only the server removes a card from someone's own document without them: the reveal.
    if (!transaction.local) {
      for (const [id, texts] of this.known) if (!now.has(id)) this.carry(id, texts);
    }
    this.known = now;
  };

  private readonly worksheetChanged = () => {
    for (const [id, texts] of this.waiting) if (this.carry(id, texts)) this.waiting.delete(id);
  };

  /** Writes `texts` into the worksheet's copy of card `id`; false when the copy is not there yet. */
  private carry(id: string, texts: Texts): boolean {
    const copy = this.worksheet.getMap<unknown>(ROOTS.cards).get(id);
    if (!(copy instanceof Y.Map)) {
      this.waiting.set(id, texts);
      return false;
    }
    this.worksheet.transact(() => {
      for (const [field, text] of texts) {
        const target = copy.get(field);
        if (target instanceof Y.Text) replaceText(target, text);
      }
    }, 'reveal-carry');
    return true;
  }
}

function textsOf(card: Y.Map<unknown>): Texts {
  const texts: Texts = new Map();
  for (const [field, value] of card.entries()) if (value instanceof Y.Text) texts.set(field, value.toString());
  return texts;
}

/** Makes `target` read `text` by changing only what differs between them (the middle). */
export function replaceText(target: Y.Text, text: string): void {
  const current = target.toString();
  if (current === text) return;
  let start = 0;
  while (start < current.length && start < text.length && current[start] === text[start]) start++;
  let end = 0;
  while (end < current.length - start && end < text.length - start && current[current.length - 1 - end] === text[text.length - 1 - end]) end++;
  target.delete(start, current.length - start - end);
  target.insert(start, text.slice(start, text.length - end));
}
