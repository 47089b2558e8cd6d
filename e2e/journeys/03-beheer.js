'use strict';
// The beheerder adds a wijk (first with a wrong code), invites a professional and reads the outbox
// (which hides one-time links).
module.exports = {
  name: 'beheerder: wijk with a wrong then a right code, invitation, outbox',
  async run(t) {
    const b = await t.user('beheerder');
    await b.login(t.loginOf('beheerder').login);
    await b.click('main a[href="/beheer/gebieden"]');
    await b.submit('/beheer/gebieden/wijk', { code: 'WK123', name: 'Nieuwbouw' });
    await b.expectText('Deze code heeft niet de goede vorm');
    t.expect((await b.value('form[action="/beheer/gebieden/wijk"] #f-code')) === 'WK123', 'the typed code is kept');
    t.expect((await b.value('form[action="/beheer/gebieden/wijk"] #f-name')) === 'Nieuwbouw', 'the typed name is kept');
    await b.shot('wijk-error');
    await b.submit('/beheer/gebieden/wijk', { code: 'WK099008', name: 'Nieuwbouw' });
    b.expectPath('/beheer/gebieden');
    await b.expectText('WK099008');
    await b.shot('wijk-added');

    await b.visit('/beheer/gebruikers');
    const email = `eva.${t.variant.name}@wijkerveen.example`;
    // The invitation form (the page also has a search form with the same action).
    const invite = 'form[method="post"][action="/beheer/gebruikers"]';
    await b.fill({
      [`${invite} #f-display_name`]: 'Eva Kok',
      [`${invite} #f-email`]: email,
      [`${invite} #f-role`]: 'jeugdprofessional',
      [`${invite} #f-team_id`]: { label: 'Lokaal team Noord-Oost' },
    });
    await b.click(`${invite} button[type="submit"]`);
    await b.expectText('Eva Kok is uitgenodigd');
    const link = (await b.page.locator('.kkdw-code').innerText()).trim();
    t.expect(/\/uitnodiging\/[A-Za-z0-9_-]+$/.test(link), 'the new account\'s invitation link is shown once');
    await b.shot('invited');

    await b.visit('/beheer/e-mail');
    await b.expectText(email);
    const held = (await b.page.locator('.kkdw-pre').allInnerTexts()).join('\n');
    t.expect(held.includes('/uitnodiging/[verborgen'), 'the invitation mail is in the outbox, its link hidden');
    t.expect(!held.includes(new URL(link).pathname), 'the outbox does not show the usable link');
    await b.shot('outbox');
    t.state.invitation = { email, link };
    await b.logout();
  },
};
