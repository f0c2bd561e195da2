// The release dist/ boots in Chromium, at the root and under a blog-like sub-path, under the strict CSP,
// with no console error, no CSP violation and no request to another origin.
import { test, expect } from '@playwright/test';

const SUB_PATH = '/blog/widgets/coppa/';

async function watch(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) problems.push(`foreign request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

for (const path of ['/', SUB_PATH]) {
  test(`dist/ renders the explorer at ${path}`, async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL);
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await expect(page.locator('.coppa')).toBeVisible();
    await expect(page.locator('main#coppa-main')).toBeVisible();
    await expect(page.locator('h1')).toContainText('Coppa Italia');
    const assets = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(assets.some((a) => a.endsWith('.wasm'))).toBe(true);
    for (const asset of assets) expect(asset.startsWith(path)).toBe(true);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
}
