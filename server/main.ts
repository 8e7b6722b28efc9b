import { startServer } from './app';
import { ConfigError, readConfig } from './config';
import { StoreError } from './persistence';

const log = (message: string) => console.log(`[${new Date().toISOString()}] ${message}`);

let running: Awaited<ReturnType<typeof startServer>>;
try {
  running = await startServer({ ...readConfig(process.env), log });
} catch (error) {
  // Settings and a damaged database stop the start with one line that says what to do.
  if (error instanceof ConfigError || error instanceof StoreError) {
    console.error(`Praatplaten cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
console.log(`Praatplaten listening on http://localhost:${running.port}`);

// Last resort: every request and connection handler catches its own errors, so
// anything reaching here escaped one of them. Log it and keep serving the others.
process.on('uncaughtException', (error) => log(`uncaught error (still running): ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => log(`unhandled rejection (still running): ${(error as Error)?.stack ?? error}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void running.close().then(() => process.exit(0));
  });
}
