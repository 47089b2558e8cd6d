'use strict';
// A parent forgets the password; the mail is held (no SMTP in the demo): the beheerder sees it
// without its link, the server's administrator reads it whole; the parent sets a new password and
// logs in with it.
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
    const shown = (await b.page.locator('.kkdw-pre').allInnerTexts()).join('\n');
    t.expect(shown.includes('/wachtwoord-herstellen/[verborgen'), 'the beheerder sees the reset mail without its link');
    await b.close();
    const link = (t.mailTo(ouder.login).match(/https?:\/\/\S+\/wachtwoord-herstellen\/[A-Za-z0-9_-]+/) || [])[0];
    t.expect(link, 'the reset mail with its link is in the outbox');
    t.expect(!shown.includes(new URL(link).pathname), 'the beheerder never sees the usable link');

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
