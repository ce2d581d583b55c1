#!/usr/bin/env node
// Live search through the proxy, as a reader does it: open a page in headless Chromium (Debian's),
// type into the header search box, and wait for live results. Also says what the page did before
// the reader typed (WebSockets opened, blazor.web.js loaded), which issue 8 wants to be nothing.
//
//   node check.mjs <base-url> [--page=/articles/…] [--query=…] [--input=CSS] [--results=CSS] [--timeout-ms=N]
//
// Prints one line per finding and exits 0 when results appeared and the live connection carried
// messages, 1 when not, 2 when the browser could not be started. Used by deploy/scale-out.sh.
import { chromium } from 'playwright-core';

const defaults = {
  page: '/articles/kazakhstan-eurasian-line',
  query: 'بايكونور',
  input: '#header-search-q',
  results: '#header-search-panel .search-results li',
  'timeout-ms': '20000',
};

const args = process.argv.slice(2);
const base = args.find(a => !a.startsWith('--'));
const options = { ...defaults };
for (const a of args.filter(a => a.startsWith('--'))) {
  const m = /^--([a-z-]+)=(.*)$/s.exec(a);
  if (!m || !(m[1] in defaults)) {
    console.error(`check.mjs: unknown option ${a}`);
    process.exit(2);
  }
  options[m[1]] = m[2];
}
if (!base) {
  console.error('usage: node check.mjs <base-url> [--page=…] [--query=…] [--input=…] [--results=…] [--timeout-ms=…]');
  process.exit(2);
}
const timeout = Number(options['timeout-ms']);

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    // The closed network: no sandbox (root in a container), nothing that calls home.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
} catch (error) {
  console.log(`browser: could not start: ${error.message.split('\n')[0]}`);
  process.exit(2);
}

let status = 1;
try {
  const context = await browser.newContext({ baseURL: base, locale: 'ar' });
  const page = await context.newPage();
  let typing = false;
  const sockets = [];
  const scripts = [];
  page.on('websocket', ws => {
    const entry = { url: ws.url(), beforeTyping: !typing, received: 0, receivedAfterTyping: 0, sentAfterTyping: 0, closed: false };
    sockets.push(entry);
    ws.on('framereceived', () => { entry.received++; if (typing) entry.receivedAfterTyping++; });
    // What went each way once the reader typed: input events out, render batches back.
    ws.on('framesent', () => { if (typing) entry.sentAfterTyping++; });
    ws.on('close', () => { entry.closed = true; });
  });
  // Blazor reports a circuit that cannot start, or a component it cannot resume, on the console.
  const consoleErrors = [];
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text().replace(/\s+/g, ' ').slice(0, 200)}`);
  });
  page.on('pageerror', error => consoleErrors.push(`page error: ${error.message.slice(0, 200)}`));
  page.on('request', request => {
    if (/blazor\.web(\.[a-z0-9]+)?\.js/.test(request.url())) scripts.push({ url: request.url(), beforeTyping: !typing });
  });

  const response = await page.goto(options.page, { waitUntil: 'load', timeout });
  console.log(`page: ${options.page} → ${response?.status()} (X-Cache-Status ${response?.headers()['x-cache-status'] ?? 'none'})`);
  // Whatever the page set up on its own is done once the network is quiet.
  await page.waitForLoadState('networkidle', { timeout });
  console.log(`before typing: ${sockets.filter(s => s.beforeTyping).length} WebSocket(s), blazor.web.js ${scripts.some(s => s.beforeTyping) ? 'loaded' : 'not loaded'}`);

  typing = true;
  await page.locator(options.input).pressSequentially(options.query, { delay: 40 });
  const hits = page.locator(options.results);
  try {
    await hits.first().waitFor({ state: 'visible', timeout });
  } catch {
    // Reported below: no results is the failure this check exists for.
  }
  const count = await hits.count();
  const cookies = await context.cookies();
  const affinity = cookies.find(c => c.name === 'ka-affinity');
  console.log(`after typing "${options.query}": ${count} result(s)${count ? `, first: ${(await hits.first().innerText()).replace(/\s+/g, ' ').slice(0, 80)}` : ''}`);
  for (const s of sockets) {
    console.log(`websocket: ${s.url} opened ${s.beforeTyping ? 'before' : 'after'} typing, ${s.received} message(s) received` +
      ` (after typing: ${s.sentAfterTyping} sent, ${s.receivedAfterTyping} received)${s.closed ? ', closed' : ''}`);
  }
  console.log(`ka-affinity cookie: ${affinity ? 'set' : 'not set'}`);
  for (const line of consoleErrors.slice(0, 10)) console.log(`console ${line}`);
  const live = sockets.some(s => s.received > 0 && new URL(s.url).host === new URL(base).host);
  status = count > 0 && live ? 0 : 1;
  if (count === 0) console.log('no live results appeared');
  if (!live) console.log('no WebSocket through the proxy carried a message');
} catch (error) {
  console.log(`error: ${error.message.split('\n')[0]}`);
  status = 1;
} finally {
  await browser.close();
}
process.exit(status);
