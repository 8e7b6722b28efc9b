import { startServer } from './app';
import { ConfigError, readConfig, type Config } from './config';
import { createLogger } from './logger';
import { StoreError } from './persistence';
import { exitOnSignals } from './shutdown';

/** A setting the server cannot start with: one line on stderr, exit code 1. */
function stop(message: string): never {
  process.stderr.write(`praatplaten: ${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) stop(error.message);
  throw error;
}

const logger = createLogger({ level: config.logLevel });
// Last resort: every request, upgrade and message handler catches its own errors, so anything
// reaching here escaped one of them. It is logged as one JSON line, and the other sessions go on.
process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught error; still serving'));
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection; still serving'));
const running = await startServer({ ...config, maxPeoplePerSession: config.maxConnectionsPerSession, logger }).catch((error: NodeJS.ErrnoException) => {
  // A damaged or truncated database: one line that says to restore a backup, never an empty start.
  if (error instanceof StoreError) stop(error.message);
  if (error.code === 'EADDRINUSE') stop(`PORT ${config.port} is already in use`);
  if (error.code === 'EACCES') stop(`PORT ${config.port} may not be opened by this user; use a port above 1023 behind the proxy`);
  throw error;
});
logger.info({ port: running.port }, `Praatplaten listening on http://localhost:${running.port}`);
exitOnSignals(running.close, logger);
