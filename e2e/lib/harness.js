'use strict';
// What a journey gets: `t`, with browser users that log in, visit, click and submit, and that check
// every page they reach (axe WCAG 2.1 A/AA, server errors, console and CSP errors).
const fs = require('node:fs');
const path = require('node:path');
const { runAxe } = require('./axe');
const { checkReflow } = require('./reflow');
const { codeAtStep, currentStep } = require('./totp');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class JourneyError extends Error {}

/** One person in one browser context. */
class User {
  constructor(t, context, page, label) {
    this.t = t;
    this.context = context;
    this.page = page;
    this.label = label;
    page.on('console', (msg) => {
      // A 4xx page (a form with errors, a used link) is logged by Chromium as a failed load; the
      // journeys check those statuses themselves, and 5xx answers are caught below.
      if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())) {
        t.problem(`console error on ${this.path()}: ${msg.text()}`);
      }
    });
    page.on('pageerror', (e) => t.problem(`script error on ${this.path()}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 500) t.problem(`${r.status()} from ${r.url()}`);
    });
  }

  /** Path and query of the current page. */
  path() {
    try {
      const u = new URL(this.page.url());
      return u.pathname + u.search;
    } catch {
      return this.page.url();
    }
  }

  /** Opens a path and checks the page. */
  async visit(p, { status } = {}) {
    const resp = await this.page.goto(this.t.base + p, { waitUntil: 'load' });
    if (status !== undefined && resp && resp.status() !== status) {
      throw new JourneyError(`${p}: status ${resp.status()}, expected ${status}`);
    }
    await this.checkPage();
    return resp;
  }

  /** Clicks something that loads a new page (a link or a submit button), then checks that page. */
  async click(selector) {
    const target = this.page.locator(selector).first();
    await Promise.all([this.page.waitForNavigation({ waitUntil: 'load', timeout: 20000 }), target.click()]);
    await this.checkPage();
  }

  /** Fills form fields by id (`f-…`) or selector. */
  async fill(fields) {
    for (const [key, value] of Object.entries(fields)) {
      const sel = /^[a-z_][a-z0-9_]*$/.test(key) ? `#f-${key}` : key;
      const el = this.page.locator(sel).first();
      if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
      else await el.fill(value);
    }
  }

  /** Submits the form with this action (its submit button), then checks the new page. */
  async submit(action, fields = {}) {
    const form = `form[action="${action}"]`;
    await this.fill(Object.fromEntries(Object.entries(fields).map(([k, v]) => [/^[a-z_][a-z0-9_]*$/.test(k) ? `${form} #f-${k}` : k, v])));
    await this.click(`${form} button[type="submit"]`);
  }

  /** Runs the page checks (also called by visit/click/submit). */
  async checkPage() {
    await this.t.checkPage(this);
  }

  /** Fails unless the page shows `text`. */
  async expectText(text) {
    const body = await this.page.locator('body').innerText();
    if (!body.includes(text)) {
      throw new JourneyError(`${this.path()} does not show "${text}"`);
    }
  }

  /** Fails unless the current path (without query) is `p`. */
  expectPath(p) {
    const now = new URL(this.page.url()).pathname;
    if (now !== p) throw new JourneyError(`expected to be on ${p}, but on ${this.path()}`);
  }

  /** The value of a form field. */
  async value(selector) {
    return this.page.locator(selector).first().inputValue();
  }

  /** Logs in through the login page, with a TOTP code when the role asks for one. */
  async login(login, { password } = {}) {
    await this.visit('/inloggen');
    await this.submit('/inloggen', { login, password: password || this.t.password });
    if (this.path().startsWith('/inloggen/code')) {
      await this.submit('/inloggen/code', { code: await this.t.totp(login) });
    }
    if (this.path().startsWith('/inloggen')) {
      throw new JourneyError(`login of ${login} failed: still on ${this.path()}`);
    }
  }

  /** Logs out with the button in the header. */
  async logout() {
    await this.click('form[action="/uitloggen"] button');
    if (!this.path().startsWith('/inloggen?uitgelogd=1')) {
      throw new JourneyError(`logout ended on ${this.path()}`);
    }
  }

  /** A full-page screenshot in artifacts/<variant>/. */
  async shot(name) {
    const file = path.join(this.t.artifacts, `${String(++this.t.shots).padStart(3, '0')}-${this.t.journeySlug}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
  }

  async close() {
    await this.context.close();
  }
}

/** The context of one variant run (one server, one viewport, JavaScript on or off). */
class Run {
  constructor({ browser, server, variant, artifacts }) {
    this.browser = browser;
    this.base = server.base;
    this.password = server.password;
    this.logins = server.logins;
    this.tiles = server.tiles; // the map tile server on localhost (lib/tiles.js)
    this.server = server;
    this.variant = variant;
    this.artifacts = artifacts;
    this.state = {}; // shared between the journeys of one variant, in file order
    this.shots = 0;
    this.lastStep = new Map();
    this.secrets = new Map(server.logins.filter((l) => l.totpSecret).map((l) => [l.login, l.totpSecret]));
    this.users = [];
    this.axeSeen = new Set();
    this.result = null;
    fs.mkdirSync(artifacts, { recursive: true });
  }

  /** The demo login of a role (the first one), or by login name. */
  loginOf(roleOrLogin) {
    const l = this.logins.find((x) => x.login === roleOrLogin) || this.logins.find((x) => x.role === roleOrLogin);
    if (!l) throw new JourneyError(`no demo login ${roleOrLogin}`);
    return l;
  }

  /**
   * The newest mail to an address, whole (links included), as the server's administrator reads it
   * with `kijkindewijk outbox`; the beheerder's web outbox hides one-time links.
   */
  mailTo(address) {
    return this.server.cli(['outbox', '--to', address, '--limit', '1']);
  }

  /** Remembers the TOTP secret of an account made during the journey. */
  addSecret(login, secret, usedStep) {
    this.secrets.set(login, secret);
    if (usedStep !== undefined) this.lastStep.set(login, usedStep);
  }

  /**
   * A TOTP code for the account. Each code works once per account, so a second login within the
   * same 30 seconds uses the next step's code, and a third waits for the clock.
   */
  async totp(login) {
    const secret = this.secrets.get(login);
    if (!secret) throw new JourneyError(`no TOTP secret for ${login}`);
    const last = this.lastStep.has(login) ? this.lastStep.get(login) : -Infinity;
    let step = Math.max(currentStep(), last + 1);
    while (step > currentStep() + 1) await sleep(1000);
    this.lastStep.set(login, step);
    return codeAtStep(secret, step);
  }

  /** A new person with an empty browser (own cookies), at this variant's size and JS setting. */
  async user(label = 'user') {
    const context = await this.browser.newContext({
      viewport: this.variant.viewport,
      javaScriptEnabled: this.variant.javascript,
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    const u = new User(this, context, page, label);
    this.users.push(u);
    return u;
  }

  /** Records a problem that fails the journey without stopping it. */
  problem(text) {
    if (this.result) this.result.problems.push(text);
  }

  /** Fails the journey now unless `cond`. */
  expect(cond, message) {
    if (!cond) throw new JourneyError(message);
  }

  async checkPage(u) {
    const page = u.page;
    const title = await page.title();
    const alert = await page.locator('[role=alert]').count();
    const key = `${new URL(page.url()).pathname}|${title}|${alert}`;
    this.result.pages.add(u.path());
    // axe runs inside the page, which needs JavaScript; the no-JS run checks that the journeys work,
    // and the same pages are checked by axe in the runs with JavaScript.
    if (this.axeSeen.has(key) || !this.variant.javascript) return;
    this.axeSeen.add(key);
    const violations = await runAxe(page);
    if (violations.length) {
      this.result.axe.push({ where: `${this.variant.name} ${u.path()} ("${title}")`, violations });
    }
    // On the phone: the page reflows at 320 px (WCAG 1.4.10).
    if (this.variant.viewport.width < 600) {
      for (const p of await checkReflow(page)) this.problem(`${u.path()}: ${p}`);
    }
  }

  async closeUsers() {
    for (const u of this.users.splice(0)) await u.close().catch(() => {});
  }
}

module.exports = { Run, User, JourneyError, sleep };
