// What the Playwright specs share: watching a page for errors, opening the app, and axe-core.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Collects console errors and uncaught exceptions; the test asserts the list is empty. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Collects console errors, page errors, dialogs (an alert means injected script ran) and requests to
 * another origin than `baseURL`'s; the test asserts the list is empty. Every frame also records its CSP
 * violations, for `violations`.
 */
export async function watch(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) problems.push(`foreign request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

/** CSP violations reported in every frame of a page `watch` set up. */
export async function violations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations ?? ['no listener'])));
  return all;
}

/**
 * Opens the app at `path` (with its query) and waits for the live explorer. A link the prerendered page
 * shows completely fetches the app at the reader's first input: a mouse moving over the page is one.
 */
export async function open(page, path) {
  await page.goto(path);
  await page.mouse.move(1, 1);
  await expect(page.locator('.coppa main#coppa-main')).toBeVisible();
}

/** Serious or critical axe-core violations inside `selector`, each as "rule: targets". */
export async function seriousViolations(page, selector) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
