// Picks which prerendered explorer the page shows, before the first paint: dist/index.html holds one
// per view and language (scripts/prerender.mjs), and this blocking script in <head> reads the same
// query rules as the app (coppa_core::url::parse_query: first occurrence wins, values trimmed and
// lower-cased, a language tag's primary subtag, else the browser's language, else English), with the
// keys, values and defaults that coppa-core declares (coppa_core::contract::query_rules, stamped in by
// scripts/prerender.mjs). CSS in prerender.css shows the chosen one; with scripts off, the default or
// the one a view tab targets shows.
// With a club in the link, it keeps room for the journey card the app will show there, as tall as
// scripts/prerender.mjs measured it at the nearest narrower screen width, so the view does not move.
(() => {
  const JOURNEY_RESERVE = __COPPA_JOURNEY_RESERVE__;
  const { view: VIEW, team: TEAM, lang: LANG, theme: THEME, embed: EMBED } = __COPPA_QUERY__;
  const query = new URLSearchParams(location.search);
  const value = (key) => (query.get(key) ?? '').trim().toLowerCase();
  const primary = (tag) => tag.split(/[-_]/)[0].trim().toLowerCase();
  const pick = (wanted, known, fallback) => (known.includes(wanted) ? wanted : fallback);
  const view = pick(value(VIEW.key), VIEW.values, VIEW.default);
  const lang = pick(primary(value(LANG.key)), LANG.values, pick(primary(navigator.language ?? ''), LANG.values, LANG.default));
  const root = document.documentElement;
  root.dataset.coppaShow = `${view}-${lang}`;
  root.dataset.coppaTheme = pick(value(THEME.key), THEME.values, THEME.default);
  if (EMBED.on.includes(value(EMBED.key))) root.dataset.coppaEmbed = '';
  root.lang = lang;
  const heights = JOURNEY_RESERVE[lang][value(TEAM.key)];
  if (heights) {
    const width = root.clientWidth;
    const at = Math.max(0, JOURNEY_RESERVE.widths.findLastIndex((w) => w <= width));
    root.dataset.coppaTeam = '';
    root.style.setProperty('--coppa-journey-reserve', `${heights[at]}px`);
  }
})();
