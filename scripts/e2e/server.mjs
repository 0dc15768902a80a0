/**
 * The fixture server: HTTPS on 127.0.0.1 (a free port), answering for the real host names of the routing table
 * with a self-signed certificate whose subjectAltNames are those hosts.
 *
 * It logs every request (host, path, and the headers that tell who asked: Origin, Referer, Sec-Fetch-*), so a test
 * can prove that the extension never asked a page's own host for anything either (the proxy only sees host names).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname } from 'node:path';
import selfsigned from 'selfsigned';
import { FIXTURE_HOSTS, MIME, ROUTES, resolveRequest } from './routes.mjs';

/**
 * Makes a self-signed certificate for the given host names (EC P-256: fast to generate, valid for 7 days).
 * Browsers are told to accept it (`--ignore-certificate-errors`, `acceptInsecureCerts`); the SANs make it a
 * correct certificate for those names all the same.
 * @param {string[]} hosts DNS names for subjectAltName
 * @returns {Promise<{ key: string, cert: string }>} PEM strings
 */
export async function makeCertificate(hosts) {
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 7 * 24 * 60 * 60 * 1000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Argumentarium test fixtures' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...hosts.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * Starts the fixture server.
 * @param {{ routes?: import('./index.d.mts').Route[], hosts?: string[] }} [options]
 *   `routes`: the routing table (default `ROUTES`); `hosts`: extra SAN names beyond the routes' hosts.
 * @returns {Promise<import('./index.d.mts').FixtureServer>}
 */
export async function startFixtureServer(options = {}) {
  const routes = [...(options.routes ?? ROUTES)];
  const hosts = [...new Set([...FIXTURE_HOSTS, ...routes.map((r) => r.host), ...(options.hosts ?? [])])];
  const { key, cert } = await makeCertificate(hosts);
  /** @type {import('./index.d.mts').ServedRequest[]} */
  const log = [];
  const sockets = new Set();

  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'invalid'}`);
    const h = (name) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    /** @type {import('./index.d.mts').ServedRequest} */
    const entry = {
      method: req.method ?? 'GET',
      host,
      path: url.pathname,
      search: url.search,
      origin: h('origin'),
      referer: h('referer'),
      secFetchSite: h('sec-fetch-site'),
      secFetchDest: h('sec-fetch-dest'),
      status: 0,
    };
    log.push(entry);
    const send = (status, type, body, extra = {}) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'fixture server: GET only\n');
    const found = resolveRequest(routes, host, url.pathname);
    if ('error' in found) {
      return send(found.error, 'text/plain; charset=utf-8', `${found.reason}\n`);
    }
    const route = found.route;
    if (found.path === null) return send(200, MIME['.html'], route.body ?? '', route.headers);
    const type = MIME[extname(found.path)] ?? 'application/octet-stream';
    return send(200, type, readFileSync(found.path), route.headers);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // TLS errors from aborted handshakes during teardown are expected; never crash the test process on them.
  server.on('tlsClientError', () => {});
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server: no TCP address');
  const port = address.port;

  return {
    port,
    hosts,
    cert,
    log,
    addRoute(route) {
      if (!hosts.includes(route.host)) {
        throw new Error(`fixture server: host ${route.host} is not in the certificate; pass it in options.hosts at start`);
      }
      routes.push(route);
    },
    url(host, path = '/') {
      return `https://${host}${path.startsWith('/') ? path : `/${path}`}`;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(() => r(undefined)));
    },
  };
}
