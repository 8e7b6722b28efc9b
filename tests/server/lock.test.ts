import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardText, connect, createSession, identify, joinAs, writeCard, disconnectAll, startTestServer, synced, waitFor, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterEach(disconnectAll);
afterAll(async () => { await server.close(); });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('facilitator rights', () => {
  it('a lock refuses a participant\'s update but not the facilitator\'s', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const facilitatorControl = connect(server.ws, `${code}/control`, { cookie });
    const facilitator = await joinAs(server, code, 'Marieke', { key: facilitatorKey });
    const participant = await joinAs(server, code, 'Ann');
    const observer = await joinAs(server, code, 'Bob');
    await synced(facilitatorControl);

    facilitatorControl.doc.getMap('control').set('locked', true);
    await waitFor(() => server.rooms.get(code)?.locked === true, 'lock on the server');

    writeCard(participant, 'sneaky', 'written while locked');
    writeCard(facilitator, 'note', 'from the facilitator');
    await waitFor(() => observer.doc.getMap('cards').has('note'), 'facilitator card');
    await pause(150);
    expect(observer.doc.getMap('cards').has('sneaky')).toBe(false);
    expect(facilitator.doc.getMap('cards').has('sneaky')).toBe(false);

    // After unlocking, the server asks everyone to sync, and the refused card arrives.
    facilitatorControl.doc.getMap('control').set('locked', false);
    await waitFor(() => cardText(observer.doc, 'sneaky') === 'written while locked', 'card after unlock');
  });

  it('an ended session is read-only for participants', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const facilitatorControl = connect(server.ws, `${code}/control`, { cookie });
    const participant = await joinAs(server, code, 'Ann');
    const observer = await joinAs(server, code, 'Bob');
    await synced(facilitatorControl);
    facilitatorControl.doc.getMap('control').set('ended', true);
    await waitFor(() => server.rooms.get(code)?.ended === true, 'end on the server');
    writeCard(participant, 'late', 'after the end');
    await pause(150);
    expect(observer.doc.getMap('cards').has('late')).toBe(false);
    // Re-opened: the refused card arrives, and the participant's later edits are not stuck.
    facilitatorControl.doc.getMap('control').set('ended', false);
    await waitFor(() => cardText(observer.doc, 'late') === 'after the end', 'card after re-opening');
    writeCard(participant, 'later', 'and the next one');
    await waitFor(() => cardText(observer.doc, 'later') === 'and the next one', 'the next edit');
  });

  it('a participant cannot change the control document, so cannot unlock', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const facilitatorControl = connect(server.ws, `${code}/control`, { cookie });
    const participantControl = connect(server.ws, `${code}/control`);
    await Promise.all([synced(facilitatorControl), synced(participantControl)]);
    facilitatorControl.doc.getMap('control').set('locked', true);
    await waitFor(() => participantControl.doc.getMap('control').get('locked') === true, 'lock seen');
    participantControl.doc.getMap('control').set('locked', false);
    await pause(150);
    expect(server.rooms.get(code)?.locked).toBe(true);
    expect(facilitatorControl.doc.getMap('control').get('locked')).toBe(true);
  });

  it('a wrong facilitator key is refused at join, and a key in the websocket URL gives no rights', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    await expect(identify(server.http, code, { key: 'not-the-key' })).rejects.toThrow(/403/);
    const impostor = connect(`${server.ws}`, `${code}/control?key=${facilitatorKey}`);
    const observer = connect(server.ws, `${code}/control`);
    await Promise.all([synced(impostor), synced(observer)]);
    impostor.doc.getMap('control').set('locked', true);
    await pause(150);
    expect(observer.doc.getMap('control').has('locked')).toBe(false);
  });
});
