'use strict';
// The introduction loop as each party reads it. Sam's suggestions name each activity once, with its
// club, place and time, and leave out what already runs for him. He asks for one: the next page
// confirms it and says what happens now and who is next, with no button he cannot use and no
// reason for stopping chosen for him. The club's inbox counts what is new and shows dates; on the
// introduction the club accepted it finds Sam's own words labelled as his, one primary button,
// and how to reach someone.

async function mainText(u) {
  return (await u.page.locator('main').innerText()).replace(/\s+/g, ' ');
}

module.exports = {
  name: 'the introduction loop says what happens next, and who is next, to each reader',
  async run(t) {
    const sam = await t.user('sam');
    await sam.login(t.loginOf('sam').login);
    const list = (await sam.visit('/mijn/introducties')) && sam.path();
    const young = list.replace(/\/introducties$/, '');
    t.expect(/^\/jongeren\/[^/]+$/.test(young), `Sam's introductions are at ${list}`);
    const running = await sam.page.locator('main article.kkdw-intro h2 a').allInnerTexts();

    // Suggestions: one card per activity, with club and place; nothing that already runs.
    await sam.visit(`${young}/suggesties`);
    const cards = sam.page.locator('main ol.kkdw-suggestions > li');
    const n = await cards.count();
    t.expect(n > 0, 'Sam gets suggestions');
    const seen = new Set();
    for (let i = 0; i < n; i += 1) {
      const card = cards.nth(i);
      const name = (await card.locator('h2').innerText()).trim();
      const club = (await card.locator('.kkdw-suggestion-club').innerText()).trim();
      t.expect(club.length > 0, `the suggestion "${name}" names its club`);
      t.expect(!seen.has(`${name}|${club}`), `"${name}" of ${club} is suggested once, not again`);
      seen.add(`${name}|${club}`);
      t.expect(!running.includes(name), `"${name}" already runs for Sam and is not suggested`);
    }
    t.expect((await cards.first().locator('dl.kkdw-where-when').innerText()).includes('Waar'), 'a suggestion says where');
    await sam.shot('suggestions');

    // He asks for the first one: a confirmation, what happens now and who is next.
    const ask = cards.first().locator('a[href*="/introducties/nieuw?aanbod="]');
    const activity = (await cards.first().locator('h2').innerText()).trim();
    const club = (await cards.first().locator('.kkdw-suggestion-club').innerText()).trim();
    await sam.click(`main ol.kkdw-suggestions > li:first-child a[href*="/introducties/nieuw?aanbod="]`);
    t.expect((await ask.count()) >= 0, 'the form opened');
    await sam.fill({ message: 'Ik wil dit graag eens proberen.', contact_via: 'Bel mijn moeder' });
    await sam.click(`form[action="${young}/introducties/nieuw"] button[type="submit"]`);
    t.expect(/^\/introducties\/[^/]+$/.test(sam.path()), `after asking Sam is on ${sam.path()}`);
    await sam.expectText('Je vraag is verstuurd.');
    await sam.expectText('Wat gebeurt er nu?');
    await sam.expectText(`${club} leest je vraag en zegt ja of nee.`);
    await sam.expectText('Wat jij de club vertelt');
    t.expect((await sam.page.locator('main h1').innerText()).includes(activity), 'the page is about the activity he chose');
    // The club decides now: Sam has no button to press, and stopping is behind its own disclosure.
    t.expect((await sam.page.locator('main form[action$="/status"] button.utrecht-button--primary-action').count()) === 0, 'no primary step for Sam while the club decides');
    const stop = sam.page.locator('main details.kkdw-step-stop');
    t.expect((await stop.count()) === 1, 'stopping is behind a disclosure');
    t.expect(!(await stop.evaluate((d) => d.open)), 'the disclosure is closed');
    for (const v of await sam.page.locator('main select[name="reason"]').evaluateAll((ss) => ss.map((s) => s.value))) {
      t.expect(v === '', `no reason for stopping is chosen for Sam (${v})`);
    }
    await sam.shot('asked');
    // The confirmation is shown once.
    await sam.visit(sam.path());
    t.expect(!(await mainText(sam)).includes('Je vraag is verstuurd.'), 'the confirmation is not shown again');
    await sam.close();

    // The club: how many are new, with dates; the accepted one shows Sam's words and a way to reach him.
    const p = await t.user('partner');
    await p.login(t.loginOf('partner').login);
    await p.visit('/partner/introducties');
    const inbox = await mainText(p);
    t.expect(/(\d+ nieuwe introducties? wacht|geen nieuwe introducties)/.test(inbox), `the inbox counts what is new: ${inbox.slice(0, 300)}`);
    t.expect(/\d{2}-\d{2}-\d{4}/.test(inbox), 'the inbox shows dates');
    t.expect(!/\d{4}-\d{2}-\d{2}/.test(inbox), 'no ISO dates in the inbox');
    await p.shot('inbox');
    const row = p.page.locator('main tbody tr', { hasText: 'Voetbaltraining' }).filter({ hasText: 'Sam' });
    t.expect((await row.count()) >= 1, 'Sam\'s football introduction is in the inbox');
    const href = await row.first().locator('a').first().getAttribute('href');
    await p.visit(href);
    await p.expectText('Wat Sam de club vertelt');
    await p.expectText('Contact opnemen');
    await p.expectText('Noor de Vries');
    const primary = p.page.locator('main form[action$="/status"] button.utrecht-button--primary-action');
    t.expect((await primary.count()) === 1, `one primary button for the club (${await primary.count()})`);
    t.expect((await primary.innerText()).includes('Contact gelegd'), 'the club\'s next step is "Contact gelegd"');
    await p.shot('accepted');
    await p.close();
  },
};
