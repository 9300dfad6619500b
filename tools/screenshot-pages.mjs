#!/usr/bin/env node
// Screenshots of the command center for the README, from a running application with some leads and deals in it:
//   docs/images/command-center-ceo.png  the CEO's home page
//   docs/images/deal-page.png           a deal's page, once its diagram is drawn
// Usage: node tools/screenshot-pages.mjs <deal id> [base URL, default http://localhost:8080]
//   or:  node tools/screenshot-pages.mjs initiative <initiative id> [base URL]
//        for docs/images/command-center-initiative.png alone: an initiative's page, best once it operates
// Signs in as the demo user ceo; needs Chromium (/usr/bin/chromium or CHROMIUM_PATH). Fails on a console error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const initiativeId = args[0] === 'initiative' ? args[1] : null;
const [dealId, base = 'http://localhost:8080'] = initiativeId ? [null, args[2]] : args;
if (!dealId && !initiativeId) {
  console.error('Usage: node tools/screenshot-pages.mjs <deal id> [base URL]\n'
    + '   or: node tools/screenshot-pages.mjs initiative <initiative id> [base URL]');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'bb-screenshots-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${base}/login`);
  await page.type('#username', 'ceo');
  await page.type('#password', 'ceo');
  await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  if (initiativeId) {
    await page.goto(`${base}/pipelines/initiatives/${initiativeId}`);
    await page.waitForSelector('#diagram[data-state=rendered]');
    await page.screenshot({ path: join(root, 'docs', 'images', 'command-center-initiative.png'), fullPage: true });
  } else {
    await page.waitForSelector('#funnel .chart svg');
    await new Promise(done => setTimeout(done, 1500)); // the charts' entry animation
    await page.screenshot({ path: join(root, 'docs', 'images', 'command-center-ceo.png'), fullPage: true });
    await page.goto(`${base}/pipelines/deals/${dealId}`);
    await page.waitForSelector('#diagram[data-state=rendered]');
    await page.screenshot({ path: join(root, 'docs', 'images', 'deal-page.png'), fullPage: true });
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
if (errors.length) {
  console.error('Console errors:', errors);
  process.exit(1);
}
