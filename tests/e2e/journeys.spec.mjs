// The main journey — follow a club by typing, read its journey, walk the bracket to a tie's details, see
// its scorers — in both languages and both themes, with the labels and dates of each language, no axe
// violation (contrast included) and no console error. Then print: A4, controls hidden, views whole.
import { test, expect } from '@playwright/test';
import { open, seriousViolations, watchErrors } from './helpers.mjs';

const TEXT = {
  en: {
    exit: 'Lost the final to Milan',
    penalties: 'Roma 4–1 on penalties',
    aet: 'a.e.t.',
    notRecorded: 'score not recorded',
    finalTitle: 'Final: Roma – Milan',
    dates: ['20 May 2003', '31 May 2003'],
    tabs: ['Standings', 'Bracket', 'Scorers'],
    caption: 'Group 1',
  },
  it: {
    exit: 'Perde la finale contro Milan',
    penalties: 'Roma 4–1 ai rigori',
    aet: 'd.t.s.',
    notRecorded: 'risultato non disponibile',
    finalTitle: 'Finale: Roma – Milan',
    dates: ['20 maggio 2003', '31 maggio 2003'],
    tabs: ['Gironi', 'Tabellone', 'Marcatori'],
    caption: 'Girone 1',
  },
};

for (const lang of ['en', 'it']) {
  for (const theme of ['light', 'dark']) {
    test(`follow Roma from the filter to the final and its scorers (${lang}, ${theme})`, async ({ page }) => {
      const t = TEXT[lang];
      const errors = watchErrors(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, `/?lang=${lang}&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.coppa')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('[data-view-tab]')).toHaveText(t.tabs);
      await expect(page.locator('.standings-table caption').first()).toHaveText(t.caption);
      expect(await seriousViolations(page, '.coppa')).toEqual([]);

      await page.locator('#team-filter').click();
      await page.keyboard.type('rom');
      await expect(page.locator('#team-filter-listbox [role=option][data-club=roma]')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/[?&]team=roma(&|$)/);
      await expect(page.locator('.journey[data-club=roma] .journey__exit')).toHaveText(t.exit);

      await page.locator('[data-view-tab=bracket]').click();
      await expect(page).toHaveURL(/\/bracket\.html\?/);
      await expect(page.locator('.tie.is-on-path')).toHaveCount(4);
      const r16 = page.locator('.tie.is-on-path', { hasText: 'Triestina' });
      await expect(r16.locator('.tie__decided')).toHaveText(`✓ ${t.penalties}`);
      await expect(r16).toContainText(t.aet);
      await expect(page.locator('.tie[data-tie=second-round-4] .tie__leg').first()).toContainText(t.notRecorded);
      expect(await seriousViolations(page, '.coppa')).toEqual([]);

      await page.locator('.tie[data-tie=final-0]').click();
      const details = page.locator('dialog.tie-details');
      await expect(details.locator('.tie-details__title')).toHaveText(t.finalTitle);
      await expect(details.locator('.tie-details__date')).toHaveText(t.dates);
      expect(await seriousViolations(page, 'dialog.tie-details')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(details).toBeHidden();

      await page.locator('[data-view-tab=scorers]').click();
      const highlighted = page.locator('.scorers-chart__bar.is-highlighted');
      await expect(highlighted).toHaveCount(1);
      await expect(highlighted).toHaveAttribute('data-player', /Delvecchio/);
      expect(await seriousViolations(page, '.coppa')).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('printing hides the controls and keeps the standings and the whole bracket', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/?view=bracket&team=milan&theme=dark');
  await page.emulateMedia({ media: 'print' });
  for (const control of ['#team-filter', '[data-view-tab=bracket]', '.settings__option[data-lang=it]']) {
    await expect(page.locator(control)).toBeHidden();
  }
  await expect(page.locator('.bracket__round:visible')).toHaveCount(5);
  await expect(page.locator('.tie:visible')).toHaveCount(23);
  const ink = await page.locator('.coppa').evaluate((el) => getComputedStyle(el).color);
  expect(ink).toBe('rgb(0, 0, 0)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);

  await page.emulateMedia({ media: 'screen' });
  await open(page, '/?view=standings&lang=it');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#team-filter')).toBeHidden();
  await expect(page.locator('.standings-table:visible')).toHaveCount(8);
});
