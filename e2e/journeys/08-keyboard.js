'use strict';
// Keyboard only (desktop): the skip link, a visible focus on every control of the main pages, no
// focus trap, and logging in, adding a wijk and logging out with Tab, Enter and Space alone.
const { tabTo, checkFocusOrder, checkSkipLink } = require('../lib/keyboard');

async function focusChecks(t, u, label) {
  for (const p of await checkSkipLink(u.page)) t.problem(`keyboard ${label}: ${p}`);
  const { problems } = await checkFocusOrder(u.page);
  for (const p of problems) t.problem(`keyboard ${label}: ${p}`);
}

async function pressAndWait(u, key) {
  await Promise.all([u.page.waitForNavigation({ waitUntil: 'load' }), u.page.keyboard.press(key)]);
  await u.checkPage();
}

module.exports = {
  name: 'keyboard only: skip link, visible focus, no trap, login and a form',
  variants: ['desktop'],
  async run(t) {
    // Buurendam's beheerder: a login no other journey uses, so no TOTP step is shared.
    const login = 'beheer@buurendam.example';
    const u = await t.user('toetsenbord');
    await u.visit('/');
    await focusChecks(t, u, 'home');

    await u.visit('/');
    await tabTo(u.page, 'header a[href="/inloggen"]');
    await pressAndWait(u, 'Enter');
    await focusChecks(t, u, 'login page');
    await tabTo(u.page, '#f-login');
    await u.page.keyboard.type(login);
    await tabTo(u.page, '#f-password');
    await u.page.keyboard.type(t.password);
    await tabTo(u.page, 'form[action="/inloggen"] button[type=submit]');
    await pressAndWait(u, 'Enter');
    u.expectPath('/inloggen/code');
    await tabTo(u.page, '#f-code');
    await u.page.keyboard.type(await t.totp(login));
    await pressAndWait(u, 'Enter'); // Enter in a text field submits its form
    u.expectPath('/beheer');
    await focusChecks(t, u, 'start page');

    await tabTo(u.page, 'main a[href="/beheer/gebieden"]');
    await pressAndWait(u, 'Enter');
    await focusChecks(t, u, 'areas page');
    await tabTo(u.page, 'form[action="/beheer/gebieden/wijk"] #f-code');
    await u.page.keyboard.type('WK099102');
    await tabTo(u.page, 'form[action="/beheer/gebieden/wijk"] #f-name');
    await u.page.keyboard.type('Toetsenbordwijk');
    await tabTo(u.page, 'form[action="/beheer/gebieden/wijk"] button[type=submit]');
    await pressAndWait(u, 'Space');
    await u.expectText('Toetsenbordwijk');

    await u.visit('/account');
    await focusChecks(t, u, 'account page');
    await tabTo(u.page, 'form[action="/uitloggen"] button');
    await pressAndWait(u, 'Enter');
    u.expectPath('/inloggen');
  },
};
