// Restyling from outside: the public inputs of style/tokens.css (`--coppa-accent`, `--coppa-accent-text`,
// `--coppa-highlight`, `--coppa-font`, `--coppa-max-width`) set by a host page's stylesheet reach into a
// widget's shadow root and into the app's own page; without them the defaults stay. And the title keeps
// its season on one line.
import { test, expect as playwrightExpect } from '@playwright/test';
import { open, seriousViolations, watch } from './helpers.mjs';

const POST = '/examples/themed-post.html';
// Generous for a loaded 2-core machine: three widgets share one wasm, compiled once.
const expect = playwrightExpect.configure({ timeout: 15_000 });

const DEFAULT_ACCENT = { light: 'rgb(10, 107, 58)', dark: 'rgb(92, 201, 143)' };

/** What the inputs drive, as computed inside `host`'s shadow root (or in the page, for the app). */
async function painted(host) {
  const style = (selector, property) => host.locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);
  return {
    tab: await style('[data-view-tab="scorers"]', 'borderBottomColor'),
    bar: await style('.scorers-chart__bar:not(.is-highlighted) .scorers-chart__fill', 'fill'),
    label: await style('.scorers-chart__club:not(.is-outside)', 'fill'),
    highlight: await style('.scorers-table__row.is-highlighted', 'backgroundColor'),
    font: await style('.coppa', 'fontFamily'),
    width: await style('.coppa > .coppa__main', 'maxWidth'),
  };
}

test('a host stylesheet restyles the widgets it targets, in both palettes, and no other', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  await page.goto(POST);
  for (const id of ['#widget-club', '#widget-club-dark', '#widget-plain']) {
    await expect(page.locator(`${id} .scorers-table__row.is-highlighted`).first()).toBeAttached();
  }

  // themed.css: `light-dark(#8a1538, #f28cab)` and friends on `.club-colours`, 40rem at the blog's 16px root.
  expect(await painted(page.locator('#widget-club'))).toEqual({
    tab: 'rgb(138, 21, 56)',
    bar: 'rgb(138, 21, 56)',
    label: 'rgb(255, 255, 255)',
    highlight: 'rgb(251, 227, 234)',
    font: 'Georgia, "Times New Roman", serif',
    width: '640px',
  });
  // The same inputs, the dark half of each pair.
  expect(await painted(page.locator('#widget-club-dark'))).toMatchObject({
    tab: 'rgb(242, 140, 171)',
    bar: 'rgb(242, 140, 171)',
    label: 'rgb(26, 10, 16)',
    highlight: 'rgb(77, 20, 38)',
  });
  // A widget the rule does not match keeps the explorer's defaults (72rem at the reader's 16px).
  const plain = await painted(page.locator('#widget-plain'));
  expect(plain).toMatchObject({
    tab: DEFAULT_ACCENT.light,
    bar: DEFAULT_ACCENT.light,
    label: 'rgb(255, 255, 255)',
    highlight: 'rgb(255, 241, 184)',
    width: '1152px',
  });
  expect(plain.font).toMatch(/^system-ui/);
  expect(problems).toEqual([]);
});

test('axe finds no serious or critical violation in the widgets in the example colours', async ({ page }) => {
  await page.goto(POST);
  for (const id of ['#widget-club', '#widget-club-dark']) {
    await expect(page.locator(`${id} svg.scorers-chart`)).toBeVisible();
    expect(await seriousViolations(page, id), id).toEqual([]);
  }
});

for (const theme of ['light', 'dark']) {
  test(`a rule on body restyles the app's own page (${theme})`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL);
    await open(page, `/?theme=${theme}&view=scorers`);
    const tab = page.locator('[data-view-tab="scorers"][aria-current="page"]');
    const underline = () => tab.evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(await underline()).toBe(DEFAULT_ACCENT[theme]);

    // examples/site-theme.css: `body { --coppa-accent: light-dark(#1f4e99, #9cc0ff) }`, as a file (the
    // CSP allows no inline style).
    await page.addStyleTag({ url: '/examples/site-theme.css' });
    const accent = { light: 'rgb(31, 78, 153)', dark: 'rgb(156, 192, 255)' }[theme];
    expect(await underline()).toBe(accent);
    expect(await page.locator('.scorers-chart__fill').first().evaluate((el) => getComputedStyle(el).fill)).toBe(accent);
    expect(problems).toEqual([]);
  });
}

// At 1100px (and at 960px in Italian) the title used to break after the en dash: "2002–" / "03".
for (const viewport of [{ width: 1100, height: 900 }, { width: 960, height: 900 }, { width: 360, height: 740 }]) {
  test(`the title keeps "2002–03" on one line at ${viewport.width}px, without overflow`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const lang of ['en', 'it']) {
      await open(page, `/?lang=${lang}`);
      const title = page.locator('h1.coppa-header__title');
      await expect(title).toHaveText('Coppa Italia 2002–03');
      const season = title.locator('.coppa-header__season');
      await expect(season).toHaveText('2002–03');
      // One line box: the en dash never ends a line.
      expect(await season.evaluate((el) => el.getClientRects().length)).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    }
  });
}
