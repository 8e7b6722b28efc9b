/**
 * One websocket in a session: reads y-websocket messages, applies what the
 * peer may write, and closes only this connection when its input is bad.
 */
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { WebSocket, type RawData } from 'ws';
import {
  awarenessMessage, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC,
  permissionDeniedMessage, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE, syncStep1Message, syncStep2Message,
} from './protocol';
import type { Logger } from './logger';
import type { Refusal, SessionRoom } from './sessionRoom';
import type { Peer, Role } from './sharedDocument';

/** Close codes this server uses; 4400-4499 tell y-websocket not to reconnect. */
export const CLOSE = {
  unsupportedData: 1003,
  invalidPayload: 1007,
  tooBig: 1009,
  serviceRestart: 1012,
  tryAgainLater: 1013,
  sessionNotFound: 4404,
  sessionFull: 4429,
} as const;

/** A client that stops reading must not make the server buffer without end. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export interface ConnectionContext {
  room: SessionRoom;
  target: 'worksheet' | 'control';
  role: Role;
  log: Logger;
  /** An update was applied (undefined) or refused; for the metrics. */
  onUpdate?: (refusal: Refusal | undefined) => void;
  onClose: () => void;
}

export function attachConnection(socket: WebSocket, context: ConnectionContext): void {
  const { room, role, log } = context;
  const document = room.documentFor(context.target);
  const peer: Peer = {
    role,
    awarenessIds: new Set(),
    send(message) {
      if (socket.readyState !== WebSocket.OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(CLOSE.tryAgainLater, 'too slow');
        return;
      }
      socket.send(message, { binary: true });
    },
    close(code, reason) {
      socket.close(code, reason);
    },
  };
  document.join(peer);

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (!isBinary) {
      log.warn('text frame refused');
      socket.close(CLOSE.unsupportedData, 'binary messages only');
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
          if (refusal) peer.send(permissionDeniedMessage(refusal));
        } else {
          throw new Error(`unknown sync message ${syncType}`);
        }
        return;
      }
      case MESSAGE_AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(document.awareness, decoding.readVarUint8Array(decoder), peer);
        return;
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
}

function toBytes(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
