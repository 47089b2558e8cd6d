'use strict';
// Anyone: home, statements, a page that does not exist.
module.exports = {
  name: 'public pages and the 404 page',
  async run(t) {
    const u = await t.user('bezoeker');
    await u.visit('/', { status: 200 });
    await u.expectText('Het gewone leven');
    await u.shot('home');
    await u.click('footer a[href="/toegankelijkheid"]');
    await u.expectText('Toegankelijkheid');
    await u.click('footer a[href="/privacy"]');
    await u.shot('privacy');
    await u.visit('/bestaat-niet', { status: 404 });
    await u.expectText('Pagina niet gevonden');
    await u.shot('404');
  },
};
