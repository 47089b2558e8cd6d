'use strict';
// Keyboard only (desktop): on a young person's pages the quick-exit link comes right after the skip
// link, is visible when focused, and ends the session before leaving for another site. It is not
// followed here (26-snel-weg does).
const { tabTo, active, checkFocusOrder, checkSkipLink } = require('../lib/keyboard');

module.exports = {
  name: 'keyboard only: the quick exit on a young person\'s pages',
  variants: ['desktop'],
  async run(t) {
    const sam = await t.user('sam');
    await sam.login(t.loginOf('sam').login);
    for (const path of ['/mijn', '/mijn/plan', '/mijn/netwerk']) {
      await sam.visit(path);
      for (const p of await checkSkipLink(sam.page)) t.problem(`keyboard ${path}: ${p}`);
      const { problems } = await checkFocusOrder(sam.page);
      for (const p of problems) t.problem(`keyboard ${path}: ${p}`);
      // From the top: Tab to the skip link, Tab again to the quick exit.
      await sam.visit(sam.path());
      await tabTo(sam.page, '.utrecht-skip-link', 1);
      await tabTo(sam.page, '#snel-weg', 1);
      const focused = await active(sam.page);
      t.expect(focused.id === 'snel-weg', `the quick exit has focus (${focused.id})`);
      const exitAction = await sam.page.locator('#snel-weg').evaluate((b) => b.form && b.form.getAttribute('action'));
      t.expect(exitAction === '/snel-weg', `the quick exit ends the session at ${exitAction}`);
      const box = await sam.page.locator('#snel-weg').boundingBox();
      t.expect(box && box.width > 20 && box.height > 20 && box.y >= 0, `the focused quick exit is not visible: ${JSON.stringify(box)}`);
      const name = await sam.page.locator('#snel-weg').innerText();
      t.expect(name.includes('Snel weg'), `the quick exit is called "${name}"`);
    }
    await sam.close();
  },
};
