'use strict';
// Keyboard-only checks: reaching controls with Tab, a visible focus indicator on every focusable
// element, no focus trap, and a working skip link.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Loads the page again without its fragment, so the keyboard starts at the top of the document as
 * for a user arriving on the page (a `#inhoud` fragment would start it inside the main content).
 */
async function freshLoad(page) {
  const url = new URL(page.url());
  url.hash = '';
  await page.goto(url.toString(), { waitUntil: 'load' });
}

/** A short description of the focused element. */
async function active(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', text: '', id: '', key: null };
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') || '',
      href: el.getAttribute('href') || '',
      type: el.getAttribute('type') || '',
      text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
      key: el.getAttribute('data-kkdw-focus'),
    };
  });
}

function describe(a) {
  return `<${a.tag}${a.id ? '#' + a.id : ''}${a.href ? ' href=' + a.href : ''}${a.name ? ' name=' + a.name : ''}> "${a.text}"`;
}

/**
 * Presses Tab until the focused element matches `selector`, and fails when it never does (the
 * element cannot be reached with the keyboard).
 */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((sel) => {
      const el = document.activeElement;
      return !!el && el !== document.body && el.matches(sel);
    }, selector);
    if (matches) return;
  }
  throw new Error(`keyboard: ${selector} cannot be reached with Tab on ${page.url()}`);
}

/** The styles that make focus visible. */
const STYLE_PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'border-color', 'text-decoration-line'];

/**
 * Tabs through the whole page from the top. Every focusable element must be reached (no trap, no
 * unreachable control) and must look different when focused than when not.
 */
async function checkFocusOrder(page) {
  await freshLoad(page);
  const count = await page.evaluate(
    ({ sel, props }) => {
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
      const els = [...document.querySelectorAll(sel)].filter((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden]') && (r.width > 0 || el.matches('.utrecht-skip-link'));
      });
      els.forEach((el, i) => {
        el.setAttribute('data-kkdw-focus', String(i));
        const s = getComputedStyle(el);
        el.__kkdwUnfocused = props.map((p) => s.getPropertyValue(p)).join('|');
      });
      return els.length;
    },
    { sel: FOCUSABLE, props: STYLE_PROPS },
  );
  const problems = [];
  const reached = new Set();
  let previous = null;
  for (let i = 0; i < count + 5; i++) {
    await page.keyboard.press('Tab');
    const a = await active(page);
    if (a.tag === 'body') break; // left the document: the end of the page, no trap
    if (a.key === null) continue; // not in our list (e.g. a focusable SVG); fine
    if (reached.has(a.key) && a.key === previous) {
      problems.push(`focus is stuck on ${describe(a)}`);
      break;
    }
    if (reached.has(a.key)) break; // wrapped round
    reached.add(a.key);
    previous = a.key;
    const visible = await page.evaluate((props) => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return props.map((p) => s.getPropertyValue(p)).join('|') !== el.__kkdwUnfocused;
    }, STYLE_PROPS);
    if (!visible) problems.push(`no visible focus on ${describe(a)}`);
  }
  if (reached.size < count) {
    const missing = await page.evaluate((seen) => {
      return [...document.querySelectorAll('[data-kkdw-focus]')]
        .filter((el) => !seen.includes(el.getAttribute('data-kkdw-focus')))
        .map((el) => `<${el.tagName.toLowerCase()}> "${(el.innerText || el.getAttribute('name') || '').trim().slice(0, 40)}"`);
    }, [...reached]);
    problems.push(`not reachable with Tab (trap or order problem): ${missing.join(', ')}`);
  }
  return { count, problems };
}

/** The first Tab lands on a visible skip link; Enter moves focus to the main content. */
async function checkSkipLink(page) {
  const problems = [];
  await freshLoad(page);
  await page.keyboard.press('Tab');
  const a = await active(page);
  if (a.href !== '#inhoud') {
    return [`the first Tab lands on ${describe(a)}, not on the skip link`];
  }
  const box = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { w: r.width, h: r.height, top: r.top };
  });
  if (box.w < 10 || box.h < 10 || box.top < 0) problems.push(`the focused skip link is not visible (${JSON.stringify(box)})`);
  await page.keyboard.press('Enter');
  const target = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (target !== 'inhoud') problems.push(`after the skip link focus is on #${target}, not on #inhoud`);
  return problems;
}

module.exports = { tabTo, checkFocusOrder, checkSkipLink, active, describe };
