/**
 * Real nginx (Debian's package) in front of a server, run as the current user
 * with everything in a scratch folder: the site file from docs/nginx.conf with
 * only its ports, upstream and certificate changed, and a self-signed
 * certificate made now with openssl. Nothing is downloaded.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];

export function nginxPath(): string | undefined {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
}

/** The address nginx connects to the server from, so the server can tell it apart from the client (127.0.0.1). */
export const PROXY_ADDRESS = '127.0.0.3';

export interface RunningNginx {
  https: string;
  http: string;
  /** The self-signed certificate, for clients that check it. */
  certificate: Buffer;
  /** What nginx wrote to the site's access log so far. */
  accessLog: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** The site file from the docs, pointed at this test's ports and certificate; fails loudly when the docs change shape. */
function siteFromDocs(substitutions: [string, string][]): string {
  let site = readFileSync(resolve('docs/nginx.conf'), 'utf8');
  for (const [from, to] of substitutions) {
    if (!site.includes(from)) throw new Error(`docs/nginx.conf no longer contains "${from}"; update tests/support/nginx.ts`);
    site = site.split(from).join(to);
  }
  return site;
}

export async function startNginx(appPort: number): Promise<RunningNginx> {
  const binary = nginxPath();
  if (!binary) throw new Error('nginx not found');
  const dir = mkdtempSync(join(tmpdir(), 'praatplaten-nginx-'));
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, 'temp', temp), { recursive: true });
  const certificatePath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-keyout', keyPath, '-out', certificatePath,
    '-subj', '/CN=praatplaten.test', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:praatplaten.test',
  ], { stdio: 'ignore' });

  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const site = siteFromDocs([
    ['listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`],
    ['listen [::]:443 ssl;', ''],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['listen [::]:80;', ''],
    ['server 127.0.0.1:8080;', `server 127.0.0.1:${appPort};`],
    ['/etc/ssl/certs/praatplaten.school.example.pem', certificatePath],
    ['/etc/ssl/private/praatplaten.school.example.key', keyPath],
    ['/var/log/nginx/praatplaten.access.log', join(dir, 'praatplaten.access.log')],
  ]);
  writeFileSync(join(dir, 'site.conf'), site);
  const user = userInfo();
  writeFileSync(join(dir, 'nginx.conf'), `
${user.uid === 0 ? 'user root root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  proxy_bind ${PROXY_ADDRESS};
  include ${dir}/site.conf;
}
`);
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  execFileSync(binary, [...args, '-t'], { stdio: 'pipe' });
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await waitForPort(httpsPort, () => child.exitCode !== null ? `nginx exited: ${errors}${readFileSync(join(dir, 'error.log'), 'utf8')}` : undefined);
  return {
    https: `https://127.0.0.1:${httpsPort}`,
    http: `http://127.0.0.1:${httpPort}`,
    certificate: readFileSync(certificatePath),
    accessLog: () => readFileSync(join(dir, 'praatplaten.access.log'), 'utf8'),
    stop: async () => {
      // SIGTERM: nginx's fast stop; a graceful one would wait for the open websockets.
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForPort(port: number, failure: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const problem = failure();
    if (problem) throw new Error(problem);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => { socket.destroy(); done(true); });
      socket.on('error', () => done(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not open port ${port}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
