#!/usr/bin/env node
// Renders the models as people see them, so a change to a model can be looked at before it is committed:
//   processes/*.bpmn -> docs/images/<process id>.svg and .png (bpmn-js navigated viewer)
//   forms/*.form     -> docs/images/<form id>.form.png (form-js viewer); fails if form-js cannot import a form
// Usage: node tools/render-models.mjs [processes-dir [output-dir]]   (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH)
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const root = resolve(new URL('..', import.meta.url).pathname);
const outDir = resolve(process.argv[3] || join(root, 'docs', 'images'));
const processesDir = resolve(process.argv[2] || join(root, 'processes'));
const bpmnViewer = require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
// form-js does not export its dist files; find them beside its package.json
const formJs = join(root, 'node_modules', '@bpmn-io', 'form-js', 'dist');
const formViewer = join(formJs, 'form-viewer.umd.js');
const formCss = join(formJs, 'assets', 'form-js.css');

const list = (dir, ext) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
};

async function renderProcess(browser, file) {
  const xml = readFileSync(file, 'utf8');
  const id = /<(?:bpmn:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
  if (!id) throw new Error(`${file}: no process id`);
  const page = await browser.newPage();
  await page.setViewport({ width: 2400, height: 1400, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>');
  await page.addScriptTag({ path: bpmnViewer });
  const result = await page.evaluate(async (diagram) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(diagram);
    const canvas = viewer.get('canvas');
    const box = canvas.getActiveLayer().getBBox();
    const { svg } = await viewer.saveSVG();
    window.bpmnViewer = viewer;
    return { warnings: warnings.map((w) => w.message), box: { x: box.x, y: box.y, width: box.width, height: box.height }, svg };
  }, xml);
  if (result.warnings.length) throw new Error(`${file}: bpmn-js import warnings:\n  ${result.warnings.join('\n  ')}`);
  writeFileSync(join(outDir, `${id}.svg`), result.svg);

  const margin = 30;
  const width = Math.ceil(result.box.width + 2 * margin);
  const height = Math.ceil(result.box.height + 2 * margin);
  await page.setViewport({ width, height, deviceScaleFactor: 2 });
  await page.evaluate(({ box, margin }) => {
    const canvas = window.bpmnViewer.get('canvas');
    canvas.resized();
    canvas.viewbox({ x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin });
  }, { box: result.box, margin });
  await page.screenshot({ path: join(outDir, `${id}.png`) });
  await page.close();
  return [`${id}.svg`, `${id}.png`];
}

async function renderForm(browser, file) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 600, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html><body style="margin:0;background:#fff"><div id="form" style="width:1120px;padding:20px"></div></body></html>');
  await page.addStyleTag({ path: formCss });
  await page.addScriptTag({ path: formViewer });
  const error = await page.evaluate(async (s) => {
    try {
      const { warnings } = await window.FormViewer.createForm({ container: document.querySelector('#form'), schema: s, data: {} });
      return warnings && warnings.length ? `form-js import warnings: ${warnings.map((w) => w.message || w).join('; ')}` : null;
    } catch (e) {
      return `form-js cannot import: ${e.message}`;
    }
  }, schema);
  if (error) throw new Error(`${file}: ${error}`);
  const height = await page.evaluate(() => Math.ceil(document.querySelector('#form').getBoundingClientRect().height + 40));
  await page.setViewport({ width: 1200, height, deviceScaleFactor: 1 });
  await page.screenshot({ path: join(outDir, `${schema.id}.form.png`) });
  await page.close();
  return [`${schema.id}.form.png`];
}

const userDataDir = mkdtempSync(join(tmpdir(), 'render-models-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  mkdirSync(outDir, { recursive: true });
  for (const [render, files] of [[renderProcess, list(processesDir, '.bpmn')], [renderForm, process.argv[2] ? [] : list(join(root, 'forms'), '.form')]]) {
    for (const file of files) {
      try {
        console.log(`${file.replace(root + '/', '')} -> ${(await render(browser, file)).map((f) => 'docs/images/' + f).join(', ')}`);
      } catch (e) {
        failed = true;
        console.error(e.message);
      }
    }
  }
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
