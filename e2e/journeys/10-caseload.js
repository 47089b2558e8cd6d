'use strict';
// Noor (jeugdprofessional, TOTP) opens her caseload, registers a 14-year-old with a parent, gets
// the invitation links, and is refused the new plan until the young person and the parent agree.

function bornYearsAgo(years) {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 30);
  return d.toISOString().slice(0, 10);
}

module.exports = {
  name: 'a professional registers a 14-year-old and is refused the plan without consent',
  async run(t) {
    const noor = await t.user('noor');
    await noor.login('noor@wijkerveen.example');
    noor.expectPath('/team');
    await noor.click('main a[href="/team/jongeren"]');
    await noor.expectText('Mijn jongeren');
    await noor.expectText('Sam Jansen');

    await noor.click('main a[href="/team/jongeren/nieuw"]');
    const wijk = await noor.page.locator('#f-wijk_id option:not([value=""])').first().getAttribute('value');
    const fields = {
      first_name: 'Daphne',
      last_name: 'de Graaf',
      birth_date: bornYearsAgo(14),
      wijk_id: wijk,
      parent_name: 'Marco de Graaf',
      parent_email: '',
    };
    // Without the authority check the form comes back with a Dutch message and what was typed.
    await noor.submit('/team/jongeren/nieuw', fields);
    await noor.expectText('Controleer eerst het gezag');
    t.expect((await noor.value('#f-first_name')) === 'Daphne', 'the typed name came back');
    await noor.page.locator('#f-parent_authority').check();
    await noor.click('form[action="/team/jongeren/nieuw"] button[type="submit"]');
    await noor.expectText('Daphne de Graaf');
    const young = (await noor.page.locator('#link-jongere').innerText()).trim();
    const parent = (await noor.page.locator('#link-ouder').innerText()).trim();
    t.expect(young.includes('/uitnodiging/') && parent.includes('/uitnodiging/') && young !== parent, 'two invitation links');
    await noor.shot('registered');

    await noor.click('main a[href^="/jongeren/"]');
    const base = noor.path();
    await noor.expectText('Daphne');
    await noor.visit(`${base}/plan`, { status: 403 });
    // Not a bare refusal: the page says the plan is not shared with the team and offers to ask.
    await noor.expectText('Niet gedeeld met het team');
    t.expect((await noor.page.locator('main form[action$="/toestemming-vragen"]').count()) === 1, 'Noor can ask for consent');
    await noor.shot('no-consent');
    await noor.close();
  },
};
