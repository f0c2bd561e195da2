// Coppa Italia 2002–03 embed script: dist/embed.js, the one URL a blog post loads.
//
//   <script type="module" src="https://your.site/coppa/embed.js"></script>
//
// 1. iframes: resizes each <iframe> showing the app (`?embed=1&…`) to the height the app reports, in a
//    message of exactly the contract's shape, from that iframe's window (anything else is ignored).
// 2. script-tag widgets: mounts the explorer into every element with one of the widget's attributes
//    (`data-coppa-` and a setting's key), inside a shadow root holding the explorer's own stylesheet,
//    so the host's CSS and the explorer's never meet. Each widget keeps its own state and none touches
//    the page's URL. Elements added later are mounted, and a widget whose element is removed is
//    unmounted and freed (single-page blogs); the element's own content (the snippet's link to the app)
//    shows until its widget is mounted, and stays if it never is.
//
// scripts/postbuild.mjs writes this file from embed/embed.template.js with the build's hashed asset
// names and the embed contract (the widget selector and the iframe messages), which coppa-core declares
// (core/src/contract.rs) and the app follows; every URL resolves against this script's own URL, so
// dist/ can live under any path. No inline script or style, no storage, no request outside that
// directory.

const GLUE = '__COPPA_GLUE__';
const WASM = '__COPPA_WASM__';
const STYLESHEET = '__COPPA_WIDGET_CSS__';

/**
 * `widgetSelector`: any element with one of the widget's attributes. `height`: the height message's
 * fixed `fields`, the field holding the `number` and the clamp (`min`, `max`): an iframe is never
 * collapsed nor made absurdly tall. `heightRequest`: the message asking a frame for its height.
 */
const CONTRACT = __COPPA_CONTRACT__;
const { widgetSelector: WIDGET_SELECTOR, height: HEIGHT, heightRequest: HEIGHT_REQUEST } = CONTRACT;
const HEIGHT_KEYS = [...Object.keys(HEIGHT.fields), HEIGHT.number].sort().join(',');

const here = new URL('./', import.meta.url);
const asset = (name) => new URL(name, here).href;

/** The reported height when `data` is exactly the height message, else null. */
function reportedHeight(data) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  if (Object.keys(data).sort().join(',') !== HEIGHT_KEYS) return null;
  if (Object.entries(HEIGHT.fields).some(([key, value]) => data[key] !== value)) return null;
  const height = data[HEIGHT.number];
  if (typeof height !== 'number' || !Number.isInteger(height)) return null;
  return Math.min(HEIGHT.max, Math.max(HEIGHT.min, height));
}

/** Sets the iframe's height so its content box is `height` pixels, whatever the host's box-sizing. */
function resize(frame, height) {
  const style = getComputedStyle(frame);
  const extra = style.boxSizing === 'border-box'
    ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
      .reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0)
    : 0;
  frame.style.height = `${height + extra}px`;
}

window.addEventListener('message', (event) => {
  const height = reportedHeight(event.data);
  if (height === null || event.source === null) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      resize(frame, height);
      return;
    }
  }
});

const asked = new WeakSet();

/**
 * Frames of this app are asked to report their height once loaded: one that reported before this
 * script ran, or while it was still loading, would otherwise keep its starting height.
 */
function askFramesForHeight() {
  const ask = (frame) => frame.contentWindow?.postMessage(HEIGHT_REQUEST, '*');
  for (const frame of document.querySelectorAll('iframe[src]')) {
    if (frame.src.startsWith(here.href) && !asked.has(frame)) {
      asked.add(frame);
      frame.addEventListener('load', () => ask(frame));
      ask(frame);
    }
  }
}

let glue = null;

/** Loads the app's wasm once for all the widgets on the page. */
function loadGlue() {
  glue ??= import(asset(GLUE)).then(async (module) => {
    await module.default({ module_or_path: asset(WASM) });
    return module;
  });
  return glue;
}

/** Hosts claimed by `mountWidgets` (mounting or mounted), so that calling it again changes nothing. */
const claimed = new Set();
/** Each mounted host's handle: `unmount()` takes the widget out and frees its memory in the wasm. */
const live = new Map();
/** Each host's container in the shadow root this script gave it: a host put back reuses it. */
const containers = new WeakMap();

/**
 * The shadow root's container, once its stylesheet has loaded (no flash of unstyled widget). Until a
 * widget is mounted, a `<slot>` shows the element's own content: the fallback link of the builder's
 * snippet, which stays if the app cannot load.
 */
function prepare(host) {
  const reused = containers.get(host);
  if (reused) return Promise.resolve(reused);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = asset(STYLESHEET);
  const container = document.createElement('div');
  container.className = 'coppa-widget';
  root.append(sheet, document.createElement('slot'), container);
  containers.set(host, container);
  return new Promise((done) => {
    sheet.addEventListener('load', () => {
      // `rem` is the host page's root font size; the widget measures in the reader's default size
      // instead: the container's own, reset to `medium` by the sheet that just loaded.
      container.style.setProperty('--coppa-rem', getComputedStyle(container).fontSize);
      done(container);
    }, { once: true });
    sheet.addEventListener('error', () => done(container), { once: true });
  });
}

/**
 * Mounts a widget into every matching element under `root` (itself included) that has none yet.
 * Calling it again, for the same elements or new ones, is safe; this script calls it on load and
 * whenever elements are added to the page.
 */
export async function mountWidgets(root = document) {
  const candidates = [...root.querySelectorAll(WIDGET_SELECTOR)];
  if (root instanceof Element && root.matches(WIDGET_SELECTOR)) candidates.unshift(root);
  const ready = [];
  for (const host of candidates) {
    if (claimed.has(host) || !host.isConnected) continue;
    claimed.add(host);
    if (host.shadowRoot && !containers.has(host)) {
      console.warn('Coppa Italia widget: this element already has a shadow root', host);
      continue;
    }
    try {
      ready.push(prepare(host).then((container) => [host, container]));
    } catch (error) {
      console.warn('Coppa Italia widget: this element cannot hold a widget (use a <div>)', host, error);
    }
  }
  if (ready.length === 0) return;
  let module;
  try {
    module = await loadGlue();
  } catch (error) {
    console.error('Coppa Italia widget: the app could not load; the fallback link stays', error);
    return;
  }
  for (const [host, container] of await Promise.all(ready)) {
    // Removed while the app loaded: mounted again if it comes back.
    if (!host.isConnected) {
      claimed.delete(host);
      continue;
    }
    live.set(host, module.mount_widget(container, module.WidgetSettings.fromElement(host)));
    const fallback = container.previousElementSibling;
    if (fallback?.localName === 'slot') fallback.remove();
  }
}

/** Unmounts the widgets whose element has left the page (a single-page blog changed its content). */
function unmountRemoved() {
  for (const [host, handle] of live) {
    if (host.isConnected) continue;
    live.delete(host);
    claimed.delete(host);
    handle.unmount();
  }
}

/**
 * Follows the page: widgets whose element is removed are freed, elements and iframes added later are
 * mounted or asked for their height. Only the light DOM is watched; a widget's own rendering happens
 * inside its shadow root.
 */
new MutationObserver((records) => {
  unmountRemoved();
  if (records.some((record) => record.addedNodes.length > 0)) {
    askFramesForHeight();
    mountWidgets();
  }
}).observe(document.documentElement, { childList: true, subtree: true });

askFramesForHeight();
mountWidgets();
