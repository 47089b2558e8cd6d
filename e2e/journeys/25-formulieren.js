'use strict';
// Forms as a phone user meets them. A network form sent without a name comes back with the focus on
// the error summary at the top of the form, in view (also without JavaScript); sent again with a
// name, the next page says it was saved. Sam's rating and goal-score fields start at his current
// value, so saving without looking changes nothing; Noor, his professional, reads his rating but
// cannot give or change it. On the social map a search jumps to its results, "Terug naar zoeken"
// keeps the search, select boxes show an arrow and the map's buttons speak Dutch.

module.exports = {
  name: 'forms: focus on the error summary, a confirmation after saving, fields start at what is',
  async run(t) {
    const sam = await t.user('sam');
    await sam.login(t.loginOf('sam').login);
    await sam.visit('/mijn/netwerk');
    const network = sam.path();
    t.expect(/^\/jongeren\/[^/]+\/netwerk$/.test(network), `Sam's network is at ${network}`);
    const young = network.replace(/\/netwerk$/, '');

    // Sent without a name: the error summary has the focus and is on screen.
    await sam.submit(network, { name: '' });
    sam.expectPath(network);
    await sam.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'fouten', null, { timeout: 5000 });
    const box = await sam.page.locator('#fouten').boundingBox();
    const height = await sam.page.evaluate(() => window.innerHeight);
    t.expect(box && box.y >= 0 && box.y < height, `the focused error summary is in view (${JSON.stringify(box)}, window ${height})`);
    t.expect((await sam.page.locator('#fouten a[href="#f-name"]').count()) === 1, 'the summary links to the name field');
    await sam.shot('error-summary');

    // Sent with a name: saved, and the next page says so.
    await sam.page.locator(`form[action="${network}"] #f-sector`).selectOption({ index: 1 });
    await sam.submit(network, { name: 'Juf Anja' });
    await sam.expectText('Opgeslagen.');
    await sam.expectText('Juf Anja');
    t.expect((await sam.page.locator('main [role="status"]').count()) >= 1, 'the confirmation is announced');
    await sam.shot('saved');

    // Rating and goal fields start at the current value.
    await sam.visit(`${young}/plan`);
    const cards = sam.page.locator('main li.kkdw-card').filter({ has: sam.page.locator('form[action$="/plan/cijfer"]') });
    t.expect((await cards.count()) > 0, 'Sam can rate his domains');
    for (let i = 0; i < (await cards.count()); i += 1) {
      const card = cards.nth(i);
      const current = await card.locator('p', { hasText: 'Rapportcijfer' }).locator('strong').allInnerTexts();
      const selected = await card.locator('select[name="score"]').inputValue();
      t.expect(selected === (current[0] || '6'), `the new rating starts at ${current[0] || 'the middle'} (${selected})`);
    }
    const goals = sam.page.locator('main article.kkdw-goal');
    for (let i = 0; i < (await goals.count()); i += 1) {
      const now = await goals.nth(i).locator('p strong').allInnerTexts();
      const select = goals.nth(i).locator('form[action$="/score"] select[name="score"]');
      if ((await select.count()) === 0 || now.length === 0) continue;
      t.expect((await select.inputValue()) === now[0].replace('−', '-').replace('+', ''), `the goal score starts at ${now[0]}`);
    }
    await sam.close();

    // Noor reads Sam's rating; it is his to give.
    const noor = await t.user('noor');
    await noor.login('noor@wijkerveen.example');
    await noor.visit(`${young}/plan`);
    t.expect((await noor.page.locator('main form[action$="/plan/cijfer"]').count()) === 0, 'no rating form for the professional');
    await noor.expectText('Dit cijfer geeft Sam zelf.');
    await noor.close();

    // The social map: results in view after a search, and back to the same search.
    const v = await t.user('bezoeker');
    await v.visit('/sociale-kaart');
    const image = await v.page.locator('form[action="/sociale-kaart"] select').first().evaluate((el) => getComputedStyle(el).backgroundImage);
    t.expect(image.includes('svg'), `a select box shows an arrow (${image.slice(0, 40)})`);
    await v.submit('/sociale-kaart', { q: 'voetbal' });
    await v.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'resultaten', null, { timeout: 5000 });
    const results = await v.page.locator('#resultaten').boundingBox();
    const vh = await v.page.evaluate(() => window.innerHeight);
    t.expect(results && results.y >= 0 && results.y < vh, `the results are in view after searching (${JSON.stringify(results)})`);
    if (t.variant.javascript && (await v.page.locator('#kaart:not([hidden])').count()) === 1) {
      const title = await v.page.locator('#kaart .leaflet-control-zoom-in').getAttribute('title');
      t.expect(title === 'Inzoomen', `the zoom button is called "${title}"`);
    }
    await v.click('main .kkdw-results li:first-child h3 a');
    const back = await v.page.locator('main a', { hasText: 'Terug naar zoeken' }).getAttribute('href');
    t.expect(back.startsWith('/sociale-kaart?') && back.includes('q=voetbal'), `"Terug naar zoeken" keeps the search (${back})`);
    await v.click('main a:text-is("Terug naar zoeken")');
    t.expect(v.path().includes('q=voetbal'), `back on the search (${v.path()})`);
    await v.close();
  },
};
