'use strict';
// Self-tests of the e2e gate: each check must fail on a page that is broken on purpose, and pass on
// a good one; the TOTP and demo-output parsers must match their specifications.
//   node --test selftest.js
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { hotp, base32Decode, codeAtStep } = require('./lib/totp');
const { parseDemoOutput, freePort } = require('./lib/server');
const { runAxe, formatViolations } = require('./lib/axe');
const { checkFocusOrder, checkSkipLink } = require('./lib/keyboard');
const { checkReflow } = require('./lib/reflow');
const { startTiles, crc32 } = require('./lib/tiles');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser;
let server;
let base;

test.before(async () => {
  const dir = path.join(__dirname, 'fixtures');
  const port = await freePort();
  server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url, 'http://x').pathname) || 'good.html';
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS });
});

test.after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

async function open(name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/${name}`);
  return page;
}

test('TOTP matches the RFC 6238 test vectors', () => {
  const key = Buffer.from('12345678901234567890');
  assert.equal(hotp(key, Math.floor(59 / 30), 8), '94287082');
  assert.equal(hotp(key, Math.floor(1111111109 / 30), 8), '07081804');
  assert.deepEqual(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'), key);
  assert.equal(codeAtStep('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1), '287082');
});

test('the demo logins are read from the output of serve --demo', () => {
  const out = [
    'Demo municipality Wijkerveen (GM0990) created.',
    'Log in at http://127.0.0.1:8080/inloggen with password: geheim-123',
    'role               login                                name                       TOTP secret (authenticator app)',
    'jongere            sam                                  Sam Jansen                 -',
    'partner            partner@wijkerveen.example           Lisa Smit (VV Wijkerveen)  -',
    'beheerder          beheer@wijkerveen.example            Pieter de Graaf            HXFX7XH6BQB2DSU3',
    '',
    'KijKINDeWijk listens on http://127.0.0.1:8080',
  ].join('\n');
  const demo = parseDemoOutput(out);
  assert.equal(demo.password, 'geheim-123');
  assert.equal(demo.logins.length, 3);
  assert.deepEqual(demo.logins[1], { role: 'partner', login: 'partner@wijkerveen.example', name: 'Lisa Smit (VV Wijkerveen)', totpSecret: null });
  assert.equal(demo.logins[2].totpSecret, 'HXFX7XH6BQB2DSU3');
});

test('axe reports an image without alt text and a field without a label', async () => {
  const page = await open('bad.html');
  const violations = await runAxe(page);
  const ids = violations.map((v) => v.id);
  assert.ok(ids.includes('image-alt'), `image-alt expected, got ${ids}`);
  assert.ok(ids.includes('label'), `label expected, got ${ids}`);
  assert.match(formatViolations([{ where: 'bad.html', violations }]), /image-alt: Images must have alternative text/);
  await page.close();
});

test('axe and the keyboard checks pass a good page', async () => {
  const page = await open('good.html');
  assert.deepEqual(await runAxe(page), []);
  assert.deepEqual(await checkSkipLink(page), []);
  const { count, problems } = await checkFocusOrder(page);
  assert.equal(count, 4); // skip link, Home, the field, the button
  assert.deepEqual(problems, []);
  assert.deepEqual(await checkReflow(page), []);
  await page.close();
});

test('the reflow check reports a page that scrolls sideways at 320 px', async () => {
  const page = await open('wide.html');
  const problems = await checkReflow(page);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /Reflow/);
  assert.equal(page.viewportSize().width, 1280, 'the viewport is put back');
  await page.close();
});

test('the keyboard check reports invisible focus', async () => {
  const page = await open('no-focus.html');
  const { problems } = await checkFocusOrder(page);
  assert.ok(problems.some((p) => p.startsWith('no visible focus on <button>')), problems.join('\n'));
  await page.close();
});

test('the keyboard check reports a focus trap', async () => {
  const page = await open('trap.html');
  const { problems } = await checkFocusOrder(page);
  assert.ok(problems.some((p) => /stuck|not reachable/.test(p)), problems.join('\n'));
  await page.close();
});

test('the local tile server answers tiles the browser can draw, and nothing else', async () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  const tiles = await startTiles();
  try {
    const page = await open('good.html');
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, tiles.url.replace('{z}/{x}/{y}', '12/2105/1350'));
    assert.deepEqual(size, [256, 256]);
    assert.equal(tiles.requests(), 1);
    assert.equal((await fetch(`${tiles.origin}/anders`)).status, 404);
    await page.close();
  } finally {
    await tiles.stop();
  }
});
