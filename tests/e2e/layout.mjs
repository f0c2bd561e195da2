// Where everything in a view is on the screen, for the e2e suite and the benchmark: a take-over replaces
// the prerendered elements with live ones, which the layout-shift metric never counts as shifted (it
// compares elements present in both frames), so both compare these layouts instead.

/**
 * Page side (pass it to `page.evaluate` or inline its source): per element of the first visible
 * element that `selector` names (a card, a row, a tie, a heading…), named by its tag, its first class
 * that is not a state (`is-`, `has-`), its `data-group`, `data-club` or `data-tie` and how many such
 * came before it: its top, left and height on the screen, rounded.
 */
export function viewLayout(selector) {
  const view = [...document.querySelectorAll(selector)].find((el) => el.checkVisibility());
  const seen = {};
  const layout = {};
  if (!view) return layout;
  for (const el of view.querySelectorAll('article, table, caption, tr, li, h2, h3, p, button, svg')) {
    if (!el.checkVisibility()) continue;
    const kind = [el.localName, [...el.classList].find((name) => !/^(is|has)-/.test(name)),
      el.dataset.group ?? el.dataset.club ?? el.dataset.tie].join(' ');
    seen[kind] = (seen[kind] ?? 0) + 1;
    const { top, left, height } = el.getBoundingClientRect();
    layout[`${kind} #${seen[kind]}`] = [top, left, height].map(Math.round);
  }
  return layout;
}

/** Each element of `before` that is elsewhere (or gone) in `after`, as "kind: before → after". */
export function movedElements(before, after) {
  return Object.entries(before).filter(([kind, at]) => String(after[kind]) !== String(at))
    .map(([kind, at]) => `${kind}: ${at} → ${after[kind]}`);
}
