import { startServer } from './app';
import { ConfigError, readConfig, type Config } from './config';
import { createLogger } from './logger';
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
// A crash is logged like everything else, as one JSON line, before the process ends.
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'crashed');
  process.exit(1);
});
const running = await startServer({ ...config, logger }).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') stop(`PORT ${config.port} is already in use`);
  if (error.code === 'EACCES') stop(`PORT ${config.port} may not be opened by this user; use a port above 1023 behind the proxy`);
  throw error;
});
logger.info({ port: running.port }, `Praatplaten listening on http://localhost:${running.port}`);
exitOnSignals(running.close, logger);
