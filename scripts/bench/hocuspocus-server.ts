/** Hocuspocus with its defaults (in memory), for the sync benchmark only. */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log(`listening on port ${process.env.PORT}`);
