// The season's sourced facts end to end, in both languages: a group match's date, stadium, referee and
// attendance on the journey card; a tie's goals listed per side with localised kinds (pen./rig.,
// o.g./aut.); the scorer table saying which tallies the goal lists confirm.
import { test, expect } from '@playwright/test';
import { open, seriousViolations, watchErrors } from './helpers.mjs';

const TEXT = {
  en: {
    round: 'Group 1 · Matchday 1',
    date: '18 August 2002',
    officials: 'Referee: Collina (Viareggio) · 7,595 spectators',
    lecceAncona: '25 August 2002',
    undated: 'date not recorded',
    lazioEmpoli: [
      "Lazio: Pancaro 10', S. Inzaghi 52' (pen.)",
      "Empoli: Grieco 70'",
      "Lazio: Chiesa 45', Pancaro 64'",
    ],
    romaTriestina: ['Triestina: Beretta', 'Roma: Batistuta', "Roma: Maietta 34' (o.g.)", "Triestina: Fava 72'"],
    partial: 'not every scorer is recorded',
    confirmed: ', confirmed by the match data',
  },
  it: {
    round: 'Girone 1 · Giornata 1',
    date: '18 agosto 2002',
    officials: 'Arbitro: Collina (Viareggio) · 7.595 spettatori',
    lecceAncona: '25 agosto 2002',
    undated: 'data non disponibile',
    lazioEmpoli: [
      "Lazio: Pancaro 10', S. Inzaghi 52' (rig.)",
      "Empoli: Grieco 70'",
      "Lazio: Chiesa 45', Pancaro 64'",
    ],
    romaTriestina: ['Triestina: Beretta', 'Roma: Batistuta', "Roma: Maietta 34' (aut.)", "Triestina: Fava 72'"],
    partial: 'non tutti i marcatori sono noti',
    confirmed: ', confermato dai tabellini',
  },
};

for (const lang of ['en', 'it']) {
  const t = TEXT[lang];

  test(`a group match's date, stadium, referee and attendance are on the journey card (${lang})`, async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, `/?lang=${lang}&team=sampdoria`);
    const journey = page.locator('section.journey[data-club=sampdoria]');
    await expect(journey).toBeVisible();
    // Sampdoria's first group match: Sampdoria 3–0 Siena, it.wikipedia (turni preliminari).
    const first = journey.locator('.journey__match[data-stage=group]').first();
    await expect(first.locator('.journey__round')).toHaveText(t.round);
    await expect(first.locator('.journey__result')).toHaveText('Sampdoria 3–0 Siena');
    await expect(first.locator('time.journey__date')).toHaveAttribute('datetime', '2002-08-18');
    await expect(first.locator('time.journey__date')).toHaveText(t.date);
    await expect(first.locator('.journey__stadium')).toHaveText('Stadio Luigi Ferraris');
    await expect(first.locator('.journey__officials')).toHaveText(t.officials);
    const days = journey.locator('.journey__match[data-stage=group] time.journey__date');
    await expect(days).toHaveCount(3);
    expect(await days.evaluateAll((els) => els.map((el) => el.getAttribute('datetime'))))
      .toEqual(['2002-08-18', '2002-09-03', '2002-09-11']);
    expect(await seriousViolations(page, 'section.journey')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`a group match no source dates says so, and Lecce's come from wlecce.it (${lang})`, async ({ page }) => {
    await open(page, `/?lang=${lang}&team=lecce`);
    const matches = page.locator('section.journey[data-club=lecce] .journey__match[data-stage=group]');
    await expect(matches).toHaveCount(3);
    await expect(matches.nth(1).locator('time.journey__date')).toHaveText(t.lecceAncona);
    await expect(matches.nth(1).locator('.journey__stadium')).toHaveText('Stadio Comunale, Nardò');
    await open(page, `/?lang=${lang}&team=napoli`);
    const napoli = page.locator('section.journey[data-club=napoli] .journey__match[data-stage=group]');
    await expect(napoli).toHaveCount(3);
    await expect(napoli.locator('.journey__date')).toHaveText([t.undated, t.undated, t.undated]);
    await expect(napoli.locator('.journey__stadium')).toHaveCount(0);
  });

  test(`the tie dialog lists the goals per side with localised kinds (${lang})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, `/?lang=${lang}&view=bracket`);
    const details = page.locator('dialog.tie-details');

    // Lazio–Empoli: the second leg's Grieco is Empoli's, Chiesa and Pancaro are Lazio's.
    await page.locator('.tie[data-tie=round-of-16-6]').click();
    await expect(details).toBeVisible();
    await expect(details.locator('.tie-details__side')).toHaveText(t.lazioEmpoli);
    await expect(details.locator('.tie-details__leg').nth(1).locator('.tie-details__side[data-side=host]'))
      .toHaveText("Empoli: Grieco 70'");
    expect(await seriousViolations(page, 'dialog.tie-details')).toEqual([]);
    await details.locator('.tie-details__close').click();
    await expect(details).toBeHidden();

    // Roma–Triestina: Maietta's own goal counts for Roma, the host.
    await page.locator('.tie[data-tie=round-of-16-0]').click();
    await expect(details.locator('.tie-details__side')).toHaveText(t.romaTriestina);
    expect(await details.locator('.tie-details__side').evaluateAll((els) => els.map((el) => el.dataset.side)))
      .toEqual(['host', 'guest', 'host', 'guest']);
    await details.locator('.tie-details__close').click();

    // Ancona–Milan: the first leg's list is partial and says so; no goal is made up for Ancona.
    await page.locator('.tie[data-tie=round-of-16-4]').click();
    const first = details.locator('.tie-details__leg').first();
    await expect(first.locator('.tie-details__side')).toHaveText(['Milan: Leonardo']);
    await expect(first.locator('.tie-details__goals-partial')).toHaveText(t.partial);
    await details.locator('.tie-details__close').click();
    expect(errors).toEqual([]);
  });

  test(`the scorer table marks the tallies the goal lists confirm (${lang})`, async ({ page }) => {
    await open(page, `/?lang=${lang}&view=scorers`);
    const confirmed = page.locator('.scorers-table__row:has(.scorers-table__confirmed)');
    await expect(confirmed).toHaveCount(2);
    await expect(confirmed.locator('.scorers-table__player')).toHaveText(['Jon Dahl Tomasson', 'Marco Delvecchio']);
    await expect(confirmed.locator('.scorers-table__confirmed')).toHaveText([t.confirmed, t.confirmed]);
    await expect(page.locator('.scorers-table__row[data-player="Fabrizio Miccoli"] .scorers-table__confirmed'))
      .toHaveCount(0);
  });
}
