'use strict';
// Every page is written for whoever reads it. Sam's mother (Sam 15, Yara 10) finds three different
// places on her start page, her own action under "Mijn acties", no tab she cannot open, and pages
// that speak about her children instead of to them; Yara's consent page says what the age rule
// says (under 12 the parent with authority decides and sees the plan). Sam's own network is
// "Jouw netwerk". Noor, the professional, reads Sam's introductions about Sam.

async function mainText(u) {
  return (await u.page.locator('main').innerText()).replace(/\s+/g, ' ');
}

async function tabs(u) {
  return u.page.locator('nav.kkdw-tabs a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
}

module.exports = {
  name: 'each page speaks to its reader: parent, young person, professional',
  async run(t) {
    const mother = await t.user('ouder');
    // 05-password-reset may have given her a new password earlier in this run.
    await mother.login(t.loginOf('ouder').login, { password: t.state.ouderPassword });
    mother.expectPath('/ouder');
    // Three cards, three different places; "Mijn acties" is one of them.
    const cardLinks = await mother.page.locator('main .kkdw-card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    t.expect(new Set(cardLinks).size === cardLinks.length && cardLinks.length >= 3, `the parent's start cards lead to different places: ${cardLinks}`);
    t.expect(cardLinks.includes('/mijn-acties'), 'the parent start page links to "Mijn acties"');
    await mother.click('main a[href="/mijn-acties"]');
    await mother.expectText('Elke ochtend samen ontbijten');

    // Her children, and the consent section the "Toestemming" card leads to.
    await mother.visit('/ouder');
    await mother.click('main a[href="/ouder/kinderen#toestemming"]');
    mother.expectPath('/ouder/kinderen');
    const sam = await mother.page.locator('main table a', { hasText: 'Sam' }).getAttribute('href');
    const yara = await mother.page.locator('main table a', { hasText: 'Yara' }).getAttribute('href');
    t.expect((await mother.page.locator(`#toestemming ~ ul a[href="${yara}/delen"]`).count()) === 1, 'the consent section leads to Yara\'s "Wie ziet wat"');

    // Sam (15) has not shared his plan with her: no Plan tab, no plan card, and the page says why.
    await mother.visit(sam);
    let shown = await tabs(mother);
    t.expect(!shown.includes(`${sam}/plan`), `no Plan tab the parent cannot open: ${shown}`);
    t.expect(!shown.includes(`${sam}/notities`), `no Notities tab the parent cannot open: ${shown}`);
    t.expect((await mother.page.locator(`main a[href="${sam}/plan"]`).count()) === 0, 'no link to a plan she may not open');
    await mother.expectText('Sam heeft het plan (nog) niet met jou gedeeld.');
    // Every tab shown opens.
    for (const href of shown) {
      const resp = await mother.visit(href);
      t.expect(resp.status() === 200, `${href} opens for the parent (${resp.status()})`);
    }
    await mother.visit(`${sam}/delen`);
    let text = await mainText(mother);
    t.expect(text.includes('Sam is 12 tot 16 jaar.'), 'the rule speaks about Sam');
    for (const wrong of ['Je bent 12 tot 16 jaar', 'jij zei ja, wacht nog op je ouder', 'wacht nog op de jongere']) {
      t.expect(!text.includes(wrong), `Sam's sharing page does not address the parent as Sam: "${wrong}"`);
    }

    // Yara (10): the parent with authority decides and sees the plan; the page does not contradict itself.
    await mother.visit(`${yara}/delen`);
    text = await mainText(mother);
    t.expect(text.includes('Yara is jonger dan 12. Jij beslist als ouder met gezag'), 'the under-12 rule is told to the parent');
    t.expect(text.includes('ziet het plan, het netwerk en de cijfers, als ouder met gezag'), 'the parent is listed as seeing the plan');
    for (const wrong of ['Je bent jonger dan 12', 'Onder de 16 is ook de toestemming van de jongere nodig', 'Fatima El Amrani — ziet niets']) {
      t.expect(!text.includes(wrong), `Yara's consent page does not say "${wrong}"`);
    }
    await mother.expectText('Yara is jonger dan 12, dus jij beslist als ouder met gezag.');
    shown = await tabs(mother);
    t.expect(shown.includes(`${yara}/plan`), 'Yara\'s plan tab is there for her mother');
    await mother.shot('under-12-consent');
    await mother.close();

    // Sam's own network speaks to him.
    const young = await t.user('sam');
    await young.login(t.loginOf('sam').login);
    await young.visit('/mijn/netwerk');
    await young.expectText('Jouw netwerk');
    t.expect(!(await mainText(young)).includes('Het netwerk van Sam'), 'Sam reads "Jouw netwerk", not "Het netwerk van Sam"');
    await young.close();

    // Noor reads Sam's introductions and suggestions about Sam, not as Sam.
    const noor = await t.user('noor');
    await noor.login('noor@wijkerveen.example');
    await noor.visit(`${sam}/introducties`);
    text = await mainText(noor);
    t.expect(text.includes('bij welke clubs, activiteiten of bijbanen Sam is voorgesteld'), 'the introductions page speaks about Sam');
    t.expect(!text.includes('je bent voorgesteld') && !text.includes('Bekijk suggesties die bij je passen'), 'the introductions page does not address Noor as Sam');
    // A reason for stopping is never chosen for anyone.
    for (const v of await noor.page.locator('main select[name="reason"]').evaluateAll((ss) => ss.map((s) => s.value))) {
      t.expect(v === '', `no stop reason is preselected (${v})`);
    }
    await noor.visit(`${sam}/suggesties`);
    t.expect(!(await mainText(noor)).includes('bij je interesses'), 'the suggestions speak about Sam\'s interests');
    await noor.close();
  },
};
