'use strict';
// WCAG 1.4.10 Reflow: at 320 CSS pixels wide a page must not scroll sideways. Data tables and maps
// may scroll inside their own box; the page itself may not.

/** The width the success criterion names. */
const REFLOW_WIDTH = 320;

/**
 * Lays the page out at 320 px wide and returns what sticks out past the right edge (nothing on a
 * good page). The viewport is put back afterwards.
 */
async function checkReflow(page) {
  const original = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: original ? original.height : 800 });
  try {
    return await page.evaluate((width) => {
      const doc = document.documentElement;
      if (doc.scrollWidth <= width + 1) return [];
      const inScroller = (el) => {
        for (let a = el.parentElement; a; a = a.parentElement) {
          if (/(auto|scroll|hidden)/.test(getComputedStyle(a).overflowX)) return true;
        }
        return false;
      };
      const sticking = [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > width + 1 && !inScroller(el) && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1);
      });
      const names = sticking.slice(0, 3).map((el) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}>`);
      return [`the page is ${doc.scrollWidth} px wide at ${width} px (WCAG 1.4.10 Reflow)${names.length ? '; sticking out: ' + names.join(', ') : ''}`];
    }, REFLOW_WIDTH);
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

module.exports = { checkReflow, REFLOW_WIDTH };
