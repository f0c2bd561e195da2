// Image export (issue 11): the explorer's and the embed builder's "Export image" download the view as a
// PNG (1200 px wide at 2×) and an SVG, made in the page under the strict CSP. The files are read back:
// the PNG's signature and IHDR size, its pixels decoded on a blank page (not blank, the palette and the
// highlight present), the SVG parsed with DOMParser. With SCREENSHOTS=1 it also writes docs/export-*.png.
import { test, expect as playwrightExpect } from '@playwright/test';
import { readFileSync, copyFileSync } from 'node:fs';
import { open, seriousViolations, violations, watch } from './helpers.mjs';

const DOCS = new URL('../../docs/', import.meta.url).pathname;
const CREDIT_EN = 'Data: Wikipedia and contemporary reports · Made with the Coppa Italia 2002–03 explorer';
const CREDIT_IT = "Dati: Wikipedia e cronache dell'epoca · Realizzata con l'esploratore della Coppa Italia 2002–03";
const expect = playwrightExpect.configure({ timeout: 15_000 });

/** Clicks `button` and returns the download's suggested name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()), file };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The PNG decoded on a blank page of its own (no CSP there; the app's page never loads it as an image):
 * how many distinct colours it has, and whether each of `colours` (hex) covers some pixels.
 */
async function pixels(context, bytes, colours) {
  const page = await context.newPage();
  const found = await page.evaluate(async ({ base64, colours }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]).toString(16).padStart(6, '0');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return {
      distinct: counts.size,
      present: colours.map((hex) => (counts.get(hex.slice(1)) ?? 0) > 100),
      corner: [data[0], data[1], data[2]],
    };
  }, { base64: bytes.toString('base64'), colours });
  await page.close();
  return found;
}

/** The SVG parsed in the page: its size, title, language and every text, in order. */
async function parseSvg(page, text) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      name: root.localName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      lang: root.getAttribute('lang'),
      title: root.querySelector('title')?.textContent,
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
      fills: [...new Set([...root.querySelectorAll('rect')].map((r) => r.getAttribute('fill')))],
    };
  }, text);
}

test('the explorer exports the bracket with Roma highlighted as a 2400 px PNG and an SVG, under the CSP', async ({ page, context, baseURL }) => {
  const problems = await watch(page, baseURL);
  await open(page, '/?view=bracket&team=roma&lang=en&theme=light');
  const group = page.getByRole('group', { name: 'Export image' });
  await expect(group).toBeVisible();

  const png = await download(page, group.getByRole('button', { name: 'Download PNG' }));
  expect(png.name).toBe('coppa-italia-2002-03-bracket-roma-en-light.png');
  expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 2400 });
  // Background, surface, text, the accent and Roma's highlight, each over many pixels.
  const seen = await pixels(context, png.bytes, ['#f6f6f3', '#ffffff', '#1b1c1e', '#0a6b3a', '#fff1b8', '#a87b00']);
  expect(seen.present).toEqual([true, true, true, true, true, true]);
  expect(seen.distinct).toBeGreaterThan(50);
  if (process.env.SCREENSHOTS) copyFileSync(await png.file.path(), `${DOCS}export-bracket-en-light.png`);

  const svg = await download(page, group.getByRole('button', { name: 'Download SVG' }));
  expect(svg.name).toBe('coppa-italia-2002-03-bracket-roma-en-light.svg');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed).toMatchObject({ error: null, name: 'svg', width: '1200', height: '1200', lang: 'en',
    title: 'Coppa Italia 2002–03 – Bracket – Roma' });
  expect(parsed.texts.slice(0, 3)).toEqual(['Coppa Italia 2002–03', 'Knockout rounds', 'Highlighted: Roma']);
  for (const text of ['Second round', 'Final', 'Roma', 'Milan', 'Lazio', 'Champion: Milan', CREDIT_EN]) {
    expect(parsed.texts).toContain(text);
  }
  expect(parsed.fills).toContain('#fff1b8');

  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('in Italian and dark, the standings export the club\'s group alone when the view shows it alone', async ({ page, context, baseURL }) => {
  const problems = await watch(page, baseURL);
  await open(page, '/?view=standings&team=hellas-verona&lang=it&theme=dark');
  const group = page.getByRole('group', { name: 'Esporta immagine' });
  const svgButton = group.getByRole('button', { name: 'Scarica SVG' });

  // Every group while the view shows every group…
  let parsed = await parseSvg(page, (await download(page, svgButton)).bytes.toString('utf8'));
  expect(parsed).toMatchObject({ error: null, width: '1200', height: '1500', lang: 'it' });
  expect(parsed.texts.slice(0, 3)).toEqual(['Coppa Italia 2002–03', 'Fase a gironi', 'In evidenza: Hellas Verona']);
  expect(parsed.texts.filter((t) => /^Girone \d$/.test(t))).toHaveLength(8);
  expect(parsed.texts).toContain(CREDIT_IT);
  expect(parsed.fills).toEqual(expect.arrayContaining(['#111315', '#4a3c0c']));

  // …and group 3 alone, 16:9, once the toggle narrows the view to it.
  await page.locator('.standings__toggle').click();
  await expect(page.locator('.standings table')).toHaveCount(1);
  parsed = await parseSvg(page, (await download(page, svgButton)).bytes.toString('utf8'));
  expect(parsed).toMatchObject({ width: '1200', height: '675' });
  expect(parsed.texts[1]).toBe('Girone 3');
  for (const club of ['Triestina ✓', 'Cittadella', 'Hellas Verona', 'Treviso']) expect(parsed.texts).toContain(club);
  expect(parsed.texts).not.toContain('Genoa');

  const png = await download(page, group.getByRole('button', { name: 'Scarica PNG' }));
  expect(png.name).toBe('coppa-italia-2002-03-standings-hellas-verona-it-dark.png');
  expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 1350 });
  const seen = await pixels(context, png.bytes, ['#111315', '#1b1e22', '#ecece8', '#4a3c0c', '#fff3c9']);
  expect(seen.present).toEqual([true, true, true, true, true]);
  expect(seen.corner).toEqual([0x5c, 0xc9, 0x8f]);
  if (process.env.SCREENSHOTS) copyFileSync(await png.file.path(), `${DOCS}export-standings-it-dark.png`);

  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the export buttons are named, reachable by keyboard and clean under axe in both themes', async ({ page, baseURL }) => {
  const problems = await watch(page, baseURL);
  for (const theme of ['light', 'dark']) {
    await open(page, `/?view=scorers&team=milan&lang=en&theme=${theme}`);
    const button = page.getByRole('button', { name: 'Download PNG' });
    await button.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Download SVG' })).toBeFocused();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe(`coppa-italia-2002-03-scorers-milan-en-${theme}.svg`);
    const parsed = await parseSvg(page, readFileSync(await file.path(), 'utf8'));
    expect(parsed.texts).toEqual(expect.arrayContaining(['Top scorers', 'Jon Dahl Tomasson', 'Fabrizio Miccoli', 'Perugia']));
    expect(await seriousViolations(page, '.image-export')).toEqual([]);
  }
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the embed builder exports its own choice: view, club, language and theme', async ({ page, context, baseURL }) => {
  const problems = await watch(page, baseURL);
  await open(page, '/?lang=en');
  await page.locator('button.embed-builder__open').click();
  const builder = page.locator('.embed-builder');
  await builder.locator('[data-embed-field="view"]').selectOption('scorers');
  await builder.locator('[data-embed-field="team"]').selectOption('milan');
  await builder.locator('[data-embed-field="lang"]').selectOption('it');
  await builder.locator('[data-embed-field="theme"]').selectOption('dark');
  const group = builder.getByRole('group', { name: 'Export image' });

  const svg = await download(page, group.getByRole('button', { name: 'Download SVG' }));
  expect(svg.name).toBe('coppa-italia-2002-03-scorers-milan-it-dark.svg');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed).toMatchObject({ error: null, width: '1200', height: '1200', lang: 'it' });
  expect(parsed.texts).toEqual(expect.arrayContaining(['Classifica marcatori', 'In evidenza: Milan', 'Jon Dahl Tomasson', CREDIT_IT]));

  const png = await download(page, group.getByRole('button', { name: 'Download PNG' }));
  expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 2400 });
  const seen = await pixels(context, png.bytes, ['#111315', '#5cc98f', '#4a3c0c']);
  expect(seen.present).toEqual([true, true, true]);
  expect(seen.distinct).toBeGreaterThan(50);
  expect(await seriousViolations(page, '.embed-builder')).toEqual([]);

  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});
