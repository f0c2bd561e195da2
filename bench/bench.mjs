// Performance benchmark of the release build in dist/ (run by `make bench`, after `make dist`).
//
// Not a test: it measures, prints a table with verdicts against the project's targets and writes
// bench/results.json. It exits non-zero only when the page is broken (a view never shows its data, an
// uncaught error, the filter selecting nothing), never because a number misses its target.
//
//   node bench/bench.mjs            full run (11 desktop and 9 phone cold loads per link and side,
//                                   5 take-overs per link and profile, 500 + 2 × 200 filter selections)
//   node bench/bench.mjs --quick    a few iterations, for checking the script itself
//
// Units are decimal: 1 kB = 1000 bytes, 1 MB = 1 000 000 bytes. p95 is the nearest-rank percentile.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { movedElements, viewLayout } from '../tests/e2e/layout.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';
import { CSP, startServer } from '../tests/e2e/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const DATA = join(ROOT, 'data', 'coppa-italia-2002-03.toml');
const RESULTS = join(ROOT, 'bench', 'results.json');

const QUICK = process.argv.includes('--quick');
const RUNS = QUICK
  ? { coldLoads: 3, phoneLoads: 2, takeoverLoads: 2, memoryChanges: 100, filterPerView: 60 }
  // 9 phone loads: with 5, a link's median ratio moved by up to 0.3× between two runs of one build.
  : { coldLoads: 11, phoneLoads: 9, takeoverLoads: 5, memoryChanges: 500, filterPerView: 200 };

const TARGETS = {
  firstVisitGzipBytes: 150_000,
  firstRenderRatio: 1.2,
  layoutShift: 0.05,
  filterP95Ms: 4,
  memoryBytes: 5_000_000,
  growthFraction: 0.05,
  growthBytes: 256_000,
};

/** The tests' Chromium, with the precise heap size and `gc()` that the memory section reads. */
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
/**
 * Where a first load is measured. "phone" is Lighthouse's mobile throttling: 4× CPU slowdown, 150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up, a 390×844 screen.
 */
const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: {
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75,
    cpuSlowdown: 4, network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
};
const VIEWPORT = PROFILES.desktop.viewport;
const VIEWS = ['standings', 'bracket', 'scorers'];
/**
 * The deep links whose first render is measured: every view in both languages (English is the browser's
 * language, so its links name no language), first as the app's links and address bar give them, to the
 * view's own document (`bracket.html`: that view in both languages), and the folder itself (index.html:
 * the default view's document, the address a post links to most); then as old links to index.html
 * (`?view=bracket`), which prerender/select.js sends on to the view's document before anything is
 * painted: their time counts from the old link. The target is judged on the first; the second is
 * reported beside it.
 */
const PAGES = [true, false].flatMap((own) => VIEWS.flatMap((view) => ['en', 'it'].map((lang) => {
  const language = lang === 'en' ? '' : `lang=${lang}`;
  return own
    ? { name: `${view}-${lang}`, view, own, query: `${view}.html${language && `?${language}`}` }
    : { name: `${view}-${lang}-index`, view, own, query: `?view=${view}${language && `&${language}`}` };
}))).toSpliced(VIEWS.length * 2, 0, { name: 'folder', view: VIEWS[0], own: true, query: '' });
const DATA_TIMEOUT_MS = 20_000;

/** A page that does not work; the only reason this script fails. */
class BrokenPage extends Error {}

// ---------------------------------------------------------------------------------------------------------
// Statistics and formatting
// ---------------------------------------------------------------------------------------------------------

function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

function median(values) {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p of the samples at or below it. */
function percentile(values, p) {
  const s = sorted(values);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)];
}

const round = (x, digits = 2) => (x == null ? null : Number(x.toFixed(digits)));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

function table(headers, rows, alignLeft = 1) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)]
    .map((l) => `  ${l}`).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// 1. Bytes
// ---------------------------------------------------------------------------------------------------------

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Names, sizes and times of dist/'s files: another build replacing dist/ mid-run would mix two builds. */
function distFingerprint() {
  return filesUnder(DIST).map((path) => {
    const { size, mtimeMs } = statSync(path);
    return `${relative(DIST, path)}:${size}:${mtimeMs}`;
  }).sort().join('\n');
}

function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/**
 * What each dist/ file is, for the table: Trunk names its files `<name>-<hash>`, postbuild adds `boot-<hash>.js`
 * and the wasm chunks loaded on demand with their loader, `<name>-split-<hash>.js`.
 */
function assetKind(name) {
  if (name === 'index.html') return 'HTML, the default view';
  if (name.endsWith('.html')) return 'HTML, one view';
  if (/^select-[0-9a-f]+\.js$/.test(name)) return 'first-paint JS';
  if (name.endsWith('_bg.wasm')) return 'wasm';
  if (name.endsWith('.wasm')) return 'wasm chunk';
  if (/^boot-[0-9a-f]+\.js$/.test(name)) return 'boot loader';
  if (/-split-[0-9a-f]+\.js$/.test(name)) return 'chunk loader';
  if (/^[\w-]+-[0-9a-f]{12,16}\.js$/.test(name)) return 'JS glue';
  if (name.endsWith('.js')) return 'JS';
  if (name.endsWith('.css')) return 'CSS';
  return 'other';
}

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
  'element', 'code', 'data', 'datacount', 'tag'];

/** Splits a wasm binary into its sections (with the largest function bodies) to show where the bytes are. */
function wasmAnatomy(buf) {
  let pos = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const sections = [];
  let functionBodies = [];
  let imports = 0;
  while (pos < buf.length) {
    const start = pos;
    const id = buf[pos++];
    const size = leb();
    const bodyStart = pos;
    let name = SECTION_NAMES[id] ?? `unknown-${id}`;
    if (id === 0) {
      const len = leb();
      name = `custom "${buf.subarray(pos, pos + len).toString()}"`;
    } else if (id === 2) {
      imports = leb();
    } else if (id === 10) {
      const count = leb();
      functionBodies = Array.from({ length: count }, () => {
        const bodySize = leb();
        pos += bodySize;
        return bodySize;
      });
    }
    const bytes = buf.subarray(start, bodyStart + size);
    sections.push({ name, ...compressedSizes(bytes) });
    pos = bodyStart + size;
  }
  const bodies = sorted(functionBodies).reverse();
  const share = (n) => bodies.slice(0, n).reduce((a, b) => a + b, 0);
  return {
    sections,
    imports,
    functions: bodies.length,
    largestFunctionBodies: bodies.slice(0, 10),
    largest10Share: bodies.length ? round(share(10) / share(bodies.length), 3) : 0,
    largest50Share: bodies.length ? round(share(50) / share(bodies.length), 3) : 0,
  };
}

function measureBytes() {
  const assets = filesUnder(DIST).map((path) => {
    const file = relative(DIST, path);
    const body = readFileSync(path);
    return { file, kind: assetKind(file), ...compressedSizes(body) };
  });
  assets.sort((a, b) => b.gzip - a.gzip);
  const total = ['raw', 'gzip', 'brotli'].reduce((t, k) => ({ ...t, [k]: assets.reduce((s, a) => s + a[k], 0) }), {});
  const wasmFile = assets.find((a) => a.kind === 'wasm');
  const wasm = wasmFile ? wasmAnatomy(readFileSync(join(DIST, wasmFile.file))) : null;
  return { assets, total, wasm };
}

// ---------------------------------------------------------------------------------------------------------
// Page-side scripts
// ---------------------------------------------------------------------------------------------------------

/**
 * "Every datum of the view is in the DOM", per view, as page-side source. Counts follow the DOM contract:
 * 8 group tables × 4 club rows, 23 ties with their legs, 8 chart bars plus the scorers table.
 */
const DATA_PRESENT = {
  standings: `((root) => {
    const tables = root.querySelectorAll('section.standings table.standings-table');
    const rows = root.querySelectorAll('section.standings table.standings-table tbody tr');
    return tables.length >= 8 && rows.length >= 32
      && [...rows].every((r) => r.cells.length > 1 && r.cells[r.cells.length - 1].textContent.trim() !== '');
  })`,
  bracket: `((root) => {
    const ties = root.querySelectorAll('section.bracket .tie');
    return ties.length >= 23 && [...ties].every((t) => t.querySelector('.tie__leg') && t.textContent.trim() !== '');
  })`,
  scorers: `((root) => {
    const bars = root.querySelectorAll('section.scorers svg.scorers-chart .scorers-chart__bar');
    const rows = root.querySelectorAll('section.scorers table.scorers-table tbody tr');
    return bars.length >= 8 && rows.length >= 8 && [...rows].every((r) => r.textContent.trim() !== '');
  })`,
};

/** What the page shows instead, for the error message when a view never gets its data. */
const DATA_DIAGNOSIS = `(() => ({
  url: location.href,
  standingsTables: document.querySelectorAll('.standings-table').length,
  standingsRows: document.querySelectorAll('.standings-table tbody tr').length,
  ties: document.querySelectorAll('.tie').length,
  bars: document.querySelectorAll('.scorers-chart__bar').length,
  scorerRows: document.querySelectorAll('.scorers-table tbody tr').length,
  body: (document.body?.innerText ?? '').slice(0, 200),
}))()`;

/**
 * A prerendered page holds its view in both languages: a condition counts only once prerender/select.js
 * has chosen what it shows (html[data-coppa-show]; an old link it sends on to a view's document never
 * shows), or, without the script, in the whole document (the live app after the take-over, the static
 * baseline). Page-side source, prepended to init scripts.
 */
const IN_SHOWN_COPY = `const inShownCopy = (condition) => {
  const show = document.documentElement.dataset.coppaShow;
  // The prerendered page shows nothing until its script has picked a copy (it is parsed meanwhile).
  const picking = !show && document.querySelector('script[src*="/select-"]') != null;
  const root = show ? document.querySelector('coppa-view[data-coppa-state="' + show + '"]:has(> main)') : picking ? null : document;
  return root != null && condition(root);
};`;

/**
 * Installed before any page script: checks the data condition at every DOM mutation batch and records
 * the time since the link was followed (the first document's navigation start: an old link that
 * index.html sends on to a view's document counts from there) the first time it holds; resolves
 * window.__benchFirstRender.
 */
function firstRenderScript(view) {
  return `(() => {
    ${IN_SHOWN_COPY}
    // Each load has a new context, so this tab's session storage starts empty.
    const origin = Number(sessionStorage.getItem('benchOrigin') ?? performance.timeOrigin);
    sessionStorage.setItem('benchOrigin', origin);
    // How long before this document's navigation start the link was followed (0 unless sent on).
    window.__benchFollowed = performance.timeOrigin - origin;
    const sinceFollowed = () => performance.now() + window.__benchFollowed;
    let resolve;
    let resolvePainted;
    window.__benchFirstRender = new Promise((r) => { resolve = r; });
    window.__benchFirstPaint = new Promise((r) => { resolvePainted = r; });
    let done = false;
    const check = () => {
      if (done || !inShownCopy(${DATA_PRESENT[view]})) return;
      done = true;
      const t = sinceFollowed();
      observer.disconnect();
      resolve(t);
      // The frame that first paints the data: rendering waits for the stylesheets, and a rAF callback
      // runs in the first frame after the data is in the DOM; the task after it follows that paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolvePainted(sinceFollowed());
        channel.port2.postMessage(0);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-coppa-show'] });
    document.addEventListener('DOMContentLoaded', check);
    addEventListener('TrunkApplicationStarted', () => { window.__benchAppStarted = performance.now(); });
  })();`;
}

/** Captures the app's wasm memory: from Trunk's start event, else from the instantiated module. */
const WASM_CAPTURE_SCRIPT = `(() => {
  const keep = (instance) => { if (instance && !window.__benchWasmInstance) window.__benchWasmInstance = instance; };
  const streaming = WebAssembly.instantiateStreaming;
  if (streaming) WebAssembly.instantiateStreaming = async function (...args) {
    const result = await streaming.apply(this, args); keep(result.instance); return result;
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (...args) {
    const result = await instantiate.apply(this, args);
    keep(result instanceof WebAssembly.Instance ? result : result.instance); return result;
  };
  addEventListener('TrunkApplicationStarted', (event) => { window.__benchTrunkWasm = event.detail && event.detail.wasm; });
})();`;

/** The final DOM as a static page: scripts and (module)preload links removed, stylesheets kept. */
function snapshotDocument() {
  const root = document.documentElement.cloneNode(true);
  root.querySelectorAll('script, link[rel~="modulepreload"], link[rel~="preload"]').forEach((el) => el.remove());
  return `<!doctype html>\n${root.outerHTML}`;
}

// ---------------------------------------------------------------------------------------------------------
// 2–3. First render, app against its own static snapshot
// ---------------------------------------------------------------------------------------------------------

const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** The page's first-render time, or null when the data is not there within DATA_TIMEOUT_MS. */
async function firstRenderTime(page) {
  let timer;
  const timeout = new Promise((r) => { timer = setTimeout(() => r(null), DATA_TIMEOUT_MS); });
  try {
    return await Promise.race([page.evaluate(() => window.__benchFirstRender), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Opens a fresh context (empty cache), watches errors, and returns { context, page, errors }. */
async function freshPage(browser, initScripts = [], profile = PROFILES.desktop) {
  const { viewport, isMobile = false, hasTouch = false, deviceScaleFactor = 1 } = profile;
  const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor });
  const page = await context.newPage();
  if (profile.cpuSlowdown || profile.network) {
    const cdp = await context.newCDPSession(page);
    if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
  }
  const errors = { page: [], console: [] };
  page.on('pageerror', (e) => errors.page.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.console.push(m.text());
  });
  for (const content of initScripts) await page.addInitScript({ content });
  return { context, page, errors };
}

function assertNoPageErrors(errors, what) {
  if (errors.page.length) throw new BrokenPage(`${what}: uncaught error in the page: ${errors.page[0]}`);
}

/**
 * The reader's first input (a mouse moving over the page), which fetches the app on a link the
 * prerendered copy shows completely; resolves once the live app has taken over.
 */
async function takeOver(page, what) {
  await page.mouse.move(1, 1);
  // Watched in the page's own script: Playwright's selector engine would add its injected script to the
  // heap that the memory section measures.
  const took = await page.evaluate((ms) => new Promise((resolve) => {
    const live = () => document.querySelector('main#coppa-main');
    if (live()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (live()) {
        observer.disconnect();
        resolve(true);
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    setTimeout(() => resolve(false), ms);
  }), DATA_TIMEOUT_MS);
  if (!took) throw new BrokenPage(`${what}: the app did not take over within ${DATA_TIMEOUT_MS / 1000} s of the first input`);
}

/** One cold load; resolves to { t, the app's timeline, snapshot? } or throws BrokenPage. */
async function coldLoad(browser, url, view, { snapshot = false, profile = PROFILES.desktop } = {}) {
  const { context, page, errors } = await freshPage(browser, [firstRenderScript(view)], profile);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const t = await firstRenderTime(page);
    const painted = t == null ? null : await page.evaluate(() => window.__benchFirstPaint);
    assertNoPageErrors(errors, url);
    if (t == null) {
      const seen = await page.evaluate(DATA_DIAGNOSIS);
      throw new BrokenPage(`${url}: the ${view} data never appeared within ${DATA_TIMEOUT_MS / 1000} s; page has ${JSON.stringify(seen)}`);
    }
    // Let paint entries and any late work land before reading them or snapshotting the DOM.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const timing = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource');
      const scripts = resources.filter((e) => e.name.endsWith('.js'));
      // This document's times, but the first paint's from the link followed (firstRenderScript).
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      return {
        fcp: fcp == null ? null : fcp + window.__benchFollowed,
        jsResponseEnd: scripts.length ? Math.max(...scripts.map((e) => e.responseEnd)) : null,
        wasmResponseEnd: resources.find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
        appStarted: window.__benchAppStarted ?? null,
      };
    });
    const result = { t, painted, ...timing, consoleErrors: errors.console };
    if (snapshot) {
      await takeOver(page, url);
      await sleep(300);
      result.snapshot = await page.evaluate(snapshotDocument);
    }
    return result;
  } finally {
    await context.close();
  }
}

/** Serves the static snapshots at /static-<page>.html, everything else from dist/, under the same CSP. */
function startSnapshotServer(snapshotDir, { gzip = false } = {}) {
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript',
    '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const match = /^\/static-([\w-]+)\.html$/.exec(path);
    const file = match ? join(snapshotDir, `${match[1]}.html`) : join(DIST, decodeURIComponent(path).replace(/^\/+/, '') || 'index.html');
    try {
      if (!file.startsWith(match ? snapshotDir : DIST)) throw new Error('outside');
      const body = readFileSync(file);
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store', 'content-security-policy': CSP, ...(compress ? { 'content-encoding': 'gzip' } : {}) });
      res.end(compress ? gzipSync(body, { level: 6 }) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Saves each view's final DOM (after the take-over) as the static baseline it is compared with. */
async function makeSnapshots(browser, appBase, snapshotDir) {
  const consoleErrors = [];
  for (const { name, view, query } of PAGES) {
    const warm = await coldLoad(browser, `${appBase}/${query}`, view, { snapshot: true });
    writeFileSync(join(snapshotDir, `${name}.html`), warm.snapshot);
    consoleErrors.push(...warm.consoleErrors);
  }
  return consoleErrors;
}

/**
 * First render of each page, the app (`/?view=…`) against its static snapshot (`/static-<page>.html`),
 * both from one server: `gzip` compresses every response as most hosts do; without it, bytes go as they
 * are, as a plain static server sends them.
 */
async function measureFirstRender(browser, snapshotDir, { profile, gzip, loads }) {
  const server = await startSnapshotServer(snapshotDir, { gzip });
  const base = `http://127.0.0.1:${server.address().port}`;
  const samples = Object.fromEntries(PAGES.map(({ name }) => [name,
    { app: [], static: [], appPainted: [], staticPainted: [], appFcp: [], staticFcp: [], jsResponseEnd: [],
      wasmResponseEnd: [], appStarted: [] }]));
  const consoleErrors = new Set();
  try {
    for (let i = 0; i < loads; i++) {
      for (const { name, view, query } of PAGES) {
        // Alternate which goes first so drift on the machine hits both sides alike.
        const order = i % 2 ? ['static', 'app'] : ['app', 'static'];
        for (const side of order) {
          const url = side === 'app' ? `${base}/${query}` : `${base}/static-${name}.html`;
          const r = await coldLoad(browser, url, view, { profile: PROFILES[profile] });
          samples[name][side].push(r.t);
          samples[name][`${side}Painted`].push(r.painted);
          if (r.fcp != null) samples[name][`${side}Fcp`].push(r.fcp);
          if (side === 'app') {
            for (const key of ['jsResponseEnd', 'wasmResponseEnd', 'appStarted']) if (r[key] != null) samples[name][key].push(r[key]);
          }
          r.consoleErrors.forEach((e) => consoleErrors.add(e));
        }
      }
    }
    console.log(`  first render: ${profile}${gzip ? ', gzip' : ''} done (${loads} loads per view and side)`);
  } finally {
    server.close();
  }
  const snapshotBytes = Object.fromEntries(PAGES.map(({ name }) => [name, statSync(join(snapshotDir, `${name}.html`)).size]));
  const pages = Object.fromEntries(PAGES.map(({ name, query }) => {
    const s = samples[name];
    const stat = (xs) => (xs.length ? { median: round(median(xs)), p95: round(percentile(xs, 0.95)) } : null);
    const app = stat(s.app);
    const stat_ = stat(s.static);
    const painted = { app: stat(s.appPainted), static: stat(s.staticPainted) };
    return [name, {
      link: query,
      loads: s.app.length,
      painted,
      paintedRatio: { median: round(painted.app.median / painted.static.median), p95: round(painted.app.p95 / painted.static.p95) },
      app,
      static: stat_,
      ratio: { median: round(app.median / stat_.median), p95: round(app.p95 / stat_.p95) },
      appFirstContentfulPaint: stat(s.appFcp),
      staticFirstContentfulPaint: stat(s.staticFcp),
      appJsResponseEnd: stat(s.jsResponseEnd),
      appWasmResponseEnd: stat(s.wasmResponseEnd),
      appStartedEvent: stat(s.appStarted),
      staticSnapshotBytes: snapshotBytes[name],
      samples: { app: s.app.map((x) => round(x)), static: s.static.map((x) => round(x)) },
    }];
  }));
  return { profile, gzip, pages, consoleErrors: [...consoleErrors] };
}

/**
 * Page side, installed before any page script: sums layout shifts (PerformanceObserver `layout-shift`,
 * buffered) and records where the view's first section is on screen while the prerendered copy shows
 * and once the live app has replaced it; `window.__benchTakeover` resolves at the take-over. As the app's
 * wasm is instantiated (the copy still shows, after the reader's input or without one for a link with a
 * club) it records the copy's whole layout (`window.__benchLayoutBefore`), to compare with the live
 * view's: the layout-shift metric never counts an element the take-over replaced.
 */
const TAKEOVER_SCRIPT = `(() => {
  const viewLayout = ${viewLayout.toString()};
  const recordCopy = () => {
    const show = document.documentElement.dataset.coppaShow;
    if (window.__benchLayoutBefore || !show) return;
    window.__benchLayoutBefore = viewLayout('[data-coppa-state="' + show + '"] main');
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      recordCopy();
      return original.apply(this, args);
    };
  }
  window.__benchShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
  let resolve;
  window.__benchTakeover = new Promise((r) => { resolve = r; });
  // Where the prerendered view was in the last frame painted before the take-over.
  let before = null;
  const watchFrame = () => {
    const show = document.documentElement.dataset.coppaShow;
    if (!show) return;
    before = top(document.querySelector('[data-coppa-state="' + show + '"] main > section')) ?? before;
    requestAnimationFrame(watchFrame);
  };
  requestAnimationFrame(watchFrame);
  const observer = new MutationObserver(() => {
    const live = document.querySelector('main#coppa-main > section');
    if (before != null && live && !document.querySelector('[data-coppa-prerender]')) {
      observer.disconnect();
      resolve({ before, after: top(live), at: performance.now() });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;;

/**
 * Per deep link, with and without a team: the layout shift over the load and the take-over, how far the
 * view moved when the app replaced the prerendered copy (its first section, and every element of it), when the take-over happened, and how long after
 * it a keystroke typed at the first render got its suggestions.
 */
async function measureTakeover(browser, snapshotDir, { profile, loads }) {
  const server = await startSnapshotServer(snapshotDir, { gzip: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  // The links the app gives: to each view's own document.
  const links = VIEWS.flatMap((view) => [[`${view}.html`, view], [`${view}.html?team=roma`, view]]);
  const results = {};
  try {
    for (const [link, view] of links) {
      const runs = [];
      for (let i = 0; i < loads; i++) {
        const { context, page, errors } = await freshPage(browser, [firstRenderScript(view), TAKEOVER_SCRIPT], PROFILES[profile]);
        try {
          await page.goto(`${base}/${link}`, { waitUntil: 'commit' });
          const t = await firstRenderTime(page);
          if (t == null) throw new BrokenPage(`${link}: the ${view} data never appeared`);
          // A reader types as soon as the view shows: the filter answers once the app has taken over.
          await page.locator('.team-filter__input:visible').first().fill('gen');
          const within = (promise, what) => Promise.race([promise, sleep(DATA_TIMEOUT_MS).then(() => {
            throw new BrokenPage(`${link}: ${what} within ${DATA_TIMEOUT_MS / 1000} s`);
          })]);
          const answered = await within(page.waitForFunction(
            () => document.querySelector('#team-filter-listbox:not([hidden]) [data-club="genoa"]') && performance.now(),
            null, { polling: 'raf', timeout: DATA_TIMEOUT_MS },
          ).then((handle) => handle.jsonValue()), 'the filter did not suggest Genoa for "gen"');
          const takeover = await within(page.evaluate(() => window.__benchTakeover), 'the app did not take over');
          await sleep(300);
          const shift = await page.evaluate(() => window.__benchShift);
          const copy = await page.evaluate(() => window.__benchLayoutBefore);
          if (!copy || Object.keys(copy).length < 10) throw new BrokenPage(`${link}: the copy's layout was not recorded as the wasm was instantiated`);
          const elementsMoved = movedElements(copy, await page.evaluate(viewLayout, 'main#coppa-main')).length;
          assertNoPageErrors(errors, link);
          runs.push({ firstRender: t, takeover: takeover.at, moved: takeover.after - takeover.before, shift, answered,
            elementsMoved, elements: Object.keys(copy).length });
        } finally {
          await context.close();
        }
      }
      const stat = (key) => round(median(runs.map((r) => r[key])));
      results[link] = { loads, firstRender: stat('firstRender'), takeover: stat('takeover'), moved: Math.max(...runs.map((r) => Math.abs(r.moved))),
        shift: round(Math.max(...runs.map((r) => r.shift)), 4), filterAnswered: stat('answered'),
        elementsMoved: Math.max(...runs.map((r) => r.elementsMoved)), elements: Math.max(...runs.map((r) => r.elements)) };
    }
    console.log(`  take-over: ${profile} done`);
  } finally {
    server.close();
  }
  return results;
}

/**
 * The sum of the gzip sizes of what one visit to "/" actually requests: by a reader who only reads, or
 * (`input`) by one whose first input fetches the app.
 */
async function measureFirstVisit(browser, appBase, bytes, { input = false } = {}) {
  const { context, page, errors } = await freshPage(browser, [firstRenderScript('standings')]);
  const responses = [];
  page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  try {
    await page.goto(`${appBase}/`, { waitUntil: 'load' });
    if ((await firstRenderTime(page)) == null) throw new BrokenPage(`${appBase}/: the standings data never appeared`);
    if (input) await takeOver(page, `${appBase}/`);
    await sleep(500);
    assertNoPageErrors(errors, `${appBase}/`);
  } finally {
    await context.close();
  }
  const byFile = new Map(bytes.assets.map((a) => [a.file, a]));
  const requested = [];
  const other = [];
  for (const { url, status } of responses) {
    const file = decodeURIComponent(new URL(url).pathname.replace(/^\/+/, '')) || 'index.html';
    const asset = byFile.get(file);
    if (status === 200 && asset) requested.push(asset);
    else other.push({ url, status });
  }
  const sum = (k) => requested.reduce((s, a) => s + a[k], 0);
  return {
    requests: requested.map((a) => a.file),
    raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'),
    notFromDist: other,
    unrequested: bytes.assets.map((a) => a.file).filter((f) => !requested.some((a) => a.file === f)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// 4–5. Filter latency and memory
// ---------------------------------------------------------------------------------------------------------

/** The 48 clubs (name and slug) in data-file order, read from the [[clubs]] tables. */
function clubsFromData() {
  const text = readFileSync(DATA, 'utf8');
  return text.split(/^\[\[/m).filter((block) => block.startsWith('clubs]]')).map((block) => ({
    name: /^name\s*=\s*"([^"]+)"/m.exec(block)?.[1],
    slug: /^slug\s*=\s*"([^"]+)"/m.exec(block)?.[1],
  })).filter((c) => c.name && c.slug);
}

/**
 * Page side of the filter run. For each selection: t0 just before the input event, then keydown Enter;
 * then wait until a whole animation frame passes with no DOM mutation. Reported per selection:
 *  - dom: time of the last MutationObserver callback − t0. The callback runs as a microtask right after a
 *    batch of mutations, so this is when the app finished changing the DOM (rendering not included).
 *  - layout: the first task after the events, style + layout forced, − t0 (DOM work + style + layout);
 *    `late` counts selections whose DOM still changed after that task (work deferred to timers or frames).
 */
async function filterRun({ clubs, count }) {
  const input = document.querySelector('#team-filter');
  if (!input) return { error: 'no input#team-filter on the page' };
  const channel = new MessageChannel();
  const nextTask = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
  let mutations = 0;
  let lastMutation = 0;
  const observer = new MutationObserver((records) => {
    mutations += records.length;
    lastMutation = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const dom = [];
  const layout = [];
  const missed = [];
  let late = 0;
  let unchanged = 0;
  for (let i = 0; i < count; i++) {
    const club = clubs[i % clubs.length];
    await nextFrame();
    const before = mutations;
    const t0 = performance.now();
    input.value = club.name;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: club.name }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    await nextTask();
    const afterTask = mutations;
    document.documentElement.getBoundingClientRect();
    layout.push(performance.now() - t0);
    let seen = -1;
    while (seen !== mutations) {
      seen = mutations;
      await nextFrame();
      await nextTask();
    }
    if (mutations === before) unchanged += 1;
    if (mutations !== afterTask) late += 1;
    dom.push(mutations === before ? 0 : lastMutation - t0);
    const selector = `[data-club="${club.slug}"]`;
    const shown = document.querySelector(`section.journey${selector}, ${selector}.is-selected, ${selector}.is-highlighted`)
      || new URLSearchParams(location.search).toString().includes(club.slug);
    if (!shown) missed.push(club.name);
  }
  observer.disconnect();
  return { dom, layout, late, unchanged, missed };
}

/** Clicks the filter's clear button and waits two frames; false when there is no such button. */
async function clearFilter() {
  const button = document.querySelector('button.team-filter__clear');
  if (!button) return false;
  button.click();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return true;
}

/** JS heap after forced garbage collection, and the wasm linear memory. */
async function memoryNow() {
  for (let i = 0; i < 4; i++) {
    window.gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  const exports = window.__benchTrunkWasm;
  const memory = (exports && exports.memory) || window.__benchWasmInstance?.exports?.memory || null;
  const source = exports && exports.memory ? 'TrunkApplicationStarted detail.wasm.memory'
    : memory ? 'WebAssembly.instantiate* hook (instance.exports.memory)' : null;
  return { jsHeap: performance.memory.usedJSHeapSize, wasm: memory ? memory.buffer.byteLength : null, source };
}

function latencyStats(run, clubCount) {
  const stat = (xs) => ({ p50: round(percentile(xs, 0.5), 3), p95: round(percentile(xs, 0.95), 3), max: round(Math.max(...xs), 3) });
  // Drift: the same cycle of clubs early and late in the run; a growing gap means work grows with use.
  const block = Math.min(100, run.dom.length >> 1);
  // The first pass over the clubs runs cold, right after the take-over: the wasm's code is still being
  // optimized and the removed copy's garbage collected. Reported apart; the target counts every selection.
  const firstPass = Math.min(clubCount, run.dom.length >> 1);
  return {
    selections: run.dom.length, dom: stat(run.dom), layout: stat(run.layout), lateSelections: run.late,
    drift: { block, firstP50: round(percentile(run.dom.slice(0, block), 0.5), 3), lastP50: round(percentile(run.dom.slice(-block), 0.5), 3) },
    firstPass: { selections: firstPass, p95: round(percentile(run.dom.slice(0, firstPass), 0.95), 3),
      restP95: round(percentile(run.dom.slice(firstPass), 0.95), 3) },
    samples: { dom: run.dom.map((x) => round(x, 2)), layout: run.layout.map((x) => round(x, 2)) },
  };
}

async function runFilter(page, clubs, count, what) {
  const run = await page.evaluate(filterRun, { clubs, count });
  if (run.error) throw new BrokenPage(`${what}: ${run.error}`);
  if (run.unchanged === count) throw new BrokenPage(`${what}: selecting a club never changed the DOM`);
  if (run.missed.length) {
    throw new BrokenPage(`${what}: after selecting ${run.missed.length} club(s), e.g. "${run.missed[0]}", the page showed no `
      + 'section.journey[data-club], .is-selected or .is-highlighted for it, and the URL does not name it');
  }
  return run;
}

/** Filter latency on each view; memory after load and after the standings page's selections. */
async function measureFilterAndMemory(browser, appBase, clubs) {
  const latency = {};
  let memory = null;
  for (const view of VIEWS) {
    const isMemoryPage = view === 'standings';
    const { context, page, errors } = await freshPage(browser, [firstRenderScript(view), WASM_CAPTURE_SCRIPT]);
    const url = `${appBase}/?view=${view}`;
    try {
      await page.goto(url, { waitUntil: 'load' });
      const t = await firstRenderTime(page);
      if (t == null) throw new BrokenPage(`${url}: the ${view} data never appeared`);
      await takeOver(page, url);
      await sleep(300);
      const count = isMemoryPage ? RUNS.memoryChanges : RUNS.filterPerView;
      const afterLoad = isMemoryPage ? await page.evaluate(memoryNow) : null;
      if (isMemoryPage && afterLoad.wasm == null) throw new BrokenPage(`${url}: could not find the app's wasm memory`);
      let run;
      let afterFirstCycleCleared = null;
      if (isMemoryPage) {
        // One pass over every club, then clear: separates one-time costs (code, caches) from a leak.
        const first = await runFilter(page, clubs, clubs.length, `${url} filter`);
        if (!(await page.evaluate(clearFilter))) throw new BrokenPage(`${url}: no button.team-filter__clear to clear the filter`);
        afterFirstCycleCleared = await page.evaluate(memoryNow);
        const rest = await runFilter(page, clubs, count - clubs.length, `${url} filter`);
        run = { ...rest, dom: [...first.dom, ...rest.dom], layout: [...first.layout, ...rest.layout], late: first.late + rest.late };
      } else {
        run = await runFilter(page, clubs, count, `${url} filter`);
      }
      latency[view] = latencyStats(run, clubs.length);
      console.log(`  filter: ${view} done (${count} selections)`);
      if (isMemoryPage) {
        const afterChanges = await page.evaluate(memoryNow);
        // Clearing the filter returns the page to its after-load state, so what remains is true growth.
        // Done in the page: Playwright's element handles would load its injected script into the measured heap.
        if (!(await page.evaluate(clearFilter))) throw new BrokenPage(`${url}: no button.team-filter__clear to clear the filter`);
        await sleep(200);
        const afterClear = await page.evaluate(memoryNow);
        memory = { changes: count, afterLoad, afterFirstCycleCleared, afterChanges, afterChangesCleared: afterClear };
      }
      assertNoPageErrors(errors, `${url} filter`);
    } finally {
      await context.close();
    }
  }
  return { latency, memory };
}

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

function report({ machine, bytes, firstVisit, firstVisitWithInput, firstRender, takeover, filter, memory }) {
  const out = [];
  const say = (s = '') => out.push(s);
  say(`Coppa Italia 2002–03 benchmark (${QUICK ? 'QUICK run, iterations reduced' : 'full run'}), ${machine.date}`);
  say(`Machine: ${machine.cpu} × ${machine.cores} cores, ${MB(machine.memory)} RAM, ${machine.os}; Node ${machine.node}; `
    + `Chromium ${machine.chromium} (headless, Playwright); 1-min load average ${machine.loadAverageAtStart} at start, `
    + `${machine.loadAverageAtEnd} at end (other work on the machine inflates the timings)`);
  say('Units: 1 kB = 1000 B, 1 MB = 10^6 B; p95 = nearest rank.');
  say();

  say('1. Bytes in dist/ (gzip -9, brotli quality 11)');
  say(table(['file', 'kind', 'raw', 'gzip', 'brotli'], [
    ...bytes.assets.map((a) => [a.file, a.kind, kB(a.raw), kB(a.gzip), kB(a.brotli)]),
    ['total', '', kB(bytes.total.raw), kB(bytes.total.gzip), kB(bytes.total.brotli)],
    [`first visit, reading (${firstVisit.requests.length} requests)`, '', kB(firstVisit.raw), kB(firstVisit.gzip), kB(firstVisit.brotli)],
    [`first visit with an input (${firstVisitWithInput.requests.length} requests)`, '', kB(firstVisitWithInput.raw),
      kB(firstVisitWithInput.gzip), kB(firstVisitWithInput.brotli)],
  ], 2));
  say('  reading = no input, so the app is never fetched; with an input = a mouse move fetches the app, which takes over');
  say(`  target: first visit ≤ ${kB(TARGETS.firstVisitGzipBytes)} gzip → reading ${kB(firstVisit.gzip)}: `
    + `${verdict(firstVisit.gzip <= TARGETS.firstVisitGzipBytes)}; with an input ${kB(firstVisitWithInput.gzip)}: `
    + `${verdict(firstVisitWithInput.gzip <= TARGETS.firstVisitGzipBytes)}`);
  if (firstVisit.unrequested.length) say(`  not requested on a first visit: ${firstVisit.unrequested.join(', ')}`);
  if (bytes.wasm) {
    say(`  wasm anatomy: ${bytes.wasm.functions} functions, ${bytes.wasm.imports} imports; the 10 largest bodies are `
      + `${(bytes.wasm.largest10Share * 100).toFixed(0)}% of code, the 50 largest ${(bytes.wasm.largest50Share * 100).toFixed(0)}%`);
    say(table(['wasm section', 'raw', 'gzip'], bytes.wasm.sections.filter((s) => s.raw > 64)
      .map((s) => [s.name, kB(s.raw), kB(s.gzip)])));
  }
  say();

  say('2–3. First render: the link followed → the first frame that paints every datum of the view (in the shown copy),');
  say('    new context per load; "in DOM" = when the data was first in the DOM, before stylesheets allowed a paint');
  say('  static = the app\'s own final DOM saved as HTML (scripts and preloads removed, stylesheets kept), same server and CSP;');
  say('  phone = 4× CPU slowdown, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, 390×844; "plain" sends bytes as they are.');
  for (const run of firstRender.runs) {
    const fr = run.pages;
    say(`  ${run.profile}, ${run.gzip ? 'gzip' : 'plain'} (${fr['standings-en'].loads} loads each; the target is judged on the views' own documents, *.html, and the folder):`);
    say(table(['link', 'app median', 'static median', 'ratio median', 'app p95', 'static p95', 'ratio p95',
      'in DOM app', 'in DOM static', 'ratio', 'FCP app', 'FCP static', 'app started', `≤ ${TARGETS.firstRenderRatio}×`],
      PAGES.map(({ name: v }) => [fr[v].link || '(the folder)', ms(fr[v].painted.app.median), ms(fr[v].painted.static.median), `${fr[v].paintedRatio.median.toFixed(2)}×`,
        ms(fr[v].painted.app.p95), ms(fr[v].painted.static.p95), `${fr[v].paintedRatio.p95.toFixed(2)}×`,
        ms(fr[v].app.median), ms(fr[v].static.median), `${fr[v].ratio.median.toFixed(2)}×`,
        ms(fr[v].appFirstContentfulPaint?.median), ms(fr[v].staticFirstContentfulPaint?.median), ms(fr[v].appStartedEvent?.median),
        verdict(fr[v].paintedRatio.median <= TARGETS.firstRenderRatio)])));
  }
  say();
  say('3b. Take-over, per deep link (gzip): medians of first render, take-over and the filter answering "gen" typed at the');
  say('    first render; the largest layout shift sum (PerformanceObserver), the largest move of the view\'s first section, and');
  say('    the most elements of the view (cards, rows, ties, headings…) elsewhere after the take-over than in the copy');
  say('    as the wasm was instantiated (the layout-shift metric never counts an element the take-over replaced)');
  for (const [profile, links] of Object.entries(takeover)) {
    say(`  ${profile}:`);
    say(table(['link', 'data in DOM', 'take-over', 'filter answered', 'view moved', 'elements moved', 'layout shift', `≤ ${TARGETS.layoutShift}, none moved`],
      Object.entries(links).map(([link, l]) => [link, ms(l.firstRender), ms(l.takeover), ms(l.filterAnswered), `${l.moved} px`,
        `${l.elementsMoved} of ${l.elements}`, l.shift.toFixed(4), verdict(l.shift <= TARGETS.layoutShift && l.elementsMoved === 0)])));
  }
  say();

  say('4. Filter latency: type a club name (input event) + Enter → DOM settled (time of the last mutation)');
  say(table(['view', 'selections', 'p50', 'p95', 'max', 'with style+layout p50', 'p95', `p95 ≤ ${TARGETS.filterP95Ms} ms`],
    VIEWS.map((v) => {
      const l = filter[v];
      return [v, l.selections, ms(l.dom.p50), ms(l.dom.p95), ms(l.dom.max), ms(l.layout.p50), ms(l.layout.p95),
        verdict(l.dom.p95 <= TARGETS.filterP95Ms)];
    })));
  say(`  drift, p50 of the first → last selections: ${VIEWS.map((v) => `${v} ${ms(filter[v].drift.firstP50)} → ${ms(filter[v].drift.lastP50)} (${filter[v].drift.block} each)`).join(', ')}`);
  say(`  p95 of the first pass over the clubs (cold, right after the take-over) → the rest: ${VIEWS.map((v) => `${v} ${ms(filter[v].firstPass.p95)} → ${ms(filter[v].firstPass.restP95)} (${filter[v].firstPass.selections} first)`).join(', ')}`);
  const late = VIEWS.filter((v) => filter[v].lateSelections > 0);
  if (late.length) say(`  note: DOM still changed after the first task for ${late.map((v) => `${v} ${filter[v].lateSelections}`).join(', ')} selections (deferred work)`);
  say();

  say(`5. Memory (after gc()): after load, after ${memory.changes} filter changes on the standings view, and after clearing the filter`);
  const total = (m) => m.jsHeap + m.wasm;
  say(table(['', 'JS heap', 'wasm linear memory', 'total'], [
    ['after load', MB(memory.afterLoad.jsHeap), MB(memory.afterLoad.wasm), MB(total(memory.afterLoad))],
    [`after ${memory.clubs} changes, cleared`, MB(memory.afterFirstCycleCleared.jsHeap), MB(memory.afterFirstCycleCleared.wasm),
      MB(total(memory.afterFirstCycleCleared))],
    [`after ${memory.changes} changes`, MB(memory.afterChanges.jsHeap), MB(memory.afterChanges.wasm), MB(total(memory.afterChanges))],
    ['… then filter cleared', MB(memory.afterChangesCleared.jsHeap), MB(memory.afterChangesCleared.wasm), MB(total(memory.afterChangesCleared))],
    ['growth (load → cleared)', kB(memory.growth.jsHeap), kB(memory.growth.wasm), `${kB(memory.growth.total)} (${(memory.growth.fraction * 100).toFixed(1)}%)`],
  ]));
  say(`  growth after the first ${memory.clubs} changes (leak, not one-time cost): ${kB(memory.growth.afterFirstCycle)}`);
  say(`  wasm memory read from: ${memory.afterLoad.source}`);
  say(`  target: ≤ ${MB(TARGETS.memoryBytes)} → ${MB(memory.peak)}: ${verdict(memory.verdicts.size)}; growth < 5% or < ${kB(TARGETS.growthBytes)}: ${verdict(memory.verdicts.growth)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  try {
    statSync(join(DIST, 'index.html'));
  } catch {
    throw new BrokenPage('dist/index.html is missing: run `make dist` first (or `make bench`)');
  }
  const clubs = clubsFromData();
  if (clubs.length !== 48) console.warn(`warning: ${clubs.length} clubs read from ${DATA}, expected 48`);

  const fingerprint = distFingerprint();
  const bytes = measureBytes();
  const server = await startServer(0);
  const appBase = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS });
  const snapshotDir = mkdtempSync(join(tmpdir(), 'coppa-bench-'));
  try {
    const machine = {
      date: new Date().toISOString(),
      cpu: cpus()[0]?.model?.trim() ?? 'unknown',
      cores: cpus().length,
      memory: totalmem(),
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
      loadAverageAtStart: round(loadavg()[0]),
    };
    console.log(`bench: ${machine.cpu} × ${machine.cores}, Chromium ${machine.chromium}${QUICK ? ' (quick)' : ''}`);
    const firstVisit = await measureFirstVisit(browser, appBase, bytes);
    const firstVisitWithInput = await measureFirstVisit(browser, appBase, bytes, { input: true });
    const snapshotErrors = await makeSnapshots(browser, appBase, snapshotDir);
    const firstRenders = [];
    for (const profile of ['desktop', 'phone']) {
      for (const gzip of [false, true]) {
        const loads = profile === 'phone' ? RUNS.phoneLoads : RUNS.coldLoads;
        firstRenders.push(await measureFirstRender(browser, snapshotDir, { profile, gzip, loads }));
      }
    }
    const firstRender = { runs: firstRenders, consoleErrors: [...new Set([...snapshotErrors, ...firstRenders.flatMap((r) => r.consoleErrors)])] };
    const takeover = {
      desktop: await measureTakeover(browser, snapshotDir, { profile: 'desktop', loads: RUNS.takeoverLoads }),
      phone: await measureTakeover(browser, snapshotDir, { profile: 'phone', loads: RUNS.takeoverLoads }),
    };
    const { latency: filter, memory: mem } = await measureFilterAndMemory(browser, appBase, clubs);

    const total = (m) => m.jsHeap + m.wasm;
    const growthTotal = total(mem.afterChangesCleared) - total(mem.afterLoad);
    const memory = {
      ...mem,
      growth: {
        jsHeap: mem.afterChangesCleared.jsHeap - mem.afterLoad.jsHeap,
        wasm: mem.afterChangesCleared.wasm - mem.afterLoad.wasm,
        total: growthTotal,
        fraction: round(growthTotal / total(mem.afterLoad), 4),
        withFilterSelected: total(mem.afterChanges) - total(mem.afterLoad),
        afterFirstCycle: total(mem.afterChangesCleared) - total(mem.afterFirstCycleCleared),
      },
      clubs: clubs.length,
      peak: Math.max(total(mem.afterLoad), total(mem.afterChanges), total(mem.afterChangesCleared)),
    };
    memory.verdicts = {
      size: memory.peak <= TARGETS.memoryBytes,
      growth: growthTotal < TARGETS.growthBytes || memory.growth.fraction < TARGETS.growthFraction,
    };

    const verdicts = {
      bytes: firstVisit.gzip <= TARGETS.firstVisitGzipBytes,
      bytesWithInput: firstVisitWithInput.gzip <= TARGETS.firstVisitGzipBytes,
      firstRender: firstRenders.every((run) => PAGES.every(({ name, own }) => !own || run.pages[name].paintedRatio.median <= TARGETS.firstRenderRatio)),
      firstRenderIndex: firstRenders.every((run) => PAGES.every(({ name, own }) => own || run.pages[name].paintedRatio.median <= TARGETS.firstRenderRatio)),
      layoutShift: Object.values(takeover).every((links) => Object.values(links).every((l) => l.shift <= TARGETS.layoutShift && l.elementsMoved === 0)),
      filter: VIEWS.every((v) => filter[v].dom.p95 <= TARGETS.filterP95Ms),
      memory: memory.verdicts.size && memory.verdicts.growth,
    };
    const distChanged = distFingerprint() !== fingerprint;
    machine.loadAverageAtEnd = round(loadavg()[0]);
    const text = report({ machine, bytes, firstVisit, firstVisitWithInput, firstRender, takeover, filter, memory });
    console.log(`\n${text}`);
    if (distChanged) console.log('\nWARNING: dist/ changed during the run (another build); the numbers mix two builds: run again.');
    console.log(`\nVerdicts: first visit ${verdict(verdicts.bytes)} reading, ${verdict(verdicts.bytesWithInput)} with an input, first render ${verdict(verdicts.firstRender)} (old ?view= links: ${verdict(verdicts.firstRenderIndex)}), `
      + `layout shift ${verdict(verdicts.layoutShift)}, `
      + `filter ${verdict(verdicts.filter)}, memory ${verdict(verdicts.memory)}  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (firstRender.consoleErrors.length) console.log(`Console errors seen: ${firstRender.consoleErrors.slice(0, 5).join(' | ')}`);

    writeFileSync(RESULTS, `${JSON.stringify({
      quick: QUICK, distChangedDuringRun: distChanged, runs: RUNS, targets: TARGETS, machine, verdicts,
      bytes, firstVisit, firstVisitWithInput, firstRender, takeover, filterLatency: filter, memory,
      method: {
        firstRender: 'time since the link was followed (the first document\'s navigation start: an old ?view= link counts from index.html) when the view\'s data condition first holds, checked by a MutationObserver installed with addInitScript; one new browser context per load; static = the app\'s final DOM saved as HTML without scripts/preloads, served under the same CSP',
        filterLatency: 'dom = last MutationObserver callback − t0 (t0 just before the input event; then keydown Enter; settled when a whole animation frame passes with no mutation); layout = first task after the events with style+layout forced − t0',
        memory: 'performance.memory.usedJSHeapSize (--enable-precise-memory-info) after 4 × gc() and the wasm memory.buffer.byteLength; growth = after the changes with the filter cleared − after load (the JS heap is the whole isolate, so it includes the benchmark\'s own page-side code)',
      },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    }, null, 2)}\n`);
    console.log(`Wrote ${relative(ROOT, RESULTS)}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(snapshotDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\nbench: ${error instanceof BrokenPage ? 'BROKEN PAGE: ' : ''}${error.message}`);
  if (!(error instanceof BrokenPage)) console.error(error.stack);
  process.exit(1);
});
