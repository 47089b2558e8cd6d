#!/usr/bin/env node
'use strict';
// Browser journeys against a real kijkindewijk binary, with accessibility (axe-core, WCAG 2.1 A and
// AA) on every page reached and keyboard-only checks.
//
//   node run.js ../target/debug/kijkindewijk [--only TEXT] [--variants phone,desktop,nojs]
//
// For each variant it starts the binary with `serve --demo` on a free port over a fresh temporary
// SQLite database, runs every journey in journeys/ (in file-name order), and saves screenshots to
// artifacts/<variant>/. It builds nothing; the Debian chromium at /usr/bin/chromium is used
// (override with CHROMIUM=…), never a downloaded browser.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startServer } = require('./lib/server');
const { Run } = require('./lib/harness');
const { formatViolations } = require('./lib/axe');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Phone and desktop with JavaScript, and a desktop without it (the site must work without). */
const VARIANTS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, javascript: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, javascript: true },
  { name: 'nojs', viewport: { width: 1280, height: 900 }, javascript: false },
];

function parseArgs(argv) {
  const args = { binary: null, only: null, variants: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') args.only = argv[++i];
    else if (argv[i] === '--variants') args.variants = argv[++i].split(',');
    else args.binary = argv[i];
  }
  if (!args.binary) {
    console.error('usage: node run.js <path to kijkindewijk binary> [--only TEXT] [--variants phone,desktop,nojs]');
    process.exit(2);
  }
  return args;
}

function loadJourneys(only) {
  const dir = path.join(__dirname, 'journeys');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => ({ file: f, slug: f.replace(/^\d+-/, '').replace(/\.js$/, ''), ...require(path.join(dir, f)) }))
    .filter((j) => !only || j.file.includes(only) || j.name.includes(only));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const journeys = loadJourneys(args.only);
  const variants = VARIANTS.filter((v) => !args.variants || args.variants.includes(v.name));
  const artifactsRoot = path.join(__dirname, 'artifacts');
  fs.rmSync(artifactsRoot, { recursive: true, force: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results = [];
  const started = Date.now();
  try {
    for (const variant of variants) {
      const vStart = Date.now();
      const server = await startServer(args.binary, { password: 'e2e-wachtwoord-123', log: !!process.env.E2E_SERVER_LOG });
      const run = new Run({ browser, server, variant, artifacts: path.join(artifactsRoot, variant.name) });
      try {
        for (const j of journeys) {
          if (j.variants && !j.variants.includes(variant.name)) continue;
          const result = { variant: variant.name, journey: j.name, file: j.file, error: null, problems: [], axe: [], pages: new Set(), ms: 0 };
          run.result = result;
          run.journeySlug = j.slug;
          const t0 = Date.now();
          try {
            await j.run(run);
          } catch (e) {
            result.error = e.stack || String(e);
            for (const u of run.users) {
              await u.shot('failure').catch(() => {});
            }
          }
          await run.closeUsers();
          result.ms = Date.now() - t0;
          results.push(result);
          const ok = !result.error && !result.problems.length && !result.axe.length;
          console.log(`${ok ? 'ok  ' : 'FAIL'} ${variant.name.padEnd(8)} ${j.name} (${result.pages.size} pages, ${(result.ms / 1000).toFixed(1)} s)`);
        }
        for (const line of server.serverErrors()) {
          results.push({ variant: variant.name, journey: 'server log', error: `server logged an error: ${line}`, problems: [], axe: [], pages: new Set(), ms: 0 });
        }
      } finally {
        await server.stop();
      }
      console.log(`     ${variant.name}: ${((Date.now() - vStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }

  const failed = results.filter((r) => r.error || r.problems.length || r.axe.length);
  for (const r of failed) {
    console.log(`\n--- ${r.variant}: ${r.journey} (${r.file || ''})`);
    if (r.error) console.log(`  error: ${r.error}`);
    for (const p of r.problems) console.log(`  problem: ${p}`);
    if (r.axe.length) console.log(`  accessibility (axe, WCAG 2.1 A/AA):\n${formatViolations(r.axe)}`);
  }
  const report = results.map((r) => ({ ...r, pages: [...r.pages] }));
  fs.mkdirSync(artifactsRoot, { recursive: true });
  fs.writeFileSync(path.join(artifactsRoot, 'report.json'), JSON.stringify(report, null, 2));
  const pages = new Set(results.flatMap((r) => [...r.pages].map((p) => `${r.variant} ${p}`)));
  console.log(`\ne2e: ${pages.size} page visits in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in e2e/artifacts/`);
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length || !results.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
