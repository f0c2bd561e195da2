// Embedding in a blog: examples/blog-post.html (hostile CSS, two script-tag widgets, one sandboxed
// iframe) and pages built from the embed builder's snippets, all under the strict CSP the server sends.
import { test, expect as playwrightExpect } from '@playwright/test';
import { open as openApp, seriousViolations, violations, watch } from './helpers.mjs';
import { CSP, SUB_PATH } from './server.mjs';

const POST = '/examples/blog-post.html';
const SOURCE = 'coppa-italia-2002-03';
// Generous for a loaded 2-core machine: the wasm is compiled once per frame that loads it.
const expect = playwrightExpect.configure({ timeout: 15_000 });

/** A page at `path` with `body` inside an article, served (by the test) under the same CSP. */
async function servePage(page, path, body, { sheet = null } = {}) {
  const link = sheet === null ? '' : `<link rel="stylesheet" href="${sheet}">`;
  await page.route(`**${path}`, (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>`
      + `<link rel="icon" href="/examples/favicon.svg">${link}</head><body><article>${body}</article></body></html>`,
  }));
}

/** An iframe's content-box height (its `clientHeight` less its padding), in the page. */
function contentBoxHeight(frame) {
  const style = getComputedStyle(frame);
  return frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
}

/**
 * The iframe's content-box height, its document's content height (the `<html>` box) and how far the
 * document scrolls beyond the frame; equal heights and no scroll mean the frame fits its content.
 */
async function fit(page, selector) {
  const frame = await (await page.$(selector)).contentFrame();
  const box = await page.$eval(selector, contentBoxHeight);
  const content = await frame.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  return { box, content: content.height, overflow: content.overflow };
}

async function expectFits(page, selector) {
  await expect.poll(async () => {
    const { box, content, overflow } = await fit(page, selector);
    return Math.abs(box - content) <= 2 && overflow <= 1;
  }, { timeout: 15_000 }).toBe(true);
  return (await fit(page, selector)).box;
}

/**
 * Runs `change` inside the iframe, then counts the host's animation frames until the iframe is as tall
 * as its new content.
 */
async function framesToFollow(page, selector, change) {
  const frame = await (await page.$(selector)).contentFrame();
  const target = await frame.evaluate(change);
  return page.evaluate(async ({ selector, target }) => {
    const iframe = document.querySelector(selector);
    const style = getComputedStyle(iframe);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    for (let frames = 0; frames < 240; frames += 1) {
      if (Math.abs(iframe.clientHeight - padding - target) <= 2) return frames;
      await new Promise((next) => requestAnimationFrame(next));
    }
    return -1;
  }, { selector, target });
}

test('the blog post shows the three embeds with the right content, under the CSP, with no error', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  const policies = new Map();
  page.on('response', (r) => policies.set(new URL(r.url()).pathname + new URL(r.url()).search, r.headers()['content-security-policy']));
  const response = await page.goto(POST);
  expect(response.headers()['content-security-policy']).toBe(CSP);

  // Widget 1: the bracket in Italian, Roma's four ties (round of 16 to the final) on the path.
  const bracket = page.locator('#widget-bracket');
  await expect(bracket.locator('.coppa[lang="it"] section.bracket')).toBeVisible();
  await expect(bracket.locator('.tie.is-on-path')).toHaveCount(4);
  for (const tie of await bracket.locator('.tie.is-on-path').all()) await expect(tie).toContainText('Roma');
  await expect(bracket.locator('.tie[data-tie="final-0"]')).toHaveClass(/is-on-path/);
  await expect(bracket.locator('.tie.is-dimmed').first()).toBeVisible();
  await expect(bracket.locator('[data-view-tab="bracket"]')).toHaveText('Tabellone');
  await expect(bracket.locator('.coppa-header, .summary')).toHaveCount(0);

  // Widget 2: the scorers, Milan's highlighted (the chart and its table, which the host's CSS hides).
  const scorers = page.locator('#widget-scorers');
  await expect(scorers.locator('svg.scorers-chart')).toBeVisible();
  await expect(scorers.locator('table.scorers-table')).toBeVisible();
  const highlighted = scorers.locator('.scorers-chart__bar.is-highlighted');
  await expect(highlighted.first()).toBeVisible();
  expect(new Set(await highlighted.evaluateAll((bars) => bars.map((b) => b.dataset.club)))).toEqual(new Set(['milan']));
  await expect(scorers.locator('.scorers-chart__bar[data-player="Jon Dahl Tomasson"]')).toHaveClass(/is-highlighted/);

  // The post keeps its one <main> landmark and the ids stay unique: each widget's views are a region
  // named after what it shows (Playwright's locators look inside the shadow roots).
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('main')).toHaveId('top');
  await expect(page.locator('[id="coppa-main"]')).toHaveCount(0);
  await expect(bracket.locator('section.coppa__main')).toHaveAttribute('aria-label', 'Coppa Italia 2002–03 – Tabellone – Roma');
  await expect(scorers.locator('section.coppa__main')).toHaveAttribute('aria-label', 'Coppa Italia 2002–03 – Scorers – Milan');
  await expect(page.getByRole('region', { name: 'Coppa Italia 2002–03 – Scorers – Milan' })).toHaveCount(1);

  // The iframe: the standings, Genoa's group (group 1) first with Genoa's row selected.
  const standings = page.frameLocator('#frame-standings');
  await expect(standings.locator('article.group-card').first()).toHaveAttribute('data-group', '1');
  await expect(standings.locator('tr[data-club="genoa"]')).toHaveClass(/is-selected/);
  await expect(standings.locator('.coppa.coppa--embed')).toBeVisible();
  await expect(standings.locator('.coppa-header')).toHaveCount(0);

  expect(policies.get('/embed.js')).toBe(CSP);
  expect(policies.get('/?embed=1&view=standings&team=genoa')).toBe(CSP);
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('widgets work inside their shadow roots, each with its own state, and never touch the URL', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  await page.goto(POST);
  const before = await page.evaluate(() => ({ href: location.href, entries: history.length }));
  const bracket = page.locator('#widget-bracket');
  const scorers = page.locator('#widget-scorers');
  await expect(bracket.locator('.tie.is-on-path')).toHaveCount(4);

  // Typing in widget 2's filter (a combobox inside a shadow root) and picking with the keyboard.
  const filter = scorers.locator('input#team-filter');
  await expect(filter).toHaveValue('Milan');
  await filter.fill('');
  await filter.pressSequentially('Roma');
  await expect(scorers.locator('li[role="option"][data-club="roma"]')).toBeVisible();
  await filter.press('ArrowDown');
  await filter.press('Enter');
  await expect(scorers.locator('.scorers-chart__bar[data-player="Marco Delvecchio"]')).toHaveClass(/is-highlighted/);
  await expect(scorers.locator('.scorers-chart__bar[data-player="Jon Dahl Tomasson"]')).not.toHaveClass(/is-highlighted/);

  // A widget's view tabs are buttons (a link would lead to the post itself); the one shown is pressed.
  const tabs = bracket.locator('[data-view-tab]');
  await expect(tabs).toHaveText(['Gironi', 'Tabellone', 'Marcatori']);
  expect(await tabs.evaluateAll((all) => all.map((t) => `${t.localName} ${t.getAttribute('href')}`)))
    .toEqual(['button null', 'button null', 'button null']);
  await expect(bracket.locator('[data-view-tab="bracket"]')).toHaveAttribute('aria-pressed', 'true');

  // Clicking a view tab in widget 1 changes widget 1 only.
  await bracket.locator('[data-view-tab="standings"]').click();
  await expect(bracket.locator('section.coppa__main')).toHaveAttribute('data-view', 'standings');
  await expect(bracket.locator('[data-view-tab="standings"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(bracket.locator('[data-view-tab="bracket"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(bracket.locator('tr[data-club="roma"]')).toHaveCount(0);
  await expect(scorers.locator('section.coppa__main')).toHaveAttribute('data-view', 'scorers');
  // Keyboard: Tab onto the next tab, Enter.
  await bracket.locator('[data-view-tab="standings"]').focus();
  await page.keyboard.press('Tab');
  await expect(bracket.locator('[data-view-tab="bracket"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bracket.locator('section.coppa__main')).toHaveAttribute('data-view', 'bracket');
  await bracket.locator('[data-view-tab="standings"]').click();

  // A chart bar chosen with the keyboard selects its club, in that widget.
  const miccoli = scorers.locator('.scorers-chart__bar[data-player="Fabrizio Miccoli"]');
  await miccoli.focus();
  await miccoli.press('Enter');
  await expect(miccoli).toHaveClass(/is-highlighted/);
  await expect(bracket.locator('section.coppa__main')).toHaveAttribute('data-view', 'standings');

  expect(await page.evaluate(() => ({ href: location.href, entries: history.length }))).toEqual(before);
  expect(problems).toEqual([]);
});

test('the iframe is as tall as its content and follows it within a few frames', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  await page.goto(POST);
  const before = await page.evaluate(() => ({ href: location.href, entries: history.length }));
  const frame = page.locator('#frame-standings');
  await frame.scrollIntoViewIfNeeded();
  const start = await expectFits(page, '#frame-standings');
  expect(start).toBeGreaterThan(300);

  // Follow another club: its group comes first and its journey card appears.
  const standings = page.frameLocator('#frame-standings');
  const filter = standings.locator('input#team-filter');
  await filter.fill('');
  await filter.pressSequentially('Juventus');
  await filter.press('Enter');
  await expect(standings.locator('section.journey[data-club="juventus"]')).toBeVisible();
  const afterClub = await expectFits(page, '#frame-standings');
  expect(afterClub).not.toBe(start);

  // Switch view: the bracket is far taller than the standings.
  const waited = await framesToFollow(page, '#frame-standings', async () => {
    document.querySelector('[data-view-tab="bracket"]').click();
    await new Promise((done) => setTimeout(done));
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  });
  expect(waited).toBeGreaterThanOrEqual(0);
  expect(waited).toBeLessThanOrEqual(3);
  const afterView = await expectFits(page, '#frame-standings');
  expect(afterView).not.toBe(afterClub);

  // And back: it shrinks again.
  await standings.locator('[data-view-tab="scorers"]').click();
  await expect(standings.locator('main#coppa-main')).toHaveAttribute('data-view', 'scorers');
  expect(await expectFits(page, '#frame-standings')).not.toBe(afterView);

  // The iframe replaced its own history entry; the reader's back button still leaves the post.
  expect(await page.evaluate(() => ({ href: location.href, entries: history.length }))).toEqual(before);
  expect(problems).toEqual([]);
});

/** Computed styles of the host page's own elements, its style sheets and its <head>. */
function hostStyles(page) {
  return page.evaluate(() => {
    const props = ['font', 'color', 'display', 'boxSizing', 'border', 'margin', 'padding', 'letterSpacing',
      'textTransform', 'backgroundColor', 'width'];
    const of = (selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries(props.map((p) => [p, style[p]]));
    };
    const selectors = ['html', 'body', '#lede', 'h2', '.site-header', '.site-header a', 'figcaption', '#host-table', '#closing'];
    return {
      elements: Object.fromEntries(selectors.map((s) => [s, of(s)])),
      sheets: document.styleSheets.length,
      head: document.head.innerHTML,
    };
  });
}

test("the host's styles are untouched and its hostile stylesheet does not reach the widgets", async ({ page, context }) => {
  // The same post without embed.js, for comparison.
  const bare = await context.newPage();
  await bare.route('**/embed.js', (route) => route.abort());
  await bare.goto(POST);
  const expected = await hostStyles(bare);
  await bare.close();
  // The hostile sheet is in effect on the host: 40px serif everywhere, its own table hidden.
  expect(expected.elements['#lede'].font).toContain('40px');
  expect(expected.elements['#host-table'].display).toBe('none');

  await page.goto(POST);
  const scorers = page.locator('#widget-scorers');
  await expect(scorers.locator('table.scorers-table')).toBeVisible();
  await expect(page.locator('#widget-bracket .tie').first()).toBeVisible();
  expect(await hostStyles(page)).toEqual(expected);

  // Inside: the explorer's own type, box model and controls, whatever the host says.
  const root = await scorers.locator('.coppa').evaluate((el) => {
    const style = getComputedStyle(el);
    return { size: style.fontSize, family: style.fontFamily, sizing: style.boxSizing };
  });
  expect(root.size).toBe('16px');
  expect(root.family).not.toMatch(/^serif$/);
  expect(root.sizing).toBe('border-box');
  const input = await scorers.locator('input#team-filter').evaluate((el) => {
    const style = getComputedStyle(el);
    return { size: style.fontSize, color: style.color, sizing: style.boxSizing };
  });
  expect(input).toEqual({ size: '16px', color: expect.not.stringMatching(/255, 0, 255/), sizing: 'border-box' });
  await expect(scorers.locator('svg.scorers-chart')).toBeVisible();
  const tab = await page.locator('#widget-bracket [data-view-tab="bracket"]').evaluate((el) => getComputedStyle(el).textTransform);
  expect(tab).toBe('none');
  const hiddenList = await scorers.locator('ul#team-filter-listbox').evaluate((el) => getComputedStyle(el).display);
  expect(hiddenList).toBe('none');
});

test('forged, malformed and foreign messages never resize the iframe', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  await page.goto(POST);
  await page.locator('#frame-standings').scrollIntoViewIfNeeded();
  const height = await expectFits(page, '#frame-standings');
  const settle = () => page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 100)));
  const frameHeight = () => page.$eval('#frame-standings', (f) => f.clientHeight);

  // From the embedded page itself (what a compromised or confused frame could send): wrong shapes.
  const embedded = await (await page.$('#frame-standings')).contentFrame();
  await embedded.evaluate((source) => {
    const forged = [
      { source, type: 'height', height: '1e9' },
      { source, type: 'height', version: 1, height: '1e9' },
      { source, type: 'height', version: 1, height: 1.5e3 + 0.5 },
      { source, type: 'height', version: 1, height: 900, extra: true },
      { source, type: 'height', version: 2, height: 900 },
      { source: 'someone-else', type: 'height', version: 1, height: 900 },
      { source, type: 'resize', version: 1, height: 900 },
      JSON.stringify({ source, type: 'height', version: 1, height: 900 }),
      [source, 'height', 1, 900],
      null,
    ];
    for (const message of forged) window.parent.postMessage(message, '*');
  }, SOURCE);
  await settle();
  expect(await frameHeight()).toBe(height);

  // From the host window itself: a perfect shape, but from no iframe.
  await page.evaluate((source) => window.postMessage({ source, type: 'height', version: 1, height: 900 }, '*'), SOURCE);
  await settle();
  expect(await frameHeight()).toBe(height);

  // From another frame: only that frame may be resized, within the clamp; ours stays.
  await page.evaluate(() => {
    const other = document.createElement('iframe');
    other.id = 'other-frame';
    document.body.append(other);
  });
  const other = await (await page.$('#other-frame')).contentFrame();
  await other.evaluate((source) => window.parent.postMessage({ source, type: 'height', version: 1, height: 1e9 }, '*'), SOURCE);
  await settle();
  expect(await frameHeight()).toBe(height);
  expect(await page.$eval('#other-frame', (f) => f.clientHeight)).toBe(20000);
  expect(problems).toEqual([]);
});

test('dist/ embeds from a blog-like sub-path, every asset from under it, into a border-box theme', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  const assets = [];
  page.on('request', (r) => assets.push(new URL(r.url()).pathname));
  await servePage(page, '/blog/2003/05/coppa.html', `
    <h1>Il Milan vince la Coppa Italia</h1>
    <div id="widget" data-coppa-view="standings" data-coppa-team="genoa" data-coppa-lang="it"></div>
    <iframe id="frame" src="${SUB_PATH}?embed=1&amp;view=scorers&amp;team=roma&amp;lang=it" sandbox="allow-scripts allow-same-origin" title="Marcatori" width="100%" height="200"></iframe>
    <script type="module" src="${SUB_PATH}embed.js"></script>`, { sheet: '/examples/modern.css' });
  await page.goto('/blog/2003/05/coppa.html');
  expect(await page.$eval('#frame', (f) => getComputedStyle(f).boxSizing)).toBe('border-box');
  const widget = page.locator('#widget');
  await expect(widget.locator('.coppa[lang="it"] tr[data-club="genoa"]')).toHaveClass(/is-selected/);
  await expect(widget.locator('caption').first()).toHaveText('Girone 1');
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('.scorers-chart__bar.is-highlighted').first()).toHaveAttribute('data-club', 'roma');
  await page.locator('#frame').scrollIntoViewIfNeeded();
  await expectFits(page, '#frame');
  const loaded = assets.filter((a) => !['/blog/2003/05/coppa.html', '/examples/favicon.svg', '/examples/modern.css'].includes(a));
  expect(loaded.some((a) => a.endsWith('.wasm'))).toBe(true);
  for (const asset of loaded) expect(asset.startsWith(SUB_PATH)).toBe(true);
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('odd or hostile widget attributes fall back with a visible note, as text, never markup', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await servePage(page, '/examples/odd.html', `
    <div id="odd" data-coppa-view="tabellone&lt;script&gt;" data-coppa-team="&lt;img src=x onerror=alert(1)&gt;"
      data-coppa-lang="xx" data-coppa-theme="neon"></div>
    <span id="loose" data-coppa-view=" Scorers " data-coppa-team="AC Milan"></span>
    <table id="table"><tr><td data-coppa-view="bracket"></td></tr></table>
    <script type="module" src="/embed.js"></script>`);
  await page.goto('/examples/odd.html');
  const odd = page.locator('#odd');
  const note = odd.locator('.notice[role="status"]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('<img src=x onerror=alert(1)>');
  await expect(note).toContainText('tabellone<script>');
  // The note names the attribute to fix: the reader followed no link.
  await expect(note.locator('.notice__item').filter({ hasText: 'data-coppa-team' }))
    .toHaveText('Unknown team “<img src=x onerror=alert(1)>” in the widget\'s data-coppa-team attribute; showing all clubs');
  await expect(note).not.toContainText('link');
  await expect(odd.locator('section.coppa__main')).toHaveAttribute('data-view', 'standings');
  await expect(odd.locator('.coppa')).toHaveAttribute('data-theme', 'auto');
  expect(await odd.evaluate((host) => host.shadowRoot.querySelectorAll('img, script').length)).toBe(0);
  // A name the club search understands is a club, not a mistake; case and spaces do not matter.
  const loose = page.locator('#loose');
  await expect(loose.locator('.scorers-chart__bar.is-highlighted').first()).toHaveAttribute('data-club', 'milan');
  await expect(loose.locator('.notice')).toHaveCount(0);
  // A <td> cannot hold a shadow root: the script says so and leaves the cell alone.
  await expect.poll(() => warnings.some((w) => w.includes('cannot hold a widget'))).toBe(true);
  expect(problems).toEqual([]);
});

test('the embed builder copies a snippet that renders when pasted into a page', async ({ page, context, baseURL }) => {
  const problems = await watch(page, baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await openApp(page, '/?view=bracket&team=roma&lang=it');
  const appUrl = page.url();
  const open = page.locator('button.embed-builder__open');
  await expect(open).toHaveText('Incorpora');
  await open.click();
  const panel = page.locator('section.embed-builder');
  await expect(panel).toBeVisible();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  // It starts from what is on screen, with focus on the first choice.
  await expect(panel.locator('[data-embed-field="view"]')).toBeFocused();
  await expect(panel.locator('[data-embed-field="view"]')).toHaveValue('bracket');
  await expect(panel.locator('[data-embed-field="team"]')).toHaveValue('roma');
  await expect(panel.locator('[data-embed-field="team"] option')).toHaveCount(49);
  const code = panel.locator('.embed-builder__snippet code');
  const origin = new URL(baseURL).origin;
  await expect(code).toHaveText(
    `<iframe src="${origin}/bracket.html?team=roma&amp;lang=it&amp;embed=1" title="Coppa Italia 2002–03 – Tabellone – Roma" `
    + 'width="100%" height="640" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" '
    + 'loading="lazy"></iframe>\n'
    + `<script type="module" src="${origin}/embed.js"></script>`);

  await panel.locator('[data-embed-field="view"]').selectOption('standings');
  await panel.locator('[data-embed-field="team"]').selectOption('genoa');
  await panel.locator('[data-embed-field="lang"]').selectOption('en');
  await panel.locator('[data-embed-field="theme"]').selectOption('dark');
  await expect(code).toContainText(`${origin}/standings.html?team=genoa&amp;lang=en&amp;theme=dark&amp;embed=1`);
  const preview = page.frameLocator('iframe.embed-builder__preview');
  await expect(preview.locator('.coppa[data-theme="dark"] tr[data-club="genoa"]')).toHaveClass(/is-selected/);

  // Keyboard only: Tab to "Copy", press Enter.
  await panel.locator('[data-embed-field="theme"]').focus();
  const copy = panel.locator('button.embed-builder__copy');
  for (let i = 0; i < 10 && !(await copy.evaluate((b) => b === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.locator('.embed-builder__status[role="status"]')).toHaveText('Copiato negli appunti.');
  const iframeSnippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(iframeSnippet).toBe(await code.textContent());

  // A choice clears the confirmation; the script-tag style gives a data-attribute element.
  await panel.locator('input[data-embed-style="script"]').check();
  await expect(panel.locator('.embed-builder__status')).toHaveText('');
  await expect(code).toContainText('<div data-coppa-view="standings" data-coppa-team="genoa" data-coppa-lang="en" data-coppa-theme="dark">'
    + `<a href="${origin}/standings.html?team=genoa&amp;lang=en&amp;theme=dark">Coppa Italia 2002–03 – Standings – Genoa</a></div>`);
  await copy.click();
  await expect(panel.locator('.embed-builder__status')).toHaveText('Copiato negli appunti.');
  const scriptSnippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(scriptSnippet).toContain(`<script type="module" src="${origin}/embed.js"></script>`);

  // Escape closes the panel and gives focus back to the button; the app's URL never changed.
  await panel.locator('[data-embed-field="lang"]').focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  expect(page.url()).toBe(appUrl);

  // Both snippets, pasted into a post, render and size themselves.
  await servePage(page, '/examples/pasted.html', `<h1>Pasted</h1>${iframeSnippet}\n<p>Between the two.</p>\n${scriptSnippet}`);
  await page.goto('/examples/pasted.html');
  const pasted = page.frameLocator('iframe');
  await expect(pasted.locator('.coppa[data-theme="dark"] tr[data-club="genoa"]')).toHaveClass(/is-selected/);
  await expect(page.locator('div[data-coppa-view] .coppa[data-theme="dark"] tr[data-club="genoa"]')).toHaveClass(/is-selected/);
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await expectFits(page, 'iframe');
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('under a sub-path the builder writes that sub-path into the snippet', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  await openApp(page, `${SUB_PATH}?view=scorers`);
  await page.locator('button.embed-builder__open').click();
  const code = page.locator('.embed-builder__snippet code');
  const base = `${new URL(baseURL).origin}${SUB_PATH}`;
  await expect(code).toContainText(`src="${base}scorers.html?`);
  await expect(code).toContainText(`src="${base}embed.js"`);
  await expect(page.frameLocator('iframe.embed-builder__preview').locator('main#coppa-main svg.scorers-chart')).toBeVisible();
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark']) {
  test(`axe finds no serious or critical violation in the open embed builder (${theme})`, async ({ page }) => {
    await openApp(page, `/?theme=${theme}&team=genoa`);
    await page.locator('button.embed-builder__open').click();
    await page.locator('input[data-embed-style="script"]').check();
    await expect(page.locator('.embed-builder__snippet code')).toContainText('data-coppa-team="genoa"');
    expect(await seriousViolations(page, 'section.embed-builder')).toEqual([]);
  });
}

test('axe finds no serious or critical violation in the widgets on the hostile blog post', async ({ page }) => {
  await page.goto(POST);
  await expect(page.locator('#widget-bracket .tie.is-on-path')).toHaveCount(4);
  await expect(page.locator('#widget-scorers svg.scorers-chart')).toBeVisible();
  expect(await seriousViolations(page, '#widget-bracket')).toEqual([]);
  expect(await seriousViolations(page, '#widget-scorers')).toEqual([]);
});
