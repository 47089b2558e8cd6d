'use strict';
// The language switch goes to English and back, and stays on the same page.
module.exports = {
  name: 'language switch to English and back',
  async run(t) {
    const u = await t.user('bezoeker');
    await u.visit('/toegankelijkheid');
    await u.click('header a[hreflang="en"]');
    u.expectPath('/toegankelijkheid');
    t.expect((await u.page.getAttribute('html', 'lang')) === 'en', 'the page is in English');
    await u.expectText('Accessibility');
    await u.click('header a[href="/inloggen"]');
    await u.expectText('Log in');
    await u.shot('login-en');
    await u.click('header a[hreflang="nl"]');
    u.expectPath('/inloggen');
    t.expect((await u.page.getAttribute('html', 'lang')) === 'nl', 'the page is in Dutch again');
    await u.expectText('Inloggen');
  },
};
