/**
 * A small forward proxy for the browsers under test. It does two jobs:
 * - tunnels HTTPS (`CONNECT host:443`) for the fixture hosts to the local fixture server, so the browser talks to
 *   `https://x.com/...` as to the real site while nothing leaves the machine;
 * - RECORDS every host the browser asks for, tunnelled or not, and refuses everything that is not a fixture host.
 *
 * The record is how the e2e suite proves that the extension sends nothing: the set of hosts asked for with the
 * extension must be a subset of the hosts asked for by the same browser without it (browsers call a few hosts of
 * their own, e.g. Chromium's Google update and Firefox's settings services).
 */
import { createServer } from 'node:http';
import { connect } from 'node:net';

/**
 * Starts the proxy on 127.0.0.1 (a free port).
 * @param {{ targetPort: number, tunnelHosts: string[] }} options
 *   `targetPort`: the fixture server's port; `tunnelHosts`: host names tunnelled there (all others are refused).
 * @returns {Promise<import('./index.d.mts').RecordingProxy>}
 */
export async function startProxy({ targetPort, tunnelHosts }) {
  const tunnel = new Set(tunnelHosts.map((h) => h.toLowerCase()));
  /** @type {import('./index.d.mts').ProxiedRequest[]} */
  const requests = [];
  const sockets = new Set();
  const record = (method, host, port, tunnelled) => {
    requests.push({ method, host: host.toLowerCase(), port, tunnelled, at: Date.now() });
  };

  const server = createServer((req, res) => {
    // Plain-HTTP proxy requests carry an absolute URL. Fixtures are HTTPS-only, so these are recorded and refused.
    let host = '';
    let port = 80;
    try {
      const u = new URL(req.url ?? '');
      host = u.hostname;
      port = Number(u.port || 80);
    } catch {
      host = (req.headers.host ?? '').replace(/:\d+$/, '');
    }
    record(req.method ?? 'GET', host, port, false);
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('test proxy: plain HTTP is not served\n');
  });

  server.on('connect', (req, clientSocket, head) => {
    const target = req.url ?? '';
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    const host = (m?.[1] ?? target).toLowerCase();
    const port = Number(m?.[2] ?? 443);
    const ok = tunnel.has(host) && port === 443;
    record('CONNECT', host, port, ok);
    clientSocket.on('error', () => {});
    if (!ok) {
      clientSocket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    sockets.add(upstream);
    sockets.add(clientSocket);
    upstream.on('close', () => sockets.delete(upstream));
    clientSocket.on('close', () => sockets.delete(clientSocket));
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy: no TCP address');

  return {
    port: address.port,
    requests,
    hosts() {
      return [...new Set(requests.map((r) => r.host))].sort();
    },
    clear() {
      requests.length = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(() => r(undefined)));
    },
  };
}
