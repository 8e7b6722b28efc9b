/**
 * The full providers that time every update, in a thread of their own: the
 * light clients keep the harness's main thread busy, and an observer that
 * waits for it would time the harness instead of the server.
 *
 * Messages in: 'start' (record from now), 'stop' (answer with the latencies
 * recorded since 'start'), 'close'. Messages out: 'ready', then the latencies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Observer } from './clients';
import type { Protocol } from './servers';

export interface ObserverThreadData {
  url: string;
  protocol: Protocol;
  rooms: string[];
  perRoom: number;
}

const { url, protocol, rooms, perRoom } = workerData as ObserverThreadData;
const observers = rooms.flatMap((room) => Array.from({ length: perRoom }, () => new Observer(url, protocol, room)));
await Promise.all(observers.map((observer) => observer.ready));
parentPort!.postMessage('ready');

parentPort!.on('message', (message: 'start' | 'stop' | 'close') => {
  if (message === 'start') {
    for (const observer of observers) {
      observer.latencies.length = 0;
      observer.recording = true;
    }
  } else if (message === 'stop') {
    for (const observer of observers) observer.recording = false;
    const latencies = Float64Array.from(observers.flatMap((observer) => observer.latencies));
    parentPort!.postMessage(latencies, [latencies.buffer]);
  } else {
    for (const observer of observers) observer.close();
    parentPort!.close();
  }
});
