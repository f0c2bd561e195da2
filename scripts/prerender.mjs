// Prerenders the explorer into a release dist/ (after postbuild.mjs): the built app itself renders each
// view in each language in headless Chromium, and its DOM is written into dist/index.html, so a reader
// sees the season at the first paint, before (or without) the wasm. The same components render it, in
// the same wasm that later replaces it (src/takeover.rs): nothing can differ between the two.
//
// dist/index.html then holds one copy per `<view>-<lang>` inside `[data-coppa-prerender]`;
// prerender/select.js (a blocking script, first in <head>) picks the one the link asks for before the
// first paint and style/prerender.css shows only that one. In every copy, ids get the copy's suffix (so
// they stay unique in the document) and the view tabs' links carry a fragment naming their copy, so with
// scripts off they still lead to the other views.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const VIEWS = ['standings', 'bracket', 'scorers'];
const LANGS = ['en', 'it'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml' };

function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
    try {
      if (path.startsWith('..')) throw new Error('outside');
      const body = readFileSync(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** In the page: the live explorer's HTML, made into the prerendered copy named `state`. */
function copyOf(state) {
  const root = document.querySelector('body > .coppa');
  const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
  const rename = (id) => (ids.has(id) ? `${id}--${state}` : id);
  const references = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-activedescendant',
    'aria-owns', 'aria-details', 'headers'];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.id) el.id = rename(el.id);
    for (const name of references) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.split(/\s+/).map(rename).join(' '));
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#')) el.setAttribute('href', `#${rename(href.slice(1))}`);
  }
  const lang = state.split('-')[1];
  for (const tab of root.querySelectorAll('a[data-view-tab]')) {
    tab.setAttribute('href', `${tab.getAttribute('href')}#coppa-${tab.dataset.viewTab}-${lang}`);
  }
  // Leptos' empty placeholder comments only matter to a live view; the copy is never hydrated.
  return root.outerHTML.replaceAll('<!---->', '');
}

const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const copies = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const lang of LANGS) {
    for (const view of VIEWS) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${base}/?view=${view}&lang=${lang}`);
      await page.waitForSelector(`.coppa main#coppa-main[data-view="${view}"]`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (errors.length) throw new Error(`prerender: ${view} in ${lang}: ${errors.join('; ')}`);
      const state = `${view}-${lang}`;
      copies.push(`<div data-coppa-state="${state}" id="coppa-${state}">${await page.evaluate(copyOf, state)}</div>`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const select = readFileSync(new URL('../prerender/select.js', import.meta.url), 'utf8');
const selectFile = `select-${createHash('sha256').update(select).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, selectFile), select);
// First in <head>: it must run before the stylesheets apply and before the body is parsed.
html = html.replace(/<head>/, `<head>\n    <script src="./${selectFile}"></script>`);
const body = /(<body[^>]*>)[\s\S]*(<\/body>)/;
if (!body.test(html)) throw new Error('prerender: dist/index.html has no <body>');
html = html.replace(body, `$1<div data-coppa-prerender>${copies.join('')}</div>$2`);
writeFileSync(indexPath, html);
console.log(`prerender: ${copies.length} copies into index.html (${(html.length / 1000).toFixed(1)} kB), ${selectFile}`);
