// A worker thread's entry: registers tsx in the thread, then loads the TypeScript module it was given.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
