/** Serves the built app with no sync server behind it, as for someone working alone. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createStaticHandler } from '../../server/static';

export async function startStaticOnly(): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = createStaticHandler(resolve('dist'));
  const server = createServer((request, response) => {
    void serve(request, response, decodeURIComponent((request.url ?? '/').split('?')[0]));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
