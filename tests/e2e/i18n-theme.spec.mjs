// Language and theme end to end: Italian from the link or the browser, the switches, dark and auto
// themes, no console errors; with SCREENSHOTS=1 it also writes docs/screenshots/ (desktop and phone,
// EN light and IT dark).
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { open, watchErrors } from './helpers.mjs';

const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

const background = (page) => page.locator('.coppa').evaluate((el) => getComputedStyle(el).backgroundColor);

test('?lang=it shows the Italian explorer', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/?lang=it&team=milan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.locator('.group-card caption').first()).toContainText('Girone 1');
  await expect(page.locator('.journey')).toContainText('Finale · andata');
  await expect(page.locator('.journey')).toContainText('20 maggio 2003');
  await expect(page.locator('.summary__final')).toHaveText('Finale: Roma 1–4 Milan, Milan 2–2 Roma: Milan 6–3 nel doppio confronto');
  await expect(page.locator('[data-view-tab]')).toHaveText(['Gironi', 'Tabellone', 'Marcatori']);
  await page.locator('[data-view-tab=bracket]').click();
  await expect(page.locator('.bracket__round[data-stage=final]')).toContainText('Finale');
  expect(await page.title()).toBe('Coppa Italia 2002–03');
  expect(errors).toEqual([]);
});

test('the language switch changes the text, <html lang> and the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/?team=genoa');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.journey__exit')).toHaveText('Finished 2nd in group 1');
  await page.locator('.settings__option[data-lang=it]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page).toHaveURL(/\?team=genoa&lang=it$/);
  await expect(page.locator('.journey__exit')).toHaveText('Chiude 2ª nel girone 1');
  await expect(page.locator('.settings__option[data-lang=it]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.settings__option[data-lang=en]').click();
  await expect(page).toHaveURL(/\?team=genoa&lang=en$/);
  await expect(page.locator('.team-filter__label')).toHaveText('Follow a club');
  expect(errors).toEqual([]);
});

test.describe('with an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('the explorer speaks Italian without writing lang into the URL', async ({ page }) => {
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.locator('.team-filter__label')).toHaveText('Segui una squadra');
    await page.locator('[data-view-tab=scorers]').click();
    await expect(page).toHaveURL(/\/scorers\.html$/);
  });

  test('a link with lang=en still wins', async ({ page }) => {
    await open(page, '/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('theme=dark sets data-theme and a dark background', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/?theme=light');
  await expect(page.locator('.coppa')).toHaveAttribute('data-theme', 'light');
  const light = await background(page);
  await open(page, '/?theme=dark');
  await expect(page.locator('.coppa')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);
  await page.locator('.settings__option[data-theme-choice=light]').click();
  await expect(page).toHaveURL(/\?theme=light$/);
  expect(await background(page)).toBe(light);
  expect(errors).toEqual([]);
});

test('theme=auto follows the system colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/?theme=light');
  const light = await background(page);
  await open(page, '/?theme=dark');
  const dark = await background(page);
  await open(page, '/');
  await expect(page.locator('.coppa')).toHaveAttribute('data-theme', 'auto');
  expect(await background(page)).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(dark);
});

test('each theme paints its exact palette, and auto takes the one the system asks for', async ({ page }) => {
  // Background, text and accent (the current tab's underline) from tokens.css, light then dark.
  const palettes = {
    light: ['rgb(246, 246, 243)', 'rgb(27, 28, 30)', 'rgb(10, 107, 58)'],
    dark: ['rgb(17, 19, 21)', 'rgb(236, 236, 232)', 'rgb(92, 201, 143)'],
  };
  const painted = async () => [
    ...(await page.locator('.coppa').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])),
    await page.locator('[data-view-tab][aria-current=page]').evaluate((el) => getComputedStyle(el).borderBottomColor),
  ];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const theme of ['light', 'dark']) {
      await open(page, `/?theme=${theme}`);
      expect(await painted(), `${theme} with a ${scheme} system`).toEqual(palettes[theme]);
    }
    await open(page, '/?theme=auto');
    expect(await painted(), `auto with a ${scheme} system`).toEqual(palettes[scheme]);
  }
});

const shots = [
  { name: 'desktop-en-light', viewport: { width: 1280, height: 900 }, path: '/?lang=en&theme=light&team=milan' },
  { name: 'desktop-it-dark', viewport: { width: 1280, height: 900 }, path: '/?view=bracket&lang=it&theme=dark&team=roma' },
  { name: 'phone-en-light', viewport: { width: 360, height: 740 }, path: '/?lang=en&theme=light&team=genoa' },
  { name: 'phone-it-dark', viewport: { width: 360, height: 740 }, path: '/?view=scorers&lang=it&theme=dark' },
];

for (const shot of shots) {
  test(`${shot.name} renders without overflow or errors`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(shot.viewport);
    await open(page, shot.path);
    if (process.env.SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}${shot.name}.png`, fullPage: shot.viewport.width > 400 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(shot.viewport.width);
    expect(errors).toEqual([]);
  });
}
