// Picks what the prerendered explorer shows, before the first paint: each view's own document
// (bracket.html…) holds that view in both languages, and dist/index.html the default view's
// (scripts/prerender.mjs). This script in <head> reads the same rules as the app
// (coppa_core::url::parse_location: a view's own document names the view; in the query the first
// occurrence wins, values trimmed and lower-cased, a language tag's primary subtag, else the browser's
// language, else English), with the keys, values, documents and defaults that coppa-core declares
// (coppa_core::contract::query_rules, stamped in by scripts/prerender.mjs). CSS in prerender.css shows
// the chosen one; with scripts off, the default (a view's own document: its view) or the one a view
// tab targets shows.
// It is `async` and `blocking="render"`: the document is parsed while it is on its way (on a phone, its
// round trip), and nothing is painted before it has run. A browser that paints anyway (one without
// `blocking`) shows nothing of the copy until it has (prerender.css); one that could not load it shows
// the copy as with scripts off a moment later. It may run before the body is parsed or after: what it
// does to the page is done as the parser adds it, or at once. Then it tells the boot module, which waits
// for it (`coppa:chosen`; the page's `load` if it never comes).
// An old link to index.html that asks for another view (`?view=bracket`, from before each view had a
// document) goes on to that view's document, the rest of its address kept, before anything is painted.
// With a club in the link, it lays the view out as the app will: it keeps room for the journey card, the
// standings' toolbar or note and the bracket's note, as tall as scripts/prerender.mjs measured them at
// the nearest narrower screen width, and again when the screen is turned or the window resized (the
// table: `heights` holds each distinct row of heights, two base-36 digits per width, and each kind of
// room and language gives every club's row); it marks the club in the standings (its group first), and
// on the bracket's round tabs selects the club's first round.
//
// It also decides when the wasm is fetched (the boot module waits while `<html>` has
// `data-coppa-defer`): at once when the link asks for what only the app can show (a club, a value it
// must warn about, an embed that reports its height to the page around it); otherwise at the reader's
// first input (a key, a press, a focus, a mouse moving over the page), so a reader who only reads never
// downloads it. A button or a scorer's bar (clicked, or its keys, `KEYS.press`) pressed before the app
// has taken over is remembered in `data-coppa-pending` and pressed again in the live app
// (src/takeover.rs), Enter pressed in the filter with text in it in `data-coppa-entered` (the live
// filter gets the text, then the Enter), where the focus is in `data-coppa-focused` (the live app's
// twin gets it), a press under way in `data-coppa-pressing` (released on the live twin after the
// take-over, it clicks it), the text selected in `data-coppa-selected` (the live app selects it
// again), and how far the reader scrolled an element of the copy (the bracket's rounds, sideways) in
// `data-coppa-scrolled` (the live twin is scrolled as far);
// meanwhile a status line says the app is loading, or that it could not be loaded (the next input tries
// again). A language or a theme pressed meanwhile is shown at once, at the address the app would write
// (the rest of it kept), without loading the page again; a view tab leads to its view's document with the
// rest of the address. A round tab of the bracket pressed
// or moved to with the keys the app answers (`KEYS.tabs`, from coppa_core::roving) shows its round at
// once; the live twin of the tab is in `data-coppa-round`, and the take-over presses it.
(() => {
  const RESERVE = __COPPA_RESERVE__;
  const { view: VIEW, team: TEAM, lang: LANG, theme: THEME, embed: EMBED } = __COPPA_QUERY__;
  const TEXTS = __COPPA_TEXTS__;
  const KEYS = __COPPA_KEYS__;
  const valueIn = (query, key) => (query.get(key) ?? '').trim().toLowerCase();
  const primary = (tag) => tag.split(/[-_]/)[0].trim().toLowerCase();
  const pick = (wanted, known, fallback) => (known.includes(wanted) ? wanted : fallback);
  /**
   * The view whose own document the last segment of `path` names (`…/bracket.html`, or `…/bracket`
   * where a host drops the extension), as coppa_core::url::View::from_path reads it; else null.
   */
  const viewOfPath = (path) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return VIEW.values.find((view) => file === VIEW.documents[view] || file === view) ?? null;
  };
  const root = document.documentElement;
  /**
   * The view of this page at `path`, as coppa_core::url::Page::view reads it: the one `path` names, else
   * the one its `data-coppa-document` names (a view's document a host renamed); else null.
   */
  const viewOfPage = (path) => {
    const marked = root.dataset.coppaDocument;
    return viewOfPath(path) ?? (VIEW.values.includes(marked) ? marked : null);
  };
  /** The view (a view's own document names it), language and theme that `address` asks for. */
  const chosenIn = (address) => {
    const query = new URLSearchParams(address.search);
    return {
      view: viewOfPage(address.pathname) ?? pick(valueIn(query, VIEW.key), VIEW.values, VIEW.default),
      lang: pick(primary(valueIn(query, LANG.key)), LANG.values, pick(primary(navigator.language ?? ''), LANG.values, LANG.default)),
      theme: pick(valueIn(query, THEME.key), THEME.values, THEME.default),
    };
  };
  const query = new URLSearchParams(location.search);
  const value = (key) => valueIn(query, key);
  const { view, lang, theme } = chosenIn(location);
  if ('coppaDocuments' in root.dataset && viewOfPage(location.pathname) === null && view !== VIEW.default) {
    // index.html holds the default view only. Deferred, so the boot module fetches no app for this page;
    // nothing is chosen, so nothing of it shows (prerender.css) until the view's document replaces it.
    root.dataset.coppaDefer = '';
    location.replace(addressWith(VIEW, view));
    return;
  }
  root.dataset.coppaShow = view;
  root.dataset.coppaTheme = theme;
  if (EMBED.on.includes(value(EMBED.key))) root.dataset.coppaEmbed = '';
  root.lang = lang;
  /** What must be done to the prerendered page as the parser adds it (see `whileParsing`). */
  const onParse = [];
  if (lang !== LANG.default) onParse.push(languageOfTheRest);
  if (theme !== THEME.default) onParse.push(themePressed(theme));
  // What the prerendered copy shows exactly as the app would: every setting absent or understood.
  const understood = (rule, read = value) => !query.has(rule.key) || rule.values.includes(read(rule.key));
  const complete = (viewOfPage(location.pathname) !== null || understood(VIEW)) && understood(THEME) && understood(LANG, (key) => primary(value(key)))
    && !query.has(TEAM.key) && !query.has(EMBED.key);
  // The club's rows of heights (an index into the club list, so `?team=constructor` finds nothing).
  const { clubs, widths, heights } = RESERVE;
  const slug = value(TEAM.key);
  const club = clubs.indexOf(slug);
  if (club >= 0) {
    root.dataset.coppaTeam = '';
    keepRoom(lang);
    onParse.push(followedInStandings(slug), followedInScorers(slug));
    const round = RESERVE.firstRounds[RESERVE.firstRound[club]];
    if (round) onParse.push(roundFirst(round));
  }
  if (onParse.length) whileParsing(() => onParse.forEach((apply) => apply()));
  beforeTheApp(complete);
  dispatchEvent(new Event('coppa:chosen'));

  /**
   * This page's address with `chosen` for the setting `rule` (a view, a theme, a language), the rest
   * kept; left out when it is the default that the app leaves out (a language always stays: without
   * one, the browser's applies).
   */
  function addressWith(rule, chosen) {
    const query = new URLSearchParams(location.search);
    let path = location.pathname;
    const own = viewOfPage(path);
    if (rule === VIEW && ('coppaDocuments' in root.dataset || own)) {
      // A release with a document per view names the view by its document in the same folder, and
      // keeps this page's own address for its own view, as the app does (coppa_core::url::address).
      query.delete(rule.key);
      if (chosen !== own) path = `${path.slice(0, path.lastIndexOf('/') + 1)}${VIEW.documents[chosen]}`;
    } else if (chosen === rule.default && rule !== LANG) query.delete(rule.key);
    else query.set(rule.key, chosen);
    return `${path}${query.size ? '?' : ''}${query}${location.hash}`;
  }

  /**
   * Keeps room for the club's journey card, standings toolbar or note and bracket note, as tall as they
   * were measured in `lang` at the nearest narrower screen width.
   */
  function keepRoom(lang) {
    const at = Math.max(0, widths.findLastIndex((w) => w <= root.clientWidth));
    const height = (kind) => {
      const cell = (RESERVE[kind][lang][club] * widths.length + at) * 2;
      return `${parseInt(heights.slice(cell, cell + 2), 36)}px`;
    };
    root.style.setProperty('--coppa-journey-reserve', height('journey'));
    root.style.setProperty('--coppa-standings-reserve', height('aboveGroups'));
    root.style.setProperty('--coppa-bracket-reserve', height('aboveRounds'));
  }

  /**
   * Runs `apply` while the parser adds the prerendered page, and once more when it is done (a mutation
   * observer's callback runs at the end of the parser's task, before the page can paint what it parsed),
   * or at once if the parser is done already.
   */
  function whileParsing(apply) {
    if (document.readyState !== 'loading') {
      apply();
      return;
    }
    const observer = new MutationObserver(apply);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      observer.disconnect();
      apply();
    }, { once: true });
  }

  /**
   * Marks the club `slug` in the standings as the app does: its group card (shown first), its row and
   * its results (standings.css), whose weight and marker can wrap a name onto another line.
   */
  function followedInStandings(slug) {
    return () => {
      const row = document.querySelector(`[data-coppa-prerender] .group-card tr[data-club="${CSS.escape(slug)}"]`);
      const card = row?.closest('.group-card');
      if (!card) return;
      card.classList.add('group-card--followed');
      row.classList.add('is-selected');
      row.setAttribute('aria-current', true);
      const name = row.querySelector('.standings-table__name')?.textContent;
      for (const result of card.querySelectorAll('.group-results > li')) {
        if ([...result.children].some((part) => part.textContent === name)) result.classList.add('is-selected');
      }
    };
  }

  /**
   * Marks the club `slug`'s players in the scorers' chart and table as the app does (scorers.css): a
   * bar's colour and the ▶ before its name; in the table, the weight and the ▶ after the name change the
   * column widths, and the marker names the selected club to a screen reader.
   */
  function followedInScorers(slug) {
    const club = `[data-club="${CSS.escape(slug)}"]`;
    return () => {
      // A bar's name is whole once the parser has reached the bar's last part.
      for (const bar of document.querySelectorAll(`[data-coppa-prerender] .scorers-chart__bar${club}:has(> .scorers-chart__fill)`)) {
        if (bar.classList.contains('is-highlighted')) continue;
        bar.classList.add('is-highlighted');
        bar.querySelector('.scorers-chart__player')?.prepend('▶ ');
      }
      for (const row of document.querySelectorAll(`[data-coppa-prerender] .scorers-table__row${club}`)) {
        const player = row.querySelector('.scorers-table__player');
        if (!player || row.classList.contains('is-highlighted')) continue;
        row.classList.add('is-highlighted');
        const marker = document.createElement('span');
        const sign = marker.appendChild(document.createElement('span'));
        const said = marker.appendChild(document.createElement('span'));
        marker.className = 'scorers-table__marker';
        sign.setAttribute('aria-hidden', true);
        sign.textContent = ' ▶';
        said.className = 'visually-hidden';
        said.textContent = selectedClub(root.lang);
        player.append(marker);
      }
    };
  }

  /** What the scorers' marker says after the ▶ to a screen reader, as the app's marker does. */
  function selectedClub(lang) {
    return ` (${TEXTS[lang].selected})`;
  }

  /** Presses the theme switch's `theme` button, as the app does (the copy's press the default one). */
  function themePressed(theme) {
    return () => {
      for (const button of document.querySelectorAll('[data-coppa-prerender] [data-theme-choice]')) {
        button.setAttribute('aria-pressed', button.dataset.themeChoice === theme);
      }
    };
  }

  /** Selects the bracket's tab of the round `stage` and shows its panel, as the app does. */
  function roundFirst(stage) {
    return () => {
      for (const tab of document.querySelectorAll('[data-coppa-prerender] .bracket__tab')) {
        const selected = tab.dataset.stage === stage;
        tab.setAttribute('aria-selected', selected);
        tab.tabIndex = selected ? 0 : -1;
      }
      for (const panel of document.querySelectorAll('[data-coppa-prerender] .bracket__round')) {
        panel.classList.toggle('is-active', panel.dataset.stage === stage);
      }
    };
  }

  /** What the parser has added since in the page's language (another one may have been pressed meanwhile). */
  function languageOfTheRest() {
    if (root.lang !== LANG.default) languageIn(root.lang, LANG.default);
  }

  /**
   * The prerendered page holds every language (scripts/prerender.mjs, mergeRenderings), its attributes in
   * the default one. The values of some in another language wait in `data-coppa-<lang>-<name>` (and a
   * chart's texts in `data-coppa-<lang>-text`) on elements marked `data-coppa-<lang>`: this sets those of
   * `target` and keeps those of `current` the same way, so the page can switch back.
   */
  function languageIn(target, current) {
    const MARK = `data-coppa-${target}`;
    const PREFIX = `${MARK}-`;
    const KEPT = `data-coppa-${current}`;
    for (const element of document.querySelectorAll(`[${MARK}]`)) {
      for (const name of element.getAttributeNames().filter((name) => name.startsWith(PREFIX))) {
        const base = name.slice(PREFIX.length);
        const text = base === 'text';
        element.setAttribute(`${KEPT}-${base}`, (text ? element.textContent : element.getAttribute(base)) ?? '');
        const value = element.getAttribute(name);
        if (text) element.textContent = value;
        else element.setAttribute(base, value);
        element.removeAttribute(name);
      }
      element.removeAttribute(MARK);
      element.setAttribute(KEPT, '');
    }
  }

  /**
   * Until the app has taken over: holds the wasm back until the reader's first input if `deferred`,
   * remembers a pressed button and the focus, shows the status line, and switches the view, language
   * and theme in the copy; see the comment at the top.
   */
  function beforeTheApp(deferred) {
    const INPUT = ['keydown', 'pointerdown', 'focusin', 'pointermove'];
    const want = (event) => {
      // A finger or pen moving is a press already under way; a mouse moving over the page is intent.
      if (event.type === 'pointermove' && event.pointerType !== 'mouse') return;
      INPUT.forEach((type) => removeEventListener(type, want, true));
      root.removeAttribute('data-coppa-defer');
      dispatchEvent(new Event('coppa:wanted'));
    };
    const wait = () => {
      root.setAttribute('data-coppa-defer', '');
      INPUT.forEach((type) => addEventListener(type, want, { capture: true, passive: true }));
    };
    /**
     * A selector for the live twin of a prerendered button, link or chart bar: its classes (not the
     * state ones, which a followed club changes) and what tells it apart from its siblings.
     */
    const twin = (element) => element.localName
      + [...element.classList].filter((name) => !/^(is|has)-/.test(name)).map((name) => `.${CSS.escape(name)}`).join('')
      + [...element.attributes]
        .filter(({ name }) => (name.startsWith('data-') && !name.startsWith('data-coppa-')) || name === 'aria-label')
        .map(({ name, value }) => `[${name}="${CSS.escape(value)}"]`).join('');
    /** What the status line says (a key of `TEXTS`), so that a language pressed meanwhile says it too. */
    let statusKey = null;
    /** The status line at the end of the prerendered explorer, made on first use, saying `key`. */
    const status = (key) => {
      statusKey = key;
      const copy = document.querySelector('[data-coppa-prerender] > .coppa');
      if (!copy) return;
      const line = copy.querySelector(':scope > .coppa-prerender-status');
      if (line) {
        line.textContent = TEXTS[root.lang][key];
        return;
      }
      const made = document.createElement('p');
      made.className = 'coppa-prerender-status';
      made.setAttribute('role', 'status');
      copy.append(made);
      // A live region is announced when its text changes, not when it arrives with it.
      requestAnimationFrame(() => { made.textContent = TEXTS[root.lang][statusKey]; });
    };
    /** What only the copy has, which the live app's matches do not count: the scripts-off language link, the status line. */
    const COPY_ONLY = '.coppa-prerender-language, .coppa-prerender-status';
    /** The elements that hold a text in one language: `<t-en>`, `<t-it>`. */
    const LANGUAGE_TAGS = LANG.values.map((other) => `t-${other}`).join();
    /** Whether `node` is in the language shown (or in no language's own element). */
    const inOwnLanguage = (node) => {
      const own = `t-${root.lang}`;
      return ((node instanceof Element ? node : node.parentElement).closest(LANGUAGE_TAGS)?.localName ?? own) === own;
    };
    /** The element of the copy that `event` happened on or in, if it matches `selector`. */
    const inCopy = (event, selector) => (event.target instanceof Element
      && event.target.closest(`[data-coppa-prerender] ${selector}`)) || null;
    /**
     * Where the live twin of a prerendered `element` will be, as `src/takeover.rs` reads it: which of
     * its selector's matches in the language shown the element is (the copy keeps both languages, the
     * live app only that one), a space, and the selector.
     */
    const placeOf = (element) => {
      const shown = (match) => inOwnLanguage(match) && !match.closest(COPY_ONLY);
      const selector = twin(element);
      const matches = [...document.querySelectorAll(`[data-coppa-prerender] ${selector}`)].filter(shown);
      return `${matches.indexOf(element)} ${selector}`;
    };
    /** Remembers `element` pressed, for the app to press its twin. */
    const pressed = (element) => {
      root.dataset.coppaPending = placeOf(element);
      status('loading');
    };
    /** A button pressed (not a theme, language or round, which the copy answers itself), or a scorer's bar. */
    const press = (event) => {
      const element = inCopy(event, ':is(button:not([data-theme-choice], [data-lang], .bracket__tab), .scorers-chart__bar)');
      if (element) pressed(element);
    };
    /** The keys that press a scorer's bar in the app (a button's keys click it by themselves). */
    const pressBar = (event) => {
      const bar = inCopy(event, '.scorers-chart__bar');
      if (!bar || !KEYS.press.includes(event.key)) return;
      event.preventDefault();
      pressed(bar);
    };
    const filter = (event) => inCopy(event, '.team-filter__input');
    /** Enter in the filter, with text to act on; typing after it means the reader moved on. */
    const enter = (event) => {
      const input = filter(event);
      if (!input || event.key !== 'Enter' || !input.value.trim()) return;
      root.dataset.coppaEntered = '';
      status('loading');
    };
    const typing = (event) => {
      if (filter(event)) delete root.dataset.coppaEntered;
    };
    /**
     * Where the focus is in the copy, for the take-over to put it on the live twin (a keyboard reader
     * goes on from there). The filter's focus goes over with its text.
     */
    const focused = (event) => {
      const element = inCopy(event, '*');
      if (!element || filter(event)) return;
      root.dataset.coppaFocused = placeOf(element);
    };
    /**
     * A press under way in the copy: pressed down, not yet released. The app may take over in between,
     * and a click whose press began on an element since removed never comes: the app clicks the live
     * twin if the press is released on it.
     */
    const pressEnded = () => { delete root.dataset.coppaPressing; };
    const pressedDown = (event) => {
      const element = inCopy(event, ':is(button, a, [tabindex])');
      if (element) root.dataset.coppaPressing = placeOf(element);
      else pressEnded();
    };
    /**
     * The element whose live twin holds `node`'s text: the nearest with a class or a data attribute of
     * its own (a bare `<p>` or `<td>` would be counted among all of them, the live app's extra ones too),
     * not the one holding a language's text.
     */
    const holderOf = (node) => {
      let element = node instanceof Element ? node : node.parentElement;
      while (element && (element.matches(LANGUAGE_TAGS) || twin(element) === element.localName)) element = element.parentElement;
      return element;
    };
    /** How far into `element`'s text, in the language shown, the point (`node`, `offset`) is. */
    const charsBefore = (element, node, offset) => {
      if (node.nodeType === Node.TEXT_NODE && element.contains(node) && inOwnLanguage(node)) {
        return charsBefore(element, node.parentNode, [...node.parentNode.childNodes].indexOf(node)) + offset;
      }
      const before = document.createRange();
      before.setStart(element, 0);
      before.setEnd(node, offset);
      const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let text = texts.nextNode(); text && before.intersectsNode(text); text = texts.nextNode()) {
        if (inOwnLanguage(text)) chars += text.length;
      }
      return chars;
    };
    /**
     * The text selected in the copy, for the take-over to select it again in the live app (a reader
     * copying a score goes on with it): where each end is in the text of its element's live twin.
     */
    const selecting = () => {
      const selection = getSelection();
      const ends = selection && !selection.isCollapsed
        ? [[selection.anchorNode, selection.anchorOffset], [selection.focusNode, selection.focusOffset]] : [];
      const holders = ends.map(([node]) => holderOf(node));
      if (!holders.length || !holders.every((holder) => holder?.closest('[data-coppa-prerender]'))) {
        delete root.dataset.coppaSelected;
        return;
      }
      root.dataset.coppaSelected = ends
        .map(([node, offset], end) => `${charsBefore(holders[end], node, offset)} ${placeOf(holders[end])}`).join('\n');
    };
    /** How far each element of the copy the reader scrolled is scrolled ("left top"), by its `placeOf`. */
    const scrolls = new Map();
    /** An element of the copy scrolled (the bracket's rounds, sideways): the app scrolls its twin as far. */
    const scrolled = (event) => {
      const element = inCopy(event, '*');
      if (!element) return;
      scrolls.set(placeOf(element), `${Math.round(element.scrollLeft)} ${Math.round(element.scrollTop)}`);
      root.dataset.coppaScrolled = [...scrolls].map(([place, at]) => `${at} ${place}`).join('\n');
    };
    /** Writes the address the app would write for a theme or a language: it replaces the entry, as the app's does. */
    const writeAddress = (rule, chosen) => history.replaceState(null, '', addressWith(rule, chosen));
    const viewTab = (event) => inCopy(event, 'a[data-view-tab]');
    /**
     * A view tab leads to its view's document with the rest of the address kept, opened here or in a new
     * tab (its `href` is the link that works with scripts off: the view and language only); clicked, the
     * tab of the view shown leads nowhere, as in the app, and in an embed another replaces this entry.
     */
    const aim = (event) => {
      const tab = viewTab(event);
      if (!tab) return;
      tab.href = addressWith(VIEW, tab.dataset.viewTab);
      const plainClick = event.type === 'click' && event.button === 0
        && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
      if (!plainClick) return;
      if (tab.dataset.viewTab === root.dataset.coppaShow) event.preventDefault();
      else if ('coppaEmbed' in root.dataset) {
        // An embed's history is the host page's: like the app (coppa_core::url::is_new_entry), no entry of its own.
        event.preventDefault();
        location.replace(tab.href);
      }
    };
    const roundTab = (event) => inCopy(event, '.bracket__tab');
    /** Shows the round of `tab` as the app does, which presses the tab's twin when it takes over. */
    const chooseRound = (tab) => {
      roundFirst(tab.dataset.stage)();
      root.dataset.coppaRound = placeOf(tab);
    };
    const pressRound = (event) => {
      const tab = roundTab(event);
      if (tab) chooseRound(tab);
    };
    /** A key the app answers on a round tab shows the round it steps to and moves the focus there. */
    const stepRound = (event) => {
      const tab = roundTab(event);
      const step = tab && Object.hasOwn(KEYS.tabs, event.key) ? KEYS.tabs[event.key] : null;
      if (!step) return;
      const tabs = [...tab.parentElement.querySelectorAll(':scope > .bracket__tab')];
      const here = tabs.indexOf(tab);
      const last = tabs.length - 1;
      const to = { first: 0, last, next: here < last ? here + 1 : 0, previous: here > 0 ? here - 1 : last }[step];
      event.preventDefault();
      chooseRound(tabs[to]);
      tabs[to].focus();
    };
    /** Shows the theme `chosen` (a button pressed, or an address gone back to) and presses its button. */
    const applyTheme = (chosen) => {
      root.dataset.coppaTheme = chosen;
      themePressed(chosen)();
    };
    /** A theme pressed applies at once, as the app applies it: in the address too, replacing its entry. */
    const switchTheme = (event) => {
      const button = inCopy(event, 'button[data-theme-choice]');
      if (!button) return;
      applyTheme(button.dataset.themeChoice);
      writeAddress(THEME, button.dataset.themeChoice);
    };
    /**
     * Shows the language `target` (a button pressed, or an address gone back to): its texts, its values
     * of attributes, the scorers' marker and, for a club, the room its journey card takes in it.
     */
    const applyLanguage = (target) => {
      if (target === root.lang) return;
      languageIn(target, root.lang);
      root.lang = target;
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', languageOfTheRest, { once: true });
      for (const said of document.querySelectorAll('[data-coppa-prerender] .scorers-table__marker > .visually-hidden')) {
        said.textContent = selectedClub(target);
      }
      if (club >= 0) keepRoom(target);
      if (statusKey) status(statusKey);
    };
    /** A screen turned or a window resized: a club's rooms as tall as measured at the new width. */
    const resized = () => {
      if (club >= 0) keepRoom(root.lang);
    };
    /** A language pressed applies at once, as the app applies it: in the address too, replacing its entry. */
    const switchLanguage = (event) => {
      const button = inCopy(event, 'button[data-lang]');
      if (!button) return;
      applyLanguage(button.dataset.lang);
      writeAddress(LANG, button.dataset.lang);
    };
    /** Back or Forward to another entry of this page (a fragment followed): its language and theme. */
    const returned = () => {
      const chosen = chosenIn(location);
      applyTheme(chosen.theme);
      applyLanguage(chosen.lang);
    };
    // The boot module could not fetch the app: say so; the next input tries again.
    const failed = () => {
      delete root.dataset.coppaPending;
      delete root.dataset.coppaEntered;
      status('failed');
      wait();
    };
    const listeners = [
      ['click', press], ['click', aim], ['click', switchTheme], ['click', switchLanguage],
      ['click', pressRound], ['keydown', enter], ['keydown', stepRound], ['keydown', pressBar],
      ['input', typing], ['focusin', focused], ['focusin', aim], ['pointerover', aim],
      ['pointerdown', pressedDown], ['click', pressEnded], ['pointercancel', pressEnded], ['selectionchange', selecting],
      ['scroll', scrolled],
      ['popstate', returned], ['resize', resized], ['coppa:failed', failed],
    ];
    listeners.forEach(([type, listener]) => addEventListener(type, listener, true));
    addEventListener('TrunkApplicationStarted', () => {
      listeners.forEach(([type, listener]) => removeEventListener(type, listener, true));
    }, { once: true });
    if (deferred) wait();
  }
})();
