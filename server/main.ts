import { resolve } from 'node:path';
import { startServer } from './app';

const port = Number(process.env.PORT ?? 8080);
const running = await startServer({
  port,
  host: process.env.HOST,
  staticDir: resolve(process.env.STATIC_DIR ?? 'dist'),
});
console.log(`Praatplaten listening on http://localhost:${running.port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
