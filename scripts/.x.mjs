import { chromium } from '@playwright/test';
import { startServer } from '../tests/e2e/server.mjs';
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const t of ['milan', 'constructor', '__proto__', 'toString', 'widths']) {
  await page.goto(base + '?team=' + t);
  console.log(t, await page.evaluate(() => [document.documentElement.dataset.coppaTeam, document.documentElement.style.getPropertyValue('--coppa-journey-reserve')]));
}
await browser.close(); server.close();
