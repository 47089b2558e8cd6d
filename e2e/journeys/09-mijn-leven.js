'use strict';
// Sam (15) works on Mijn leven: a life domain, a rating, a goal with its five levels (first with a
// level left empty), a person on the network map, "Wie ziet wat" and the log. The quick-exit link is
// on every page he reaches, and points away from the site.

async function expectQuickExit(t, u) {
  const exit = u.page.locator('#snel-weg');
  t.expect((await exit.count()) === 1, `no quick exit on ${u.path()}`);
  // It ends the session at /snel-weg and leaves for another site.
  const target = await exit.evaluate((b) => b.form && b.form.getAttribute('data-exit'));
  const action = await exit.evaluate((b) => b.form && b.form.getAttribute('action'));
  t.expect(action === '/snel-weg' && target && /^https:\/\//.test(target) && !target.startsWith(t.base), `quick exit on ${u.path()} goes to ${target} through ${action}`);
}

module.exports = {
  name: 'a young person fills in Mijn leven: domain, rating, goal, network, sharing and log',
  async run(t) {
    const sam = await t.user('sam');
    await sam.login(t.loginOf('sam').login);
    sam.expectPath('/mijn');
    await expectQuickExit(t, sam);
    await sam.click('main a[href="/mijn/plan"]');
    const base = sam.path().replace(/\/plan$/, '');
    t.expect(/^\/jongeren\/[^/]+$/.test(base), `Mijn leven is at ${sam.path()}`);
    await sam.expectText('Mijn leven');
    await expectQuickExit(t, sam);
    await sam.shot('plan');

    // A life domain.
    await sam.click(`main a[href^="${base}/plan/domein/"]`);
    const domainForm = new URL(sam.page.url()).pathname;
    await sam.submit(domainForm, { goes_well: 'Ik kook elke zondag voor mijn zus' });
    sam.expectPath(`${base}/plan`);
    await sam.expectText('Opgeslagen.');
    await sam.expectText('Ik kook elke zondag voor mijn zus');

    // A rating for the first domain.
    const rating = `form[action="${base}/plan/cijfer"]`;
    await sam.fill({ [`${rating} select[name="score"]`]: '9' });
    await sam.click(`${rating} button[type="submit"]`);
    sam.expectPath(`${base}/plan`);
    await sam.expectText('Opgeslagen.');

    // A goal: with one level empty the form comes back in Dutch, with what was typed.
    await sam.click(`main a[href="${base}/plan/doelen"]`);
    const goal = {
      title: 'Ik haal mijn zwemdiploma C',
      level_0: 'Ik heb diploma B',
      level_plus1: 'Ik oefen voor C',
      level_plus2: '',
      level_minus1: 'Ik zwem een keer per maand',
      level_minus2: 'Ik zwem niet meer',
    };
    await sam.submit(`${base}/plan/doelen`, goal);
    await sam.expectText('Vul dit niveau in. Alle vijf niveaus zijn nodig.');
    t.expect((await sam.value('#f-title')) === goal.title, 'the typed title came back');
    t.expect((await sam.value('#f-level_minus2')) === goal.level_minus2, 'the typed levels came back');
    await sam.shot('goal-errors');
    await sam.submit(`${base}/plan/doelen`, { level_plus2: 'Ik heb diploma C' });
    sam.expectPath(`${base}/plan`);
    await sam.expectText('Ik haal mijn zwemdiploma C');

    // The network map: a person added shows up in the drawing and in the table.
    await sam.click(`nav a[href="${base}/netwerk"]`);
    await expectQuickExit(t, sam);
    t.expect((await sam.page.locator('main figure svg').count()) === 1, 'the network map is drawn');
    await sam.submit(`${base}/netwerk`, { name: 'Zwemjuf Mira', sector: 'club', ring: '2' });
    sam.expectPath(`${base}/netwerk`);
    const row = sam.page.locator('main table th[scope="row"]', { hasText: 'Zwemjuf Mira' });
    t.expect((await row.count()) === 1, 'the new person is in the table');
    t.expect((await sam.page.locator('main figure svg').innerHTML()).includes('Zwemjuf Mira'), 'the new person is on the map');
    await sam.shot('network');
    // The map of three months ago next to today's, as a table.
    await sam.click(`form[action="${base}/netwerk/vergelijk"] button[type="submit"]`);
    sam.expectPath(`${base}/netwerk/vergelijk`);
    await sam.expectText('Vertrouwenspersonen');
    await sam.click(`main a[href="${base}/netwerk"]`);

    // Who sees what, and the log.
    await sam.click(`nav a[href="${base}/delen"]`);
    await sam.expectText('Wie ziet wat');
    await sam.expectText('Ria de Boer');
    await expectQuickExit(t, sam);
    await sam.click(`nav a[href="${base}/logboek"]`);
    await sam.expectText('Logboek: wie keek of veranderde iets');
    await sam.expectText('Sam Jansen');
    await sam.expectText('veranderde: het netwerk');
    await expectQuickExit(t, sam);
    await sam.shot('log');
    await sam.close();
  },
};
