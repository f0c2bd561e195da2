// The three views end to end against the release dist/: tie details by mouse and keyboard, the round tabs
// on a phone, the scorer bars driving the team filter, 360px and 320px without sideways scrolling, and axe-core.
// With SCREENSHOTS=1 the layout test also saves every view, desktop and phone, light and dark, into
// docs/screenshots/.
import { test, expect } from '@playwright/test';
import { open, seriousViolations, watchErrors } from './helpers.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const SMALL_PHONE = { width: 320, height: 568 };
const VIEWS = ['standings', 'bracket', 'scorers'];

test('clicking the final opens its details with dates, venues, goals and sources', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize(DESKTOP);
  await open(page, '/?view=bracket');
  const final = page.locator('.tie[data-tie=final-0]');
  await expect(final.locator('.tie__leg')).toHaveText(['1st leg: Roma 1–4 Milan', '2nd leg: Milan 2–2 Roma']);
  await expect(final.locator('.tie__decided')).toHaveText('✓ Milan 6–3 on aggregate');
  await expect(final.locator('.tie__aggregate')).toHaveCount(0);
  await final.click();
  const details = page.locator('dialog.tie-details');
  await expect(details).toBeVisible();
  await expect(details.locator('.tie-details__title')).toHaveText('Final: Roma – Milan');
  await expect(details.locator('.tie-details__date')).toHaveText(['20 May 2003', '31 May 2003']);
  await expect(details.locator('.tie-details__venue')).toHaveText(['Olimpico', 'San Siro']);
  await expect(details.locator('.tie-details__side').nth(3)).toHaveText("Roma: Totti 56', Totti 64'");
  await expect(details.locator('.tie-details__sources li')).toContainText(['parcarsport.it archive']);
  await details.locator('.tie-details__close').click();
  await expect(details).toBeHidden();
  await expect(final).toBeFocused();
  expect(errors).toEqual([]);
});

test('a tie with unknown scores says so in its details and never shows a number', async ({ page }) => {
  await open(page, '/?view=bracket');
  const tie = page.locator('.tie[data-tie=second-round-4]');
  await expect(tie.locator('.tie__leg')).toHaveText([/Triestina.*Como.*score not recorded/, /Como.*Triestina.*score not recorded/]);
  await tie.click();
  const details = page.locator('dialog.tie-details');
  await expect(details.locator('.tie-details__score')).toHaveText(['score not recorded', 'score not recorded']);
  await expect(details.locator('.tie-details__outcome')).toHaveText('✓ Triestina went through (score not recorded). Aggregate unknown.');
  await expect(details.locator('.tie-details__date')).toHaveText(['25 September 2002', '23 October 2002']);
});

test('keyboard: Tab to a tie, Enter opens its details, Escape closes them and focus returns', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, '/?view=bracket');
  const order = await page.locator('.tie').evaluateAll((ties) => ties.map((t) => t.dataset.tie));
  const title = async (key) => page.locator(`.tie[data-tie=${key}] .tie__leg`).first().evaluate((leg) =>
    `${leg.querySelector('.tie__club--host').textContent} – ${leg.querySelector('.tie__club--guest').textContent}`);
  await page.locator('[data-view-tab=bracket]').focus();
  let found = null;
  for (let i = 0; i < 40 && !found; i += 1) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.closest('.tie')?.dataset.tie ?? null);
  }
  expect(found).toBe(order[0]);
  await page.keyboard.press('Enter');
  const details = page.locator('dialog.tie-details');
  await expect(details).toBeVisible();
  await expect(details.locator('.tie-details__title')).toHaveText(`Second round: ${await title(order[0])}`);
  expect(await page.evaluate(() => document.activeElement?.closest('dialog.tie-details') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(page.locator(`.tie[data-tie=${order[0]}]`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(`.tie[data-tie=${order[1]}]`)).toBeFocused();
  await page.keyboard.press(' ');
  await expect(details).toBeVisible();
  await expect(details.locator('.tie-details__title')).toHaveText(`Second round: ${await title(order[1])}`);
});

test('on a phone the bracket shows one round at a time behind round tabs', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, '/?view=bracket');
  const tabs = page.locator('.bracket [role=tablist] [role=tab]');
  await expect(tabs).toHaveText(['Second round', 'Round of 16', 'Quarter-finals', 'Semi-finals', 'Final']);
  await expect(tabs.first()).toBeVisible();
  await expect(page.locator('.bracket__round:visible')).toHaveCount(1);
  await expect(page.locator('.bracket__round[data-stage=second-round]')).toBeVisible();
  await expect(page.locator('.tie[data-tie=final-0]')).toBeHidden();

  await page.locator('[role=tab][data-stage=final]').click();
  await expect(page.locator('[role=tab][data-stage=final]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.bracket__round[data-stage=final]')).toBeVisible();
  await expect(page.locator('.bracket__round[data-stage=second-round]')).toBeHidden();
  await expect(page.locator('.tie[data-tie=final-0] .tie__decided')).toHaveText('✓ Milan 6–3 on aggregate');

  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[role=tab][data-stage=semi-finals]')).toBeFocused();
  await expect(page.locator('.bracket__round[data-stage=semi-finals]')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.locator('[role=tab][data-stage=second-round]')).toBeFocused();
  await expect(page.locator('.bracket__round:visible')).toHaveCount(1);
});

test('on a wide screen all five rounds are side by side and the tabs are hidden', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await open(page, '/?view=bracket');
  await expect(page.locator('.bracket [role=tablist]')).toBeHidden();
  await expect(page.locator('.bracket__round:visible')).toHaveCount(5);
  const boxes = await page.locator('.bracket__round').evaluateAll((rounds) =>
    rounds.map((r) => r.getBoundingClientRect().left));
  expect([...boxes].sort((a, b) => a - b)).toEqual(boxes);
  // The final sits level with the middle of the two semi-finals.
  const centre = async (sel) => page.locator(sel).evaluate((e) => {
    const box = e.getBoundingClientRect();
    return box.top + box.height / 2;
  });
  const semis = [await centre('.tie[data-tie=semi-finals-0]'), await centre('.tie[data-tie=semi-finals-1]')];
  expect(Math.abs(await centre('.tie[data-tie=final-0]') - (semis[0] + semis[1]) / 2)).toBeLessThan(2);
});

test('following Milan marks exactly its four ties in the bracket', async ({ page }) => {
  await open(page, '/?view=bracket&team=milan');
  await expect(page.locator('.tie.is-on-path')).toHaveCount(4);
  await expect(page.locator('.tie.is-dimmed')).toHaveCount(19);
  await expect(page.locator('.tie.is-on-path .tie__path-marker')).toHaveCount(4);
});

test('Enter on a scorer bar follows the club: URL, highlight and standings', async ({ page }) => {
  await open(page, '/?view=scorers');
  await expect(page.locator('svg.scorers-chart g.scorers-chart__bar')).toHaveCount(8);
  const bar = page.locator('g.scorers-chart__bar[data-player="Jon Dahl Tomasson"]');
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/team=milan/);
  await expect(page.locator('g.scorers-chart__bar.is-highlighted')).toHaveCount(1);
  await expect(page.locator('.scorers-table tr.is-highlighted')).toHaveAttribute('data-club', 'milan');
  await page.locator('g.scorers-chart__bar[data-player="Fabrizio Miccoli"]').click();
  await expect(page).toHaveURL(/team=perugia/);
  await expect(page.locator('g.scorers-chart__bar.is-highlighted')).toHaveAttribute('data-player', 'Fabrizio Miccoli');
});

test('following Empoli puts group 4 first and the toggle narrows to it', async ({ page }) => {
  await open(page, '/?team=empoli');
  // Group 4 shows first (top left of the grid); the document keeps the season's order, so a change of
  // club moves no card.
  const shownOrder = () => page.locator('article.group-card').evaluateAll((cards) => cards
    .map((card) => ({ group: card.dataset.group, box: card.getBoundingClientRect() }))
    .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
    .map((card) => card.group));
  await expect.poll(shownOrder).toEqual(['4', '1', '2', '3', '5', '6', '7', '8']);
  await expect(page.locator('article.group-card').first()).toHaveAttribute('data-group', '1');
  await expect(page.locator('tr.is-selected')).toHaveAttribute('data-club', 'empoli');
  await page.locator('.standings__toggle').click();
  await expect(page.locator('article.group-card')).toHaveCount(1);
  await page.locator('.standings__toggle').click();
  await expect(page.locator('article.group-card')).toHaveCount(8);
  await expect.poll(shownOrder).toEqual(['4', '1', '2', '3', '5', '6', '7', '8']);
});

for (const view of VIEWS) {
  test(`axe finds no serious or critical violation in the ${view} view, with and without a club`, async ({ page }) => {
    await open(page, `/?view=${view}`);
    expect(await seriousViolations(page, 'main#coppa-main')).toEqual([]);
    await open(page, `/?view=${view}&team=milan&theme=dark`);
    expect(await seriousViolations(page, 'main#coppa-main')).toEqual([]);
  });
}

test('axe finds no serious or critical violation in the open tie details or on a phone', async ({ page }) => {
  await open(page, '/?view=bracket&team=roma');
  await page.locator('.tie[data-tie=round-of-16-0]').click();
  await expect(page.locator('dialog.tie-details')).toBeVisible();
  expect(await seriousViolations(page, 'dialog.tie-details')).toEqual([]);
  await page.setViewportSize(PHONE);
  await page.keyboard.press('Escape');
  expect(await seriousViolations(page, 'main#coppa-main')).toEqual([]);
});

for (const [device, size] of [['desktop', DESKTOP], ['phone', PHONE], ['320px phone', SMALL_PHONE]]) {
  for (const theme of ['light', 'dark']) {
    test(`every view fits a ${device} screen without sideways scrolling (${theme})`, async ({ page }) => {
      const file = device.replaceAll(' ', '-');
      await page.setViewportSize(size);
      for (const [view, lang] of VIEWS.flatMap((v) => [[v, 'en'], [v, 'it']])) {
        await open(page, `/?view=${view}&theme=${theme}&lang=${lang}`);
        await expect(page.locator(`section.${view}`)).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${view} (${lang}) overflows by ${overflow}px`).toBeLessThanOrEqual(0);
        // Nothing pokes out of its card either (a table wider than its group card, a name out of a tie).
        const poking = await page.locator(`section.${view}`).evaluate((section) => {
          const cards = section.querySelectorAll('.group-card, .tie, .scorers__body');
          return [...cards].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.className);
        });
        expect(poking, `${view} (${lang}) has content wider than its card`).toEqual([]);
        if (process.env.SCREENSHOTS && lang === 'en') {
          await page.screenshot({ path: `docs/screenshots/${view}-${file}-${theme}.png`, fullPage: true });
        }
      }
      if (process.env.SCREENSHOTS) {
        await open(page, `/?view=bracket&team=milan&theme=${theme}`);
        await page.screenshot({ path: `docs/screenshots/bracket-milan-${file}-${theme}.png`, fullPage: true });
        await page.locator('.tie[data-tie=round-of-16-0]').click();
        await expect(page.locator('dialog.tie-details')).toBeVisible();
        await page.screenshot({ path: `docs/screenshots/tie-details-${file}-${theme}.png` });
      }
    });
  }
}
