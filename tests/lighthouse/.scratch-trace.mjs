// scratch (not committed): run Lighthouse once, dump main-thread top-level tasks before observed LCP
import fs from 'node:fs/promises';
import { register } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
register('./trace-engine-shim.mjs', import.meta.url);
const { default: lighthouse } = await import('lighthouse');
const url = process.argv[2]; const runs = Number(process.argv[3] || 3); const tag = process.argv[4] || 'x';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'], logLevel: 'error' });
const out = [];
for (let i = 0; i < runs; i++) {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', throttlingMethod: 'simulate', extraHeaders: { 'Accept-Language': 'ar' } });
  const lhr = r.lhr; const m = lhr.audits.metrics.details.items[0];
  const a = id => lhr.audits[id].numericValue;
  const lcpEl = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?';
  const phases = (lhr.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? []).map(p => `${p.phase}:${Math.round(p.timing)}`).join(' ');
  const row = { tag, perf: Math.round(lhr.categories.performance.score*100), a11y: lhr.categories.accessibility.score*100, bp: lhr.categories['best-practices'].score*100, seo: lhr.categories.seo.score*100,
    lcp: Math.round(a('largest-contentful-paint')), fcp: Math.round(a('first-contentful-paint')), tbt: Math.round(a('total-blocking-time')), si: Math.round(a('speed-index')), cls: a('cumulative-layout-shift').toFixed(3), bytes: Math.round(a('total-byte-weight')/1024),
    bench: Math.round(lhr.environment.benchmarkIndex), obsFcp: m.observedFirstContentfulPaint, obsLcp: m.observedLargestContentfulPaint, obsDcl: m.observedDomContentLoaded, lcpEl, phases };
  out.push(row);
  console.log(JSON.stringify(row));
  if (i === 0) {
    await fs.writeFile(`/tmp/lcpx/${tag}.trace.json`, JSON.stringify(r.artifacts.Trace));
    await fs.writeFile(`/tmp/lcpx/${tag}.lhr.json`, JSON.stringify(lhr));
  }
}
await chrome.kill();
const med = k => { const v = out.map(r => r[k]).sort((x,y)=>x-y); return v[Math.floor((v.length-1)/2)]; };
console.log(`MEDIAN ${tag}: perf ${med('perf')} lcp ${med('lcp')} fcp ${med('fcp')} tbt ${med('tbt')} si ${med('si')} obsLcp ${med('obsLcp')} bench ${med('bench')}`);
