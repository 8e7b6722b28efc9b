/**
 * One websocket in a session: reads y-websocket messages, applies what the
 * peer may write, and closes only this connection when its input is bad.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Socket } from 'node:net';
import { WebSocket, type RawData } from 'ws';
import { CLOSE, LIMITS, REFUSAL, type Refusal } from '../src/domain/limits';
import {
  awarenessMessage, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC,
  permissionDeniedMessage, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE, syncStep1Message, syncStep2Message,
} from './protocol';
import { TokenBucket } from './rateLimit';
import type { SessionRoom, Target } from './sessionRoom';
import type { Identity } from './identity';
import type { Logger } from './logger';
import type { Peer, SharedDocument } from './sharedDocument';

export { CLOSE };

/** A client that stops reading must not make the server buffer without end. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** At most one resync request per connection in this time: a script sending gaps gets no amplification. */
const RESYNC_DELAY_MS = 500;
/**
 * Stock providers renew their presence every 15 s. A connection silent for
 * longer is probably a laptop's old socket the server has not seen drop yet;
 * its presence entries may be taken over by the same laptop's new connection.
 */
const PRESENCE_ALIVE_MS = 20_000;

export interface ConnectionContext {
  room: SessionRoom;
  target: Target;
  identity: Identity;
  /** Presented no identity: its presence claims no client ids. */
  stranger: boolean;
  log: Logger;
  /** An update was applied (undefined) or refused; for the metrics. */
  onUpdate?: (refusal: Refusal | undefined) => void;
  /** A connection that sends nothing this long after opening is closed. */
  silentMs: number;
  onClose: () => void;
}

/** Attaches the socket to its document; returns the peer it now is. */
export function attachConnection(socket: WebSocket, context: ConnectionContext): Peer {
  const { room, identity, log } = context;
  const role = identity.role;
  const document = room.documentFor(context.target, identity);
  const messages = new TokenBucket(LIMITS.messagesPerConnection);
  const rawSocket = (socket as unknown as { _socket: Socket })._socket;
  const mayWrite = () => {
    if (socket.readyState !== WebSocket.OPEN) return false;
    if (socket.bufferedAmount <= MAX_BUFFERED_BYTES) return true;
    socket.close(CLOSE.tryAgainLater, 'too slow');
    return false;
  };
  let resyncTimer: NodeJS.Timeout | undefined;
  let refusalLogged = false;
  const peer: Peer = {
    role,
    identity,
    lastSeen: Date.now(),
    awarenessIds: new Set(),
    budget: new TokenBucket(role === 'facilitator' ? LIMITS.facilitatorUpload : LIMITS.participantUpload),
    send(message) {
      if (mayWrite()) socket.send(message, { binary: true });
    },
    sendFrame(frame) {
      // Written as it stands, after whatever ws wrote before it: this server's ws neither compresses
      // nor queues, so its own sends reach the socket at once and in order too.
      if (mayWrite()) rawSocket.write(frame);
    },
    close(code, reason) {
      socket.close(code, reason);
    },
    resync() {
      resyncTimer ??= setTimeout(() => {
        resyncTimer = undefined;
        peer.send(syncStep1Message(document.doc));
      }, RESYNC_DELAY_MS);
    },
  };
  document.join(peer);
  // Stock providers send their sync request the moment they connect; a socket that stays silent holds a place for nothing.
  let silent: NodeJS.Timeout | undefined = setTimeout(() => socket.close(CLOSE.policyViolation, 'no sync request'), context.silentMs);

  socket.on('message', (data: RawData, isBinary: boolean) => {
    // Once this connection is being closed, what was already on its way is dropped, unlogged:
    // a burst of thousands of messages would otherwise log the reason for closing thousands of times.
    if (socket.readyState !== WebSocket.OPEN) return;
    if (silent) silent = void clearTimeout(silent);
    peer.lastSeen = Date.now();
    if (!isBinary) {
      log.warn('text frame refused');
      socket.close(CLOSE.unsupportedData, 'binary messages only');
      return;
    }
    if (!messages.take()) {
      log.warn('too many messages; connection closed');
      socket.close(CLOSE.tryAgainLater, 'too many messages');
      return;
    }
    try {
      handleMessage(toBytes(data));
    } catch (error) {
      log.warn({ reason: (error as Error).message }, 'malformed message closed the connection');
      socket.close(CLOSE.invalidPayload, 'malformed message');
    }
  });
  socket.on('close', () => {
    clearTimeout(silent);
    clearTimeout(resyncTimer);
    document.leave(peer);
    context.onClose();
  });
  socket.on('error', (error) => log.warn({ reason: error.message }, 'socket error'));

  function handleMessage(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder);
        if (syncType === SYNC_STEP1) {
          peer.send(syncStep2Message(document.stateForClient(), decoding.readVarUint8Array(decoder)));
        } else if (syncType === SYNC_STEP2 || syncType === SYNC_UPDATE) {
          const refusal = room.applyUpdate(document, peer, decoding.readVarUint8Array(decoder));
          context.onUpdate?.(refusal);
          // A gap is not the user's doing: the resync fixes it without a word.
          if (refusal && refusal !== REFUSAL.gap) {
            // Once per connection: a script's thousand refusals are one line (and the cut-off another).
            if (refusal !== REFUSAL.locked && refusal !== REFUSAL.ended && !refusalLogged) {
              refusalLogged = true;
              log.info({ refusal }, 'refused an update; further refusals on this connection are not logged');
            }
            peer.send(permissionDeniedMessage(refusal));
          }
        } else {
          throw new Error(`unknown sync message ${syncType}`);
        }
        return;
      }
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        const known = presenceAsKnown(document, peer, update, !context.stranger);
        if (known) awarenessProtocol.applyAwarenessUpdate(document.awareness, known, peer);
        return;
      }
      case MESSAGE_QUERY_AWARENESS:
        peer.send(awarenessMessage(document.awareness, [...document.awareness.getStates().keys()]));
        return;
      case MESSAGE_AUTH:
        return;
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  peer.send(syncStep1Message(document.doc));
  const present = [...document.awareness.getStates().keys()];
  if (present.length) peer.send(awarenessMessage(document.awareness, present));
  return peer;
}

/**
 * Presence is bounded per connection: a few entries of a few kilobytes, and
 * not entries another live connection speaks for. Names and the facilitator
 * badge come from what the server knows, not from what a client claims, so a
 * participant cannot appear as "Hacker (begeleider)". Read in one pass: the
 * update as the server will apply it, or undefined when it is ignored.
 */
export function presenceAsKnown(document: SharedDocument, peer: Peer, update: Uint8Array, claims = true): Uint8Array | undefined {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > LIMITS.presencePerConnection) return undefined;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  const ids = new Set(peer.awarenessIds);
  const takenOver: [Peer, number][] = [];
  const now = Date.now();
  for (let index = 0; index < count; index++) {
    const id = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > LIMITS.presenceStateBytes) return undefined;
    for (const other of document.peers) {
      if (other === peer || !other.awarenessIds.has(id)) continue;
      if (now - other.lastSeen < PRESENCE_ALIVE_MS) return undefined;
      takenOver.push([other, id]);
    }
    // A Yjs client id someone else writes under is theirs, in presence too.
    if (!document.mayWriteUnder(peer.identity.id, new Set([id]))) return undefined;
    ids.add(id);
    const state = JSON.parse(json) as unknown;
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state === null ? null : knownState(state, peer.identity)));
  }
  if (ids.size > LIMITS.presencePerConnection) return undefined;
  for (const [other, id] of takenOver) other.awarenessIds.delete(id);
  // A browser's presence names its document's client id before its first edit: claimed now, no one
  // who reads it from presence can write under it first.
  if (claims) for (const id of ids) document.claimClients(peer.identity.id, new Set([id]));
  return encoding.toUint8Array(encoder);
}

function knownState(state: unknown, identity: Identity): Record<string, unknown> {
  const claimed = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const user = typeof claimed.user === 'object' && claimed.user !== null ? (claimed.user as Record<string, unknown>) : {};
  return {
    ...claimed,
    user: {
      colour: typeof user.colour === 'string' ? user.colour : undefined,
      following: user.following === true,
      // A connection that never joined through the API has no name the server knows: it shows none.
      name: identity.name,
      facilitator: identity.role === 'facilitator',
      id: identity.id,
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
