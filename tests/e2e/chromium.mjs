// How the end-to-end tests, the benchmark and the prerender step start Debian's Chromium (Playwright never
// downloads a browser): one list, so that what the tests check and what the benchmark times run alike.
// Each new browser context is a new window, for which Chromium otherwise also loads its address bar's
// popup pages (about 180 requests to its own WebUI, rendered on the same cores as the page: on 2 cores,
// one page's cold loads spread over 72–320 ms with them and 60–136 ms without, alike for the app and its
// static copy). A reader's browser has loaded them long before, once per window.
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'];
