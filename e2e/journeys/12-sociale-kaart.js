'use strict';
// Anyone searches the social map: by words (Dutch stemming: "voetballen" finds football), category,
// age, free only, and distance from a demo postcode; opens a listing with its calendar file. The list
// works without JavaScript; with it, a map sits on top of the same list, and the page stays usable
// when the tiles do not load. Then the partner of VV Wijkerveen corrects one of the club's listings
// (ages upside down first: a Dutch message, and what was typed stays), and may not open another
// organisation's listing.

/** The result cards on the search page: name, link and the text of the card. */
async function results(u) {
  return u.page.locator('main .kkdw-results > li.kkdw-result').evaluateAll((lis) =>
    lis.map((li) => {
      const a = li.querySelector('h3 a');
      return { name: a.textContent.trim(), href: a.getAttribute('href'), text: li.innerText };
    }),
  );
}

/** Searches with these fields (by name), starting from an empty form. */
async function search(u, fields) {
  await u.visit('/sociale-kaart');
  const form = 'form[action="/sociale-kaart"]';
  for (const [name, value] of Object.entries(fields)) {
    const el = u.page.locator(`${form} [name="${name}"]`).first();
    const kind = await el.evaluate((e) => (e.tagName === 'SELECT' ? 'select' : e.type));
    if (kind === 'select') await el.selectOption({ label: value });
    else if (kind === 'checkbox') await el.setChecked(!!value);
    else await el.fill(value);
  }
  await u.click(`${form} button[type="submit"]`);
  u.expectPath('/sociale-kaart');
}

/** Waits until every map tile has loaded or failed. */
async function tilesSettled(u) {
  await u.page.waitForFunction(() => {
    const imgs = [...document.querySelectorAll('#kaart img.leaflet-tile')];
    return imgs.length > 0 && imgs.every((i) => i.complete);
  });
}

/** How many map tiles show an image. */
async function tilesDrawn(u) {
  return u.page.locator('#kaart img.leaflet-tile').evaluateAll((imgs) => imgs.filter((i) => i.naturalWidth > 0).length);
}

/** Metres from "350 m" or "1,2 km". */
function metres(text) {
  const m = text.match(/\(([\d,.]+) (m|km)\)/);
  if (!m) return null;
  const n = parseFloat(m[1].replace(',', '.'));
  return m[2] === 'km' ? n * 1000 : n;
}

module.exports = {
  name: 'anyone searches the social map; the partner corrects a listing of the club',
  async run(t) {
    const u = await t.user('bezoeker');
    await u.visit('/sociale-kaart', { status: 200 });
    await u.expectText('Sociale kaart');

    // Words: "voetballen" is stemmed, so listings that say "voetbal" are found, and only football.
    await search(u, { q: 'voetballen' });
    let found = await results(u);
    const names = found.map((r) => r.name);
    t.expect(names.some((n) => n.startsWith('Voetbaltraining')) && names.includes('Pleinvoetbal'), `"voetballen" found: ${names.join(', ')}`);
    t.expect(found.every((r) => /voetbal/i.test(r.text)), `"voetballen" also found: ${names.join(', ')}`);
    await u.shot('words');

    // The map: with JavaScript on top of the list, with tiles from the (local) tile server; without
    // JavaScript it stays hidden and the list holds everything.
    const map = u.page.locator('#kaart');
    t.expect((await map.count()) === 1, 'the search page has a map container');
    if (t.variant.javascript) {
      t.expect(await map.isVisible(), 'the map is shown when JavaScript runs');
      const markers = await u.page.locator('#kaart path.leaflet-interactive').count();
      t.expect(markers > 0, 'the results are marked on the map');
      await tilesSettled(u);
      t.expect(await tilesDrawn(u) > 0, 'the map drew tiles from the tile server');
      t.expect(t.tiles.requests() > 0, 'the map asked the tile server for tiles');
    } else {
      t.expect(await map.isHidden(), 'without JavaScript the map container stays hidden');
    }

    // A category and an age: football for a 9-year-old.
    await search(u, { categorie: 'Voetbal', leeftijd: '9' });
    found = await results(u);
    t.expect(found.length > 0, 'football for age 9 finds something');
    t.expect(found.some((r) => r.name === 'Voetbaltraining JO11'), `football at 9: ${found.map((r) => r.name).join(', ')}`);
    t.expect(!found.some((r) => /JO15|JO17|JO19/.test(r.name)), `football at 9 shows older teams: ${found.map((r) => r.name).join(', ')}`);
    t.expect(found.every((r) => r.text.includes('Voetbal')), 'every result is in the category Voetbal');
    t.expect((await u.value('#f-leeftijd')) === '9', 'the age stays in the form');

    // Free only.
    await search(u, { categorie: 'Voetbal', gratis: true });
    found = await results(u);
    t.expect(found.some((r) => r.name === 'Pleinvoetbal'), `free football: ${found.map((r) => r.name).join(', ')}`);
    t.expect(found.every((r) => /Kosten\s+Gratis/.test(r.text)), 'free only shows only free listings');
    t.expect(!found.some((r) => r.name.startsWith('Voetbaltraining')), 'free only leaves out the paid training');
    t.expect(await u.page.locator('#f-gratis').isChecked(), 'the box stays ticked');
    await u.shot('free');

    // A demo postcode near Sportpark Zuid, within 1 km: each result says how far, never further.
    await search(u, { q: 'voetbal', postcode: '3594 BA', afstand: 'Binnen 1 km' });
    found = await results(u);
    t.expect(found.some((r) => r.name === 'Meidenvoetbal'), `football near 3594 BA: ${found.map((r) => r.name).join(', ')}`);
    for (const r of found) {
      const m = metres(r.text);
      t.expect(m !== null && m <= 1000, `${r.name} is not within 1 km: ${r.text.replace(/\s+/g, ' ')}`);
    }
    await u.shot('distance');
    // A postcode that cannot be one: a Dutch message, the form keeps what was typed.
    await u.visit('/sociale-kaart?postcode=12AB&afstand=2', { status: 422 });
    await u.expectText('Dit is geen Nederlandse postcode');
    t.expect((await u.value('#f-postcode')) === '12AB', 'the typed postcode came back');

    // A listing: what, when, and its times for a calendar app. With JavaScript, the tiles fail on the
    // way there (answered "not found", as a tile server without them would): the map box stays, the
    // list and its links work as before.
    if (t.variant.javascript) await u.page.route('**/tiles/**', (route) => route.fulfill({ status: 404, body: '' }));
    await search(u, { q: 'meidenvoetbal' });
    if (t.variant.javascript) {
      t.expect(await map.isVisible(), 'the map box is still there without tiles');
      await tilesSettled(u);
      t.expect((await tilesDrawn(u)) === 0, 'no tile was drawn');
      await u.shot('no-tiles');
    }
    await u.click('main .kkdw-results a:text-is("Meidenvoetbal")');
    if (t.variant.javascript) await u.page.unroute('**/tiles/**');
    t.expect(/^\/sociale-kaart\/aanbod\/[^/]+$/.test(u.path()), `the listing is at ${u.path()}`);
    await u.expectText('Meidenvoetbal');
    await u.expectText('VV Wijkerveen');
    const listing = u.path();
    const ics = u.page.locator(`main a[href="${listing}/rooster.ics"]`);
    t.expect((await ics.count()) === 1, 'the listing has a calendar link');
    const cal = await u.page.request.get(t.base + (await ics.getAttribute('href')));
    t.expect(cal.status() === 200 && /^text\/calendar/.test(cal.headers()['content-type']), `the calendar answers ${cal.status()} ${cal.headers()['content-type']}`);
    const body = await cal.text();
    t.expect(body.startsWith('BEGIN:VCALENDAR') && body.includes('RRULE:') && body.includes('Meidenvoetbal'), 'the calendar file holds the weekly times');
    t.expect((await u.page.locator('main a[href^="/mijn/introductie"]').count()) === 0, 'no "introduce me" for a visitor who is not logged in');
    await u.shot('listing');
    await u.close();

    // The partner of VV Wijkerveen keeps the club's listings.
    const p = await t.user('partner');
    await p.login(t.loginOf('partner').login);
    await p.click('main a[href="/sociale-kaart/beheer"]');
    p.expectPath('/sociale-kaart/beheer');
    const orgs = await p.page.locator('main table tbody td:nth-child(2)').allInnerTexts();
    t.expect(orgs.length > 0 && orgs.every((o) => o.trim() === 'VV Wijkerveen'), `the partner's listings are of: ${[...new Set(orgs)].join(', ')}`);
    await p.shot('manage');
    await p.click('main table a:text-is("Meidenvoetbal")');
    const edit = p.path();
    t.expect(edit === listing.replace('/sociale-kaart/aanbod/', '/sociale-kaart/beheer/'), `editing at ${edit}`);
    const name = await p.value('#f-name');

    // Ages upside down: the form comes back in Dutch with the typed values.
    await p.submit(edit, { min_age: '16', max_age: '10' });
    p.expectPath(edit);
    await p.expectText('De hoogste leeftijd is lager dan de laagste.');
    t.expect((await p.value('#f-min_age')) === '16' && (await p.value('#f-max_age')) === '10', 'the typed ages came back');
    t.expect((await p.value('#f-name')) === name, 'the rest of the form came back');
    t.expect((await p.page.locator('#f-max_age[aria-invalid="true"]').count()) === 1, 'the wrong field is marked');
    await p.shot('ages-wrong');
    await p.submit(edit, { min_age: '10', max_age: '17' });
    p.expectPath('/sociale-kaart/beheer');
    await p.expectText('Het aanbod is opgeslagen.');
    await p.visit(listing);
    await p.expectText('10 t/m 17 jaar');
    t.expect((await p.page.locator(`main a[href="${edit}"]`).count()) === 1, 'the partner sees the edit link on the listing');
    await p.shot('saved');

    // Another organisation's listing is "not found" for this partner.
    await p.visit('/sociale-kaart?q=kookclub');
    const other = (await results(p)).find((r) => r.name === 'Kookclub');
    t.expect(other, 'the Kookclub is on the map');
    await p.visit(other.href);
    t.expect((await p.page.locator('main a[href^="/sociale-kaart/beheer/"]').count()) === 0, 'no edit link on another organisation\'s listing');
    await p.visit(other.href.replace('/sociale-kaart/aanbod/', '/sociale-kaart/beheer/'), { status: 404 });

    // The club's own details: a wrong e-mail address comes back in Dutch, then it is saved.
    await p.visit('/sociale-kaart/beheer');
    await p.click('main a[href^="/sociale-kaart/beheer/organisaties/"]');
    const orgPage = p.path();
    await p.expectText('Gegevens van de organisatie');
    await p.submit(orgPage, { email: 'jeugd@vvwijkerveen' });
    p.expectPath(orgPage);
    t.expect((await p.page.locator('#f-email[aria-invalid="true"]').count()) === 1, 'the e-mail field is marked');
    t.expect((await p.value('#f-email')) === 'jeugd@vvwijkerveen', 'the typed address came back');
    await p.shot('organisation-wrong');
    await p.submit(orgPage, { email: 'jeugd@vvwijkerveen.example' });
    p.expectPath('/sociale-kaart/beheer');
    await p.expectText('De organisatie is opgeslagen.');
    await p.close();

    // The municipality's editor sees the clubs with their partners, and can unlink one.
    const r = await t.user('redacteur');
    await r.login(t.loginOf('redacteur').login);
    await r.visit('/sociale-kaart/beheer/organisaties');
    await r.expectText('Organisaties en partners');
    t.expect((await r.page.locator('form[action="/sociale-kaart/beheer/organisaties/partner/ontkoppelen"]').count()) > 0, 'an unlink button per partner');
    await r.shot('organisations');
    await r.close();
  },
};
