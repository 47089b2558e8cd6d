'use strict';
// A parent forgets the password; the link arrives in the outbox (no SMTP in the demo); they set a
// new password and log in with it.
module.exports = {
  name: 'password reset through the link in the outbox',
  async run(t) {
    const ouder = t.loginOf('ouder');
    const p = await t.user('ouder');
    await p.visit('/inloggen');
    await p.click('main a[href="/wachtwoord-vergeten"]');
    await p.submit('/wachtwoord-vergeten', { login: ouder.login });
    await p.expectText('Als dit account bestaat');

    // The beheerder's second login in this run: the harness takes the next TOTP step.
    const b = await t.user('beheerder');
    await b.login(t.loginOf('beheerder').login);
    await b.visit('/beheer/e-mail');
    const link = (await b.page.locator('.kkdw-pre').allInnerTexts())
      .map((text) => (text.match(/https?:\/\/\S+\/wachtwoord-herstellen\/[A-Za-z0-9_-]+/) || [])[0])
      .find(Boolean);
    t.expect(link, 'the reset mail with its link is in the outbox');
    await b.close();

    const path = new URL(link).pathname;
    await p.visit(path, { status: 200 });
    const password = 'Een-nieuw-wachtwoord-voor-ouder';
    await p.submit(path, { password, password_repeat: 'iets anders' });
    await p.expectText('De twee wachtwoorden zijn niet hetzelfde');
    await p.submit(path, { password, password_repeat: password });
    await p.expectText('Je wachtwoord is opgeslagen');
    // Later journeys of this run log the parent in with the new password.
    t.state.ouderPassword = password;
    await p.login(ouder.login, { password });
    p.expectPath('/ouder');
    await p.logout();
  },
};
