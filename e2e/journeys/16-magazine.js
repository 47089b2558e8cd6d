'use strict';
// The public site and the magazine: a visitor reads the vision on the home page, goes to the
// magazine, searches it ("voetballen" finds "voetbal") and reads an article with its reading time
// and related articles; the redacteur edits the "Over ons" page (a script is removed, a preview
// first) and publishes a new article, which the visitor then finds.

const TITLE = 'Buitenspeeldag in Molenwijk';

module.exports = {
  name: 'the vision, reading and searching the magazine, a redacteur editing a page and publishing an article',
  async run(t) {
    const v = await t.user('bezoeker');
    await v.visit('/', { status: 200 });
    await v.expectText('Ieder kind verdient een gewoon leven');
    for (const href of ['/ideeen', '/webinars', '/magazine', '/contact']) {
      t.expect((await v.page.locator(`main a[href="${href}"]`).count()) === 1, `a call to act to ${href}`);
    }
    await v.shot('home');
    await v.click('main a[href="/magazine"]');
    v.expectPath('/magazine');
    await v.expectText('Methodes, interviews en praktijkverhalen');
    await v.submit('/magazine', { q: 'voetballen' });
    await v.expectText('Voetbal was mijn uitweg');
    await v.expectText('Van contributie te hoog naar gewoon meedoen');
    await v.shot('search');
    await v.click('main h3 a:has-text("Voetbal was mijn uitweg")');
    await v.expectText('min. lezen');
    await v.expectText('Lees ook');
    await v.click('main .kkdw-tags a:text-is("sport")');
    await v.expectText('Artikelen over: sport.');
    await v.shot('tag');

    // The redacteur: from the start card to the pages and the magazine.
    const r = await t.user('redacteur');
    await r.login(t.loginOf('redacteur').login);
    r.expectPath('/redactie');
    await r.click('main a[href="/redactie/paginas"]');
    await r.click('main a[href="/redactie/paginas/over-ons"]');
    await r.fill({ body_nl: 'We werken samen met de wijk.\n\n<script>alert(1)</script>\n\n> Samen kom je verder.' });
    await r.click('form[action="/redactie/paginas/over-ons"] button[value="voorbeeld"]');
    await r.expectText('Samen kom je verder.');
    t.expect((await r.page.locator('.kkdw-preview script').count()) === 0, 'the preview holds no script');
    await r.submit('/redactie/paginas/over-ons');
    r.expectPath('/redactie/paginas');
    await v.visit('/over-ons');
    await v.expectText('We werken samen met de wijk.');
    t.expect((await v.page.locator('main script').count()) === 0, 'no script on the page');

    await r.click('nav a[href="/redactie/magazine"]');
    await r.click('main a[href="/redactie/magazine/nieuw"]');
    await r.submit('/redactie/magazine/nieuw', { kind: 'praktijkverhaal', title: '', lead: 'Een dag lang speelt de hele straat buiten.' });
    await r.expectText('Vul een titel in.');
    t.expect((await r.value('#f-lead')) === 'Een dag lang speelt de hele straat buiten.', 'the lead came back');
    await r.fill({ title: TITLE, body: 'Kinderen, ouders en buren speelden samen op straat.', tags: 'spelen, buurt' });
    await r.page.check('#f-pub-nu');
    await r.submit('/redactie/magazine/nieuw');
    r.expectPath('/redactie/magazine');
    await r.expectText(TITLE);
    await r.shot('editor-list');
    await r.close();

    await v.visit('/magazine?soort=praktijkverhaal');
    await v.expectText(TITLE);
    await v.close();
  },
};
