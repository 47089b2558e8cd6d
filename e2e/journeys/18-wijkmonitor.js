'use strict';
// The wijkmonitor: Mehmet (beleid) opens it from his start page, compares the wijken, opens one
// wijk's trends and downloads the CSV; the charts are named pictures with a data table beside them;
// small counts show as "< 5"; no page or CSV names a demo young person. The teamleider sees only
// the team's own wijken.

const FULL_NAMES = ['Sam Jansen', 'Yara Jansen', 'Milan de Wit', 'Ilse Vermeer', 'Jayden Koç', 'Eva Smit'];

function expectNoNames(t, where, text) {
  for (const n of FULL_NAMES) {
    if (text.includes(n)) t.problem(`${where} shows the name "${n}"`);
  }
  if (/Synthetisch \d/.test(text)) t.problem(`${where} shows a synthetic young person's name`);
}

module.exports = {
  name: 'beleid compares wijken in the wijkmonitor; a team sees its own wijken',
  async run(t) {
    const mehmet = await t.user('beleid');
    await mehmet.login(t.loginOf('beleid').login);
    await mehmet.click('main a[href="/monitor"]');
    mehmet.expectPath('/monitor');
    await mehmet.expectText('Zo beschermen we de jongeren');
    await mehmet.expectText('Wijken naast elkaar');
    const charts = mehmet.page.locator('main svg[role="img"]');
    t.expect((await charts.count()) >= 2, 'the page has named charts');
    for (const svg of await charts.all()) {
      const by = await svg.getAttribute('aria-labelledby');
      t.expect(by && (await mehmet.page.locator(`#${by}`).count()) === 1, `chart named by #${by}`);
    }
    t.expect((await mehmet.page.locator('main table').count()) >= 3, 'every chart has a data table');
    expectNoNames(t, '/monitor', await mehmet.page.locator('body').innerText());
    await mehmet.shot('monitor');

    await mehmet.click('main a[href="/monitor/wijk/WK099002"]');
    mehmet.expectPath('/monitor/wijk/WK099002');
    await mehmet.expectText('Aantallen per kwartaal');
    expectNoNames(t, '/monitor/wijk/WK099002', await mehmet.page.locator('body').innerText());
    await mehmet.shot('wijk');
    const csvLink = await mehmet.page.locator('main a[href^="/monitor.csv"]').getAttribute('href');
    const csv = await mehmet.page.request.get(t.base + csvLink);
    t.expect(csv.status() === 200, `the CSV answers ${csv.status()}`);
    const text = await csv.text();
    t.expect(text.startsWith('area_code,area,period,indicator,label,value'), 'the CSV has its header');
    expectNoNames(t, csvLink, text);
    await mehmet.logout();

    const lead = await t.user('teamleider');
    await lead.login(t.loginOf('teamleider').login);
    await lead.visit('/monitor');
    await lead.expectText('U ziet de wijken van uw team');
    t.expect((await lead.page.locator('main a[href="/monitor/wijk/WK099001"]').count()) === 0, 'another team\'s wijk is not listed');
    await lead.close();
  },
};
