#!/usr/bin/env node
// Opens live searches as readers do (a page, a query typed in the header box, live results), a number at a time,
// and keeps them open until told to close, so perf/circuits.sh can read the server's memory between steps.
//
//   node circuits.mjs <base-url> <count> [--page=/ar/articles/…] [--query=…]
//
// Prints "ready N" once N live searches show results, then waits for a line on stdin: "more M" opens M more,
// "live" prints "live N", how many pages still hold a live (not paused) search, so a sample is known to count
// every circuit; "close" closes every page (their circuits end), "quit" exits. Exit 1 when a search does not go live.
import { chromium } from '../../deploy/live-search/node_modules/playwright-core/index.mjs';
import readline from 'node:readline';

const [base, first] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const pagePath = option('page', '/ar/articles/kazakhstan-eurasian-line');
const query = option('query', 'روسيا');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const contexts = [];

async function open(count) {
  for (let i = 0; i < count; i++) {
    // A context each: its own cookies, so its own circuit, as separate readers have.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + pagePath);
    await page.fill('#header-search-q', query);
    await page.waitForSelector('#header-search-panel .search-results li', { timeout: 30_000 });
    contexts.push(context);
  }
  console.log(`ready ${contexts.length}`);
}

try {
  await open(Number(first));
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const [command, n] = line.trim().split(/\s+/);
    if (command === 'more') {
      await open(Number(n));
    } else if (command === 'live') {
      const states = await Promise.all(contexts.map((c) => c.pages()[0].evaluate(() => document.documentElement.dataset.liveSearch)));
      console.log(`live ${states.filter((state) => state === 'live').length}`);
    } else if (command === 'close') {
      await Promise.all(contexts.splice(0).map((c) => c.close()));
      console.log('closed');
    } else if (command === 'quit') {
      break;
    }
  }
} catch (error) {
  console.error(`circuits.mjs: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
