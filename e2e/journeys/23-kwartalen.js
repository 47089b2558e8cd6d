'use strict';
// The wijkmonitor per quarter: the page says in plain Dutch what a figure covers; a wijk's trend
// shows the number of young people in most quarters (few "•" gaps), as a named chart with its data
// table. And "Weet jij hoe?" shows similar ideas while someone types (with JavaScript; the preview
// step does this without it, see journey 17).

module.exports = {
  name: 'the wijkmonitor shows quarters with readable trends; similar ideas appear while typing',
  async run(t) {
    const mehmet = await t.user('beleid');
    await mehmet.login(t.loginOf('beleid').login);
    await mehmet.visit('/monitor');
    await mehmet.expectText('Cijfers per kwartaal');
    await mehmet.expectText('De hele gemeente per kwartaal');
    await mehmet.visit('/monitor/wijk/WK099001');
    const svg = mehmet.page.locator('main svg[role="img"][aria-labelledby="trend-wijk"]');
    t.expect((await svg.count()) === 1, 'the wijk trend is a named chart');
    const rows = mehmet.page.locator('#trend-wijk-tabel').locator('xpath=ancestor::table').locator('tbody tr');
    t.expect((await rows.count()) === 8, `eight quarters in the trend table, found ${await rows.count()}`);
    let shown = 0;
    for (const row of await rows.all()) {
      const first = (await row.locator('td').first().innerText()).trim();
      if (/^\d+$/.test(first)) shown += 1;
    }
    t.expect(shown >= 6, `the number of young people shows in most quarters (${shown} of 8)`);
    await mehmet.shot('wijk-kwartalen');
    await mehmet.close();

    if (!t.variant.javascript) return;
    const v = await t.user('bezoeker');
    await v.visit('/ideeen/nieuw');
    await v.page.locator('#f-title').fill('Trapveld');
    await v.page.locator('#f-body').fill('Voetballen op het trapveld');
    await v.page.locator('#vergelijkbaar-live a', { hasText: 'Trapveld open in de zomer' }).waitFor({ timeout: 5000 });
    await v.checkPage();
    await v.shot('idee-vergelijkbaar');
    await v.close();
  },
};
