// Post-processes a Trunk release build in place so dist/ runs under a strict CSP
// (`script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`) with nothing for a host to maintain:
// Trunk's inline module loader becomes a content-hashed file next to the wasm glue. Then it writes
// the embed: a widget stylesheet (all the app's sheets, `rem` made independent of the host page) and
// dist/embed.js from embed/embed.template.js, stamped with the build's hashed asset names and the embed
// contract that coppa-core declares.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash, hashedName, integrity } from './content-names.mjs';
import { contract } from './contract.mjs';
import { minifyJs } from './minify.mjs';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Parts only some readers open come in wasm chunks (src/ui/lazy.rs) that scripts/split/wasm-bindgen cut
// out of the app's wasm into target/wasm-split/, with their loader, which the glue imports as
// `./__wasm_split.js`. Each chunk is optimised as Trunk optimises the main wasm and named by its content.
// The loader imports the glue in turn (for the main module's memory and table), so the two are named by
// the hash of the pair; the loader fetches the chunks relative to its own URL, so any sub-path works.
const SPLIT_LOADER = './__wasm_split.js';
const splitDir = fileURLToPath(new URL('../target/wasm-split/', import.meta.url));
const glueLink = /<link rel="modulepreload" href="\.\/([^"]+\.js)"([^>]*?) integrity="[^"]*"/;
const glueFile = html.match(glueLink)?.[1];
const glueCode = glueFile ? readFileSync(join(dist, glueFile), 'utf8') : '';
if (glueCode.includes(`from "${SPLIT_LOADER}"`)) {
  let loader = readFileSync(join(splitDir, '__wasm_split.js'), 'utf8');
  const chunks = [...new Set([...loader.matchAll(/"\.\/([\w-]+)\.wasm"/g)].map((m) => m[1]))];
  const glueStem = glueFile.replace(/-[0-9a-f]+\.js$/, '');
  if (!chunks.length || !loader.includes(`from "./${glueStem}.js"`)) {
    console.error(`postbuild: ${splitDir}__wasm_split.js names no chunk or does not import ./${glueStem}.js`);
    process.exit(1);
  }
  const sizes = [];
  for (const chunk of chunks) {
    const optimised = join(splitDir, `${chunk}.opt.wasm`);
    const run = spawnSync('wasm-opt', ['-Oz', join(splitDir, `${chunk}.wasm`), '-o', optimised], { encoding: 'utf8' });
    // The splitter keeps label names, which binaryen does not read (and drops, as it drops every name).
    process.stderr.write((run.stderr ?? '').split('\n').filter((line) => !line.startsWith('warning: unknown name subsection'))
      .join('\n'));
    if (run.status !== 0) {
      console.error(`postbuild: wasm-opt failed on ${chunk}.wasm`);
      process.exit(1);
    }
    const bytes = readFileSync(optimised);
    const file = hashedName(chunk, bytes, 'wasm');
    writeFileSync(join(dist, file), bytes);
    loader = loader.replaceAll(`"./${chunk}.wasm"`, `"./${file}"`);
    sizes.push(`${file} ${(bytes.length / 1000).toFixed(1)} kB`);
  }
  // Both are minified (the glue is the largest file of the app after the wasm: 62 kB, 28.6 kB minified),
  // named by the hash of the minified pair, then pointed at each other. Only the glue's import specifier
  // changes: the wasm still names the module `./__wasm_split.js` in its imports.
  const minifiedGlue = await minifyJs(glueCode, { module: true });
  const minifiedLoader = await minifyJs(loader, { module: true });
  const pair = contentHash(minifiedGlue, minifiedLoader);
  const newGlue = `${glueStem}-${pair}.js`;
  const loaderFile = `${glueStem}-split-${pair}.js`;
  const importFrom = (specifier) => new RegExp(`\\bfrom\\s*(["'])${specifier.replaceAll('.', '\\.')}\\1`, 'g');
  const loaderImport = importFrom(SPLIT_LOADER);
  const glueImport = importFrom(`./${glueStem}.js`);
  if (!minifiedGlue.match(loaderImport) || !minifiedLoader.match(glueImport)) {
    console.error('postbuild: the minified glue and chunk loader no longer import each other by their names');
    process.exit(1);
  }
  const glue = minifiedGlue.replaceAll(loaderImport, `from"./${loaderFile}"`);
  writeFileSync(join(dist, loaderFile), minifiedLoader.replaceAll(glueImport, `from"./${newGlue}"`));
  writeFileSync(join(dist, newGlue), glue);
  rmSync(join(dist, glueFile));
  html = html.replace(glueLink, `<link rel="modulepreload" href="./${newGlue}"$2 integrity="${integrity(glue)}"`)
    .replaceAll(glueFile, newGlue);
  console.log(`postbuild: ${chunks.length} wasm chunks (${sizes.join(', ')}), loaded by ${loaderFile}`);
}

// The sheets index.html marks `data-coppa-live` style what only the live app shows (the journey card, the
// tie dialog, the embed builder, a followed club's marks, the filter's suggestions, the app's notices): the
// page's first paint does not wait for them. They become one file that the boot module adds to the page
// with the app, and that the app waits for before it mounts.
const compact = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, ' ')
  .replace(/\s*([{};])\s*/g, '$1').replace(/([:,])\s+/g, '$1').trim();
/** The files in dist/, compacted and joined in their order. */
const bundle = (files) => files.map((file) => compact(readFileSync(join(dist, file), 'utf8'))).join('\n');
const pageSheets = [...html.matchAll(/<link rel="stylesheet"[^>]*\bhref="\.\/([^"]+\.css)"[^>]*>/g)].map((m) => m[1]);
const indexSource = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
/**
 * The page's sheets (Trunk's hashed copies) of those index.html marks with `attribute`; the build stops
 * if one of them is missing from dist/.
 */
const markedSheets = (attribute, what) => {
  const stems = [...indexSource.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => new RegExp(`\\b${attribute}\\b`).test(tag) && /\bhref="style\/([\w-]+)\.css"/.exec(tag)?.[1])
    .filter(Boolean);
  const files = pageSheets.filter((file) => stems.some((stem) => new RegExp(`^${stem}-[0-9a-f]+\\.css$`).test(file)));
  if (files.length !== stems.length) {
    console.error(`postbuild: index.html marks ${stems.join(', ')} as ${what} sheets, dist/ has ${files.join(', ')}`);
    process.exit(1);
  }
  return files;
};
const liveSheets = markedSheets('data-coppa-live', 'live');
// The sheets marked `data-coppa-print` only style paper: their own file, linked with `media="print"`, which
// the first paint does not wait for.
const printSheets = markedSheets('data-coppa-print', 'print');
const liveCss = bundle(liveSheets);
const liveCssFile = hashedName('live', liveCss, 'css');
writeFileSync(join(dist, liveCssFile), liveCss);
/** Boot module code: `liveSheet()` adds the live sheet once and resolves when it has loaded or failed. */
const LIVE_SHEET_LOADER = `let liveSheetLoaded;
const liveSheet = () => (liveSheetLoaded ??= new Promise((loaded) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', crossOrigin: 'anonymous',
    href: './${liveCssFile}', integrity: '${integrity(liveCss)}' });
  // Without it the app still works: only what it styles looks plain.
  link.addEventListener('error', () => { console.warn('The live stylesheet could not be loaded.'); loaded(); });
  link.addEventListener('load', () => loaded());
  document.head.append(link);
}));`;

const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
// Trunk's loader, rewritten: the page is readable before the wasm (scripts/prerender.mjs), so the wasm no
// longer jumps the queue. The boot module (deferred, as every module script) imports the glue and fetches
// the wasm once the document is parsed, prerender/select.js has run (`coppa:chosen`, or the page's `load`
// if it could not be loaded or the page has none, as when the prerender step renders the app) and no
// longer holds them back (`data-coppa-defer`: until the reader's first input, for a link the prerendered
// copy shows completely). A fetch that fails is told to select.js (`coppa:failed`), which says so and
// lets the next input try again. The live sheet comes with the wasm, and the app mounts once it is in:
// what it styles never shows unstyled. A page left, or an iframe removed or pointed elsewhere, while the
// wasm is still loading is ordinary: its cancelled download is not an error.
const GLUE_IMPORT = /^import init, \* as bindings from '(\.\/[^']+\.js)';$/m;
const START = /^const wasm = await init\(\{ module_or_path: ('\.\/[^']+\.wasm') \}\);$/m;
const bootModule = (loader) => {
  const glue = loader.match(GLUE_IMPORT)?.[1];
  if (!glue || !START.test(loader)) {
    console.error("postbuild: Trunk's loader has no glue import or `const wasm = await init(…);` line to rewrite");
    process.exit(1);
  }
  return loader.replace(GLUE_IMPORT, '').replace(START, (_, wasmPath) => `let leaving = false;
addEventListener('pagehide', () => { leaving = true; });
${LIVE_SHEET_LOADER}
const root = document.documentElement;
if (!root.hasAttribute('data-coppa-show') && document.readyState !== 'complete') {
  await new Promise((chosen) => ['coppa:chosen', 'load'].forEach((type) => addEventListener(type, chosen, { once: true })));
}
let wasm;
let bindings;
while (!wasm) {
  if (root.hasAttribute('data-coppa-defer')) await new Promise((wanted) => addEventListener('coppa:wanted', wanted, { once: true }));
  const response = fetch(${wasmPath});
  // Awaited by init; a failure is caught there, or here if the glue failed first.
  response.catch(() => {});
  const styled = liveSheet();
  try {
    bindings = await import('${glue}');
    wasm = await bindings.default({ module_or_path: styled.then(() => response) });
  } catch (error) {
    if (leaving) break;
    console.warn('The app could not be loaded; the prerendered page stays.', error);
    dispatchEvent(new Event('coppa:failed'));
  }
}
// Left while loading: the rest of the loader never runs.
if (!wasm) await new Promise(() => {});`);
};
const loaders = [...html.matchAll(inline)];
for (const [tag, loader] of loaders) {
  const code = await minifyJs(bootModule(loader.trim()), { module: true });
  const file = hashedName('boot', code, 'js');
  writeFileSync(join(dist, file), code);
  html = html.replace(tag, () => `<script type="module" src="./${file}"></script>`);
}
const moved = loaders.length;

if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\sstyle="/.test(html)) {
  console.error('postbuild: dist/index.html still has an inline script or style attribute; the CSP would block it');
  process.exit(1);
}
// Stylesheets carry Trunk's `integrity`, and an SRI check needs a CORS-mode request: same-origin for the
// app and for the builder's iframe (sandboxed with `allow-same-origin`, so it keeps dist/'s origin), and
// so fine on a plain host that sends no CORS header.
html = html.replace(/<link rel="stylesheet"(?![^>]*\bcrossorigin)([^>]*\bintegrity=)/g, '<link rel="stylesheet" crossorigin="anonymous"$1');
writeFileSync(indexPath, html);
rmSync(join(dist, '.trunk-lock'), { force: true });
console.log(`postbuild: moved ${moved} inline loader(s) into files`);

const need = (pattern, what) => {
  const found = html.match(pattern);
  if (!found) {
    console.error(`postbuild: dist/index.html names no ${what}; cannot write embed.js`);
    process.exit(1);
  }
  return found[1];
};
const glue = need(/<link rel="modulepreload" href="\.\/([^"]+\.js)"/, 'wasm-bindgen glue');
const wasm = need(/<link rel="preload" href="\.\/([^"]+\.wasm)"/, 'wasm module');
const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*\bhref="\.\/([^"]+\.css)"/g)].map((m) => m[1])
  // A widget is never prerendered: the sheet that picks a prerendered copy stays out of its bundle.
  .filter((file) => !file.startsWith('prerender-'));

// `rem` is the host page's root font size (a blog's `* { font: 40px serif }` makes it 40px); in the
// widget's copy of the sheets it becomes a custom property that the widget sets to the reader's default
// size. At-rule preludes keep `rem` (`@media (max-width: 30rem)` does not see the root's size, and
// `var()` is not allowed there).
// Comments go first: one could hold what looks like an at-rule's prelude. The widget's sheet is then
// compacted as the live sheet and the page's sheet are: 34.0 kB become 29.1 kB (gzip 5.8 -> 5.3 kB).
const remToVar = (css) => css
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/(@[a-z-]+[^{;]*)|(-?(?:\d*\.)?\d+)rem\b/gi, (match, prelude, number) =>
    prelude ?? `calc(${number} * var(--coppa-rem, 1rem))`);
const widgetCss = sheets.map((file) => compact(remToVar(readFileSync(join(dist, file), 'utf8')))).join('\n');
const widgetCssFile = hashedName('widget-bundle', widgetCss, 'css');
writeFileSync(join(dist, widgetCssFile), widgetCss);

const template = readFileSync(new URL('../embed/embed.template.js', import.meta.url), 'utf8');
const embed = template
  .replaceAll('__COPPA_CONTRACT__', () => JSON.stringify(contract().embed))
  .replaceAll('__COPPA_GLUE__', glue)
  .replaceAll('__COPPA_WASM__', wasm)
  .replaceAll('__COPPA_WIDGET_CSS__', widgetCssFile);
if (/__COPPA_[A-Z_]+__/.test(embed)) {
  console.error('postbuild: embed/embed.template.js has a placeholder this script does not fill');
  process.exit(1);
}
// A blog loads it on every page that embeds the explorer: minified, its documentation stays in the
// template, which the preamble names.
writeFileSync(join(dist, 'embed.js'), await minifyJs(embed, {
  module: true,
  preamble: '// Coppa Italia 2002–03 embed script, minified from embed/embed.template.js, which documents it.',
}));
console.log(`postbuild: wrote embed.js (${glue}, ${wasm}, ${widgetCssFile} from ${sheets.length} sheets)`);

// The page's other sheets as one file, in the same order, without comments and without the line breaks
// and indentation around `{`, `}` and `;` and the spaces after `:` and `,` (the sheets' strings hold
// none of these): on a phone every stylesheet costs a request before the first paint, and on a host
// that does not compress, every byte shares the bandwidth with the document. (Trunk's `integrity` is
// recomputed for it.)
const pageCss = bundle(pageSheets.filter((file) => !liveSheets.includes(file) && !printSheets.includes(file)));
const pageCssFile = hashedName('app', pageCss, 'css');
writeFileSync(join(dist, pageCssFile), pageCss);
const printCss = bundle(printSheets);
const printCssFile = hashedName('print', printCss, 'css');
writeFileSync(join(dist, printCssFile), printCss);
const sheetLink = (file, css, media = '') => `<link rel="stylesheet"${media} crossorigin="anonymous" href="./${file}" integrity="${integrity(css)}"/>`;
// After the page's sheet: a print sheet's rules come after every other rule of the page's sheet, so they
// must not need to come before any of them (they override by `!important` or by being more specific).
let linked = false;
html = html.replace(/\n?[ \t]*<link rel="stylesheet"[^>]*>/g, () => {
  if (linked) return '';
  linked = true;
  return `\n    ${sheetLink(pageCssFile, pageCss)}\n    ${sheetLink(printCssFile, printCss, ' media="print"')}`;
});
for (const file of pageSheets) rmSync(join(dist, file));
writeFileSync(indexPath, html);
console.log(`postbuild: ${pageSheets.length - liveSheets.length - printSheets.length} stylesheets into ${pageCssFile} (${(pageCss.length / 1000).toFixed(1)} kB), `
  + `${printSheets.length} into ${printCssFile} (${(printCss.length / 1000).toFixed(1)} kB, print only), `
  + `${liveSheets.length} into ${liveCssFile} (${(liveCss.length / 1000).toFixed(1)} kB)`);
