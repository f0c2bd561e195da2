// Prerenders the explorer into a release dist/ (after postbuild.mjs): the built app itself renders each
// view in each language in headless Chromium, and its DOM is written into dist/index.html, so a reader
// sees the season at the first paint, before (or without) the wasm. The same components render it, in
// the same wasm that later replaces it (src/takeover.rs): nothing can differ between the two.
//
// dist/index.html then holds one copy per `<view>-<lang>` inside `[data-coppa-prerender]`;
// prerender/select.js (a blocking script early in <head>) picks the one the link asks for before the
// first paint and style/prerender.css shows only that one. In every copy, ids get the copy's suffix (so
// they stay unique in the document) and the view tabs' links carry a fragment naming their copy, so with
// scripts off they still lead to the other views.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';
import { contract } from './contract.mjs';

const dist = process.argv[2] ?? 'dist';
const VIEWS = ['standings', 'bracket', 'scorers'];
const LANGS = ['en', 'it'];
/** Screen widths at which the journey card is measured (CSS px): common phones, tablets, desktop. */
const WIDTHS = [320, 360, 375, 390, 412, 480, 600, 768, 1024, 1280];
/** Every club's slug, from the [[clubs]] tables of the season file. */
const SLUGS = readFileSync(new URL('../data/coppa-italia-2002-03.toml', import.meta.url), 'utf8')
  .split(/^\[\[/m).filter((table) => table.startsWith('clubs]]'))
  .map((table) => /^slug\s*=\s*"([^"]+)"/m.exec(table)?.[1]).filter(Boolean);

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
  // With scripts off the language switch cannot work: a link to this view in the other language stands in.
  const [view, other] = [state.split('-')[0], lang === 'en' ? 'it' : 'en'];
  const language = document.createElement('p');
  language.className = 'coppa-prerender-language';
  const link = document.createElement('a');
  link.href = `?view=${view}&lang=${other}#coppa-${view}-${other}`;
  link.lang = other;
  link.hreflang = other;
  link.textContent = other === 'it' ? 'Italiano' : 'English';
  language.append(link);
  root.querySelector('.settings')?.after(language);
  // Where the live app puts a followed club's journey card: room is kept there before the take-over.
  const reserve = document.createElement('div');
  reserve.className = 'coppa-journey-reserve';
  reserve.setAttribute('aria-hidden', 'true');
  root.querySelector('main').before(reserve);
  // Leptos' empty placeholder comments only matter to a live view; the copy is never hydrated.
  return root.outerHTML.replaceAll('<!---->', '');
}

/**
 * In the page: the selectors of the live sheet (postbuild.mjs) that match something the explorer shows (a
 * closed dialog shows nothing). The copy is shown before that sheet arrives, so it must need none of its
 * rules.
 */
function liveRulesMatching() {
  const sheet = [...document.styleSheets].find((s) => /\/live-[0-9a-f]+\.css$/.test(s.href ?? ''));
  if (!sheet) return ['(no live sheet in the page)'];
  const root = document.querySelector('body > .coppa');
  const selectors = (rules) => [...rules].flatMap((rule) => (rule.selectorText ? [rule.selectorText] : selectors(rule.cssRules ?? [])));
  return selectors(sheet.cssRules).filter((selector) => {
    // What a pseudo-element styles belongs to its element (Chromium writes every one with `::`).
    const plain = selector.replace(/::[\w-]+(?:\([^)]*\))?/g, '');
    return [root, ...root.querySelectorAll(plain)].some((el) => el.matches(plain) && el.checkVisibility());
  });
}

// The same server as the end-to-end tests, under the same strict CSP the app must work under.
const server = await startServer(0, { dist });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
/**
 * In the page: how far each club's journey card pushes the views down at each width, in whole CSS px,
 * as `{ slug: [height at WIDTHS[0], …] }`. The app follows the club through the address bar, as
 * back/forward would.
 */
async function journeyHeights(page, lang) {
  const heights = Object.fromEntries(SLUGS.map((slug) => [slug, []]));
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const slug of ['', ...SLUGS]) {
      const top = await page.evaluate(async ([team, lang]) => {
        history.replaceState(null, '', `?lang=${lang}${team ? `&team=${team}` : ''}`);
        dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        if (team && !document.querySelector(`section.journey[data-club="${team}"]`)) return null;
        return document.querySelector('body > .coppa main').getBoundingClientRect().top + scrollY;
      }, [slug, lang]);
      if (top == null) throw new Error(`prerender: no journey card for ${slug} in ${lang}`);
      if (slug === '') heights.base = top;
      else heights[slug].push(Math.round(top - heights.base));
    }
  }
  delete heights.base;
  return heights;
}

const copies = [];
const reserve = { widths: WIDTHS };
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
      const styledLate = await page.evaluate(liveRulesMatching);
      if (styledLate.length) {
        throw new Error(`prerender: ${view} in ${lang}: the live sheet styles what the copy shows (${styledLate.join(', ')}); `
          + 'move those rules to a sheet without data-coppa-live in index.html');
      }
      const state = `${view}-${lang}`;
      copies.push(`<div data-coppa-state="${state}" id="coppa-${state}">${await page.evaluate(copyOf, state)}</div>`);
      if (view === 'standings') reserve[lang] = await journeyHeights(page, lang);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

/**
 * The journey-card heights as select.js reads them, a third of their JSON size (select.js blocks the first
 * paint): each distinct row of heights once, as two base-36 digits per width, and per language each
 * club's row number, clubs in one list.
 */
function compactReserve({ widths, ...byLang }) {
  const rows = [];
  const rowOf = (heights) => {
    if (heights.some((h) => !Number.isInteger(h) || h < 0 || h >= 36 ** 2)) {
      throw new Error(`prerender: a journey card height outside 0–1295 px: ${heights.join(', ')}`);
    }
    const row = heights.map((h) => h.toString(36).padStart(2, '0')).join('');
    const known = rows.indexOf(row);
    return known >= 0 ? known : rows.push(row) - 1;
  };
  const clubs = Object.keys(byLang[LANGS[0]]);
  const langs = Object.fromEntries(LANGS.map((lang) => [lang, clubs.map((club) => rowOf(byLang[lang][club]))]));
  return { widths, clubs, ...langs, heights: rows.join('') };
}

const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
if (html.includes('data-coppa-prerender')) throw new Error('prerender: dist/index.html is already prerendered: build it again');
const constants = contract();
// select.js blocks the first paint, so its whole-line comments (a third of it) stay in the source.
const withoutComments = (code) => code
  .replace(/^\s*\/\*[\s\S]*?\*\/\n/gm, '')
  .replace(/^\s*\/\/.*\n/gm, '');
const select = withoutComments(readFileSync(new URL('../prerender/select.js', import.meta.url), 'utf8'))
  .replace('__COPPA_JOURNEY_RESERVE__', () => JSON.stringify(compactReserve(reserve)))
  .replace('__COPPA_QUERY__', () => JSON.stringify(constants.query))
  .replace('__COPPA_STATUS__', () => JSON.stringify(constants.status));
if (select.includes('__COPPA_')) throw new Error('prerender: prerender/select.js has a placeholder this script does not fill');
const selectFile = `select-${createHash('sha256').update(select).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, selectFile), select);
// Before the stylesheets and the body, after the viewport meta (on a phone, the width it reads).
const viewportMeta = /<meta name="viewport"[^>]*>/;
if (!viewportMeta.test(html)) throw new Error('prerender: dist/index.html has no viewport meta');
html = html.replace(viewportMeta, (meta) => `${meta}\n    <script src="./${selectFile}"></script>`);
// The page is readable without the wasm, so the wasm no longer jumps the queue: preloaded, it would share
// a phone's bandwidth with the document and stylesheets the first paint waits for. The boot module
// (deferred, as every module script) imports the glue and fetches the wasm once the document is parsed
// and select.js no longer holds them back (`data-coppa-defer`: until the reader's first input, for a link
// the prerendered copy shows completely). A fetch that fails is told to select.js, which says so and
// lets the next input try again. The live sheet (postbuild.mjs) is added with the wasm.
const preloads = /<link rel="(?:modulepreload|preload)"[^>]*>/g;
if (!preloads.test(html)) throw new Error('prerender: dist/index.html has no wasm preload to remove');
html = html.replace(preloads, '');
const bootTag = /<script type="module" src="\.\/(boot-[0-9a-f]+\.js)"><\/script>/;
const bootFile = html.match(bootTag)?.[1];
if (!bootFile) throw new Error('prerender: dist/index.html has no boot module');
const loader = readFileSync(join(dist, bootFile), 'utf8');
const glueImport = /^import init, \* as bindings from '(\.\/[^']+\.js)';$/m;
const start = /^await liveSheet\(\);\nlet wasm;\ntry \{\n  wasm = await init\(\{ module_or_path: ('\.\/[^']+\.wasm') \}\);\n\} catch \(error\) \{\n  if \(!leaving\) throw error;\n\}$/m;
if (!glueImport.test(loader) || !start.test(loader)) throw new Error(`prerender: ${bootFile} is not the loader postbuild.mjs writes`);
const glue = loader.match(glueImport)[1];
const boot = loader.replace(glueImport, '').replace(start, (_, wasmPath) => `const root = document.documentElement;
let wasm;
let bindings;
while (!wasm) {
  if (root.hasAttribute('data-coppa-defer')) await new Promise((wanted) => addEventListener('coppa:wanted', wanted, { once: true }));
  const response = fetch(${wasmPath});
  // Awaited by init; a failure is caught there, or here if the glue failed first.
  response.catch(() => {});
  // The app mounts once the live sheet is in: what it styles never shows unstyled.
  const styled = liveSheet();
  try {
    bindings = await import('${glue}');
    wasm = await bindings.default({ module_or_path: styled.then(() => response) });
  } catch (error) {
    if (leaving) break;
    console.warn('The app could not be loaded; the prerendered page stays.', error);
    dispatchEvent(new Event('coppa:failed'));
  }
}`);
const newBoot = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, newBoot), boot);
rmSync(join(dist, bootFile));
html = html.replace(bootTag, `<script type="module" src="./${newBoot}"></script>`);
const body = /(<body[^>]*>)[\s\S]*(<\/body>)/;
if (!body.test(html)) throw new Error('prerender: dist/index.html has no <body>');
html = html.replace(body, `$1<div data-coppa-prerender>${copies.join('')}</div>$2`);
writeFileSync(indexPath, html);
console.log(`prerender: ${copies.length} copies into index.html (${(html.length / 1000).toFixed(1)} kB), ${selectFile} `
  + `(${(select.length / 1000).toFixed(1)} kB, journey cards of ${SLUGS.length} clubs at ${WIDTHS.length} widths)`);
