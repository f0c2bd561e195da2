#!/usr/bin/env bash
# Idempotent setup for a fresh machine (rustup + node 20 + python3): installs only what is missing or at
# the wrong version. Nothing is downloaded from GitHub: every tool comes from crates.io, npm or Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q -- "$2"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  step "trunk $TRUNK_VERSION (crates.io, ~7 min on 2 cores)"
  # Trunk asks for a newer rustc than stable here, yet builds and runs; LTO off halves its build time.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
fi

if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
  || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (crates.io, ~3 min)"
  # Not --locked: the CLI's own lock pins a crate the index no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The wasm splitter behind `make dist`'s chunks loaded on demand (scripts/split/wasm-bindgen).
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "wasm-split-cli $WASM_SPLIT_VERSION (crates.io, 1–6 min)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  step "Debian chromium + chromium-driver"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

# npm: binaryen's wasm-opt (Debian's binaryen 108 silently breaks the app), Playwright, axe-core, terser.
if ! have_version wasm-opt "version_132" || [ ! -d node_modules/@playwright/test ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci (binaryen wasm-opt, Playwright, axe-core, terser; no browser download)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

step "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), $(chromium --version)"
