// Debian's Chromium: Playwright cannot download its own browser on a closed network. Shared by the
// journeys (playwright.config.ts) and the phone benchmark (bench/first-load.mjs).
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
