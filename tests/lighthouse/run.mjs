#!/usr/bin/env node
// Lighthouse 12 on the mobile preset (the default config: Moto G Power emulation, simulated slow 4G
// throttling) against pages of a running KazakhArticle, with the project's thresholds.
//
//   node tests/lighthouse/run.mjs [options] <url> [<url> …]
//
// Options (each also an environment variable, so CI and the xunit test set them the same way):
//   --out=DIR                     LIGHTHOUSE_OUT          where <name>.report.json/.html go
//                                                         (default: <repo>/TestResults/lighthouse)
//   --accept-language=ar          LIGHTHOUSE_ACCEPT_LANGUAGE  sent with every request (the app picks the
//                                                         interface language from it when the URL does not)
//   --min-performance=98 …        LIGHTHOUSE_MIN_PERFORMANCE …  see THRESHOLDS below
//   --runs=N                      LIGHTHOUSE_RUNS         runs per URL; the median run (by performance score)
//                                                         is judged and reported, as Lighthouse CI does (default 1)
//   --details=N                   LIGHTHOUSE_DETAILS      detail rows printed per failing audit (default 8)
//   CHROME_PATH                   the browser (default /usr/bin/chromium: Debian's; no browser download here)
//
// Exit code: 0 every URL met every threshold; 1 a threshold was missed; 2 a run could not be made
// (bad arguments, the browser would not start, the page did not load).

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';

// Before Lighthouse is loaded: teach its trace engine the current Chromium's trace format (see the file).
register('./trace-engine-shim.mjs', import.meta.url);
const { default: lighthouse } = await import('lighthouse');

const here = path.dirname(fileURLToPath(import.meta.url));

// The thresholds, in one place. `kind` says how a value is compared: a category score (0–100, as
// Lighthouse shows it: rounded) must be at least the threshold; a metric must be at most it.
const THRESHOLDS = [
  { name: 'performance', kind: 'category', category: 'performance', value: 98 },
  { name: 'accessibility', kind: 'category', category: 'accessibility', value: 100 },
  { name: 'best-practices', kind: 'category', category: 'best-practices', value: 100 },
  { name: 'seo', kind: 'category', category: 'seo', value: 100 },
  { name: 'cls', kind: 'metric', audit: 'cumulative-layout-shift', value: 0.05 },
  { name: 'lcp-ms', kind: 'metric', audit: 'largest-contentful-paint', value: 1500 },
];

// Flags this closed-network machine needs: no sandbox (root in a container), and nothing that phones
// home (component updates, sync, background networking) so a run neither waits on nor pollutes the network.
//
// And one renderer for the page: Lighthouse starts tracing on about:blank, and the page itself would get a new
// renderer process, whose first traced event is the page's navigationStart. Chromium connects a new process to a
// running trace asynchronously, so on a loaded machine that event was sometimes lost and the run failed with
// NO_NAVSTART (1 run in 8 here with two Stryker runs beside it; CI saw it too). With these two flags the page loads
// in the renderer that was already tracing. One page in one tab is measured, so nothing else shares the process.
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-site-isolation-trials', '--renderer-process-limit=1',
];

// Printed with their details even when they pass: where the LCP time goes, what shifts, what blocks
// the first paint, what the bytes are and what keeps the page out of the back/forward cache are the
// first questions when a number moves.
const EXPLAINED = ['largest-contentful-paint-element', 'layout-shifts', 'render-blocking-resources', 'total-byte-weight', 'bf-cache'];

function usage(message) {
  if (message) console.error(`run.mjs: ${message}`);
  console.error('usage: node run.mjs [--out=DIR] [--accept-language=LANG] [--min-performance=N] [--min-accessibility=N]');
  console.error('       [--min-best-practices=N] [--min-seo=N] [--max-cls=N] [--max-lcp-ms=N] [--runs=N] [--details=N] <url> [<url> …]');
  process.exit(2);
}

function envName(option) {
  return 'LIGHTHOUSE_' + option.toUpperCase().replaceAll('-', '_');
}

function thresholdOption(t) {
  return (t.kind === 'category' ? 'min-' : 'max-') + t.name;
}

function parseArguments(argv) {
  const options = {
    out: process.env.LIGHTHOUSE_OUT ?? path.resolve(here, '..', '..', 'TestResults', 'lighthouse'),
    acceptLanguage: process.env.LIGHTHOUSE_ACCEPT_LANGUAGE || undefined,
    details: Number(process.env.LIGHTHOUSE_DETAILS ?? 8),
    runs: Number(process.env.LIGHTHOUSE_RUNS || 1),
    thresholds: THRESHOLDS.map(t => ({ ...t })),
    urls: [],
  };
  for (const t of options.thresholds) {
    const fromEnv = process.env[envName(thresholdOption(t))];
    if (fromEnv !== undefined && fromEnv !== '') t.value = Number(fromEnv);
  }
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match) {
      if (arg.startsWith('-')) usage(`unknown option ${arg}`);
      options.urls.push(arg);
      continue;
    }
    const [, key, value] = match;
    const threshold = options.thresholds.find(t => thresholdOption(t) === key);
    if (threshold) threshold.value = Number(value);
    else if (key === 'out') options.out = path.resolve(value);
    else if (key === 'accept-language') options.acceptLanguage = value;
    else if (key === 'details') options.details = Number(value);
    else if (key === 'runs') options.runs = Number(value);
    else usage(`unknown option --${key}`);
  }
  for (const t of options.thresholds) {
    if (!Number.isFinite(t.value)) usage(`threshold ${thresholdOption(t)} is not a number`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) usage('--runs must be a whole number ≥ 1');
  if (options.urls.length === 0) usage('no URL given');
  for (const url of options.urls) {
    try { new URL(url); } catch { usage(`not an absolute URL: ${url}`); }
  }
  return options;
}

// A file name from a URL: host, path and query, so reports for different pages never overwrite each other.
function reportName(url) {
  const u = new URL(url);
  const name = `${u.hostname}_${u.port}${u.pathname}${u.search}`.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+$/, '');
  return name || 'page';
}

const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;

// One detail cell as text, whatever its type (Lighthouse's details value types).
function cell(value, valueType) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') {
    switch (value.type) {
      case 'node': {
        const label = (value.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 60);
        return `${value.selector ?? value.snippet ?? ''}${label ? ` "${label}"` : ''}`;
      }
      case 'source-location': return `${value.url}:${value.line + 1}:${value.column + 1}`;
      case 'url': return value.value;
      case 'code': return String(value.value);
      case 'text': return String(value.value);
      case 'numeric': return String(value.value);
      default: return undefined;
    }
  }
  if (typeof value === 'number') {
    switch (valueType) {
      case 'bytes': return kb(value);
      case 'ms': case 'timespanMs': return `${Math.round(value)} ms`;
      case 'numeric': return value < 1 ? value.toFixed(4) : String(Math.round(value * 100) / 100);
      default: return String(value);
    }
  }
  return String(value).replace(/\s+/g, ' ').slice(0, 160);
}

function rows(details, limit, indent = '      ') {
  const lines = [];
  if (!details) return lines;
  if (details.type === 'list') {
    for (const item of details.items ?? []) lines.push(...rows(item, limit, indent));
    return lines;
  }
  if (!Array.isArray(details.items) || !Array.isArray(details.headings)) return lines;
  for (const item of details.items.slice(0, limit)) {
    const parts = [];
    for (const h of details.headings) {
      const text = cell(item[h.key], h.valueType);
      if (text !== undefined && text !== '') parts.push(`${h.label ? `${typeof h.label === 'string' ? h.label : h.key}: ` : ''}${text}`);
    }
    lines.push(indent + '- ' + parts.join(' | '));
    // Sub-rows: e.g. the root causes of a layout shift, or the requests behind a third party.
    const sub = item.subItems?.items ?? [];
    for (const s of sub.slice(0, limit)) {
      const subParts = [];
      for (const h of details.headings) {
        const key = h.subItemsHeading?.key;
        if (!key) continue;
        const text = cell(s[key], h.subItemsHeading.valueType ?? h.valueType);
        if (text !== undefined && text !== '') subParts.push(text);
      }
      if (subParts.length) lines.push(indent + '    · ' + subParts.join(' | '));
    }
  }
  if (details.items.length > limit) lines.push(`${indent}  … ${details.items.length - limit} more`);
  return lines;
}

// Every audit that costs points, by category: what to fix, with its own details (elements, URLs, bytes).
function diagnosis(lhr, limit) {
  const lines = [];
  const seen = new Set();
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || seen.has(audit.id)) continue;
      const scored = audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings';
      if (!scored || audit.score === null || audit.score >= 1) continue;
      // Performance diagnostics without savings are "informative" in the report; show only what fails.
      if (audit.scoreDisplayMode === 'metricSavings' && audit.score >= 0.9) continue;
      seen.add(audit.id);
      const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
      lines.push(`    [${category.id}] ${audit.id} (score ${Math.round(audit.score * 100)}, weight ${ref.weight}): ${audit.title}${value}`);
      lines.push(...rows(audit.details, limit));
    }
  }
  return lines;
}

function explainMetrics(lhr, limit) {
  const lines = [];
  for (const id of EXPLAINED) {
    const audit = lhr.audits[id];
    if (!audit || audit.scoreDisplayMode === 'notApplicable') continue;
    const body = rows(audit.details, limit);
    if (body.length === 0) continue;
    lines.push(`    ${id}${audit.displayValue ? ` — ${audit.displayValue}` : ''}:`, ...body);
  }
  return lines;
}

async function audit(chrome, url, options, run) {
  const flags = {
    port: chrome.port,
    output: ['json', 'html'],
    logLevel: 'error',
    // The default config is the mobile preset with simulated throttling; said here so a future
    // default cannot change what is measured without this file changing.
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    ...(options.acceptLanguage ? { extraHeaders: { 'Accept-Language': options.acceptLanguage } } : {}),
  };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr, report } = result;
  const name = reportName(url) + (options.runs > 1 ? `.run${run}` : '');
  await fs.writeFile(path.join(options.out, `${name}.report.json`), report[0]);
  await fs.writeFile(path.join(options.out, `${name}.report.html`), report[1]);
  return { lhr, name };
}

function summarise(lhr, options) {
  const score = id => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
  const metric = id => lhr.audits[id]?.numericValue;
  const failures = [];
  for (const t of options.thresholds) {
    if (t.kind === 'category') {
      const s = score(t.category);
      if (!(s >= t.value)) failures.push(`${t.name} ${s} < ${t.value}`);
    } else {
      const v = metric(t.audit);
      if (!(v <= t.value)) failures.push(`${t.name} ${v === undefined ? 'missing' : Math.round(v * 10000) / 10000} > ${t.value}`);
    }
  }
  const lines = [
    `  scores: performance ${score('performance')}, accessibility ${score('accessibility')}, best-practices ${score('best-practices')}, seo ${score('seo')}`,
    `  metrics: CLS ${metric('cumulative-layout-shift')?.toFixed(3)}, LCP ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s, ` +
      `TBT ${Math.round(metric('total-blocking-time'))} ms, FCP ${(metric('first-contentful-paint') / 1000).toFixed(2)} s, ` +
      `Speed Index ${(metric('speed-index') / 1000).toFixed(2)} s, total byte weight ${kb(metric('total-byte-weight'))}`,
    // Simulated throttling scales the CPU time it observed: on a busy machine TBT and LCP grow. The
    // benchmark index (Lighthouse's own CPU test, higher is faster) says how busy this one was.
    `  host: ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, benchmark index ${Math.round(lhr.environment.benchmarkIndex)}`,
  ];
  return { failures, lines };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  await fs.mkdir(options.out, { recursive: true });

  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  } catch (error) {
    console.error(`run.mjs: could not start ${chromePath}: ${error.message}`);
    return 2;
  }

  let status = 0;
  try {
    console.log(`thresholds: ${options.thresholds.map(t => `${t.name} ${t.kind === 'category' ? '≥' : '≤'} ${t.value}`).join(', ')}`);
    for (const url of options.urls) {
      console.log(`\n${url}`);
      let run;
      try {
        const runs = [];
        for (let i = 1; i <= options.runs; i++) runs.push(await audit(chrome, url, options, i));
        if (runs.length > 1) {
          console.log(`  performance per run: ${runs.map(r => Math.round((r.lhr.categories.performance?.score ?? 0) * 100)).join(', ')}`);
        }
        // A shared 2-core machine makes single runs noisy; the median run is the representative one.
        runs.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
        run = runs[Math.floor((runs.length - 1) / 2)];
      } catch (error) {
        console.log(`  ERROR: ${error.message}`);
        status = 2;
        continue;
      }
      const { lhr, name } = run;
      if (lhr.runtimeError) {
        // The page did not load properly (refused connection, an error status, no paint): no score means anything.
        console.log(`  ERROR: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        status = 2;
        continue;
      }
      const { failures, lines } = summarise(lhr, options);
      console.log(lines.join('\n'));
      console.log(`  reports: ${path.join(options.out, name)}.report.{json,html}`);
      console.log(...(failures.length ? [`  FAIL: ${failures.join('; ')}`] : ['  PASS']));
      for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
      const metricLines = explainMetrics(lhr, options.details);
      if (metricLines.length) console.log('  behind the metrics:\n' + metricLines.join('\n'));
      const audits = diagnosis(lhr, options.details);
      if (audits.length) console.log('  audits that cost points:\n' + audits.join('\n'));
      if (failures.length && status === 0) status = 1;
    }
  } finally {
    await chrome.kill();
  }
  console.log(`\n${status === 0 ? 'PASS' : status === 1 ? 'FAIL: a threshold was missed' : 'ERROR: a run could not be made'}`);
  return status;
}

process.exitCode = await main();
