// Parts only some readers use come in wasm chunks of their own (src/ui/lazy.rs): a first visit fetches
// none of them, opening a part fetches its chunk (relative to the loader, so under a sub-path too, under
// the strict CSP), and a chunk that cannot be fetched says so in the reader's language, without a panic,
// and is fetched again on the next try.
import { test, expect } from '@playwright/test';
import { open, violations, watch } from './helpers.mjs';
import { SUB_PATH } from './server.mjs';

/** The file names of the wasm chunks `page` requests from now on (not the main module, `…_bg.wasm`). */
function chunkRequests(page) {
  const chunks = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm') && !file.endsWith('_bg.wasm')) chunks.push(file.replace(/-[0-9a-f]+\.wasm$/, ''));
  });
  return chunks;
}

const PANIC = /something went wrong|qualcosa è andato storto/;

for (const base of ['/', SUB_PATH]) {
  test(`a first visit fetches no chunk; the builder, a tie's details and the image export fetch theirs when used (${base})`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL);
    const chunks = chunkRequests(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, base);
    await page.waitForLoadState('networkidle');
    expect(chunks).toEqual([]);

    await page.locator('button.embed-builder__open').click();
    await expect(page.locator('[data-embed-field="view"]')).toBeFocused();
    await expect(page.locator('.embed-builder__snippet code')).toContainText(`${base}embed.js`);
    expect(chunks).toContain('split_embed_builder');
    expect(chunks).not.toContain('split_tie_details');
    await page.keyboard.press('Escape');

    await page.locator('main#coppa-main').evaluate(() => window.scrollTo(0, 0));
    await page.locator('a[data-view-tab="bracket"]').click();
    await page.locator('.tie[data-tie=final-0]').click();
    const details = page.locator('dialog.tie-details');
    await expect(details.locator('.tie-details__title')).toHaveText('Final: Roma – Milan');
    expect(chunks).toContain('split_tie_details');
    // Each chunk once, however often its part is opened.
    await details.locator('.tie-details__close').click();
    await page.locator('.tie[data-tie=semi-finals-0]').click();
    await expect(details.locator('.tie-details__title')).toContainText('Semi-finals');
    expect(chunks.filter((c) => c === 'split_tie_details')).toHaveLength(1);
    await details.locator('.tie-details__close').click();

    // The picture's layout and painting: fetched at the first export, once for both formats.
    expect(chunks).not.toContain('split_image_export');
    for (const format of ['svg', 'png']) {
      const download = page.waitForEvent('download');
      await page.locator(`.coppa__controls [data-image-format="${format}"]`).click();
      expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
    expect(chunks.filter((c) => c === 'split_image_export')).toHaveLength(1);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a chunk that cannot be fetched is explained, in the reader\'s language, and fetched again next time', async ({ page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  let offline = true;
  await page.route(/\/split_[\w-]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await open(page, '/?view=bracket&lang=it');

  // The builder: the panel says what went wrong; closing and opening again loads it.
  const opener = page.locator('button.embed-builder__open');
  await opener.click();
  const panel = page.locator('section.embed-builder');
  await expect(panel.locator('.embed-builder__status')).toHaveText(
    'Impossibile caricare questa parte della pagina. Controlla la connessione e riprova.');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await opener.click();
  await expect(panel).toHaveCount(0);

  // A tie: the dialog opens with the message and its Close button, which closes it.
  const details = page.locator('dialog.tie-details');
  await page.locator('.tie[data-tie=final-0]').click();
  await expect(details).toBeVisible();
  await expect(details.locator('.tie-details__title')).toHaveText(
    'Impossibile caricare questa parte della pagina. Controlla la connessione e riprova.');
  await details.locator('.tie-details__close').click();
  await expect(details).toBeHidden();
  await expect(page.locator('main#coppa-main')).not.toContainText(PANIC);

  // The image export: its status says so, and the next press fetches the chunk and downloads.
  const exportStatus = page.locator('.coppa__controls .image-export__status');
  await page.locator('.coppa__controls [data-image-format="svg"]').click();
  await expect(exportStatus).toHaveText(
    'Impossibile caricare questa parte della pagina. Controlla la connessione e riprova.');

  offline = false;
  const download = page.waitForEvent('download');
  await page.locator('.coppa__controls [data-image-format="svg"]').click();
  expect((await download).suggestedFilename()).toMatch(/\.svg$/);
  await expect(exportStatus).toHaveText('');
  await page.locator('.tie[data-tie=final-0]').click();
  await expect(details.locator('.tie-details__title')).toHaveText('Finale: Roma – Milan');
  // The data's notes come in both languages.
  await expect(details.locator('.tie-details__leg').nth(1).locator('dd').last()).toHaveText(
    "Cassano e Totti sono stati espulsi. Le fonti divergono sul minuto di Inzaghi: 90+3'/94'.");
  await details.locator('.tie-details__close').click();
  await opener.click();
  await expect(panel.locator('[data-embed-field="view"]')).toBeFocused();
  await expect(panel.locator('[data-embed-field="view"]')).toHaveValue('bracket');
  await expect(page.locator('body')).not.toContainText(PANIC);
  expect(pageErrors).toEqual([]);
});

test('while its chunk is on the way the builder says it is loading', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/split_embed_builder-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
  await open(page, '/');
  await page.locator('button.embed-builder__open').click();
  const panel = page.locator('section.embed-builder');
  await expect(panel.locator('.embed-builder__status')).toHaveText('Loading…');
  release();
  await expect(panel.locator('[data-embed-field="view"]')).toBeFocused();
  await expect(panel.locator('.embed-builder__status')).toHaveText('');
});
