import { resolve } from 'node:path';
import { startServer } from './app';

const numberFrom = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) ? Number(value) : fallback);

const running = await startServer({
  port: numberFrom(process.env.PORT, 8080),
  host: process.env.HOST,
  staticDir: resolve(process.env.STATIC_DIR ?? 'dist'),
  dataDir: process.env.DATA_DIR === ':memory:' ? ':memory:' : resolve(process.env.DATA_DIR ?? 'data'),
  retentionDays: numberFrom(process.env.RETENTION_DAYS, 30),
  maxConnectionsPerSession: numberFrom(process.env.MAX_CONNECTIONS_PER_SESSION, 200),
  trustProxy: process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true',
  rateLimits: process.env.RATE_LIMIT !== 'off',
});
console.log(`Praatplaten listening on http://localhost:${running.port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
