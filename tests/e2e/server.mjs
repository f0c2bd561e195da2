// Static server for the end-to-end suite, the benchmark and the prerender step: serves dist/ at "/" and
// again under a blog-like sub-path, and examples/ at "/examples/", every response under the strict CSP
// the embed issue demands.
// `startServer(port, { csp: false, cors: false })` is a plain host instead: no special header at all,
// as Apache, nginx or a WordPress uploads folder serve files by default.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const SUB_PATH = '/blog/widgets/coppa/';

const root = resolve(new URL('../..', import.meta.url).pathname);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function locate(pathname, dist) {
  const mounts = [['/examples/', join(root, 'examples')], [SUB_PATH, dist], ['/', dist]];
  for (const [prefix, dir] of mounts) {
    if (pathname.startsWith(prefix)) {
      const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
      if (rel.startsWith('..')) return null;
      return join(dir, rel.endsWith('/') ? rel + 'index.html' : rel);
    }
  }
  return null;
}

/**
 * `pages` maps a path to an HTML page the server sends as it would a file (a test's blog post: Chromium
 * lets a page the test fulfils itself reach no local server on another origin); `dist` is the build
 * served (the prerender step names the one it writes into).
 */
export function startServer(port = 0, { csp = true, cors = true, pages = new Map(), dist = join(root, 'dist') } = {}) {
  const served = resolve(dist);
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url, 'http://x').pathname;
    const file = pages.has(pathname) ? `${pathname}.html` : locate(pathname, served);
    try {
      if (!file) throw new Error('outside');
      const body = pages.get(pathname) ?? await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // Public static files: any origin may read them (a blog on another origin loads embed.js and the
      // wasm with CORS requests).
      if (cors) headers['access-control-allow-origin'] = '*';
      if (csp) headers['content-security-policy'] = CSP;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  await startServer(port);
  console.log(`serving dist/ on http://127.0.0.1:${port}/ and http://127.0.0.1:${port}${SUB_PATH}`);
}
