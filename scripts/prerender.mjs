// Prerenders the explorer into a release dist/ (after postbuild.mjs): the built app itself renders each
// view in each language in headless Chromium, and its DOM is written into each view's own document
// (dist/bracket.html…) and dist/index.html, so a reader sees the season at the first paint, before (or
// without) the wasm. The same components render it, in the same wasm that later replaces it
// (src/takeover.rs): nothing can differ between the two.
//
// The renderings are merged into one explorer with every view in both languages, each thing once
// (`mergeRenderings`), then cut into one document per view (`viewDocument`), which holds the explorer
// inside `[data-coppa-prerender]` with that view in both languages; index.html holds the default view's.
// prerender/select.js (a render-blocking script early in <head>) picks the language the link asks for
// before the first paint and style/prerender.css shows only that one. Ids get the view's suffix and the
// view tabs' links carry a fragment naming their view and language, so with scripts off they still lead
// to the other views in the language shown.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { hashedName } from './content-names.mjs';
import { contract } from './contract.mjs';
import { minifyJs } from './minify.mjs';

const dist = process.argv[2] ?? 'dist';
/** The views, each prerendered into a document of its own. */
const VIEWS = ['standings', 'scorers', 'bracket'];
const LANGS = ['en', 'it'];
/** Screen widths at which the room for a followed club is measured (CSS px): common phones, tablets, desktop;
 * layoutWidths adds those where a grid changes its number of columns. */
const WIDTHS = [320, 360, 375, 390, 412, 480, 600, 768, 1024, 1280];
/** Every club's slug, from the [[clubs]] tables of the season file. */
const SLUGS = readFileSync(new URL('../data/coppa-italia-2002-03.toml', import.meta.url), 'utf8')
  .split(/^\[\[/m).filter((table) => table.startsWith('clubs]]'))
  .map((table) => /^slug\s*=\s*"([^"]+)"/m.exec(table)?.[1]).filter(Boolean);

/** The attributes that name other elements by id. */
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-activedescendant',
  'aria-owns', 'aria-details', 'headers'];

/**
 * In the page: the live explorer's HTML, made into the prerendered copy of `view` in `lang`. Ids get the
 * view's suffix (`mergeRenderings` keeps the views and languages in one).
 */
function copyOf([view, lang, references]) {
  const root = document.querySelector('body > .coppa');
  const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
  const rename = (id) => (ids.has(id) ? `${id}--${view}` : id);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.id) el.id = rename(el.id);
    for (const name of references) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, value.split(/\s+/).map(rename).join(' '));
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#')) el.setAttribute('href', `#${rename(href.slice(1))}`);
  }
  for (const tab of root.querySelectorAll('a[data-view-tab]')) {
    tab.setAttribute('href', `${tab.getAttribute('href')}#coppa-${tab.dataset.viewTab}-${lang}`);
  }
  // With scripts off the language switch cannot work: a link to this view in the other language stands in,
  // named as the switch's own button names it.
  const switchTo = [...root.querySelectorAll('.settings button[data-lang]')].find((button) => button.dataset.lang !== lang);
  if (!switchTo) throw new Error(`prerender: the ${view} view in ${lang} has no button for another language`);
  const other = switchTo.dataset.lang;
  const language = document.createElement('p');
  language.className = 'coppa-prerender-language';
  const link = document.createElement('a');
  link.href = `?view=${view}&lang=${other}#coppa-${view}-${other}`;
  link.lang = other;
  link.hreflang = other;
  link.textContent = switchTo.textContent;
  language.append(link);
  root.querySelector('.settings')?.after(language);
  // Where the live app puts what it shows for a followed club, room is kept before the take-over: its
  // journey card, the standings' "only this group" toggle (or the note for a club without a group), the
  // bracket's note for a club without a tie.
  const room = (name) => {
    const element = document.createElement('div');
    element.className = `coppa-${name}-reserve`;
    element.setAttribute('aria-hidden', 'true');
    return element;
  };
  root.querySelector('main').before(room('journey'));
  root.querySelector('.standings__groups')?.before(room('standings'));
  root.querySelector('.bracket__tabs')?.before(room('bracket'));
  // With scripts off a fragment picks the view and language, the skip link's included: it targets an
  // empty mark of its view and language just before the view (mergeRenderings puts the marks there).
  root.querySelector('a.coppa__skip')?.setAttribute('href', `#coppa-main--${view}-${lang}`);
  // Leptos' empty placeholder comments only matter to a live view; the copy is never hydrated.
  return root.outerHTML.replaceAll('<!---->', '');
}

/**
 * In the page: the ids of elements that name others (`aria-labelledby`, `aria-describedby`) and are not
 * shown, such as a wide bracket's round tabs: a hidden element's name is all of its text, hidden or not.
 */
function hiddenNames() {
  const named = [...document.querySelectorAll('body > .coppa [aria-labelledby], body > .coppa [aria-describedby]')]
    .flatMap((el) => `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.split(/\s+/));
  return [...new Set(named)].filter((id) => id && document.getElementById(id)?.checkVisibility() === false);
}

/**
 * In the page: the explorer as prerendered, from the live app's renderings (`rendered[view][lang]`, made
 * by `copyOf`), every view and language in one, each thing in it once (`viewDocument` then cuts it into
 * one document per view): on a host that does not compress, a view paints only once every byte before it
 * has arrived. The build stops wherever the renderings differ in a way this cannot keep. `langs[0]` is
 * the page's base language, the default one.
 */
function mergeRenderings([rendered, views, langs, references, hiddenNamers]) {
  const [base, other] = langs;
  /** Where values of the other language wait for select.js (`data-coppa-it`, `data-coppa-it-<name>`). */
  const mark = `data-coppa-${other}`;
  const parse = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  };
  const differ = (node, what, why) => {
    const path = [];
    for (let el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement; el; el = el.parentElement) {
      path.unshift(el.localName + (el.classList[0] ? `.${el.classList[0]}` : ''));
    }
    throw new Error(`prerender: ${what} differ at ${path.join(' > ')}: ${why}`);
  };

  /**
   * One view in both languages, from its English and Italian copies (the same components, so the same
   * tree), as an element:
   * - A text that differs becomes `<t-en>…</t-en><t-it>…</t-it>`; prerender.css shows the reader's language.
   * - A link, an abbreviation or a navigation whose attributes differ (a view tab's href, a column's title,
   *   the view tabs' label) is kept in both languages the same way, so it is right with scripts off too
   *   (their texts differ as well, so it is also the fewer bytes); ids inside it get the language's suffix.
   * - On any other element the Italian value of each differing attribute (a button's label, the filter's
   *   placeholder) goes into `data-coppa-it-<name>` (`mark`), and of a text SVG cannot wrap (the
   *   chart's titles) into `data-coppa-it-text`; the element is marked `data-coppa-it`, and
   *   prerender/select.js sets those values while the page is parsed when the reader's language is
   *   Italian. With scripts off, an Italian copy keeps those in English: a fifth of the bytes of keeping
   *   such elements twice.
   * - An element in `hiddenNamers` (ids) names others while hidden, and a hidden element's name is all its
   *   text, the other language's too. Its two texts get ids of their own, and whatever it names points at
   *   the English one, and at the Italian one through `data-coppa-it-<name>` (`mark`).
   * - The root's `lang` goes: the copy takes the document's, which select.js sets.
   */
  const languages = (en, it, hiddenNamers) => {
    const fail = (node, why) => differ(node, 'the languages', why);
    /** Gives the ids inside `element` the suffix `lang`, and the references to them inside it. */
    const suffixIds = (element, lang) => {
      const inside = [element, ...element.querySelectorAll('*')];
      const ids = new Set(inside.filter((el) => el.id).map((el) => el.id));
      if (!ids.size) return;
      const outside = [en, ...en.querySelectorAll('*')].filter((el) => !element.contains(el));
      const named = outside.find((el) => references.some((name) => el.getAttribute(name)?.split(/\s+/).some((id) => ids.has(id))));
      if (named) fail(named, 'it names an id inside a part kept in both languages');
      for (const el of inside) {
        if (el.id) el.id = `${el.id}-${lang}`;
        for (const name of references) {
          const value = el.getAttribute(name);
          if (value) el.setAttribute(name, value.split(/\s+/).map((id) => (ids.has(id) ? `${id}-${lang}` : id)).join(' '));
        }
      }
    };
    /** Puts the English node and the Italian one side by side, each in its language's wrapper. */
    const inBoth = (english, italian) => {
      if (english.nodeType === Node.ELEMENT_NODE) {
        suffixIds(english, base);
        suffixIds(italian, other);
      }
      const [inEnglish, inItalian] = [document.createElement(`t-${base}`), document.createElement(`t-${other}`)];
      english.replaceWith(inEnglish);
      inEnglish.append(english);
      inItalian.append(italian);
      inEnglish.after(inItalian);
    };
    const TEXT_ONLY = ['option', 'textarea', 'title', 'script', 'style'];
    const merge = (a, b) => {
      if (a.nodeName !== b.nodeName) fail(a, `${a.nodeName} against ${b.nodeName}`);
      if (a.nodeType === Node.TEXT_NODE) {
        if (a.data === b.data) return;
        const parent = a.parentElement;
        if (parent.namespaceURI === 'http://www.w3.org/1999/xhtml' && !TEXT_ONLY.includes(parent.localName)) {
          inBoth(a, b);
          return;
        }
        // A chart's title or description (SVG has no room for the wrappers): select.js sets the Italian text.
        if (parent.childNodes.length !== 1) fail(a, 'a text beside others where no wrapper can go');
        parent.setAttribute(mark, '');
        parent.setAttribute(`${mark}-text`, b.data);
        return;
      }
      if (a.nodeType !== Node.ELEMENT_NODE) {
        if (a.nodeValue !== b.nodeValue) fail(a, `"${a.nodeValue}" against "${b.nodeValue}"`);
        return;
      }
      const names = new Set([...a.getAttributeNames(), ...b.getAttributeNames()]);
      const differing = [...names].filter((name) => a.getAttribute(name) !== b.getAttribute(name));
      if (differing.length) {
        const missing = differing.find((name) => !a.hasAttribute(name) || !b.hasAttribute(name));
        if (missing) fail(a, `attribute ${missing} in one language only`);
        if (['a', 'abbr', 'nav'].includes(a.localName)) {
          inBoth(a, b);
          return;
        }
        a.setAttribute(mark, '');
        for (const name of differing) a.setAttribute(`${mark}-${name}`, b.getAttribute(name));
      }
      const [as, bs] = [[...a.childNodes], [...b.childNodes]];
      if (as.length !== bs.length) fail(a, `${as.length} children against ${bs.length}`);
      as.forEach((child, i) => merge(child, bs[i]));
    };
    if (en.lang !== base || it.lang !== other) fail(en, 'the root does not name its language');
    en.removeAttribute('lang');
    it.removeAttribute('lang');
    merge(en, it);
    for (const id of hiddenNamers) {
      const namer = en.querySelector(`[id="${CSS.escape(id)}"]`);
      if (!namer?.querySelector(`t-${base}`)) continue;
      const texts = [...namer.childNodes];
      if (texts.length !== 2 || texts[0].localName !== `t-${base}` || texts[1].localName !== `t-${other}`) {
        fail(namer, 'it names others while hidden, and holds more than one text in both languages');
      }
      texts.forEach((text, i) => { text.id = `${id}-${langs[i]}`; });
      for (const name of ['aria-labelledby', 'aria-describedby']) {
        for (const el of en.querySelectorAll(`[${name}]`)) {
          const ids = el.getAttribute(name).split(/\s+/);
          if (!ids.includes(id)) continue;
          const italian = (el.getAttribute(`${mark}-${name}`) ?? el.getAttribute(name)).split(/\s+/);
          el.setAttribute(name, ids.map((x) => (x === id ? `${id}-${base}` : x)).join(' '));
          el.setAttribute(mark, '');
          el.setAttribute(`${mark}-${name}`, italian.map((x) => (x === id ? `${id}-${other}` : x)).join(' '));
        }
      }
    }
    return en;
  };

  /**
   * One explorer for every view, from each view's copy in both languages (`languages`). Apart from ids,
   * the views differ only in a few parts (the view itself, the view tabs, the skip link and the link to the
   * other language): those are kept once per view, each in `<coppa-view data-coppa-state="<view>">`, and
   * prerender.css shows the reader's view; everything else is kept once, with the first view's ids.
   * Before the view itself go the empty marks that a fragment targets with scripts off
   * (`#coppa-bracket-it`, and the skip link's `#coppa-main--bracket-it`), after it one that says it has
   * been parsed whole (`data-coppa-end`).
   */
  const allViews = (roots) => {
    const fail = (node, why) => differ(node, 'the views', why);
    const suffix = (view) => `--${view}`;
    /** An id or a list of them, with the view's suffix made the same in every view. */
    const common = (value, view) => value.split(/\s+/)
      .map((id) => (id.endsWith(suffix(view)) ? `${id.slice(0, -suffix(view).length)}--*` : id)).join(' ');
    /** `node` as it would be in any view: its ids, and the references to them, without the view's suffix. */
    const alike = (node, view, deep) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return `${node.nodeType}:${node.nodeValue}`;
      const clone = node.cloneNode(deep);
      for (const el of [clone, ...clone.querySelectorAll('*')]) {
        for (const name of ['id', ...references]) {
          if (el.hasAttribute(name)) el.setAttribute(name, common(el.getAttribute(name), view));
        }
      }
      return clone.outerHTML;
    };
    /** Per view, the parts kept once for it. */
    const parts = [];
    const walk = (nodes) => {
      const [first] = nodes;
      const shapes = nodes.map((node, i) => alike(node, views[i], true));
      if (shapes.every((shape) => shape === shapes[0])) return;
      const shells = nodes.map((node, i) => alike(node, views[i], false));
      const recurse = first.nodeType === Node.ELEMENT_NODE && !['main', 'nav'].includes(first.localName)
        && shells.every((shell) => shell === shells[0])
        && nodes.every((node) => node.childNodes.length === first.childNodes.length);
      if (recurse) {
        const children = nodes.map((node) => [...node.childNodes]);
        children[0].forEach((_, k) => walk(children.map((list) => list[k])));
        return;
      }
      if (!first.parentElement) fail(first, 'at the root');
      if (first.parentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml') fail(first, 'inside SVG');
      const kept = nodes.map((node, i) => {
        const part = document.createElement('coppa-view');
        part.dataset.coppaState = views[i];
        parts.push(part);
        return part;
      });
      first.replaceWith(...kept);
      nodes.forEach((node, i) => kept[i].append(node));
    };
    walk(roots);
    const [root] = roots;
    const byId = (id) => root.querySelector(`[id="${CSS.escape(id)}"]`);
    for (const part of parts) {
      const view = part.dataset.coppaState;
      // What a view's part names that is kept once has the first view's id.
      for (const el of [...part.querySelectorAll('*')]) {
        for (const name of references) {
          const value = el.getAttribute(name);
          if (!value) continue;
          el.setAttribute(name, value.split(/\s+/).map((id) => {
            if (byId(id) || !id.endsWith(suffix(view))) return id;
            const kept = `${id.slice(0, -suffix(view).length)}${suffix(views[0])}`;
            return byId(kept) && !byId(kept).closest('coppa-view') ? kept : id;
          }).join(' '));
        }
      }
      const main = part.querySelector(':scope > main');
      if (main) {
        const target = (id, lang, hidden) => `<span id="${id}" data-coppa-lang="${lang}"${hidden ? ' hidden' : ''}></span>`;
        main.insertAdjacentHTML('beforebegin', langs.map((lang) => target(`coppa-${view}-${lang}`, lang, true)
          + target(`coppa-main--${view}-${lang}`, lang, false)).join(''));
        // Parsed once this is: prerender.css shows a view only whole.
        main.insertAdjacentHTML('afterend', '<span data-coppa-end hidden></span>');
      }
    }
    // What is kept once may not name what only one view has.
    for (const el of [root, ...root.querySelectorAll('*')].filter((el) => !el.closest('coppa-view'))) {
      for (const name of references) {
        const named = el.getAttribute(name)?.split(/\s+/).map(byId).find((target) => target?.closest('coppa-view'));
        if (named) fail(el, `it names #${named.id}, which only one view has`);
      }
    }
    if (views.some((view) => !root.querySelector(`coppa-view[data-coppa-state="${view}"] > main`))) {
      fail(root, 'a view has no <main> of its own');
    }
    return root;
  };

  return allViews(views.map((view) => languages(parse(rendered[view][base]), parse(rendered[view][other]),
    hiddenNamers[view] ?? []))).outerHTML;
}

/**
 * In the page: the prerendered explorer (`mergeRenderings`) as a view's own document holds it: only
 * `view`'s own parts, and the links to a state of the explorer (the view tabs, the other language) to
 * each view's own document, as the app's links are there (coppa_core::url::link). `rule` is the query
 * rule of the view (coppa_core::contract::query_rules).
 */
function viewDocument([explorer, view, rule]) {
  const template = document.createElement('template');
  template.innerHTML = explorer;
  const root = template.content.firstElementChild;
  for (const part of root.querySelectorAll('coppa-view')) if (part.dataset.coppaState !== view) part.remove();
  for (const link of root.querySelectorAll('a[href^="?"]')) {
    const address = new URL(link.getAttribute('href'), 'https://host/');
    const target = address.searchParams.get(rule.key) ?? rule.default;
    address.searchParams.delete(rule.key);
    link.setAttribute('href', `${rule.documents[target]}${address.search}${address.hash}`);
  }
  return root.outerHTML;
}

/**
 * In the page: the selectors of the live sheet (postbuild.mjs) that match something the explorer shows (a
 * closed dialog shows nothing). The copy is shown before that sheet arrives, so it must need none of its
 * rules.
 */
function liveRulesMatching() {
  const sheet = [...document.styleSheets].find((s) => /\/live-[0-9a-f]+\.css$/.test(s.href ?? ''));
  if (!sheet) return ['(no live sheet in the page)'];
  const root = document.querySelector('body > .coppa');
  const selectors = (rules) => [...rules].flatMap((rule) => (rule.selectorText ? [rule.selectorText] : selectors(rule.cssRules ?? [])));
  return selectors(sheet.cssRules).filter((selector) => {
    // What a pseudo-element styles belongs to its element (Chromium writes every one with `::`).
    const plain = selector.replace(/::[\w-]+(?:\([^)]*\))?/g, '');
    return [root, ...root.querySelectorAll(plain)].some((el) => el.matches(plain) && el.checkVisibility());
  });
}

// The same server as the end-to-end tests, under the same strict CSP the app must work under.
const server = await startServer(0, { dist });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
/** In the page: shows `view` in `lang`, following `team` (none if empty), through the address bar, as back/forward would. */
async function follow(page, { view, team, lang }) {
  await page.evaluate(async ([view, team, lang]) => {
    history.replaceState(null, '', `?view=${view}&lang=${lang}${team ? `&team=${team}` : ''}`);
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, [view, team, lang]);
}

/**
 * The screen widths to measure the room for a followed club at: WIDTHS, and every width up to the widest
 * of them where the journey card's matches or the standings' groups change their number of columns.
 * select.js takes the nearest narrower measured width, which then lays them out in as many columns: a
 * row of match cards more or less is a jump of a hundred pixels.
 */
async function layoutWidths(page) {
  await follow(page, { view: 'standings', team: SLUGS[0], lang: LANGS[0] });
  const widths = new Set(WIDTHS);
  let before;
  for (let width = WIDTHS[0]; width <= WIDTHS.at(-1); width++) {
    await page.setViewportSize({ width, height: 900 });
    const columns = await page.evaluate(() => ['.journey__matches', '.standings__groups']
      .map((grid) => getComputedStyle(document.querySelector(`body > .coppa ${grid}`)).gridTemplateColumns.split(' ').length)
      .join());
    if (before !== undefined && columns !== before) widths.add(width);
    before = columns;
  }
  return [...widths].sort((a, b) => a - b);
}

/**
 * In the page: what a followed club changes in the views' layout, at each of `widths` in whole CSS px:
 * `journey`, its journey card above the view; `aboveGroups`, the standings' toolbar or note above the
 * groups; `aboveRounds`, the bracket's note above the round tabs (or the rounds, on a wide screen); each
 * as `{ slug: [height at widths[0], …] }`. And `round`, the round the bracket's tabs show first for the
 * club (`{ slug: stage }`, none for a club without a tie).
 */
async function clubRoom(page, lang, widths) {
  const room = { journey: {}, aboveGroups: {}, aboveRounds: {}, round: {} };
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const [view, above] of [['standings', 'aboveGroups'], ['bracket', 'aboveRounds']]) {
      let base;
      for (const team of ['', ...SLUGS]) {
        await follow(page, { view, team, lang });
        const measured = await page.evaluate(([view, team]) => {
          const coppa = document.querySelector('body > .coppa');
          if (team && !coppa.querySelector(`section.journey[data-club="${team}"]`)) return null;
          const main = coppa.querySelector('main').getBoundingClientRect().top;
          const below = view === 'standings' ? coppa.querySelector('.standings__groups')
            : [...coppa.querySelectorAll('.bracket__tabs, .bracket__rounds')].find((el) => el.checkVisibility());
          const note = coppa.querySelector('main .coppa-view__note');
          return { main: main + scrollY, below: below.getBoundingClientRect().top - main,
            round: view === 'bracket' && !note ? coppa.querySelector('.bracket__round.is-active').dataset.stage : null };
        }, [view, team]);
        if (measured == null) throw new Error(`prerender: no journey card for ${team} in ${lang}`);
        if (team === '') {
          base = measured;
          continue;
        }
        if (view === 'standings') (room.journey[team] ??= []).push(Math.round(measured.main - base.main));
        (room[above][team] ??= []).push(Math.round(measured.below - base.below));
        if (measured.round) room.round[team] = measured.round;
      }
    }
  }
  return room;
}

/** Waits two frames: what the page shows after a change of state or size is laid out by then. */
const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Each view's copy in each language: `rendered[view][lang]`. */
const rendered = {};
/** Per view, the ids (suffixed) of elements that name others while hidden at some width. */
const hiddenNamers = {};
/** The explorer with every view in every language (`mergeRenderings`), which `viewDocument` cuts. */
let prerendered;
/** Per view, the explorer as its own document holds it (`viewDocument`). */
const ownDocument = {};
const constants = contract();
const reserve = {};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const lang of LANGS) {
    for (const view of VIEWS) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${base}/?view=${view}&lang=${lang}`);
      await page.waitForSelector(`.coppa main#coppa-main[data-view="${view}"]`);
      await twoFrames(page);
      if (errors.length) throw new Error(`prerender: ${view} in ${lang}: ${errors.join('; ')}`);
      const styledLate = await page.evaluate(liveRulesMatching);
      if (styledLate.length) {
        throw new Error(`prerender: ${view} in ${lang}: the live sheet styles what the copy shows (${styledLate.join(', ')}); `
          + 'move those rules to a sheet without data-coppa-live in index.html');
      }
      // Whether an element shows depends on the screen's width, not on the language: measured once a view.
      if (lang === LANGS[0]) {
        for (const width of [WIDTHS[0], 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await twoFrames(page);
          for (const id of await page.evaluate(hiddenNames)) (hiddenNamers[view] ??= new Set()).add(`${id}--${view}`);
        }
      }
      (rendered[view] ??= {})[lang] = await page.evaluate(copyOf, [view, lang, ID_REFERENCES]);
      await page.close();
    }
    const page = await context.newPage();
    await page.goto(`${base}/?lang=${lang}`);
    await page.waitForSelector('.coppa main#coppa-main');
    reserve.widths ??= await layoutWidths(page);
    reserve[lang] = await clubRoom(page, lang, reserve.widths);
    await page.close();
  }
  const page = await context.newPage();
  const namers = Object.fromEntries(Object.entries(hiddenNamers).map(([view, ids]) => [view, [...ids]]));
  prerendered = await page.evaluate(mergeRenderings, [rendered, VIEWS, LANGS, ID_REFERENCES, namers]);
  for (const view of VIEWS) ownDocument[view] = await page.evaluate(viewDocument, [prerendered, view, constants.query.view]);
} finally {
  await browser.close();
  server.close();
}

/**
 * The room for each club as select.js reads it, a third of its JSON size (select.js blocks the first
 * paint): each distinct row of heights once, as two base-36 digits per width, and per kind of room and
 * language each club's row number, clubs in one list (`aboveGroups`: the standings' toolbar or note;
 * `aboveRounds`: the bracket's note); and per club the index of the round the bracket shows first in
 * `firstRounds` (-1: the opening one).
 */
function compactReserve({ widths, ...byLang }) {
  const rows = [];
  const rowOf = (heights) => {
    if (heights.some((h) => !Number.isInteger(h) || h < 0 || h >= 36 ** 2)) {
      throw new Error(`prerender: a reserved height outside 0–1295 px: ${heights.join(', ')}`);
    }
    const row = heights.map((h) => h.toString(36).padStart(2, '0')).join('');
    const known = rows.indexOf(row);
    return known >= 0 ? known : rows.push(row) - 1;
  };
  const first = byLang[LANGS[0]];
  const clubs = Object.keys(first.journey);
  const rowsOf = (kind) => Object.fromEntries(LANGS.map((lang) => [lang, clubs.map((club) => rowOf(byLang[lang][kind][club]))]));
  const rounds = [...new Set(Object.values(first.round))];
  return { widths, clubs, journey: rowsOf('journey'), aboveGroups: rowsOf('aboveGroups'), aboveRounds: rowsOf('aboveRounds'),
    heights: rows.join(''), firstRounds: rounds, firstRound: clubs.map((club) => rounds.indexOf(first.round[club])) };
}

const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
if (html.includes('data-coppa-prerender')) throw new Error('prerender: dist/index.html is already prerendered: build it again');
// The page's attributes are in LANGS[0]; select.js sets the others' for a reader of another language.
if (constants.query.lang.default !== LANGS[0]) throw new Error(`prerender: the base language ${LANGS[0]} is not the default one`);
const stamped = readFileSync(new URL('../prerender/select.js', import.meta.url), 'utf8')
  .replace('__COPPA_RESERVE__', () => JSON.stringify(compactReserve(reserve)))
  .replace('__COPPA_QUERY__', () => JSON.stringify(constants.query))
  .replace('__COPPA_KEYS__', () => JSON.stringify(constants.keys))
  .replace('__COPPA_TEXTS__', () => JSON.stringify(constants.texts));
if (stamped.includes('__COPPA_')) throw new Error('prerender: prerender/select.js has a placeholder this script does not fill');
// select.js holds the first paint back, and on a phone each of its kilobytes does: its comments stay in
// the source and its names are shortened (half of its code's size).
const select = await minifyJs(stamped);
const selectFile = hashedName('select', select, 'js');
writeFileSync(join(dist, selectFile), select);
// Before the stylesheets and the body, after the viewport meta (on a phone, the width it reads). Async,
// so the parser goes on while it is fetched (a blocking script held the body back for its round trip:
// up to 17 % of a throttled phone's first paint); render-blocking, so no frame shows the copy before it
// has picked the view and the language.
const viewportMeta = /<meta name="viewport"[^>]*>/;
if (!viewportMeta.test(html)) throw new Error('prerender: dist/index.html has no viewport meta');
html = html.replace(viewportMeta, (meta) => `${meta}\n    <script async blocking="render" src="./${selectFile}"></script>`);
// The page is readable without the wasm, so the wasm no longer jumps the queue: preloaded, it would share
// a phone's bandwidth with the document and stylesheets the first paint waits for. The boot module
// (scripts/postbuild.mjs) fetches it when it is wanted.
const preloads = /<link rel="(?:modulepreload|preload)"[^>]*>/g;
if (!preloads.test(html)) throw new Error('prerender: dist/index.html has no wasm preload to remove');
html = html.replace(preloads, '');
const body = /(<body[^>]*>)[\s\S]*(<\/body>)/;
if (!body.test(html)) throw new Error('prerender: dist/index.html has no <body>');
// Each view has a document of its own (coppa_core::url::View::document), to which the app's links and
// address bar lead: a host that does not compress sends a phone reader only that view's bytes. index.html,
// the folder's own address (the one a post links to most), holds the default view as its document does,
// but names no view of its own: an old link to it with another view (`?view=bracket`) is sent on to that
// view's document by select.js before anything is painted. `data-coppa-documents`
// (coppa_core::url::DOCUMENTS_ATTRIBUTE) tells the app and select.js that the documents are there;
// `data-coppa-document`, which view a document holds.
const rootTag = /<html( [^>]*)?>/;
if (!rootTag.test(html)) throw new Error('prerender: dist/index.html has no <html> tag');
const withRoot = (attributes, explorer) => html
  .replace(rootTag, (_, rest = '') => `<html${rest} ${attributes}>`)
  .replace(body, (_, open, close) => `${open}<div data-coppa-prerender>${explorer}</div>${close}`);
const { view: viewRule } = constants.query;
if (VIEWS.length !== viewRule.values.length || VIEWS.some((view) => !viewRule.values.includes(view))) {
  throw new Error(`prerender: the views ${VIEWS.join(', ')} are not the app's ${viewRule.values.join(', ')}`);
}
const sizes = [];
for (const view of VIEWS) {
  const file = viewRule.documents[view];
  const own = withRoot(`data-coppa-documents data-coppa-document="${view}"`, ownDocument[view]);
  writeFileSync(join(dist, file), own);
  sizes.push(`${file} ${(own.length / 1000).toFixed(1)} kB`);
}
html = withRoot('data-coppa-documents', ownDocument[viewRule.default]);
writeFileSync(indexPath, html);
console.log(`prerender: ${VIEWS.length} views in ${LANGS.length} languages, one each into ${sizes.join(', ')}, `
  + `and ${viewRule.default} into index.html (${(html.length / 1000).toFixed(1)} kB); ${selectFile} `
  + `(${(select.length / 1000).toFixed(1)} kB, room for ${SLUGS.length} clubs at ${reserve.widths.length} widths)`);
