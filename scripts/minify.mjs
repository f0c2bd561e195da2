// Minifies the JavaScript that dist/ serves, with terser: on a host that does not compress, every byte
// of it is download time (a throttled phone's 1.6 Mbit/s takes 5 ms a kilobyte), and a comment or a long
// local name is bytes. Exports, imports, properties and strings stay as they are, so the files still
// name and call each other (the glue and the chunk loader, the boot module and the glue).
import { minify } from 'terser';

/**
 * `code` minified: a classic script, or an ES module (`module`), whose top-level names may then be
 * shortened too; `preamble` is a comment kept at the top.
 */
export async function minifyJs(code, { module = false, preamble } = {}) {
  const { code: minified } = await minify(code, {
    module,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, ...(preamble ? { preamble } : {}) },
  });
  return minified;
}
