'use strict';
// The person invited in 03-beheer accepts the link, chooses a password, sets up TOTP and arrives.
module.exports = {
  name: 'invited professional accepts, sets up TOTP and logs in',
  async run(t) {
    const inv = t.state.invitation;
    t.expect(inv, 'needs the invitation from 03-beheer');
    const eva = await t.user('eva');
    await eva.visit(new URL(inv.link).pathname, { status: 200 });
    await eva.expectText(inv.email);
    await eva.submit(new URL(inv.link).pathname, { password: 'kort', password_repeat: 'kort' });
    await eva.expectText('Het wachtwoord is te kort');
    const password = 'Eva-heeft-een-lang-wachtwoord';
    await eva.submit(new URL(inv.link).pathname, { password, password_repeat: password });
    await eva.expectText('Je wachtwoord is opgeslagen');
    await eva.submit('/inloggen', { login: inv.email, password });
    eva.expectPath('/inloggen/tweestaps-instellen');
    await eva.shot('enrol');
    const secret = (await eva.page.locator('#totp-secret').innerText()).trim();
    t.addSecret(inv.email, secret);
    await eva.submit('/inloggen/tweestaps-instellen', { code: await t.totp(inv.email) });
    await eva.expectText('Je herstelcodes');
    await eva.click('main a[href="/start"]');
    eva.expectPath('/team');
    await eva.expectText('Eva Kok');
    // The used link does not work a second time.
    await eva.visit(new URL(inv.link).pathname, { status: 410 });
    await eva.expectText('Deze link werkt niet meer');
    await eva.close();
  },
};
