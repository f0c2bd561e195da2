# Two commands do everything on a fresh machine: `make serve` and `make test` (see README.md).
SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

.PHONY: setup serve dist test test-native test-wasm test-e2e lint bench clean

setup:
	@scripts/setup.sh

## Build (debug) and serve on http://127.0.0.1:8080 with live reload, from a folder of its own: dist/
## stays the release build.
serve: setup
	@echo "Serving the app on http://127.0.0.1:8080/"
	trunk serve --dist target/serve

## Release build into dist/ (size-tuned, wasm-opt -Oz, relative URLs), every view prerendered. Parts only
## some readers open are cut into wasm chunks loaded on demand (scripts/split/wasm-bindgen, src/ui/lazy.rs).
dist: setup
	PATH="$(CURDIR)/scripts/split:$$PATH" trunk build --release --features split
	node scripts/postbuild.mjs dist
	node scripts/prerender.mjs dist

## Every test level: lint, native core, wasm components in headless Chromium, Playwright end to end.
test: setup lint test-native test-wasm dist test-e2e
	@echo "== all test levels passed"

lint:
	cargo fmt --all --check
	cargo clippy -p coppa-core --all-targets --features source -- -D warnings
	cargo clippy -p coppa --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p coppa --target wasm32-unknown-unknown --features split -- -D warnings

test-native:
	@echo "== native: cargo test (core logic, data validation)"
	cargo test -p coppa-core --features source

test-wasm:
	@echo "== wasm-bindgen-test: components in headless Chromium"
	cargo test --target wasm32-unknown-unknown -p coppa --tests

test-e2e:
	@echo "== Playwright: end to end against dist/"
	npx playwright test -c tests/e2e/playwright.config.mjs

bench: dist
	node bench/bench.mjs

clean:
	cargo clean
	rm -rf dist test-results playwright-report
