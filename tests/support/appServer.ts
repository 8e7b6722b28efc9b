/** Starts the real server on a free port, serving the production build in dist/. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, type RunningServer } from '../../server/app';

export async function startAppServer(): Promise<RunningServer & { url: string }> {
  const staticDir = resolve(process.env.BUILD_DIR ?? 'dist');
  if (!existsSync(resolve(staticDir, 'index.html'))) throw new Error('dist/ is missing: run npm run build first');
  const running = await startServer({ port: 0, host: '127.0.0.1', staticDir, dataDir: ':memory:', log: () => {} });
  return { ...running, url: `http://127.0.0.1:${running.port}` };
}
