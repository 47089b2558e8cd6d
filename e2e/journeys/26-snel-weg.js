'use strict';
// The quick exit. Sam presses "Snel weg" on his plan: he lands on a neutral site, and whoever picks up
// the phone and presses Back finds the login page, not Sam's plan.

const NEUTRAL = '<!DOCTYPE html><html lang="nl"><head><title>Google</title></head><body><main><h1>Zoeken</h1></main></body></html>';

module.exports = {
  name: 'after "Snel weg", Back does not show the app',
  async run(t) {
    const sam = await t.user('sam');
    // The neutral site is not visited for real.
    await sam.page.route('https://www.google.nl/**', (r) => r.fulfill({
      status: 200,
      contentType: 'text/html',
      body: NEUTRAL,
    }));
    if (!t.variant.javascript) {
      // Without JavaScript the browser follows the server's redirect to the neutral site, which the
      // test cannot answer for: the server's answer (its session ended) is shown as that site.
      await sam.page.route('**/snel-weg', async (route) => {
        await route.fetch({ maxRedirects: 0 });
        await route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL });
      });
    }
    await sam.login(t.loginOf('sam').login);
    await sam.visit('/mijn/plan');
    await sam.expectText('Snel weg');
    const ended = sam.page.waitForRequest((r) => new URL(r.url()).pathname === '/snel-weg' && r.method() === 'POST');
    const left = sam.page.waitForURL(t.variant.javascript ? /google\.nl/ : /\/snel-weg$/, { waitUntil: 'load', timeout: 10000 });
    await sam.page.locator('#snel-weg').click({ noWaitAfter: true });
    await ended;
    await left;
    await sam.page.goBack({ waitUntil: 'load' });
    const body = await sam.page.locator('body').innerText();
    t.expect(!body.includes('Snel weg') && !body.includes('Uitloggen'), `Back shows the app again: ${sam.path()}`);
    t.expect(sam.path().startsWith('/inloggen'), `Back leads to ${sam.path()}`);
    // The session is over: the plan asks for a login.
    await sam.visit('/mijn/plan');
    t.expect(sam.path().startsWith('/inloggen'), `the plan after the quick exit is at ${sam.path()}`);
    await sam.close();
  },
};
