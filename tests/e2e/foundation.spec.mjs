// The release dist/ boots in Chromium, at the root and under a blog-like sub-path, under the strict CSP,
// with no console error, no CSP violation and no request to another origin.
import { test, expect } from '@playwright/test';
import { violations, watch } from './helpers.mjs';
import { SUB_PATH } from './server.mjs';

for (const path of ['/', SUB_PATH]) {
  test(`dist/ renders the explorer at ${path}`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL);
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // The live app (its <main> has the id); until it takes over, the prerendered copies are the page.
    // A plain link fetches it at the reader's first input.
    await page.mouse.move(1, 1);
    await expect(page.locator('main#coppa-main')).toBeVisible();
    await expect(page.locator('[data-coppa-prerender]')).toHaveCount(0);
    await expect(page.locator('.coppa')).toBeVisible();
    await expect(page.locator('h1')).toContainText('Coppa Italia');
    const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(assets.some((a) => a.endsWith('.wasm'))).toBe(true);
    for (const asset of assets) expect(asset.startsWith(path)).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}
