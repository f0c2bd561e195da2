// The embed contract's constants for the build's scripts: the widget selector and iframe messages that
// embed.js needs, the query rules, keys and texts prerender/select.js needs. They come from the one
// definition the app is compiled with (core/src/contract.rs), printed by a small native binary: a native
// build of coppa-core alone (no dependencies, seconds), rather than a second copy of the values here.
import { execFileSync } from 'node:child_process';

const manifest = new URL('../Cargo.toml', import.meta.url).pathname;

/** `{ embed, query, keys, texts }`, as `coppa_core::contract::build_constants` writes them. */
export function contract() {
  const json = execFileSync('cargo', ['run', '--quiet', '--manifest-path', manifest, '-p', 'coppa-core', '--bin', 'embed-contract'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(json);
}
