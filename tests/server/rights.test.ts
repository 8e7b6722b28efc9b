/**
 * A curious participant with a stock Y.Doc and a few lines of script: every
 * forbidden change is refused before it lands, the attacker is told, and the
 * bystanders and the server's copy see nothing change. (The attacker's own
 * copy keeps what it wrote: the app mends its copy on a refusal, a script
 * need not.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { cardText, connect, createSession, disconnectAll, identify, joinAs, startTestServer, synced, syncUpdateMessage, waitFor, writeCard, type Client, type Person, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A session with the facilitator (two dots each), Ann with a card, Bob with a card, an attacker Eve and a bystander Dirk. */
async function room() {
  const { code, facilitatorKey } = await createSession(server.http);
  const { cookie } = await identify(server.http, code, { key: facilitatorKey, name: 'Marieke' });
  const control = connect(server.ws, `${code}/control`, { cookie });
  await synced(control);
  control.doc.getMap('control').set('votesPerParticipant', 2);
  const ann = await joinAs(server, code, 'Ann');
  const bob = await joinAs(server, code, 'Bob');
  const eve = await joinAs(server, code, 'Eve');
  const dirk = await joinAs(server, code, 'Dirk');
  writeCard(ann, 'ann-1', 'Roosters digitaal');
  writeCard(bob, 'bob-1', 'Data delen');
  await waitFor(() => [eve, dirk].every((person) => cardText(person.doc, 'ann-1') && cardText(person.doc, 'bob-1')), 'cards everywhere');
  await waitFor(() => server.rooms.get(code)?.dotsAllowed === 2, 'dots set');
  return { code, facilitatorKey, ann, bob, eve, dirk };
}

/** What the worksheet looks like to someone: cards with author and text, dots, route answers. */
function view(person: Person) {
  const cards = Object.fromEntries([...person.doc.getMap('cards').entries()].map(([id, card]) => {
    const map = card as Y.Map<unknown>;
    return [id, { author: map.get('author'), authorId: map.get('authorId'), text: cardText(person.doc, id), column: map.get('column') }];
  }));
  return { cards, votes: person.doc.getMap('votes').toJSON(), route: person.doc.getMap('route').toJSON() };
}

let markers = 0;
const withoutMarkers = (seen: ReturnType<typeof view>) => ({ ...seen, cards: Object.fromEntries(Object.entries(seen.cards).filter(([id]) => !id.startsWith('marker-'))) });

/**
 * Eve is told; then a bystander writes a marker, and once everyone has it,
 * whatever the server relayed before it has arrived too: nothing changed.
 */
async function undoneForEveryone(eve: Person, bystanders: Person[], before: ReturnType<typeof view>, reason = 'not-yours') {
  await waitFor(() => eve.denied.includes(reason), `Eve told: ${reason}`);
  const marker = `marker-${++markers}`;
  writeCard(bystanders[0], marker, 'marker');
  await waitFor(() => bystanders.every((person) => cardText(person.doc, marker) === 'marker'), 'the marker everywhere');
  for (const person of bystanders) expect(withoutMarkers(view(person)), person.name).toEqual(withoutMarkers(before));
  expect(withoutMarkers(view({ doc: server.rooms.get(eve.provider.roomname)!.worksheet.doc } as Person))).toEqual(withoutMarkers(before));
}

/** What the app does after a refusal: the same person, a fresh copy synced from the server. */
async function mended(person: Person): Promise<Person> {
  person.provider.destroy();
  const client = connect(server.ws, person.provider.roomname, { cookie: person.cookie });
  await synced(client);
  return Object.assign(client, { id: person.id, name: person.name, cookie: person.cookie });
}

describe('rights the server enforces', () => {
  it('a participant cannot delete someone else\'s card', async () => {
    const { eve, ann, dirk } = await room();
    const before = view(dirk);
    eve.doc.getMap('cards').delete('ann-1');
    await undoneForEveryone(eve, [ann, dirk], before);
  });

  it('a participant cannot clear the worksheet', async () => {
    const { eve, ann, dirk } = await room();
    const before = view(dirk);
    eve.doc.transact(() => {
      for (const id of [...eve.doc.getMap('cards').keys()]) eve.doc.getMap('cards').delete(id);
    });
    await undoneForEveryone(eve, [ann, dirk], before);
  });

  it('a participant cannot edit, move or rewrite the author of someone else\'s card', async () => {
    const { eve, ann, dirk } = await room();
    const before = view(dirk);
    const card = eve.doc.getMap('cards').get('ann-1') as Y.Map<unknown>;
    eve.doc.transact(() => {
      (card.get('text') as Y.Text).insert(0, 'Onzin: ');
      card.set('column', 'elders');
      card.set('author', 'Eve');
      card.set('authorId', eve.id);
    });
    await undoneForEveryone(eve, [ann, dirk], before);
  });

  it('a participant cannot create a card in someone else\'s name', async () => {
    const { eve, ann, dirk } = await room();
    const before = view(dirk);
    writeCard(eve, 'fake', 'Ann vindt dit', { author: 'Ann', authorId: ann.id });
    await undoneForEveryone(eve, [ann, dirk], before);
    const eve2 = await mended(eve);
    writeCard(eve2, 'fake-2', 'Ann vindt dit', { author: 'Ann' });
    await undoneForEveryone(eve2, [ann, dirk], before);
  });

  it('a participant cannot give more dots than allowed, vote as someone else, or move a colleague\'s dots', async () => {
    const { eve, ann, dirk } = await room();
    ann.doc.getMap('votes').set(`${ann.id}#0`, 'bob-1');
    await waitFor(() => dirk.doc.getMap('votes').size === 1, 'Ann\'s dot');
    const before = view(dirk);
    eve.doc.transact(() => {
      for (let dot = 2; dot < 54; dot++) eve.doc.getMap('votes').set(`${eve.id}#${dot}`, 'ann-1');
    });
    await undoneForEveryone(eve, [ann, dirk], before, 'vote-limit');
    const eve2 = await mended(eve);
    eve2.doc.getMap('votes').set(`${ann.id}#0`, 'ann-1');
    eve2.doc.getMap('votes').set(`${ann.id}#1`, 'ann-1');
    await undoneForEveryone(eve2, [ann, dirk], before);
    // Her own two dots count, once her copy is mended.
    const eve3 = await mended(eve2);
    eve3.doc.getMap('votes').set(`${eve.id}#0`, 'ann-1');
    eve3.doc.getMap('votes').set(`${eve.id}#1`, 'bob-1');
    await waitFor(() => dirk.doc.getMap('votes').size === 3, 'Eve\'s own dots');
  });

  it('a participant cannot count one dot twice under another spelling, nor move dots once voting is closed', async () => {
    const { code, facilitatorKey, eve, ann, dirk } = await room();
    eve.doc.getMap('votes').set(`${eve.id}#0`, 'ann-1');
    await waitFor(() => dirk.doc.getMap('votes').size === 1, 'Eve\'s dot');
    const before = view(dirk);
    eve.doc.transact(() => {
      for (const alias of ['00', '000', '01', '001']) eve.doc.getMap('votes').set(`${eve.id}#${alias}`, 'ann-1');
    });
    await undoneForEveryone(eve, [ann, dirk], before);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const lead = connect(server.ws, `${code}/control`, { cookie });
    await synced(lead);
    lead.doc.getMap('control').set('step', 'results');
    await waitFor(() => server.rooms.get(code)?.dotsAllowed === 0, 'voting closed');
    const eve2 = await mended(eve);
    eve2.doc.getMap('votes').set(`${eve.id}#0`, 'bob-1');
    await undoneForEveryone(eve2, [ann, dirk], before, 'voting-closed');
    const eve3 = await mended(eve2);
    eve3.doc.getMap('votes').delete(`${eve.id}#0`);
    await undoneForEveryone(eve3, [ann, dirk], before, 'voting-closed');
  });

  it('a participant cannot write under a colleague\'s Yjs client id: the colleague\'s later edits still arrive', async () => {
    const { eve, ann, dirk, code } = await room();
    // Ann's client id is in every update and in presence; Eve claims the clocks her next edits will use.
    const client = ann.doc.clientID;
    const stateBefore = Y.getState(server.rooms.get(code)!.worksheet.doc.store, client);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1); // one client
    encoding.writeVarUint(encoder, 1); // one struct
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, stateBefore);
    encoding.writeUint8(encoder, 0); // a GC struct: deleted content
    encoding.writeVarUint(encoder, 1 << 20);
    encoding.writeVarUint(encoder, 0); // no deletions
    eve.provider.ws!.send(syncUpdateMessage(encoding.toUint8Array(encoder)) as Uint8Array<ArrayBuffer>);
    await waitFor(() => eve.denied.includes('not-yours'), 'told');
    expect(Y.getState(server.rooms.get(code)!.worksheet.doc.store, client)).toBe(stateBefore);
    writeCard(ann, 'ann-2', 'Later idee');
    await waitFor(() => cardText(dirk.doc, 'ann-2') === 'Later idee', 'Ann\'s later card arrives');
    // Eve's own edits still go through.
    writeCard(eve, 'eve-1', 'Eigen kaart');
    await waitFor(() => cardText(dirk.doc, 'eve-1') === 'Eigen kaart', 'Eve\'s own card arrives');
  });

  it('a participant cannot stuff the route spread with invented participants', async () => {
    const { ann, dirk, eve: attacker } = await room();
    let eve = attacker;
    const before = view(dirk);
    eve.doc.transact(() => {
      for (let i = 0; i < 30; i++) eve.doc.getMap('route').set(`digitaliseringsroute|ghost-${i}|stand|data-ai`, 5);
    });
    await undoneForEveryone(eve, [ann, dirk], before);
    eve = await mended(eve);
    eve.doc.getMap('route').set(`digitaliseringsroute|${eve.id}|stand|data-ai`, 4);
    await waitFor(() => dirk.doc.getMap('route').get(`digitaliseringsroute|${eve.id}|stand|data-ai`) === 4, 'her own answer');
  });

  it('a participant\'s own route answers hold only the answers the question takes', async () => {
    const { ann, dirk, eve: attacker } = await room();
    let eve = attacker;
    const before = view(dirk);
    eve.doc.transact(() => {
      eve.doc.getMap('route').set(`digitaliseringsroute|${eve.id}|stand|data-ai`, 'x'.repeat(900));
      eve.doc.getMap('route').set(`digitaliseringsroute|${eve.id}|stand|${'a'.repeat(5000)}`, 3);
      eve.doc.getMap('route').set(`digitaliseringsroute|${eve.id}|opinion|data-ai`, 'hoog');
    });
    await undoneForEveryone(eve, [ann, dirk], before, 'shape');
    eve = await mended(eve);
    eve.doc.getMap('route').set(`digitaliseringsroute|${eve.id}|priority|data-ai`, 'hoog');
    await waitFor(() => dirk.doc.getMap('route').get(`digitaliseringsroute|${eve.id}|priority|data-ai`) === 'hoog', 'her own answer');
  });

  it('a refused change does not hold back the attacker\'s later, allowed edits', async () => {
    const { eve, dirk } = await room();
    eve.doc.getMap('cards').delete('ann-1');
    await waitFor(() => eve.denied.includes('not-yours'), 'told');
    writeCard(eve, 'eve-1', 'Mijn eigen kaart');
    await waitFor(() => cardText(dirk.doc, 'eve-1') === 'Mijn eigen kaart', 'her own card arrives');
    expect(cardText(dirk.doc, 'ann-1')).toBe('Roosters digitaal');
  });

  it('a browser resending what it loaded from its own storage is not refused; anything new in it still is', async () => {
    const { code, facilitatorKey, eve, dirk } = await room();
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const lead = connect(server.ws, `${code}/control`, { cookie });
    await synced(lead);
    lead.doc.getMap('control').set('locked', true);
    const control = connect(server.ws, `${code}/control`, { cookie: eve.cookie });
    await synced(control);
    await waitFor(() => control.doc.getMap('control').get('locked') === true && server.rooms.get(code)?.locked === true, 'lock seen');
    // The stock provider relays every local change, also a copy loaded from IndexedDB after the sync.
    const echo = (client: Client, doc: Y.Doc) => client.provider.ws!.send(syncUpdateMessage(Y.encodeStateAsUpdate(doc)) as Uint8Array<ArrayBuffer>);
    echo(control, control.doc);
    echo(eve, dirk.doc);
    await pause(300);
    expect([...control.denied, ...eve.denied]).toEqual([]);
    // The same echo with one change of its own is refused as before, and the change undone.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(control.doc));
    stored.getMap('control').set('locked', false);
    echo(control, stored);
    await waitFor(() => control.denied.includes('facilitator-only'), 'told');
    expect(server.rooms.get(code)?.locked).toBe(true);
  });

  it('while the cards are frozen for the vote, a participant\'s card is refused and her dot is not', async () => {
    const { code, facilitatorKey, eve, ann, dirk } = await room();
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const lead = connect(server.ws, `${code}/control`, { cookie });
    await synced(lead);
    lead.doc.getMap('control').set('step', 'vote');
    await waitFor(() => server.rooms.get(code)?.cardsFrozen === true, 'frozen');
    writeCard(eve, 'tijdens-stemmen', 'Nog snel een kaart');
    await waitFor(() => eve.denied.includes('frozen'), 'Eve told');
    // Ann's dot after it reaches Dirk: whatever the server relayed before it has arrived too.
    ann.doc.getMap('votes').set(`${ann.id}#0`, 'bob-1');
    await waitFor(() => dirk.doc.getMap('votes').get(`${ann.id}#0`) === 'bob-1', 'Ann\'s dot');
    expect(dirk.doc.getMap('cards').has('tijdens-stemmen')).toBe(false);
    expect(server.rooms.get(code)!.worksheet.doc.getMap('cards').has('tijdens-stemmen')).toBe(false);
    const eve2 = await mended(eve);
    eve2.doc.getMap('votes').set(`${eve.id}#0`, 'ann-1');
    await waitFor(() => dirk.doc.getMap('votes').get(`${eve.id}#0`) === 'ann-1', 'Eve\'s dot');
    // The facilitator opens the cards during the vote: Eve's card goes in.
    lead.doc.getMap('control').set('cardsOpenWhileVoting', true);
    await waitFor(() => server.rooms.get(code)?.cardsFrozen === false, 'open');
    writeCard(eve2, 'open-tijdens-stemmen', 'Nu wel');
    await waitFor(() => cardText(dirk.doc, 'open-tijdens-stemmen') === 'Nu wel', 'Eve\'s card');
  });

  it('the facilitator may remove any card and clear the worksheet', async () => {
    const { code, facilitatorKey, dirk } = await room();
    const facilitator = await joinAs(server, code, 'Marieke', { key: facilitatorKey });
    facilitator.doc.transact(() => {
      for (const id of [...facilitator.doc.getMap('cards').keys()]) facilitator.doc.getMap('cards').delete(id);
    });
    await waitFor(() => dirk.doc.getMap('cards').size === 0, 'cleared');
    expect(facilitator.denied).toEqual([]);
  });

  it('a participant may remove their own card, and the dots on it go with it', async () => {
    const { ann, bob, dirk } = await room();
    bob.doc.getMap('votes').set(`${bob.id}#0`, 'ann-1');
    await waitFor(() => ann.doc.getMap('votes').size === 1, 'Bob\'s dot');
    ann.doc.transact(() => {
      ann.doc.getMap('cards').delete('ann-1');
      ann.doc.getMap('votes').delete(`${bob.id}#0`);
    });
    await waitFor(() => !dirk.doc.getMap('cards').has('ann-1') && dirk.doc.getMap('votes').size === 0, 'card and dot gone');
    expect(ann.denied).toEqual([]);
  });

  it('a participant appears under the name the server knows, never as the facilitator', async () => {
    const { eve, dirk } = await room();
    eve.provider.awareness.setLocalStateField('user', { name: 'Marieke (begeleider)', facilitator: true });
    await waitFor(() => (dirk.provider.awareness.getStates().get(eve.doc.clientID) as { user?: { name?: string } } | undefined)?.user?.name === 'Eve', 'presence');
    expect((dirk.provider.awareness.getStates().get(eve.doc.clientID) as { user: { facilitator: boolean } }).user.facilitator).toBe(false);
  });
});
