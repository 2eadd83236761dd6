// The first screen "Việc của tôi" after login, on a throttled phone profile: JavaScript transferred for it and the
// time until the list is rendered, beside the same page's bare HTML shell fetched on the same profile (baseline).
import { chromium } from 'playwright-core';

const base = process.env.GATEWAY_URL ?? 'http://localhost:8080';
const runs = Number(process.env.RUNS ?? 3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
// a mid-range phone on a 4G link: 9 Mbit/s down, 1.5 up, 60 ms latency, CPU four times slower
const NETWORK = { offline: false, latency: 60, downloadThroughput: 9_000_000 / 8, uploadThroughput: 1_500_000 / 8 };

const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', isMobile: true });
const page = await context.newPage();
await page.goto(base + '/');
await page.fill('#username', process.env.BENCH_USER ?? 'demo-member');
await page.fill('#password', 'demo');
await page.click('#kc-login');
await page.locator('#main').waitFor();

const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', NETWORK);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

const scripts = new Map();
cdp.on('Network.responseReceived', (event) => {
  if (event.type === 'Script') scripts.set(event.requestId, 0);
});
cdp.on('Network.loadingFinished', (event) => {
  if (scripts.has(event.requestId)) scripts.set(event.requestId, event.encodedDataLength);
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const screen = [];
const shell = [];
let jsBytes = 0;
for (let i = 0; i < runs; i++) {
  scripts.clear();
  const start = Date.now();
  await page.goto(base + '/', { waitUntil: 'commit' });
  await page.locator('[data-testid="my-work"], .ant-empty').first().waitFor({ timeout: 60_000 });
  screen.push(Date.now() - start);
  jsBytes = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);

  const shellStart = Date.now();
  await page.evaluate(async (url) => { await (await fetch(url, { cache: 'no-store' })).text(); }, base + '/index.html');
  shell.push(Date.now() - shellStart);
}
console.log(`first_screen_js_gzip_kb=${Math.round(jsBytes / 1024)}`);
console.log('first_screen_js_goal_kb=250');
console.log(`first_screen_ms=${median(screen)}`);
console.log(`baseline_shell_ms=${median(shell)}`);
console.log(`first_screen_ratio=${(median(screen) / Math.max(1, median(shell))).toFixed(1)}`);
console.log(`runs=${runs}`);
await browser.close();
