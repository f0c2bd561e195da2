// Post-processes a Trunk release build in place so dist/ runs under a strict CSP
// (`script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`) with nothing for a host to maintain:
// Trunk's inline module loader becomes a content-hashed file next to the wasm glue.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, body) => {
  const code = body.trim() + '\n';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = `boot-${hash}.js`;
  writeFileSync(join(dist, file), code);
  moved += 1;
  return `<script type="module" src="./${file}"></script>`;
});

if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\sstyle="/.test(html)) {
  console.error('postbuild: dist/index.html still has an inline script or style attribute; the CSP would block it');
  process.exit(1);
}
writeFileSync(indexPath, html);
rmSync(join(dist, '.trunk-lock'), { force: true });
console.log(`postbuild: moved ${moved} inline loader(s) into files`);
