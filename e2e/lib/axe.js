'use strict';
// axe-core in the page, with the WCAG 2.1 A and AA rules. The source is evaluated through the
// DevTools protocol, which the page's Content-Security-Policy does not apply to, so the CSP stays
// exactly as users get it.
const axe = require('axe-core');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the current document; returns its violations, trimmed for reporting. */
async function runAxe(page) {
  const injected = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!injected) await page.evaluate(axe.source);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
}

/** A readable list: one block per rule and page. */
function formatViolations(found) {
  return found
    .map(({ where, violations }) =>
      violations
        .map((v) => {
          const nodes = v.nodes
            .slice(0, 5)
            .map((n) => `      - ${n.target}\n        ${String(n.summary).replace(/\n/g, '\n        ')}`)
            .join('\n');
          const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
          return `  ${where}\n    [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
        })
        .join('\n'),
    )
    .join('\n');
}

module.exports = { runAxe, formatViolations, TAGS };
