'use strict';
// The beheerder fits the municipality's list of barrier kinds: from the start card to the list,
// a refused empty name that comes back with the error summary, a new kind that a professional
// then finds in the barrier form.

module.exports = {
  name: 'a beheerder adds a kind of barrier that professionals then choose',
  async run(t) {
    const admin = await t.user('beheerder');
    await admin.login(t.loginOf('beheerder').login);
    await admin.click('main a[href="/beheer/hindernis-categorieen"]');
    admin.expectPath('/beheer/hindernis-categorieen');
    await admin.expectText('Soorten hindernissen');

    const add = 'form[action="/beheer/hindernis-categorieen#toevoegen"]';
    const name = 'Wonen';
    // An empty Dutch name is refused; the English one that was typed stays.
    await admin.fill({ [`${add} #n-name_nl`]: '', [`${add} #n-name_en`]: 'Housing' });
    await admin.click(`${add} button[type="submit"]`);
    await admin.expectText('Vul een naam in.');
    t.expect((await admin.value(`${add} #f-name_en`)) === 'Housing', 'what was typed is kept');
    await admin.fill({ [`${add} #f-name_nl`]: name });
    await admin.click(`${add} button[type="submit"]`);
    await admin.expectText('De lijst is opgeslagen.');
    await admin.expectText(name);
    await admin.shot('categories');

    const prof = await t.user('jeugdprofessional');
    await prof.login(t.loginOf('jeugdprofessional').login);
    await prof.visit('/hindernissen/nieuw');
    const options = await prof.page.locator('#f-category option').allInnerTexts();
    t.expect(options.includes(name), `the new kind is a choice (${options.join(', ')})`);
  },
};
