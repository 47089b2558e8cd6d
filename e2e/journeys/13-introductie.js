'use strict';
// Warme overdracht from the listing to the club: Sam finds "Scheidsrechter worden" of VV Wijkerveen
// on the social map and introduces himself (no contact from the club, please); a second try is
// refused while the first runs. The partner sees his first name and age, never his last name, and
// accepts. Sam and his professional Noor see the same status and history; Sam's suggestions list
// opportunities with the reasons why.

const LISTING = 'Scheidsrechter worden';
const MESSAGE = 'Ik ken de spelregels goed en kan op zaterdagochtend.';
const WELCOME = 'Welkom! De cursus begint zaterdag om 9:00 op Sportpark Zuid.';

/** Fails when the page shows the young person's last name to the partner. */
async function expectNoLastName(t, u) {
  const body = await u.page.locator('body').innerText();
  t.expect(!body.includes('Jansen'), `${u.path()} shows the partner Sam's last name`);
}

module.exports = {
  name: 'a young person introduces himself from a listing; the partner accepts; all see one history',
  async run(t) {
    // Sam finds the listing and introduces himself.
    const sam = await t.user('sam');
    await sam.login(t.loginOf('sam').login);
    sam.expectPath('/mijn');
    await sam.visit('/sociale-kaart');
    await sam.submit('/sociale-kaart', { q: 'scheidsrechter' });
    await sam.click(`main .kkdw-results a:text-is("${LISTING}")`);
    const listing = sam.path();
    t.expect(/^\/sociale-kaart\/aanbod\/[^/]+$/.test(listing), `the listing is at ${listing}`);
    await sam.expectText('VV Wijkerveen');
    const introduce = sam.page.locator('main a[href^="/mijn/introductie?aanbod="]');
    t.expect((await introduce.count()) === 1, 'a young person may introduce himself from the listing');
    await sam.shot('listing');
    await sam.click('main a[href^="/mijn/introductie?aanbod="]');
    const form = sam.path();
    const m = form.match(/^\/jongeren\/([^/]+)\/introducties\/nieuw\?aanbod=/);
    t.expect(m, `the introduction form is at ${form}`);
    const young = `/jongeren/${m[1]}`;
    const action = `${young}/introducties/nieuw`;
    await sam.expectText(`Voorstellen bij ${LISTING}`);
    await sam.expectText('De club ziet alleen je voornaam (Sam)');
    await sam.fill({ message: MESSAGE });
    await sam.page.locator('#f-no_contact').check();
    await sam.shot('form');
    await sam.click(`form[action="${action}"] button[type="submit"]`);
    const intro = sam.path();
    t.expect(/^\/introducties\/[^/]+$/.test(intro), `after proposing Sam is on ${intro}`);
    await sam.expectText(LISTING);
    await sam.expectText('voorgesteld');
    await sam.expectText(MESSAGE);
    // His choice not to be contacted is on the page, and he can change it while it runs.
    t.expect(await sam.page.locator('#f-no_contact').isChecked(), 'the no-contact choice is ticked');
    await sam.page.locator('#f-no_contact').uncheck();
    await sam.click(`form[action="${intro}/contact"] button[type="submit"]`);
    sam.expectPath(intro);
    t.expect(!(await sam.page.locator('#f-no_contact').isChecked()), 'the choice was switched off');
    await sam.page.locator('#f-no_contact').check();
    await sam.click(`form[action="${intro}/contact"] button[type="submit"]`);
    t.expect(await sam.page.locator('#f-no_contact').isChecked(), 'and on again');
    await sam.shot('proposed');

    // The same listing again, while this one runs: refused in Dutch, with the message kept.
    await sam.visit(form);
    await sam.submit(action, { message: 'Nog een keer' });
    sam.expectPath(action);
    await sam.expectText('Je bent hier al voorgesteld.');
    t.expect((await sam.value('#f-message')) === 'Nog een keer', 'the typed message came back');
    await sam.logout();

    // The partner: first name and age in the inbox, never the last name; accepts with a note.
    const p = await t.user('partner');
    await p.login(t.loginOf('partner').login);
    await p.click('main a[href="/partner/introducties"]');
    p.expectPath('/partner/introducties');
    const row = p.page.locator('main tbody tr', { has: p.page.locator(`a[href="${intro}"]`) });
    t.expect((await row.count()) === 1, 'the new introduction is in the partner\'s inbox');
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    t.expect(/Sam \(\d+\)/.test(rowText) && rowText.includes(LISTING) && rowText.includes('voorgesteld'), `the inbox row says: ${rowText}`);
    t.expect(rowText.includes('geen contact'), `the inbox row does not say "geen contact": ${rowText}`);
    await expectNoLastName(t, p);
    await p.shot('inbox');
    await p.click(`main a[href="${intro}"]`);
    p.expectPath(intro);
    await p.expectText(MESSAGE);
    await p.expectText('Neem geen contact op met de jongere.');
    await expectNoLastName(t, p);
    const accept = `form[action="${intro}/status"]:has(input[name="to"][value="accepted"])`;
    t.expect((await p.page.locator(accept).count()) === 1, 'the partner may accept');
    await p.fill({ [`${accept} input[name="note"]`]: WELCOME });
    await p.click(`${accept} button[type="submit"]`);
    p.expectPath(intro);
    await p.expectText('geaccepteerd door de club');
    await p.expectText(WELCOME);
    await expectNoLastName(t, p);
    await p.shot('accepted');
    // Sam's own list of introductions (with the ones to other organisations) stays closed to her.
    const refused = await p.visit(`${young}/introducties`);
    t.expect([403, 404].includes(refused.status()), `the partner opens Sam's list: ${refused.status()}`);
    t.expect(!(await p.page.locator('body').innerText()).includes('Kookclub'), 'the partner sees Sam\'s other introductions');
    await p.logout();

    // Sam sees the accepted status and the whole history on his introductions page.
    await sam.login(t.loginOf('sam').login);
    await sam.visit(`${young}/introducties`);
    const card = sam.page.locator('main article.kkdw-intro', { has: sam.page.locator(`a[href="${intro}"]`) });
    t.expect((await card.count()) === 1, 'the introduction is on Sam\'s page');
    const cardText = (await card.innerText()).replace(/\s+/g, ' ');
    t.expect(cardText.includes('geaccepteerd door de club'), `Sam's card says: ${cardText}`);
    t.expect(cardText.includes('voorgesteld') && cardText.includes(WELCOME), `Sam's history: ${cardText}`);
    await sam.shot('list');

    // Suggestions: each one says why, and leads to its listing.
    await sam.click('main a[href$="/suggesties"]');
    sam.expectPath(`${young}/suggesties`);
    await sam.expectText('Suggesties');
    const suggestions = sam.page.locator('main ol.kkdw-suggestions > li');
    t.expect((await suggestions.count()) > 0, 'Sam gets suggestions');
    t.expect((await suggestions.first().locator('ul li').count()) > 0, 'a suggestion says why');
    t.expect((await suggestions.first().locator('a[href^="/sociale-kaart/aanbod/"]').count()) === 1, 'a suggestion links to its listing');
    await sam.shot('suggestions');
    await sam.close();

    // Noor, Sam's professional, sees the same status.
    const noor = await t.user('noor');
    await noor.login('noor@wijkerveen.example');
    await noor.visit(`${young}/introducties`);
    const noorCard = noor.page.locator('main article.kkdw-intro', { has: noor.page.locator(`a[href="${intro}"]`) });
    t.expect((await noorCard.count()) === 1, 'Noor sees the introduction');
    t.expect((await noorCard.innerText()).includes('geaccepteerd door de club'), 'Noor sees it accepted');
    await noor.click(`main a[href="${intro}"]`);
    await noor.expectText('geaccepteerd door de club');
    await noor.expectText(WELCOME);
    await noor.close();
  },
};
