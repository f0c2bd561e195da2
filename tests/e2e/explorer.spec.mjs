// The shell end to end against the release dist/: team filter and URL, deep links, history, keyboard-only
// use, hostile links, a 360px phone, a blog sub-path, and axe-core on every view in both themes.
import { test, expect } from '@playwright/test';
import { open, seriousViolations, watchErrors } from './helpers.mjs';
import { SUB_PATH } from './server.mjs';

const query = (page) => new URL(page.url()).searchParams;

test('typing "laz" and Enter selects Lazio, writes it into the URL and shows its journey', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  const filter = page.locator('input#team-filter');
  await filter.fill('laz');
  await expect(page.locator('#team-filter-listbox [role=option]')).toHaveCount(1);
  await expect(filter).toHaveAttribute('aria-expanded', 'true');
  await filter.press('Enter');
  await expect(page).toHaveURL(/\?team=lazio$/);
  const journey = page.locator('section.journey[data-club=lazio]');
  await expect(journey).toBeVisible();
  await expect(journey.locator('.journey__exit')).toHaveText('Out in the semi-finals against Roma');
  await expect(filter).toHaveValue('Lazio');
  await expect(filter).toHaveAttribute('aria-expanded', 'false');
  expect(errors).toEqual([]);
});

test('clicking into the filter that shows the followed club selects its name, so typing replaces it', async ({ page }) => {
  await open(page, '/?team=milan&lang=it');
  const filter = page.locator('input#team-filter');
  await expect(filter).toHaveValue('Milan');
  // A press after the name (left of the clear button), where the caret would otherwise go.
  const box = await filter.boundingBox();
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(filter).toBeFocused();
  expect(await filter.evaluate((input) => [input.selectionStart, input.selectionEnd])).toEqual([0, 5]);
  await page.keyboard.type('gen');
  await expect(filter).toHaveValue('gen');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?team=genoa&lang=it$/);
  // Once focused, a press puts the caret where it presses, as in any text box.
  await page.mouse.click(box.x + 12, box.y + box.height / 2);
  expect(await filter.evaluate((input) => input.selectionStart === input.selectionEnd)).toBe(true);
});

test('a deep link opens that view with that club', async ({ page }) => {
  await open(page, '/?view=bracket&team=roma');
  await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
  await expect(page.locator('section.bracket')).toBeVisible();
  await expect(page.locator('[data-view-tab=bracket]')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('section.journey')).toHaveAttribute('data-club', 'roma');
  await expect(page.locator('input#team-filter')).toHaveValue('Roma');
  await expect(page.locator('.journey__exit')).toHaveText('Lost the final to Milan');
});

test('back and forward restore the previous team and view', async ({ page }) => {
  await open(page, '/?team=roma');
  const filter = page.locator('input#team-filter');
  await filter.fill('gen');
  await filter.press('Enter');
  // In a release the app writes each view's own document (index.html holds them all).
  await expect(page).toHaveURL(/\/standings\.html\?team=genoa$/);
  await page.locator('[data-view-tab=scorers]').click();
  await expect(page).toHaveURL(/\/scorers\.html\?team=genoa$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/standings\.html\?team=genoa$/);
  await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'standings');
  await page.goBack();
  await expect(page).toHaveURL(/\?team=roma$/);
  await expect(page.locator('section.journey')).toHaveAttribute('data-club', 'roma');
  await expect(filter).toHaveValue('Roma');
  await page.goForward();
  await expect(page.locator('section.journey')).toHaveAttribute('data-club', 'genoa');
  await expect(filter).toHaveValue('Genoa');
});

test('language and theme changes replace the history entry instead of adding one', async ({ page }) => {
  await open(page, '/?team=roma');
  const before = await page.evaluate(() => history.length);
  await page.locator('.settings__option[data-lang=it]').click();
  await page.locator('.settings__option[data-theme-choice=dark]').click();
  await expect(page).toHaveURL(/\?team=roma&lang=it&theme=dark$/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('the whole journey works from the keyboard alone', async ({ page }) => {
  await open(page, '/');
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-view-tab') || '');
  for (let i = 0; i < 15 && (await focused()) !== 'team-filter'; i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe('team-filter');

  await page.keyboard.type('sa');
  const options = page.locator('#team-filter-listbox [role=option]');
  await expect(options.first()).toBeVisible();
  const slugs = await options.evaluateAll((els) => els.map((e) => e.dataset.club));
  expect(slugs.length).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input#team-filter')).toHaveAttribute('aria-activedescendant', `team-filter-option-${slugs[1]}`);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.journey')).toHaveAttribute('data-club', slugs[1]);

  for (let i = 0; i < 6 && (await focused()) !== 'bracket'; i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe('bracket');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(ring).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
  // The address bar is written after the change has painted.
  await expect.poll(() => new URL(page.url()).pathname.split('/').pop()).toBe('bracket.html');
  expect(query(page).get('team')).toBe(slugs[1]);
});

test('a hostile team in the link shows a warning as text and a working page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => { window.alerted = false; window.alert = () => { window.alerted = true; }; });
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await open(page, `/?team=${encodeURIComponent(hostile)}`);
  const notice = page.locator('.notice');
  // Repeated as text, cut to 40 characters.
  await expect(notice.locator('.notice__item')).toHaveText(`Unknown team “${hostile.slice(0, 39)}…” in the link; showing all clubs`);
  expect(await page.locator('.coppa script, .coppa img').count()).toBe(0);
  expect(await page.evaluate(() => window.alerted)).toBe(false);
  await expect(page.locator('section.standings')).toBeVisible();
  await expect(page.locator('section.journey')).toHaveCount(0);

  await page.locator('input#team-filter').fill('roma');
  await page.locator('input#team-filter').press('Enter');
  await expect(page).toHaveURL(/\?team=roma$/);
  await notice.locator('.notice__dismiss').click();
  await expect(notice).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('hostile text in the filter stays text', async ({ page }) => {
  await open(page, '/');
  await page.locator('input#team-filter').fill('<img src=x onerror=alert(1)>');
  await expect(page.locator('.team-filter__message')).toHaveText('No club matches “<img src=x onerror=alert(1)>”');
  expect(await page.locator('.coppa img').count()).toBe(0);
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/', '/?view=bracket', '/?view=scorers', '/?view=scorers&lang=it', '/?team=milan', '/?view=bracket&team=vicenza&lang=it']) {
    test(`nothing overflows horizontally at ${path}`, async ({ page }) => {
      await open(page, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    });
  }

  test('the Italian scorer table wraps its notes between words, never inside one', async ({ page }) => {
    await open(page, '/?view=scorers&lang=it');
    const note = page.locator('.scorers-table__confirmed').first();
    await expect(note).toContainText('confermato dai tabellini');
    // A word split across lines has more than one client rect.
    const split = await note.evaluate((el) => {
      const words = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const m of text.data.matchAll(/[^\s,]+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          if (range.getClientRects().length > 1) words.push(m[0]);
        }
      }
      return words;
    });
    expect(split).toEqual([]);
  });
});

test('under a blog sub-path the app keeps that path in its links and history', async ({ page }) => {
  await open(page, `${SUB_PATH}?team=roma`);
  const hrefs = await page.locator('nav.view-tabs a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  expect(hrefs).toEqual(['standings', 'bracket', 'scorers'].map((view) => `${SUB_PATH}${view}.html`));
  await page.locator('[data-view-tab=bracket]').click();
  await expect(page).toHaveURL(new RegExp(`${SUB_PATH}bracket\\.html\\?team=roma$`));
  await page.locator('input#team-filter').fill('milan');
  await page.locator('input#team-filter').press('Enter');
  // The address bar follows once the choice has painted.
  await expect(page).toHaveURL(new RegExp(`${SUB_PATH}bracket\\.html\\?team=milan$`));
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}bracket.html`);
  await expect(page.locator('section.journey')).toHaveAttribute('data-club', 'roma');
  await page.reload();
  await expect(page.locator('.coppa main#coppa-main section.bracket')).toBeVisible();
  await expect(page.locator('section.journey')).toHaveAttribute('data-club', 'roma');
});

for (const theme of ['light', 'dark']) {
  for (const view of ['standings', 'bracket', 'scorers']) {
    test(`axe finds no serious or critical violation: ${view}, ${theme}`, async ({ page }) => {
      await open(page, `/?view=${view}&theme=${theme}&team=roma`);
      await expect(page.locator(`section.${view}`)).toBeVisible();
      expect(await seriousViolations(page, '.coppa')).toEqual([]);
    });
  }
}

test('axe finds no serious or critical violation with the suggestion list open', async ({ page }) => {
  await open(page, '/');
  await page.locator('input#team-filter').fill('ve');
  await page.keyboard.press('ArrowDown');
  expect(await seriousViolations(page, '.coppa')).toEqual([]);
});
