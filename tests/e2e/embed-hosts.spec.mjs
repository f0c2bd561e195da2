// Embedding where bloggers really publish (issue 11): plain static hosts that send no special header,
// dist/ on another origin with and without CORS, platforms without scripts (the HTML-only fragment),
// link previews, and single-page blogs that add and remove widgets.
import { readFileSync } from 'node:fs';
import { test, expect as playwrightExpect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open, seriousViolations, watch } from './helpers.mjs';
import { startServer } from './server.mjs';

const expect = playwrightExpect.configure({ timeout: 15_000 });
const dist = new URL('../../dist/', import.meta.url);
const EXAMPLES = new URL('../../examples/', import.meta.url);

/** Plain hosts: `plain` and `other` send no header at all; `shared` sends only Access-Control-Allow-Origin. */
const hosts = {};
test.beforeAll(async () => {
  for (const [name, cors] of [['plain', false], ['other', false], ['shared', true]]) {
    const pages = new Map();
    const server = await startServer(0, { csp: false, cors, pages });
    hosts[name] = { server, pages, origin: `http://127.0.0.1:${server.address().port}` };
  }
});
test.afterAll(async () => {
  for (const { server } of Object.values(hosts)) await new Promise((done) => server.close(done));
});

/** Has the plain host serve `body` as a blog post at `path`, with the blog's two sheets; its URL. */
function post(path, body) {
  hosts.plain.pages.set(path, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>'
    + '<link rel="stylesheet" href="/examples/blog.css"><link rel="stylesheet" href="/examples/hostile.css"></head>'
    + `<body><main><h1>Post</h1>${body}</main></body></html>`);
  return `${hosts.plain.origin}${path}`;
}

/** The builder's snippet for the app at `origin` + `query`, in each of the first two styles. */
async function snippets(page, origin, query) {
  await open(page, `${origin}/${query}`);
  await page.locator('button.embed-builder__open').click();
  const code = page.locator('.embed-builder__snippet code');
  await expect(code).toContainText('<iframe');
  const iframe = await code.textContent();
  await page.locator('input[data-embed-style="script"]').check();
  await expect(code).toContainText('<div data-coppa-view');
  return { iframe, script: await code.textContent() };
}

/** The iframe's content box equals its document's height: embed.js sized it. */
async function expectFitted(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await expect.poll(async () => {
    const frame = await (await page.$(selector)).contentFrame();
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const box = await page.$eval(selector, (f) => f.clientHeight);
    return Math.abs(box - content) <= 2 && box !== 640;
  }).toBe(true);
}

test('on a plain host (no CORS, no CSP header), blog and dist/ on one origin: the example post shows all three embeds', async ({ page }) => {
  const { origin } = hosts.plain;
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const response = await page.goto(`${origin}/examples/blog-post.html`);
  expect(response.headers()['access-control-allow-origin']).toBeUndefined();
  expect(response.headers()['content-security-policy']).toBeUndefined();
  const frame = page.frameLocator('#frame-standings');
  await expect(frame.locator('main#coppa-main')).toHaveAttribute('data-view', 'standings');
  await expect(frame.locator('main#coppa-main tr[data-club="genoa"]')).toHaveClass(/is-selected/);
  await expectFitted(page, '#frame-standings');
  await expect(page.locator('#widget-bracket .tie.is-on-path')).toHaveCount(4);
  await expect(page.locator('#widget-scorers svg.scorers-chart')).toBeVisible();
  // Mounted widgets hide their fallback link (it is not slotted any more).
  await expect(page.locator('#widget-bracket > a')).toBeHidden();
  expect(errors).toEqual([]);
});

test("on a plain host the builder's live preview is not blank and its snippets render when pasted", async ({ page }) => {
  const { origin } = hosts.plain;
  const { iframe, script } = await snippets(page, origin, '?view=bracket&team=roma&lang=it');
  await page.locator('input[data-embed-style="iframe"]').check();
  const preview = page.locator('iframe.embed-builder__preview');
  await preview.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('iframe.embed-builder__preview').locator('main#coppa-main .tie.is-on-path')).toHaveCount(4);
  expect(iframe).toContain(`src="${origin}/bracket.html?team=roma&amp;lang=it&amp;embed=1"`);

  await page.goto(post('/examples/pasted.html', `${iframe}\n<p>Between.</p>\n${script}`));
  await expect(page.frameLocator('iframe').locator('main#coppa-main .tie.is-on-path')).toHaveCount(4);
  await expect(page.locator('div[data-coppa-view] .tie.is-on-path')).toHaveCount(4);
  await expectFitted(page, 'iframe');

  // The sandbox lets a match's source open in a new tab (answered here: the test goes nowhere else).
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, body: 'source' }));
  const frame = page.frameLocator('iframe');
  await frame.locator('main#coppa-main .tie[data-tie="final-0"]').click();
  const source = frame.locator('dialog.tie-details[open] .tie-details__sources a[target="_blank"]').first();
  const href = await source.getAttribute('href');
  const [popup] = await Promise.all([page.waitForEvent('popup'), source.click()]);
  await expect.poll(() => popup.url()).toBe(href);
});

test('dist/ on another origin without Access-Control-Allow-Origin: the iframe still works, the widget keeps its fallback link', async ({ page }) => {
  const app = hosts.other.origin;
  const { iframe, script } = await snippets(page, app, '?view=scorers&team=milan&lang=en');
  await page.goto(post('/examples/cross.html', `${iframe}\n${script}`));
  // The frame keeps dist/'s origin, so everything it loads is same-origin: no header needed.
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('main#coppa-main .scorers-chart__bar.is-highlighted').first()).toHaveAttribute('data-club', 'milan');
  // embed.js is a cross-origin module script: blocked, so nothing mounts and nothing resizes.
  const fallback = page.locator('div[data-coppa-view] > a');
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveText('Coppa Italia 2002–03 – Scorers – Milan');
  await expect(fallback).toHaveAttribute('href', `${app}/scorers.html?team=milan&lang=en`);
  expect(await page.locator('div[data-coppa-view]').evaluate((host) => host.shadowRoot)).toBeNull();
  expect(await page.$eval('iframe', (f) => f.getAttribute('height'))).toBe('640');
  await fallback.click();
  await expect(page).toHaveURL(`${app}/scorers.html?team=milan&lang=en`);
  await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'scorers');
});

test('dist/ on another origin that sends Access-Control-Allow-Origin: the widget mounts and the iframe is sized', async ({ page }) => {
  const app = hosts.shared.origin;
  const { iframe, script } = await snippets(page, app, '?view=scorers&team=milan&lang=en');
  await page.goto(post('/examples/cross.html', `${iframe}\n${script}`));
  const widget = page.locator('div[data-coppa-view]');
  await expect(widget.locator('.scorers-chart__bar.is-highlighted').first()).toHaveAttribute('data-club', 'milan');
  await expect(widget.locator('> a')).toBeHidden();
  await expectFitted(page, 'iframe');
});

test("a widget whose app cannot load keeps its fallback link in view", async ({ page, baseURL }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/examples/blog-post.html');
  const link = page.locator('#widget-bracket > a');
  await expect(link).toBeVisible();
  await expect(link).toHaveText('Coppa Italia 2002–03 – Tabellone – Roma');
  expect(new URL(await link.evaluate((a) => a.href)).href).toBe(new URL('/?view=bracket&team=roma&lang=it', baseURL).href);
  await expect(page.locator('#widget-scorers > a')).toBeVisible();
});

/** The HTML-only fragment the builder writes for `query`, as text. */
async function fragmentFor(page, query, theme = 'light') {
  await open(page, `/${query}`);
  await page.locator('button.embed-builder__open').click();
  await page.locator('[data-embed-field="theme"]').selectOption(theme);
  await page.locator('input[data-embed-style="html"]').check();
  const code = page.locator('.embed-builder__snippet code');
  await expect(code).toContainText('<section style=');
  await expect(page.locator('iframe.embed-builder__preview')).toHaveCount(0);
  expect(await code.evaluate((c) => c.childElementCount)).toBe(0);
  return code.textContent();
}

/**
 * A page holding `fragment` under the blog's and the hostile theme, served by the test under a policy
 * that allows no script and nothing from anywhere, only inline styles; with `scripts: false` the
 * browser runs none either (axe, injected by the test, needs them on).
 */
async function pasteWithoutScripts(browser, baseURL, fragment, { scripts = false } = {}) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: scripts });
  const page = await context.newPage();
  const sheets = ['blog.css', 'hostile.css'].map((name) => readFileSync(new URL(name, EXAMPLES), 'utf8')).join('\n');
  await page.route('**/examples/no-script.html', (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsletter</title>'
      + `<style>${sheets}</style></head><body><main><h1>This week</h1>${fragment}</main></body></html>`,
  }));
  await page.goto('/examples/no-script.html');
  return { page, context };
}

/** Cell texts of each body row of `table`, in order. */
const rowsOf = (table) => table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.cells].map((c) => c.textContent.trim())));

test('HTML only: the standings fragment, pasted with scripts off under the hostile theme, reads and equals the app', async ({ page, browser, baseURL }) => {
  const fragment = await fragmentFor(page, '?team=genoa&lang=it');
  // The app's facts for Genoa's group, as the live app shows them.
  const card = page.locator('main#coppa-main article.group-card').first();
  await expect(card).toHaveAttribute('data-group', '1');
  const appRows = await card.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.cells]
    .map((cell, i) => (i === 1 ? cell.querySelector('.standings-table__name').textContent : cell.textContent.trim()))));
  const appResults = await card.locator('.group-results li').allTextContents();

  const { page: paper, context } = await pasteWithoutScripts(browser, baseURL, fragment);
  const table = paper.locator('main section table');
  await expect(table).toHaveCount(1);
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toHaveText('Girone 1');
  const rows = await rowsOf(table);
  expect(rows.map((row) => [row[0], row[1].replace(/ ✓.*| \(.*/, ''), ...row.slice(2)])).toEqual(appRows);
  expect(rows.find((row) => row[1].startsWith('Genoa'))[1]).toContain('(squadra selezionata)');
  const results = await paper.locator('main section ol li').allTextContents();
  expect(results.map((r) => r.replace(/\s+/g, ' '))).toEqual(appResults.map((r) => r.replace(/\s+/g, ' ').trim()));
  // The hostile sheet's 40px serif, hidden tables and red links do not reach it.
  const looks = await paper.locator('main section td').first().evaluate((td) => {
    const style = getComputedStyle(td);
    return { size: style.fontSize, family: style.fontFamily, display: style.display };
  });
  expect(looks).toEqual({ size: '16px', family: expect.not.stringMatching(/^serif$/), display: 'table-cell' });
  // Its own look: a ruled box, the followed club's row on the highlight colour, the marks' words hidden.
  expect(await paper.locator('main section').evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('1px');
  const genoa = paper.locator('main section tbody tr').filter({ hasText: 'Genoa' });
  expect(await genoa.evaluate((tr) => [getComputedStyle(tr).backgroundColor, getComputedStyle(tr.cells[1]).fontWeight]))
    .toEqual(['rgb(255, 241, 184)', '700']);
  const words = genoa.locator('th span').last();
  await expect(words).toHaveText(' (squadra selezionata)');
  expect(await words.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  const credit = paper.locator('main section a');
  await expect(credit).toHaveAttribute('href', `${new URL(baseURL).origin}/standings.html?team=genoa&lang=it&theme=light`);
  expect(await credit.evaluate((a) => getComputedStyle(a).color)).not.toBe('rgb(255, 0, 0)');
  await context.close();
});

test('HTML only: the bracket fragment lists every tie with the app\'s outcomes and marks the club\'s path', async ({ page, browser, baseURL }) => {
  const fragment = await fragmentFor(page, '?view=bracket&team=roma&lang=en');
  const appTies = await page.locator('main#coppa-main button.tie').evaluateAll((ties) => ties.map((tie) => ({
    aggregate: tie.querySelector('.tie__aggregate')?.textContent.trim(),
    decided: tie.querySelector('.tie__decided').textContent.replace('✓', '').trim(),
    path: tie.classList.contains('is-on-path'),
  })));
  expect(appTies.length).toBeGreaterThan(20);
  const { page: paper, context } = await pasteWithoutScripts(browser, baseURL, fragment);
  const items = paper.locator('main section ol > li');
  const ties = await items.evaluateAll((lis) => lis.map((li) => ({
    outcome: li.lastElementChild.textContent,
    path: li.textContent.includes('★'),
  })));
  // Both give the aggregate beside the label only where the label does not give it.
  const key = ({ aggregate, decided, outcome }) => outcome ?? (aggregate ? `${aggregate} · ${decided}` : decided);
  expect(ties.map(key).sort()).toEqual(appTies.map(key).sort());
  expect(ties.filter((t) => t.path).map(key).sort()).toEqual(appTies.filter((t) => t.path).map(key).sort());
  expect(ties.filter((t) => t.path)).toHaveLength(4);
  await expect(items.first()).toBeVisible();
  expect(await paper.locator('main section h3').allTextContents()).toEqual(
    await page.locator('main#coppa-main .bracket__round-title').allTextContents());
  await context.close();
});

test('HTML only: the scorers fragment has the app\'s ranking, goals and tallies', async ({ page, browser, baseURL }) => {
  const fragment = await fragmentFor(page, '?view=scorers&team=milan&lang=en', 'dark');
  const appRows = await rowsOf(page.locator('main#coppa-main table.scorers-table'));
  const { page: paper, context } = await pasteWithoutScripts(browser, baseURL, fragment);
  const rows = await rowsOf(paper.locator('main section table'));
  // The dark theme's colours, literal in the fragment.
  expect(await paper.locator('main section').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]))
    .toEqual(['rgb(29, 31, 33)', 'rgb(236, 236, 236)']);
  const strip = (row) => [row[0], row[1].replace(/\s*(▶\s*)?\(selected club\)/, ''), ...row.slice(2)];
  expect(rows.map(strip)).toEqual(appRows.map(strip));
  expect(rows.filter((row) => row[1].includes('(selected club)')).map((row) => row[2])).toEqual(
    appRows.filter((row) => row[2] === 'Milan').map(() => 'Milan'));
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`HTML only: axe finds nothing serious in each fragment under the hostile theme (${theme})`, async ({ page, browser, baseURL }) => {
    for (const query of ['?team=genoa&lang=it', '?view=bracket&team=roma&lang=en', '?view=scorers&team=milan&lang=en']) {
      const fragment = await fragmentFor(page, query, theme);
      const { page: paper, context } = await pasteWithoutScripts(browser, baseURL, fragment, { scripts: true });
      const results = await new AxeBuilder({ page: paper }).include('main section').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, query).toEqual([]);
      await context.close();
    }
  });
}

test('index.html carries Open Graph and Twitter card meta for link previews, prerendering kept', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const meta = (attribute, name) => html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];
  expect(meta('property', 'og:title')).toBe('Coppa Italia 2002–03: groups, bracket and top scorers');
  expect(meta('name', 'twitter:title')).toBe(meta('property', 'og:title'));
  expect(meta('property', 'og:description')).toContain('two-legged tie');
  expect(meta('property', 'og:description')).toContain('Italiano: gironi, tabellone e marcatori');
  expect(meta('name', 'twitter:description')).toBe(meta('property', 'og:description'));
  expect(meta('name', 'twitter:card')).toBe('summary');
  expect(meta('property', 'og:locale:alternate')).toBe('it_IT');
  expect(html).toContain('data-coppa-prerender');
});

/** The wasm glue's file name, as postbuild stamped it into embed.js. */
const GLUE = readFileSync(new URL('embed.js', dist), 'utf8').match(/["'](coppa-[0-9a-f]{16}\.js)["']/)[1];

test('single-page blogs: widgets added later mount by themselves, mountWidgets() is idempotent, removed widgets are freed', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const problems = await watch(page, baseURL);
  await page.route('**/examples/spa.html', (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPA</title><link rel="icon" href="/examples/favicon.svg"></head>'
      + '<body><main id="app"><div id="first" data-coppa-view="standings"></div></main><script type="module" src="/embed.js"></script></body></html>',
  }));
  await page.goto('/examples/spa.html');
  await expect(page.locator('#first .coppa')).toHaveCount(1);

  // Added later: mounted without any call. Then mountWidgets() again, twice: nothing doubles.
  await page.evaluate(() => {
    const later = document.createElement('div');
    later.id = 'later';
    later.dataset.coppaView = 'scorers';
    document.querySelector('#app').append(later);
  });
  await expect(page.locator('#later svg.scorers-chart')).toBeVisible();
  await page.evaluate(async () => {
    const { mountWidgets } = await import('/embed.js');
    await Promise.all([mountWidgets(), mountWidgets()]);
  });
  await expect(page.locator('#first .coppa')).toHaveCount(1);
  await expect(page.locator('#later .coppa')).toHaveCount(1);

  // Taken out and put back: unmounted, then mounted again in the same shadow root.
  await page.evaluate(() => {
    const later = document.querySelector('#later');
    later.remove();
    window.__later = later;
  });
  await expect.poll(() => page.evaluate(() => window.__later.shadowRoot.querySelectorAll('.coppa').length)).toBe(0);
  await page.evaluate(() => { document.querySelector('#app').append(window.__later); delete window.__later; });
  await expect(page.locator('#later .coppa')).toHaveCount(1);

  // 100 mount/remove cycles of a bracket widget following Roma, measured after a warm-up.
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const wasm = await page.evaluate(async (glue) => (await (await import(glue)).default()).memory.buffer.byteLength, `/${GLUE}`);
    return { heap: usedSize, nodes, listeners: jsEventListeners, wasm };
  };
  const cycles = (count) => page.evaluate(async (count) => {
    const tick = () => new Promise((next) => setTimeout(next, 0));
    for (let i = 0; i < count; i += 1) {
      const host = document.createElement('div');
      host.dataset.coppaView = 'bracket';
      host.dataset.coppaTeam = 'roma';
      document.querySelector('#app').append(host);
      while (!host.shadowRoot?.querySelector('.tie.is-on-path')) await tick();
      host.remove();
      while (host.shadowRoot.querySelector('.coppa')) await tick();
    }
  }, count);
  await cycles(10);
  const before = await measure();
  await cycles(100);
  const after = await measure();
  console.log(`100 widget cycles: ${JSON.stringify({ before, after })}`);
  // A leaked bracket widget holds hundreds of nodes and listeners and several kB of wasm heap; 100
  // of them would show far beyond these bounds.
  expect(after.nodes - before.nodes).toBeLessThan(100);
  expect(after.listeners - before.listeners).toBeLessThan(10);
  expect(after.wasm - before.wasm).toBeLessThanOrEqual(2 * 65536);
  expect(after.heap - before.heap).toBeLessThan(1024 * 1024);
  expect(problems).toEqual([]);
});
