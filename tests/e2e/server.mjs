// Static server for the end-to-end suite and the benchmark: serves dist/ at "/" and again under a blog-like
// sub-path, and examples/ at "/examples/", every response under the strict CSP the embed issue demands.
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

function locate(pathname) {
  const mounts = [['/examples/', 'examples'], [SUB_PATH, 'dist'], ['/', 'dist']];
  for (const [prefix, dir] of mounts) {
    if (pathname.startsWith(prefix)) {
      const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
      if (rel.startsWith('..')) return null;
      return join(root, dir, rel.endsWith('/') ? rel + 'index.html' : rel);
    }
  }
  return null;
}

export function startServer(port = 0, { csp = true } = {}) {
  const server = createServer(async (req, res) => {
    const file = locate(new URL(req.url, 'http://x').pathname);
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      // Public static files: any origin may read them. An iframe sandboxed without `allow-same-origin`
      // has an opaque origin, so its module scripts and wasm are cross-origin CORS requests.
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      };
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
