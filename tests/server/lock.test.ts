import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, createSession, identify, disconnectAll, startTestServer, synced, waitFor, type TestServer } from './support';

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
    const facilitator = connect(server.ws, code, { cookie });
    const participant = connect(server.ws, code);
    const observer = connect(server.ws, code);
    await Promise.all([synced(facilitatorControl), synced(facilitator), synced(participant), synced(observer)]);

    facilitatorControl.doc.getMap('control').set('locked', true);
    await waitFor(() => server.rooms.get(code)?.locked === true, 'lock on the server');

    participant.doc.getMap('cards').set('sneaky', 'written while locked');
    facilitator.doc.getMap('cards').set('note', 'from the facilitator');
    await waitFor(() => observer.doc.getMap('cards').has('note'), 'facilitator card');
    await pause(150);
    expect(observer.doc.getMap('cards').has('sneaky')).toBe(false);
    expect(facilitator.doc.getMap('cards').has('sneaky')).toBe(false);

    // After unlocking, the server asks everyone to sync, and the refused card arrives.
    facilitatorControl.doc.getMap('control').set('locked', false);
    await waitFor(() => observer.doc.getMap('cards').get('sneaky') === 'written while locked', 'card after unlock');
  });

  it('an ended session is read-only for participants', async () => {
    const { code, facilitatorKey } = await createSession(server.http);
    const { cookie } = await identify(server.http, code, { key: facilitatorKey });
    const facilitatorControl = connect(server.ws, `${code}/control`, { cookie });
    const participant = connect(server.ws, code);
    const observer = connect(server.ws, code);
    await Promise.all([synced(facilitatorControl), synced(participant), synced(observer)]);
    facilitatorControl.doc.getMap('control').set('ended', true);
    await waitFor(() => server.rooms.get(code)?.ended === true, 'end on the server');
    participant.doc.getMap('cards').set('late', 'after the end');
    await pause(150);
    expect(observer.doc.getMap('cards').has('late')).toBe(false);
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
