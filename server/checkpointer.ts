/**
 * SQLite's write-ahead log must be copied back into the database from time to
 * time (a checkpoint), with an fsync. Done on the main thread, that stalls
 * every session for the length of the fsync; so the main connection never
 * checkpoints, and a worker thread with its own connection does, every second.
 */
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage(String(error && error.message || error));
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(TRUNCATE)'); } catch {}
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, driver: string, log: (message: string) => void, intervalMs = 1000): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs } });
  worker.on('message', (message: string) => log(`checkpoint: ${message}`));
  worker.on('error', (error) => log(`checkpoint worker failed: ${error.message}`));
  worker.unref();
  return {
    stop: () => new Promise((resolve) => {
      worker.once('exit', () => resolve());
      // Held open until its last checkpoint is done; unref'd, the process could end first.
      worker.ref();
      worker.postMessage('stop');
    }),
  };
}
