// The prerendered page: each view in both languages is in a document of its own (bracket.html…;
// index.html holds the standings and sends an old `?view=` link on), the link's own view and
// language show at the first paint (before the wasm, and with scripts off), and the app takes the page
// over without losing what the reader did, without a console error and without moving anything.
import { test, expect } from '@playwright/test';
import { seriousViolations, watchErrors } from './helpers.mjs';
import { movedElements, viewLayout } from './layout.mjs';
import { SUB_PATH } from './server.mjs';

const VIEWS = ['standings', 'bracket', 'scorers'];
const PRERENDER = '[data-coppa-prerender]';
/** The prerendered explorer: a view in both languages, one language shown. */
const SHOWN_COPY = `${PRERENDER} > .coppa`;

/** The page's address as a reader sees it: its file (none for the folder, index.html) and query. */
const address = (page) => {
  const url = new URL(page.url());
  return `${url.pathname.split('/').pop()}${url.search}`;
};

/** The first view tab's label in each language: it tells which language a copy shows. */
const STANDINGS_TAB = { en: 'Standings', it: 'Gironi' };

/**
 * Waits until exactly one view and one language show and checks that they are `state`
 * (`<view>-<lang>`). Until the stylesheet of a new document has loaded, nothing is painted yet every
 * view and both languages count as visible; a view's own document holds one view, so only its view tabs
 * (one per language) tell that the stylesheet applies. A check on a locator that matches two elements
 * fails at once (strict mode) instead of waiting: count first.
 */
async function expectShown(page, state) {
  const [view, lang] = state.split('-');
  const main = page.locator(`${SHOWN_COPY} main:visible`);
  const standingsTab = page.locator(`${SHOWN_COPY} a[data-view-tab="standings"]:visible`);
  await expect(main).toHaveCount(1);
  await expect(standingsTab).toHaveCount(1);
  await expect(main).toHaveAttribute('data-view', view);
  await expect(page.locator(`${SHOWN_COPY} coppa-view:has(> main):visible`)).toHaveAttribute('data-coppa-state', view);
  await expect(standingsTab).toHaveText(STANDINGS_TAB[lang], { useInnerText: true });
}

/** Holds back every .wasm response until `release()` is called (or forever, if never). */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The view's data as a reader sees it: what the first paint must already hold. */
async function expectViewData(scope, view) {
  if (view === 'standings') {
    await expect(scope.locator('table.standings-table:visible')).toHaveCount(8);
    await expect(scope.locator('table.standings-table:visible caption').first()).not.toBeEmpty();
    await expect(scope.locator('table.standings-table:visible tbody tr')).toHaveCount(32);
  } else if (view === 'bracket') {
    const ties = scope.locator('.tie:visible');
    await expect(ties).toHaveCount(23);
    for (const tie of await ties.all()) await expect(tie.locator('.tie__leg').first()).toBeVisible();
  } else {
    await expect(scope.locator('table.scorers-table:visible tbody tr')).toHaveCount(8);
    await expect(scope.locator('svg.scorers-chart .scorers-chart__bar:visible')).toHaveCount(8);
  }
}

test.describe('before the wasm arrives', () => {
  for (const lang of ['en', 'it']) {
    for (const view of VIEWS) {
      test(`?view=${view}&lang=${lang} shows its own view and language first`, async ({ page }) => {
        const errors = watchErrors(page);
        await holdWasm(page);
        await page.goto(`/?view=${view}&lang=${lang}`);
        await expectShown(page, `${view}-${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const copy = page.locator(SHOWN_COPY);
        await expect(copy.locator('main:visible')).toHaveAttribute('data-view', view);
        await expect(copy.locator(`[data-view-tab="${view}"]:visible`)).toHaveAttribute('aria-current', 'page');
        await expectViewData(copy, view);
        expect(errors).toEqual([]);
      });
    }
  }

  test('the browser language chooses when the link names none; an unknown view falls back', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    await holdWasm(page);
    await page.goto('/?view=%20Bracket%20&theme=DARK');
    await expectShown(page, 'bracket-it');
    await expect(page.locator(SHOWN_COPY)).toHaveCSS('color-scheme', 'dark');
    await page.goto('/?view=table&lang=fr');
    await expectShown(page, 'standings-it');
    await context.close();
  });

  test('a copy holds both languages, and an Italian one shows no English: texts, titles, labels, placeholder', async ({ page }) => {
    await holdWasm(page);
    // Before every frame (so before every paint): how many elements still wait for their Italian values.
    await page.addInitScript(() => {
      window.waitingAtAFrame = [];
      const check = () => {
        window.waitingAtAFrame.push(document.querySelectorAll('[data-coppa-it]').length);
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto('/?view=standings&lang=it');
    await expectShown(page, 'standings-it');
    const copy = page.locator(SHOWN_COPY);
    const text = await copy.innerText();
    for (const english of ['Group 1', 'Follow a club', 'Standings', 'Results']) expect(text).not.toContain(english);
    expect(text).toContain('Girone 1');
    await expect(copy.locator('.team-filter__input')).toHaveAttribute('placeholder', 'Scrivi una squadra, es. Lazio');
    await expect(copy.locator('button[data-lang="it"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(copy.locator('button[data-lang="en"]')).toHaveAttribute('aria-pressed', 'false');
    await expect(copy.getByRole('navigation', { name: 'Viste', exact: true })).toBeVisible();
    await expect(copy.getByRole('table', { name: 'Girone 1', exact: true })).toBeVisible();
    await expect(copy.locator('th abbr:visible').nth(1)).toHaveAttribute('title', 'Giocate');
    // The Italian values waiting for select.js were set before any frame, and are gone.
    await expect(page.locator('[data-coppa-it]')).toHaveCount(0);
    const waiting = await page.evaluate(() => window.waitingAtAFrame);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.filter((count) => count > 0)).toEqual([]);
    // A wide bracket's round tabs are hidden, and a hidden element names others with all its text.
    await page.goto('/?view=bracket&lang=it');
    await expect(page.locator(SHOWN_COPY).getByRole('tabpanel', { name: 'Secondo turno', exact: true })).toHaveCount(1);
    await page.goto('/?view=scorers&lang=it');
    await expect(page.locator(`${SHOWN_COPY} svg title`).first()).toHaveText('Classifica marcatori: gol per giocatore');
    await expect(page.locator(SHOWN_COPY).getByRole('button', { name: 'Segui Perugia' })).toBeVisible();
    await page.goto('/?view=bracket&lang=en');
    await expect(page.locator(SHOWN_COPY).getByRole('tabpanel', { name: 'Second round', exact: true })).toHaveCount(1);
    await expect(page.locator(`${SHOWN_COPY} .team-filter__input`)).toHaveAttribute('placeholder', 'Type a club, e.g. Lazio');
  });

  for (const [query, theme] of [['?view=bracket&theme=dark', 'dark'], ['?theme=light&lang=it', 'light'], ['?view=scorers', 'auto']]) {
    test(`${query} presses its theme in the copy, for the eye and for a screen reader`, async ({ page }) => {
      await holdWasm(page);
      await page.goto(`/${query}`);
      const buttons = page.locator(`${SHOWN_COPY} button[data-theme-choice]`);
      const pressed = await buttons.evaluateAll((all) => all.map((button) =>
        [button.dataset.themeChoice, button.getAttribute('aria-pressed'), getComputedStyle(button).fontWeight]));
      expect(pressed).toEqual(['auto', 'light', 'dark'].map((choice) =>
        [choice, `${choice === theme}`, choice === theme ? '700' : '400']));
    });
  }

  test('an ?embed=1 page shows the view without the page chrome', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/?view=scorers&lang=it&embed=1');
    const copy = page.locator(SHOWN_COPY);
    await expect(copy.locator('main:visible')).toHaveAttribute('data-view', 'scorers');
    await expect(copy.locator('th:visible').first()).toHaveText('Pos.', { useInnerText: true });
    await expect(copy.locator('.coppa-header')).toBeHidden();
    await expect(copy.locator('.coppa__footer')).toBeHidden();
    await expectViewData(copy, 'scorers');
  });

  test('the copy is what the app renders: the same text once the app has taken over', async ({ page }) => {
    for (const view of VIEWS) {
      const release = await holdWasm(page);
      await page.goto(`/?view=${view}&lang=it`);
      const before = await page.locator(`${SHOWN_COPY} main:visible`).innerText();
      release();
      await page.mouse.move(1, 1);
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page.locator('main#coppa-main')).toBeVisible();
      expect(await page.locator('main#coppa-main').innerText()).toBe(before);
      await page.unrouteAll();
    }
  });
});

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the folder shows the standings, and the view tabs lead to the other views\' documents', async ({ page }) => {
    await page.goto('/');
    await expectShown(page, 'standings-en');
    await expectViewData(page, 'standings');
    await expect(page.locator('caption:visible').first()).toHaveText(/Group 1/);
    // Controls that need the app are left out, not shown dead.
    await expect(page.locator('.team-filter:visible, .settings:visible, .embed-builder__open:visible')).toHaveCount(0);

    await page.locator('a[data-view-tab="bracket"]:visible').click();
    await expect(page).toHaveURL(/\/bracket\.html\?lang=en#coppa-bracket-en$/);
    await expectShown(page, 'bracket-en');
    await expectViewData(page, 'bracket');
    const final = page.locator('.tie:visible').last();
    await expect(final).toContainText('Milan');
    await expect(final).toContainText('Roma');
    await expect(final).toContainText('6–3');

    await page.locator('a[data-view-tab="scorers"]:visible').click();
    await expect(page).toHaveURL(/\/scorers\.html\?lang=en#coppa-scorers-en$/);
    await expectShown(page, 'scorers-en');
    await expectViewData(page, 'scorers');
    await expect(page.locator('table.scorers-table:visible caption')).not.toBeEmpty();
  });

  test('the Italian copies are reachable and in Italian', async ({ page }) => {
    await page.goto('/scorers.html#coppa-scorers-en');
    await page.locator('a[hreflang="it"]:visible').click();
    await expect(page).toHaveURL(/\/scorers\.html\?lang=it#coppa-scorers-it$/);
    await expectShown(page, 'scorers-it');
    await expect(page.locator('a[hreflang="en"]:visible')).toHaveText('English');
    await page.goto('/bracket.html#coppa-bracket-it');
    await expectShown(page, 'bracket-it');
    await expectViewData(page, 'bracket');
    await page.locator('a[data-view-tab="standings"]:visible').click();
    await expect(page).toHaveURL(/\/standings\.html\?lang=it#coppa-standings-it$/);
    await expectShown(page, 'standings-it');
    await expect(page.locator('caption:visible').first()).toHaveText(/Girone 1/);
  });

  test('on a phone every round of the bracket shows, under its heading', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/bracket.html#coppa-bracket-it');
    await expectViewData(page, 'bracket');
    await expect(page.locator('.bracket__round-title:visible')).toHaveCount(5);
    await expect(page.locator('.bracket__tabs:visible')).toHaveCount(0);
  });

  test('printed, the copy is black on white with every round, from the print sheet the first paint does not wait for', async ({ page }) => {
    const sheets = await page.request.get('/').then((r) => r.text())
      .then((html) => [...html.matchAll(/<link rel="stylesheet"([^>]*)>/g)].map(([, attributes]) => / media="print"/.test(attributes)));
    expect(sheets).toEqual([false, true]);
    await page.goto('/bracket.html#coppa-bracket-en');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('.bracket__round-title:visible')).toHaveCount(5);
    await expect(page.locator('.tie:visible')).toHaveCount(23);
    await expect(page.locator(SHOWN_COPY)).toHaveCSS('color', 'rgb(0, 0, 0)');
    await expect(page.locator(`${SHOWN_COPY} main:visible`)).toHaveCSS('max-width', 'none');
    await expect(page.locator('.view-tabs:visible, .coppa__skip:visible')).toHaveCount(0);
  });

  test('ids are unique and the skip link keeps its copy', async ({ page }) => {
    await page.goto('/scorers.html#coppa-scorers-it');
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await page.locator('.coppa__skip:visible').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#coppa-main--scorers-it$/);
    await expectShown(page, 'scorers-it');
  });
});

test.describe('the prerendered copy for axe', () => {
  for (const theme of ['light', 'dark']) {
    test(`axe finds nothing serious in each copy before the wasm, ${theme} theme`, async ({ page }) => {
      await holdWasm(page);
      for (const state of ['standings-en', 'bracket-it', 'scorers-en']) {
        const [view, lang] = state.split('-');
        await page.goto(`/?view=${view}&lang=${lang}&theme=${theme}`);
        await expectShown(page, state);
        expect(await seriousViolations(page, SHOWN_COPY)).toEqual([]);
      }
    });
  }
});

test.describe('a document still arriving', () => {
  /** Serves the document at `path` cut off `offset` characters after `marker`: what a slow host has sent so far. */
  async function cutOff(page, path, marker, offset) {
    const html = await page.request.get(path).then((r) => r.text());
    const at = html.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    await page.unrouteAll();
    await page.route((url) => url.pathname === path, (route) => route.fulfill({ contentType: 'text/html', body: html.slice(0, at + offset) }));
  }

  test('shows the view and the header only once all of the view has arrived', async ({ page }) => {
    const header = page.locator(`${SHOWN_COPY} .coppa-header`);
    // Half of the header: its rows would still reflow.
    await cutOff(page, '/scorers.html', '<div class="coppa__controls"', 100);
    await holdWasm(page);
    await page.goto('/scorers.html');
    await expect(header).toHaveCSS('visibility', 'hidden');
    // Half of the bracket: its table of ties would still move as the rest arrives.
    await cutOff(page, '/bracket.html', 'id="coppa-main--bracket"', 3000);
    await holdWasm(page);
    await page.goto('/bracket.html');
    const bracket = page.locator('coppa-view[data-coppa-state="bracket"] > main');
    await expect(bracket.locator('.tie').first()).toBeAttached();
    await expect(bracket).toHaveCSS('visibility', 'hidden');
    await expect(header).toHaveCSS('visibility', 'hidden');
    // The whole document.
    await page.unrouteAll();
    await holdWasm(page);
    await page.goto('/bracket.html');
    await expect(bracket).toHaveCSS('visibility', 'visible');
    await expect(header).toHaveCSS('visibility', 'visible');
  });
});

test.describe('the script that picks the copy', () => {
  const SELECT = /\/select-[0-9a-f]+\.js$/;

  test('arrives while the body is parsed, and no frame shows the copy before it has picked it', async ({ page }) => {
    const errors = watchErrors(page);
    const requested = [];
    page.on('request', (r) => { if (/\.wasm$/.test(r.url())) requested.push(r.url()); });
    // Each frame the page renders, and what the parser had added when the script picked the copy.
    await page.addInitScript(() => {
      window.__frames = [];
      const frame = () => {
        window.__frames.push(document.documentElement.dataset.coppaShow ?? null);
        if (window.__frames.length < 3) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      // Run before the parser adds <html>: the document is watched.
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-coppa-show')) return;
        observer.disconnect();
        window.__parsedWhenPicked = document.querySelectorAll('[data-coppa-prerender] coppa-view > [data-coppa-end]').length;
      }).observe(document, { subtree: true, attributeFilter: ['data-coppa-show'] });
    });
    await page.route(SELECT, async (route) => {
      await new Promise((later) => setTimeout(later, 1000));
      await route.continue();
    });
    await page.goto('/bracket.html?lang=it');
    await expectShown(page, 'bracket-it');
    // The view was parsed whole while the script was on its way.
    expect(await page.evaluate(() => window.__parsedWhenPicked)).toBe(1);
    await expect.poll(() => page.evaluate(() => window.__frames.length)).toBe(3);
    expect(await page.evaluate(() => window.__frames)).toEqual(['bracket', 'bracket', 'bracket']);
    // The boot module, run once the body was parsed, waited for it: a link the copy shows completely
    // still fetches no app until the first input.
    await expect(page.locator('html')).toHaveAttribute('data-coppa-defer', '');
    await page.waitForTimeout(500);
    expect(requested).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    expect(errors).toEqual([]);
  });

  test('in a browser that paints before it has run, the copy is hidden until it has', async ({ page }) => {
    // What a browser without `blocking="render"` does: the document without it.
    const html = (await page.request.get('/scorers.html').then((r) => r.text())).replace(' blocking="render"', '');
    expect(html).not.toContain('blocking=');
    await page.route((url) => url.pathname === '/scorers.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.route(SELECT, async (route) => {
      await new Promise((later) => setTimeout(later, 1000));
      await route.continue();
    });
    // What each frame shows until the script has picked the copy, and the first frame after.
    await page.addInitScript(() => {
      window.__frames = [];
      const frame = () => {
        const show = document.documentElement.dataset.coppaShow ?? null;
        const copy = document.querySelector('[data-coppa-prerender] > .coppa');
        window.__frames.push({ show, copy: copy && getComputedStyle(copy).visibility });
        if (!show) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto('/scorers.html?lang=it');
    await expectShown(page, 'scorers-it');
    const frames = await page.evaluate(() => window.__frames);
    const before = frames.filter(({ show }) => !show);
    expect(before.filter(({ copy }) => copy).length).toBeGreaterThan(0);
    expect(before.filter(({ copy }) => copy && copy !== 'hidden')).toEqual([]);
    expect(frames.at(-1)).toEqual({ show: 'scorers', copy: 'visible' });
  });

  test('that cannot be loaded leaves the copy as with scripts off a moment later, and the app still takes over', async ({ page }) => {
    const errors = watchErrors(page);
    await page.route(SELECT, (route) => route.abort());
    const release = await holdWasm(page);
    await page.goto('/?view=bracket&lang=it');
    const copy = page.locator(SHOWN_COPY);
    // Hidden while it could still come, then shown.
    expect(await copy.evaluate((element) => element.getAnimations().map((a) => a.animationName))).toEqual(['coppa-unchosen']);
    await expect(copy).toHaveCSS('visibility', 'visible', { timeout: 5000 });
    // The default view and language, as with scripts off.
    await expect(copy.locator('main:visible')).toHaveAttribute('data-view', 'standings');
    await expectViewData(copy, 'standings');
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

test.describe('the take-over', () => {
  test('keeps the text typed before the wasm, its focus and the scroll, and acts on it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=bracket');
    await page.evaluate(() => window.scrollTo(0, 120));
    const input = page.locator(`${SHOWN_COPY} .team-filter__input`);
    await input.click();
    await input.pressSequentially('juv');
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.waitForTimeout(1500);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    const live = page.locator('.coppa .team-filter__input');
    await expect(live).toHaveValue('juv');
    await expect(live).toBeFocused();
    await expect(page.locator('#team-filter-listbox [data-club="juventus"]')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.keyboard.type('e');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/team=juventus/);
    expect(errors).toEqual([]);
  });

  test('follows the club of an Enter pressed in the filter before the wasm, once it arrives', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=scorers&lang=it');
    const input = page.locator(`${SHOWN_COPY} .team-filter__input`);
    await input.click();
    await input.pressSequentially('gen');
    await page.keyboard.press('Enter');
    await expect(page.locator(`${SHOWN_COPY} .coppa-prerender-status`)).toHaveText('Caricamento dell\'esploratore interattivo…');
    await expect(page.locator('html')).toHaveAttribute('data-coppa-entered', '');
    await expect(page.locator(`${SHOWN_COPY} .coppa-header`)).toHaveCSS('cursor', 'progress');
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]team=genoa(&|$)/);
    await expect(page.locator('section.journey[data-club="genoa"]')).toBeVisible();
    await expect(page.locator('.coppa .team-filter__input')).toHaveValue('Genoa');
    await expect(page.locator('html')).not.toHaveAttribute('data-coppa-entered');
    expect(errors).toEqual([]);
  });

  test('forgets that Enter when the reader typed on after it', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=bracket');
    const input = page.locator(`${SHOWN_COPY} .team-filter__input`);
    await input.click();
    await input.pressSequentially('gen');
    await page.keyboard.press('Enter');
    await input.pressSequentially('o');
    await expect(page.locator('html')).not.toHaveAttribute('data-coppa-entered');
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    const live = page.locator('.coppa .team-filter__input');
    await expect(live).toHaveValue('geno');
    await expect(page.locator('#team-filter-listbox [data-club="genoa"]')).toBeVisible();
    expect(page.url()).not.toContain('team=');
    expect(errors).toEqual([]);
  });

  test('keeps the focus of the empty filter a reader clicked into, so typing goes on in the live one', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=standings&team=milan');
    await page.locator(`${SHOWN_COPY} .team-filter__input`).click();
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    const live = page.locator('.coppa .team-filter__input');
    await expect(live).toBeFocused();
    // Only the focus came over: the live filter still shows the followed club, selected, so what the
    // reader types next replaces it as it would have in the empty box.
    await expect(live).toHaveValue('Milan');
    await page.keyboard.type('gen');
    await expect(live).toHaveValue('gen');
    await expect(page.locator('#team-filter-listbox [data-club="genoa"]')).toBeVisible();
    expect(errors).toEqual([]);
  });

  for (const [query, said] of [['?view=scorers&team=roma', '(selected club)'], ['?view=scorers&team=roma&lang=it', '(squadra selezionata)']]) {
    test(`the scorers' chart and table of ${query} read the same in the copy as in the live app`, async ({ page }) => {
      const errors = watchErrors(page);
      const release = await holdWasm(page);
      await page.goto(`/${query}`);
      /** Each row's mark and cells as they read (the marker's visually hidden words included). */
      const rows = (root) => page.locator(`${root} .scorers-table tbody tr`).evaluateAll((trs) => trs.map((tr) =>
        [tr.classList.contains('is-highlighted') ? '*' : ' ', ...[...tr.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())].join('|')));
      /** Each bar's mark, name and colour. */
      const bars = (root) => page.locator(`${root} .scorers-chart__bar`).evaluateAll((gs) => gs.map((g) =>
        [g.classList.contains('is-highlighted') ? '*' : ' ', g.querySelector('.scorers-chart__player').textContent,
          getComputedStyle(g.querySelector('.scorers-chart__fill')).fill].join('|')));
      const copy = await rows(SHOWN_COPY);
      expect(copy.filter((row) => row.startsWith('*')).map((row) => row.split('|').slice(0, 4)))
        .toEqual([['*', '=2', `Marco Delvecchio ▶ ${said}`, 'Roma']]);
      const copyBars = await bars(SHOWN_COPY);
      expect(copyBars.filter((bar) => bar.startsWith('*')).map((bar) => bar.split('|')[1])).toEqual(['▶ Marco Delvecchio']);
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      expect(await rows('main#coppa-main')).toEqual(copy);
      expect(await bars('main#coppa-main')).toEqual(copyBars);
      expect(errors).toEqual([]);
    });
  }

  /** The focused element, told apart as a reader would: its kind, classes, what it names, and where it is. */
  const focusedOne = (page) => page.evaluate(() => {
    const element = document.activeElement;
    const named = ['data-tie', 'data-player', 'data-view-tab', 'data-stage', 'data-view', 'aria-label']
      .map((name) => element.getAttribute(name)).filter(Boolean);
    return [element.closest('[data-coppa-prerender]') ? 'copy' : element.closest('.coppa') ? 'live' : 'outside',
      element.localName, [...element.classList].filter((name) => !/^(is|has)-/.test(name)).join('.'), ...named].join(' ');
  });

  for (const [query, width, start, tabs] of [['?view=bracket', 1280, '.tie[data-tie="quarter-finals-2"]', 2],
    ['?view=scorers&lang=it', 390, '.scorers-chart__bar[data-player="Marco Delvecchio"]', 1],
    ['?view=standings&lang=it', 390, '.view-tabs__tab[data-view-tab="bracket"]', 1],
    ['?view=bracket&team=roma', 390, '.bracket__tab[aria-selected="true"]', 1]]) {
    test(`the focus a keyboard reader moved in the copy of ${query} goes on from its live twin`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const errors = watchErrors(page);
      const release = await holdWasm(page);
      await page.goto(`/${query}`);
      await page.locator(`${SHOWN_COPY} ${start}:visible`).focus();
      const path = [await focusedOne(page)];
      for (let i = 0; i < tabs; i++) {
        await page.keyboard.press('Tab');
        path.push(await focusedOne(page));
      }
      expect(path.every((step) => step.startsWith('copy '))).toBe(true);
      expect(new Set(path).size).toBe(path.length);
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      const live = path.map((step) => step.replace(/^copy /, 'live '));
      expect(await focusedOne(page)).toBe(live.at(-1));
      // The keyboard goes on from there: back along the same path.
      for (const step of live.slice(0, -1).reverse()) {
        await page.keyboard.press('Shift+Tab');
        expect(await focusedOne(page)).toBe(step);
      }
      expect(errors).toEqual([]);
    });
  }

  test('in an embed, a view tab pressed before the app writes no history entry of its own', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/bracket.html?embed=1&lang=it');
    const entries = await page.evaluate(() => history.length);
    await page.locator(`${SHOWN_COPY} a[data-view-tab="standings"]:visible`).click();
    await expect(page).toHaveURL(/\/standings\.html\?embed=1&lang=it$/);
    await expectShown(page, 'standings-it');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The tab of the view shown leads nowhere.
    await page.evaluate(() => { window.samePage = true; });
    await page.locator(`${SHOWN_COPY} a[data-view-tab="standings"]:visible`).click();
    expect(await page.evaluate(() => window.samePage)).toBe(true);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'standings');
  });

  test('a theme pressed before the app applies at once, and the app takes over in it', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/scorers.html?lang=it');
    const entries = await page.evaluate(() => history.length);
    const copy = page.locator(SHOWN_COPY);
    const themeIs = async (theme) => {
      await expect(page.locator('html')).toHaveAttribute('data-coppa-theme', theme);
      await expect(copy.locator(`button[data-theme-choice="${theme}"]`)).toHaveAttribute('aria-pressed', 'true');
      await expect(copy.locator('button[data-theme-choice][aria-pressed="true"]')).toHaveCount(1);
    };
    await copy.locator('button[data-theme-choice="dark"]').click();
    await themeIs('dark');
    expect(await copy.evaluate((element) => getComputedStyle(element).colorScheme)).toBe('dark');
    expect(address(page)).toBe('scorers.html?lang=it&theme=dark');
    await copy.locator('button[data-theme-choice="auto"]').click();
    await themeIs('auto');
    expect(address(page)).toBe('scorers.html?lang=it');
    await copy.locator('button[data-theme-choice="light"]').click();
    await themeIs('light');
    // As the app does: the entry is replaced, and nothing waits for the app.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect(page.locator('.coppa-prerender-status')).toHaveCount(0);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('.coppa')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('.coppa button[data-theme-choice="light"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.coppa button[data-theme-choice="light"]')).toBeFocused();
    expect(address(page)).toBe('scorers.html?lang=it&theme=light');
    expect(errors).toEqual([]);
  });

  test('Back before the app returns the copy to the view and theme of the address gone back to', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/');
    const copy = page.locator(SHOWN_COPY);
    await copy.locator('a[data-view-tab="bracket"]:visible').click();
    await copy.locator('button[data-theme-choice="dark"]').click();
    await copy.locator('button[data-lang="it"]').click();
    expect(address(page)).toBe('bracket.html?theme=dark&lang=it');
    await page.goBack();
    await expectShown(page, 'standings-en');
    await expect(page.locator('html')).toHaveAttribute('data-coppa-theme', 'auto');
    await expect(copy.locator('button[data-theme-choice="auto"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(copy.locator('button[data-lang="en"]')).toHaveAttribute('aria-pressed', 'true');
    await page.goForward();
    await expectShown(page, 'bracket-it');
    await expect(page.locator('html')).toHaveAttribute('data-coppa-theme', 'dark');
  });

  test('a language pressed before the app applies at once, its room for a club too, and the app takes over in it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    const rooms = () => page.evaluate(() => ['journey', 'standings', 'bracket']
      .map((kind) => document.documentElement.style.getPropertyValue(`--coppa-${kind}-reserve`)));
    await page.goto('/?view=standings&team=empoli&lang=it');
    const italianRooms = await rooms();
    await page.goto('/?view=standings&team=empoli');
    const englishRooms = await rooms();
    expect(italianRooms).not.toEqual(englishRooms);
    const entries = await page.evaluate(() => history.length);
    const copy = page.locator(SHOWN_COPY);
    const speaks = async (lang, placeholder) => {
      await expectShown(page, `standings-${lang}`);
      await expect(copy.locator('.team-filter__input')).toHaveAttribute('placeholder', placeholder);
      await expect(copy.locator(`button[data-lang="${lang}"]`)).toHaveAttribute('aria-pressed', 'true');
      await expect(copy.locator('button[data-lang][aria-pressed="true"]')).toHaveCount(1);
      expect(new URL(page.url()).search).toBe(`?view=standings&team=empoli&lang=${lang}`);
      expect(await rooms()).toEqual(lang === 'it' ? italianRooms : englishRooms);
    };
    await copy.locator('button[data-lang="it"]').click();
    await speaks('it', 'Scrivi una squadra, es. Lazio');
    await copy.locator('button[data-lang="en"]').click();
    await speaks('en', 'Type a club, e.g. Lazio');
    await copy.locator('button[data-lang="it"]').click();
    await speaks('it', 'Scrivi una squadra, es. Lazio');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect(page.locator('.coppa-prerender-status')).toHaveCount(0);
    const layoutBefore = await layoutOf(page, `${SHOWN_COPY} main`);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.locator('section.journey[data-club="empoli"]')).toBeVisible();
    await expect(page.locator('.coppa button[data-lang="it"]')).toBeFocused();
    expect(movedElements(layoutBefore, await layoutOf(page, 'main#coppa-main'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the scorers\' marker names the selected club in the language pressed before the app', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/?view=scorers&team=roma');
    const copy = page.locator(SHOWN_COPY);
    const player = copy.locator('.scorers-table__row.is-highlighted .scorers-table__player');
    await expect(player).toHaveText('Marco Delvecchio ▶ (selected club)', { useInnerText: true });
    await copy.locator('button[data-lang="it"]').click();
    await expect(player).toHaveText('Marco Delvecchio ▶ (squadra selezionata)', { useInnerText: true });
  });

  for (const [query, target, released, clicked] of [
    ['?view=scorers', 'a[data-view-tab="bracket"]:visible', 'on it', 'the bracket shows'],
    ['?view=bracket', '.tie[data-tie="final-0"]', 'on it', 'the final\'s dialog opens'],
    ['?view=bracket', '.tie[data-tie="final-0"]', 'elsewhere', 'nothing']]) {
    test(`a press begun on the copy of ${query} and released ${released} after the take-over: ${clicked}`, async ({ page }) => {
      const errors = watchErrors(page);
      const release = await holdWasm(page);
      await page.goto(`/${query}`);
      const pressed = page.locator(`${SHOWN_COPY} ${target}`);
      await pressed.scrollIntoViewIfNeeded();
      const box = await pressed.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      if (released === 'elsewhere') await page.mouse.move(box.x + box.width / 2, box.y - 200);
      await page.mouse.up();
      if (clicked === 'the bracket shows') {
        await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
        // The app writes the address after the paint.
        await expect(page).toHaveURL(/\/bracket\.html$/);
      } else if (clicked === 'nothing') {
        await page.waitForTimeout(500);
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      } else {
        await expect(page.locator('dialog[open]')).toContainText('Roma');
      }
      expect(errors).toEqual([]);
    });
  }

  /** The text selected, and whether each of its ends is in the live app's view. */
  const selectedText = (page) => page.evaluate(() => {
    const selection = getSelection();
    const live = (node) => Boolean(node?.parentElement?.closest('main#coppa-main') && node.isConnected);
    return { text: selection.toString(), live: [live(selection.anchorNode), live(selection.focusNode)] };
  });

  test('a bracket a reader scrolled sideways in the copy stays scrolled in the live app', async ({ page }) => {
    // Between the phone's round tabs and a screen wide enough for all five rounds, the bracket scrolls.
    await page.setViewportSize({ width: 800, height: 900 });
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=bracket');
    const rounds = (scope) => page.locator(`${scope} .bracket__rounds:visible`);
    const box = await rounds(SHOWN_COPY).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.wheel(400, 0);
    await expect.poll(() => rounds(SHOWN_COPY).evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
    const scrolled = await rounds(SHOWN_COPY).evaluate((element) => [element.scrollLeft, element.scrollWidth - element.clientWidth]);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    expect(await rounds('.coppa').evaluate((element) => [element.scrollLeft, element.scrollWidth - element.clientWidth])).toEqual(scrolled);
    expect(errors).toEqual([]);
  });

  test('text a reader selected in the copy with the mouse stays selected in the live app', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=scorers&lang=it');
    // From the middle of the first scorer's name to the middle of the second's goals.
    const rows = page.locator(`${SHOWN_COPY} .scorers-table tbody tr`);
    const from = await rows.nth(0).locator('.scorers-table__player').boundingBox();
    const to = await rows.nth(1).locator('.scorers-table__goals').boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
    const before = await selectedText(page);
    expect(before.text).toContain('\n');
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    expect(await selectedText(page)).toEqual({ text: before.text, live: [true, true] });
    expect(errors).toEqual([]);
  });

  test('text selected across rows and languages\' texts in the copy is the same text in the live app', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const release = await holdWasm(page);
    await page.goto('/?view=standings&lang=it');
    // From inside the first group's caption (a text kept in both languages) to inside its third row.
    await page.evaluate((shown) => {
      const table = document.querySelector(`${shown} table.standings-table`);
      const texts = (element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const found = [];
        for (let text = walker.nextNode(); text; text = walker.nextNode()) if (!text.parentElement.closest('t-en') && text.data.trim()) found.push(text);
        return found;
      };
      const start = texts(table.caption)[0];
      const end = texts(table.tBodies[0].rows[2].querySelector('.standings-table__name'))[0];
      getSelection().setBaseAndExtent(start, 2, end, 3);
    }, SHOWN_COPY);
    const before = await selectedText(page);
    expect(before.text).toContain('\n');
    // An input fetches the app.
    await page.mouse.move(1, 1);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    expect(await selectedText(page)).toEqual({ text: before.text, live: [true, true] });
  });

  test('a focus the reader took away from the copy before the app arrived is not given back', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/?view=bracket');
    await page.locator(`${SHOWN_COPY} .tie`).first().focus();
    await page.evaluate(() => document.activeElement.blur());
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  const layoutOf = (page, selector) => page.evaluate(viewLayout, selector);

  for (const [query, width, scrolled = false] of [['', 1280], ['?view=bracket', 390], ['?view=scorers&lang=it', 1280],
    ['?view=standings&team=milan', 1280], ['?view=bracket&team=roma', 390], ['?view=scorers&team=ancona&lang=it', 360],
    ['?view=bracket&team=juventus&embed=1', 768], ['?view=standings&lang=it&theme=dark', 390],
    ['?team=empoli', 1920], ['?team=bari&lang=it', 390], ['?view=bracket&team=milan', 1280],
    ['?view=bracket&team=cagliari&lang=it', 1280], ['?team=roma&lang=it', 1100, true],
    ['?view=bracket&team=empoli', 900, true], ['?team=sampdoria', 1100], ['?view=bracket&team=lucchese', 340],
    ['?view=scorers&team=roma', 1100], ['?view=scorers&team=roma&lang=it', 390]]) {
    test(`nothing moves when the app takes over ${query || '/'} at ${width} px${scrolled ? ', scrolled into the view' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 1000 });
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const release = await holdWasm(page);
      await page.goto(`/${query}`);
      const where = (selector) => page.evaluate((s) => {
        const el = document.querySelector(s);
        return el && Math.round(el.getBoundingClientRect().top + scrollY);
      }, selector);
      const state = await page.locator(`${SHOWN_COPY} main:visible`).getAttribute('data-view');
      const before = await where(`coppa-view[data-coppa-state="${state}"] > main > section`);
      const settingsBefore = await page.evaluate((s) => {
        const row = document.querySelector(s);
        return row && [...row.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().width));
      }, `${SHOWN_COPY} .settings`);
      expect(before).toBeGreaterThan(0);
      // A reader who scrolled into the view keeps reading where they were, wherever the live app's
      // journey card ends between the screen widths its room was measured at.
      if (scrolled) await page.evaluate((top) => scrollTo(0, top + 200), before);
      const layoutBefore = await layoutOf(page, `${SHOWN_COPY} main`);
      expect(Object.keys(layoutBefore).length).toBeGreaterThan(10);
      release();
      // A link the copy shows completely waits for the reader's first input.
      await page.mouse.move(1, 1);
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await page.waitForTimeout(300);
      if (!scrolled) expect(await where('main#coppa-main > section')).toBe(before);
      // Every part of the view where it was, the followed club's group card first already: only
      // what the app adds (the standings' toggle or note) is new.
      expect(movedElements(layoutBefore, await layoutOf(page, 'main#coppa-main'))).toEqual([]);
      // The language and theme switches keep their widths (the pressed one is bold); an embed has none.
      if (!query.includes('embed=1')) expect(await page.evaluate(() => {
        const row = document.querySelector('.coppa .settings');
        return row && [...row.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().width));
      })).toEqual(settingsBefore);
      if (query.includes('team=')) await expect(page.locator('section.journey')).toBeVisible();
      expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.05);
      expect(errors).toEqual([]);
    });
  }

  // A phone turned, or a window resized, while the app is on its way (a link with a club fetches it at once).
  for (const [query, from, to] of [['?team=roma', 1280, 390], ['?view=bracket&team=juventus&lang=it', 390, 844]]) {
    test(`nothing moves when the app takes over ${query} after the screen went from ${from} to ${to} px`, async ({ page }) => {
      await page.setViewportSize({ width: from, height: 900 });
      const errors = watchErrors(page);
      const release = await holdWasm(page);
      await page.goto(`/${query}`);
      await expect(page.locator(`${SHOWN_COPY} main:visible`)).toHaveCount(1);
      await page.setViewportSize({ width: to, height: 900 });
      // The page hears of the new size (`resize`, which keeps the club's room) in its next frame: read the
      // copy's layout after it, as a reader would see it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const state = await page.locator(`${SHOWN_COPY} main:visible`).getAttribute('data-view');
      const layoutBefore = await layoutOf(page, `${SHOWN_COPY} coppa-view[data-coppa-state="${state}"] > main`);
      expect(Object.keys(layoutBefore).length).toBeGreaterThan(10);
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page.locator('section.journey')).toBeVisible();
      expect(movedElements(layoutBefore, await layoutOf(page, 'main#coppa-main'))).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the app when it is needed', () => {
  /** Records which of the app's files the page requested: its scripts, wasm and live sheet. */
  function appRequests(page) {
    const requested = [];
    page.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop();
      if (/^(coppa-.*\.(js|wasm)|live-.*\.css)$/.test(file)) requested.push(file);
    });
    return requested;
  }

  test('a link the copy shows completely fetches no app until the first input, then takes over', async ({ page }) => {
    const errors = watchErrors(page);
    const requested = appRequests(page);
    await page.goto('/?view=bracket&lang=it&theme=dark');
    await expectShown(page, 'bracket-it');
    await expect(page.locator('html')).toHaveAttribute('data-coppa-defer', '');
    await page.waitForTimeout(1500);
    expect(requested).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    expect(requested.some((f) => f.endsWith('.wasm'))).toBe(true);
    expect(requested.filter((f) => f.startsWith('live-'))).toHaveLength(1);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    await expect(page.locator('html')).not.toHaveAttribute('data-coppa-defer');
    expect(errors).toEqual([]);
  });

  test('what only the app shows is styled by the live sheet, which came with it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/?view=bracket&team=roma');
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    // The journey card: its accent border on the left (base.css gives a section none).
    await expect(page.locator('section.journey')).toHaveCSS('border-left-width', '6px');
    // The followed club's ties (an outline three pixels thick) and the filter's suggestions.
    await expect(page.locator('.tie.is-on-path').first()).toHaveCSS('border-top-width', '3px');
    await page.locator('#team-filter').fill('ge');
    await expect(page.locator('.team-filter__option').first()).toHaveCSS('display', 'flex');
    await page.locator('#team-filter').fill('');
    await page.locator('button.tie').first().click();
    const dialog = page.locator('dialog.tie-details');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.tie-details__header')).toHaveCSS('display', 'flex');
    await page.keyboard.press('Escape');
    await page.locator('button.embed-builder__open').click();
    await expect(page.locator('section.embed-builder')).toHaveCSS('flex-grow', '1');
    expect(errors).toEqual([]);
  });

  for (const query of ['?view=standings&team=milan', '?view=bracket&embed=1', '?view=table', '?lang=fr', '?theme=neon']) {
    test(`${query} fetches the app at once: the copy cannot show all of it`, async ({ page }) => {
      const requested = appRequests(page);
      await page.goto(`/${query}`);
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      expect(requested.some((f) => f.endsWith('.wasm'))).toBe(true);
    });
  }

  test('between two measured widths, the journey card keeps the room the copy kept until it changes', async ({ page }) => {
    // At 1100 px the room is the one measured at 1055 px, where the card wraps one more line.
    await page.setViewportSize({ width: 1100, height: 900 });
    const release = await holdWasm(page);
    await page.goto('/?team=sampdoria');
    const copyTop = await page.locator(`${SHOWN_COPY} main:visible`).evaluate((main) => main.getBoundingClientRect().top);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    const card = page.locator('section.journey');
    await expect(card).toHaveAttribute('style', /margin-bottom/);
    expect(await page.locator('main#coppa-main').evaluate((main) => main.getBoundingClientRect().top)).toBe(copyTop);
    // Following another club changes the card's size: the room goes with it.
    await page.locator('.coppa .team-filter__input').fill('genoa');
    await page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-club', 'genoa');
    await expect(card).not.toHaveAttribute('style', /margin-bottom/);
  });

  for (const club of ['constructor', '__proto__']) {
    test(`?team=${club} keeps no room for a journey card: the name of an object's own property is no club`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(`/?view=standings&team=${club}`);
      await expectShown(page, 'standings-en');
      await expect(page.locator('html')).not.toHaveAttribute('data-coppa-team');
      await expect(page.locator(`${SHOWN_COPY} .coppa-journey-reserve`)).toBeHidden();
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page.locator('.notice__item')).toContainText(`Unknown team “${club}”`);
    });
  }

  test('on a phone, a tie tapped before the app is opened by the app, after a status line', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=bracket&lang=it');
    const shownTie = page.locator(`${SHOWN_COPY} .tie[data-tie]:visible`).first();
    const [host, guest] = await shownTie.locator('.tie__leg').first().locator('.tie__club').allInnerTexts();
    await shownTie.tap();
    const status = page.locator(`${SHOWN_COPY} .coppa-prerender-status`);
    await expect(status).toHaveText('Caricamento dell\'esploratore interattivo…');
    await expect(status).toHaveAttribute('role', 'status');
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(host);
    await expect(dialog).toContainText(guest);
    expect(errors).toEqual([]);
    await context.close();
  });

  /** The bracket's round shown, its selected tab and the ties shown, in the copy or the live app. */
  const roundShown = (page, scope) => page.evaluate((scope) => {
    const shown = (element) => element.checkVisibility();
    const tabs = [...document.querySelectorAll(`${scope} .bracket__tab`)].filter(shown);
    const panels = [...document.querySelectorAll(`${scope} .bracket__round`)].filter(shown);
    return {
      selected: tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true').map((tab) => tab.dataset.stage),
      tabStops: tabs.filter((tab) => tab.tabIndex === 0).map((tab) => tab.dataset.stage),
      panels: panels.map((panel) => panel.dataset.stage),
      ties: panels.flatMap((panel) => [...panel.querySelectorAll('.tie[data-tie]')].filter(shown).map((tie) => tie.dataset.tie)),
      focused: document.activeElement?.closest(scope) ? document.activeElement.dataset.stage ?? null : null,
    };
  }, scope);

  // With a club, the copy opens on the club's first round, as the app does; the reader's choice wins.
  for (const [query, opening] of [['?view=bracket&lang=it', 'second-round'], ['?view=bracket&team=roma', 'round-of-16']]) {
    test(`on a phone, a round tab of ${query} tapped before the app shows its round at once, and the app takes over on it`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const release = await holdWasm(page);
      await page.goto(`/${query}`);
      expect((await roundShown(page, SHOWN_COPY)).panels).toEqual([opening]);
      await page.locator(`${SHOWN_COPY} .bracket__tab[data-stage="quarter-finals"]:visible`).tap();
      const copy = await roundShown(page, SHOWN_COPY);
      expect(copy).toMatchObject({ selected: ['quarter-finals'], tabStops: ['quarter-finals'], panels: ['quarter-finals'] });
      expect([...copy.ties].sort()).toEqual(['quarter-finals-0', 'quarter-finals-1', 'quarter-finals-2', 'quarter-finals-3']);
      // The copy answered the press itself: nothing waits for the app.
      await expect(page.locator(`${SHOWN_COPY} .coppa-prerender-status`)).toHaveCount(0);
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page.locator('.coppa .bracket__tab[data-stage="quarter-finals"]')).toHaveAttribute('aria-selected', 'true');
      expect(await roundShown(page, '.coppa')).toMatchObject({ selected: copy.selected, tabStops: copy.tabStops, panels: copy.panels, ties: copy.ties });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('the keys of the round tabs move between rounds in the copy as in the app, and the focus goes on from there', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto('/?view=bracket');
    await page.locator(`${SHOWN_COPY} .bracket__tab[aria-selected="true"]:visible`).focus();
    const scrolled = await page.evaluate(() => scrollY);
    const steps = [['End', 'final'], ['ArrowLeft', 'semi-finals'], ['Home', 'second-round'], ['ArrowUp', 'final'],
      ['ArrowRight', 'second-round'], ['ArrowDown', 'round-of-16']];
    for (const [key, stage] of steps) {
      await page.keyboard.press(key);
      expect(await roundShown(page, SHOWN_COPY), key).toMatchObject({ selected: [stage], tabStops: [stage], panels: [stage], focused: stage });
    }
    const copy = await roundShown(page, SHOWN_COPY);
    // The arrows chose a round: the page did not scroll with them.
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('.coppa .bracket__tab[data-stage="round-of-16"]')).toBeFocused();
    expect(await roundShown(page, '.coppa')).toEqual(copy);
    // The live tabs answer the next key.
    await page.keyboard.press('ArrowRight');
    expect(await roundShown(page, '.coppa')).toMatchObject({ selected: ['quarter-finals'], focused: 'quarter-finals' });
    expect(errors).toEqual([]);
  });

  test('a language pressed before the app is switched to by the app', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/?view=scorers');
    await page.locator(`${SHOWN_COPY} button[data-lang="it"]`).click();
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page).toHaveURL(/lang=it/);
    await expect(page.locator('.coppa button[data-lang="it"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the embed builder pressed before the app opens, not the first button of its kind', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/?view=standings&lang=it');
    await page.locator(`${SHOWN_COPY} .embed-builder__open`).click();
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('.coppa .embed-builder__open')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.locator('.coppa button[data-theme-choice="auto"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('a button pressed before the app is pressed again in its own row, not the first with its name', async ({ page }) => {
    // Two of the scorers play for Vicenza: their "Follow Vicenza" buttons differ only by their row.
    const release = await holdWasm(page);
    await page.goto('/?view=scorers');
    const follow = 'button.scorers-table__select[aria-label="Follow Vicenza"]';
    const pressedRow = await page.locator(`${SHOWN_COPY} ${follow}`).nth(1)
      .evaluate((button) => button.closest('tr').querySelector('.scorers-table__player').textContent);
    await page.locator(`${SHOWN_COPY} ${follow}`).nth(1).click();
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page).toHaveURL(/team=vicenza/);
    await expect(page.locator(`.coppa ${follow}`).nth(1)).toBeFocused();
    expect(await page.evaluate(() => document.activeElement.closest('tr').querySelector('.scorers-table__player').textContent))
      .toContain(pressedRow);
  });

  for (const press of ['click', 'Enter', 'Space']) {
    test(`a scorer's bar in the chart pressed before the app (${press}) follows the player's club once it arrives`, async ({ page }) => {
      const errors = watchErrors(page);
      const release = await holdWasm(page);
      await page.goto('/?view=scorers');
      const bar = '.scorers-chart__bar[data-player="Marco Delvecchio"]';
      const copyBar = page.locator(`${SHOWN_COPY} ${bar}`);
      if (press === 'click') {
        await copyBar.click();
      } else {
        await copyBar.focus();
        const scrolled = await page.evaluate(() => scrollY);
        await page.keyboard.press(press);
        // Space pressed the bar; it did not scroll the page.
        expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      }
      await expect(page.locator(`${SHOWN_COPY} .coppa-prerender-status`)).toHaveText('Loading the interactive explorer…');
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page).toHaveURL(/[?&]team=roma(&|$)/);
      await expect(page.locator(`.coppa ${bar}`)).toHaveClass(/\bis-highlighted\b/);
      await expect(page.locator(`.coppa ${bar}`)).toBeFocused();
      expect(errors).toEqual([]);
    });
  }

  test('the status line says it in the language pressed while it waits', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/?view=bracket');
    await page.locator(`${SHOWN_COPY} .tie[data-tie="final-0"]`).click();
    const status = page.locator(`${SHOWN_COPY} .coppa-prerender-status`);
    await expect(status).toHaveText('Loading the interactive explorer…');
    await page.locator(`${SHOWN_COPY} button[data-lang="it"]`).click();
    await expect(status).toHaveText('Caricamento dell\'esploratore interattivo…');
    await page.locator(`${SHOWN_COPY} button[data-lang="en"]`).click();
    await expect(status).toHaveText('Loading the interactive explorer…');
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('dialog[open]')).toContainText('Roma');
  });

  test('an app that cannot be fetched is said so, and the next input tries again', async ({ page }) => {
    let refuse = true;
    await page.route('**/*.wasm', (route) => (refuse ? route.abort() : route.continue()));
    await page.goto('/?view=bracket');
    await page.locator(`${SHOWN_COPY} .tie[data-tie]`).first().click();
    const status = page.locator(`${SHOWN_COPY} .coppa-prerender-status`);
    await expect(status).toHaveText(/could not be loaded\. Check the connection and try again/);
    await expect(page.locator('html')).toHaveAttribute('data-coppa-defer', '');
    await expect(page.locator('html')).not.toHaveAttribute('data-coppa-pending');
    // The page stays readable.
    await expectViewData(page.locator(SHOWN_COPY), 'bracket');
    refuse = false;
    await page.locator(`${SHOWN_COPY} .tie[data-tie]`).first().click();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('dialog[open]')).toBeVisible();
  });
});

test.describe('a view\'s own document', () => {
  const DOCUMENTS = { standings: 'standings.html', bracket: 'bracket.html', scorers: 'scorers.html' };

  for (const lang of ['en', 'it']) {
    for (const view of VIEWS) {
      test(`${DOCUMENTS[view]}${lang === 'it' ? '?lang=it' : ''} shows its view and language first, and holds no other view`, async ({ page }) => {
        const errors = watchErrors(page);
        await holdWasm(page);
        await page.goto(`/${DOCUMENTS[view]}${lang === 'it' ? '?lang=it' : ''}`);
        await expectShown(page, `${view}-${lang}`);
        await expect(page.locator('html')).toHaveAttribute('data-coppa-document', view);
        await expect(page.locator(`${PRERENDER} main`)).toHaveCount(1);
        await expect(page.locator(`${PRERENDER} coppa-view:not([data-coppa-state="${view}"])`)).toHaveCount(0);
        await expectViewData(page.locator(SHOWN_COPY), view);
        expect(await seriousViolations(page, SHOWN_COPY)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  test('index.html is the standings\' document without its mark, and a document\'s tabs lead to the others\'', async ({ page, request }) => {
    const index = await request.get('/').then((r) => r.text());
    expect(index).toContain('<html lang="en" data-coppa-documents>');
    const standings = await request.get('/standings.html').then((r) => r.text());
    expect(standings.replace(' data-coppa-document="standings"', '')).toBe(index);
    for (const view of VIEWS) {
      const own = await request.get(`/${DOCUMENTS[view]}`).then((r) => r.text());
      // The head is index.html's: the same scripts and sheets.
      expect(own.slice(0, own.indexOf('<body'))).toBe(index.slice(0, index.indexOf('<body'))
        .replace('data-coppa-documents>', `data-coppa-documents data-coppa-document="${view}">`));
    }
    await page.goto('/bracket.html?lang=it');
    const tabs = page.locator(`${SHOWN_COPY} a[data-view-tab]:visible`);
    expect(await tabs.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      .toEqual(['standings.html?lang=it#coppa-standings-it', 'bracket.html?lang=it#coppa-bracket-it', 'scorers.html?lang=it#coppa-scorers-it']);
  });

  test('names its view over a ?view= in the query, without a note', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/bracket.html?view=scorers&lang=it');
    await expectShown(page, 'bracket-it');
    await page.keyboard.press('Tab');
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    // A value no view has is no mistake there either; index.html says it is one.
    for (const [path, notes] of [['/bracket.html', 0], ['/', 1]]) {
      await page.goto(`${path}?view=nonsense`);
      await page.keyboard.press('Tab');
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page.locator('.notice')).toHaveCount(notes);
    }
    expect(errors).toEqual([]);
  });

  test('saved under another name, it still shows its view before and after the app, and keeps its name', async ({ page, request }) => {
    const errors = watchErrors(page);
    const bracket = await request.get('/bracket.html').then((r) => r.text());
    // A blog that uploaded bracket.html as coppa-bracket.html, beside the other files.
    await page.route('**/coppa-bracket.html*', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: bracket }));
    const release = await holdWasm(page);
    await page.goto('/coppa-bracket.html?lang=it&view=scorers');
    await expectShown(page, 'bracket-it');
    await page.mouse.move(5, 5);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    await expect(page.locator('.notice')).toHaveCount(0);
    const input = page.locator('.coppa .team-filter__input');
    await input.fill('Roma');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/coppa-bracket\.html\?team=roma&lang=it$/);
    await expect(page.locator('.coppa a[data-view-tab="scorers"]')).toHaveAttribute('href', 'scorers.html?team=roma&lang=it');
    expect(errors).toEqual([]);
  });

  test('a view tab pressed before the app loads the other view\'s document, the club, language and theme kept', async ({ page }) => {
    const errors = watchErrors(page);
    await holdWasm(page);
    await page.goto('/bracket.html?team=roma&lang=it&theme=dark');
    await expectShown(page, 'bracket-it');
    await page.evaluate(() => { window.samePage = true; });
    // Another tab, or a copied link, gets the same address: the tab's href carries it once pointed at.
    const standings = page.locator(`${SHOWN_COPY} a[data-view-tab="standings"]:visible`);
    await standings.hover();
    expect(await standings.evaluate((a) => a.href)).toBe(new URL('standings.html?team=roma&lang=it&theme=dark', page.url()).href);
    await page.locator(`${SHOWN_COPY} a[data-view-tab="scorers"]:visible`).click();
    await expect(page).toHaveURL(/\/scorers\.html\?team=roma&lang=it&theme=dark$/);
    await expectShown(page, 'scorers-it');
    await expect(page.locator('html')).toHaveAttribute('data-coppa-document', 'scorers');
    expect(await page.evaluate(() => window.samePage)).toBeUndefined();
    await expect(page.locator('html')).toHaveAttribute('data-coppa-theme', 'dark');
    expect(errors).toEqual([]);
  });

  test('the app takes over without loss, and its view tabs and Back move between the documents\' addresses', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto(`${SUB_PATH}scorers.html?lang=it`);
    const input = page.locator(`${SHOWN_COPY} .team-filter__input`);
    await input.click();
    await input.pressSequentially('mil');
    await page.waitForTimeout(1000);
    release();
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    const live = page.locator('.coppa .team-filter__input');
    await expect(live).toHaveValue('mil');
    await expect(live).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SUB_PATH}scorers\\.html\\?team=milan&lang=it$`));
    await expect(page.locator('.coppa a[data-view-tab="standings"]')).toHaveAttribute('href', 'standings.html?team=milan&lang=it');
    await page.locator('.coppa a[data-view-tab="bracket"]').click();
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    expect(address(page)).toBe('bracket.html?team=milan&lang=it');
    await page.locator('.coppa a[data-view-tab="standings"]').click();
    await expect(page).toHaveURL(/\/standings\.html\?team=milan&lang=it$/);
    // Back follows the address gone back to, not the view this document was loaded with.
    await page.goBack();
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    expect(address(page)).toBe('bracket.html?team=milan&lang=it');
    await page.goBack();
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'scorers');
    expect(address(page)).toBe('scorers.html?team=milan&lang=it');
    // What the address bar holds is a link to that view's own document.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-coppa-document', 'scorers');
    expect(errors).toEqual([]);
  });

  for (const [link, lands, state] of [
    ['/?view=bracket&team=roma', '/bracket.html?team=roma', 'bracket-en'],
    [`${SUB_PATH}index.html?lang=it&view=%20Scorers&theme=dark#coppa-main--scorers-it`, `${SUB_PATH}scorers.html?lang=it&theme=dark#coppa-main--scorers-it`, 'scorers-it'],
  ]) {
    test(`an old link ${link} goes on to ${lands} before anything is painted, with no entry of its own`, async ({ page }) => {
      const errors = watchErrors(page);
      const wasm = [];
      page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
      // Each frame index.html renders: none of them shows its copy.
      await page.addInitScript(() => {
        if (!/\/(index\.html)?$/.test(location.pathname)) return;
        const frames = [];
        const frame = () => {
          const copy = document.querySelector('[data-coppa-prerender] > .coppa');
          frames.push(copy ? getComputedStyle(copy).visibility : 'none');
          sessionStorage.setItem('indexFrames', frames.join());
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const release = await holdWasm(page);
      await page.goto('/standings.html');
      const entries = await page.evaluate(() => history.length);
      await page.goto(link);
      await expect(page).toHaveURL(new RegExp(`${lands.replace(/[.?]/g, '\\$&')}$`));
      await expectShown(page, state);
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      expect((await page.evaluate(() => sessionStorage.getItem('indexFrames')) ?? '').split(',').filter((v) => v === 'visible')).toEqual([]);
      // index.html fetched no app: only the view's document does, for the club, and after the first input.
      expect(wasm.length).toBeLessThanOrEqual(1);
      await page.keyboard.press('Tab');
      release();
      await expect(page.locator(PRERENDER)).toHaveCount(0);
      await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', state.split('-')[0]);
      expect(errors).toEqual([]);
    });
  }

  test('an old ?view= link without the script still shows its view once the app has taken over', async ({ page }) => {
    const errors = watchErrors(page);
    await page.route(/\/select-[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto('/?view=bracket');
    await page.keyboard.press('Tab');
    await expect(page.locator(PRERENDER)).toHaveCount(0);
    await expect(page.locator('main#coppa-main')).toHaveAttribute('data-view', 'bracket');
    await page.locator('.coppa a[data-view-tab="scorers"]').click();
    expect(address(page)).toBe('scorers.html');
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test.describe('with scripts off', () => {
    test.use({ javaScriptEnabled: false });

    test('shows its view, and the view tabs and the other language lead to the documents that show theirs', async ({ page }) => {
      await page.goto('/scorers.html');
      await expectShown(page, 'scorers-en');
      await expectViewData(page, 'scorers');
      await page.locator('a[data-view-tab="bracket"]:visible').click();
      await expect(page).toHaveURL(/\/bracket\.html\?lang=en#coppa-bracket-en$/);
      await expectShown(page, 'bracket-en');
      await expectViewData(page, 'bracket');
      await page.locator('a[hreflang="it"]:visible').click();
      await expect(page).toHaveURL(/\/bracket\.html\?lang=it#coppa-bracket-it$/);
      await expectShown(page, 'bracket-it');
      await page.locator('a[data-view-tab="standings"]:visible').click();
      await expect(page).toHaveURL(/\/standings\.html\?lang=it#coppa-standings-it$/);
      await expectShown(page, 'standings-it');
      await expect(page.locator('caption:visible').first()).toHaveText(/Girone 1/);
    });
  });
});
