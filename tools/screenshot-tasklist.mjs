#!/usr/bin/env node
// A screenshot of a CEO gate's form in Tasklist, for the docs:
//   node tools/screenshot-tasklist.mjs <task id> <file under docs/images> [base URL, default http://localhost:8080]
// e.g. node tools/screenshot-tasklist.mjs 9d20...01 tasklist-initiative-plan.png
// Signs in as the demo user ceo; needs Chromium (/usr/bin/chromium or CHROMIUM_PATH).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(new URL('..', import.meta.url).pathname);
const [taskId, file, base = 'http://localhost:8080'] = process.argv.slice(2);
if (!taskId || !file) {
  console.error('Usage: node tools/screenshot-tasklist.mjs <task id> <file under docs/images> [base URL]');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'bb-screenshots-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: Number(process.env.HEIGHT || 1400) });
  await page.goto(`${base}/login`);
  await page.type('#username', 'ceo');
  await page.type('#password', 'ceo');
  await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.waitForSelector('.fjs-container, form[name=variablesForm]', { timeout: 30000 });
  await new Promise(done => setTimeout(done, 2500)); // the form's fields fill in
  await page.screenshot({ path: join(root, 'docs', 'images', file), fullPage: true });
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
