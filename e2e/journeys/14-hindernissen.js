'use strict';
// A barrier from raised to answered: Sam (15) tells from his plan what holds him back ("Wat houdt
// je tegen?"); Noor, his professional, works through the Omgekeerde Toets step by step and
// escalates it to municipal policy; Mehmet (beleid) answers it from his inbox; Sam sees the answer
// on his own page. The beleid user's pages (inbox, barrier, report, CSV) never show the demo young
// people's names.

const TITLE = 'Zwemles is te duur';
const WHAT = 'Ik wil zwemles voor mijn diploma, maar het kost 300 euro en dat kunnen we thuis niet betalen.';
const RULE = 'Gemeentelijk zwembad: tarief zwemles';
const ARGUMENT = 'Het tarief houdt jongeren zonder geld weg van het zwemdiploma. Vraag: een jeugdtarief via het Jeugdfonds.';
const ANSWER = 'Vanaf volgende maand betaalt het Jeugdfonds zwemles voor jongeren tot 18, zonder aanvraag via school.';

/** The demo young people, as beleid must never see them. */
const FULL_NAMES = ['Sam Jansen', 'Yara Jansen', 'Milan de Wit', 'Ilse Vermeer', 'Jayden Koç', 'Eva Smit'];
const FIRST_NAMES = ['Sam', 'Yara', 'Milan', 'Ilse', 'Jayden', 'Eva'];

/** Records a problem for every demo young person's name in `text` (first names as whole words). */
function expectNoNames(t, where, text) {
  for (const n of FULL_NAMES) {
    if (text.includes(n)) t.problem(`${where} shows the name "${n}" to beleid`);
  }
  for (const n of FIRST_NAMES) {
    if (new RegExp(`(^|[^\\p{L}])${n}([^\\p{L}]|$)`, 'u').test(text)) t.problem(`${where} shows the first name "${n}" to beleid`);
  }
}

async function expectNoNamesOnPage(t, u) {
  expectNoNames(t, u.path(), await u.page.locator('body').innerText());
}

/** The toets form of one step. */
const stepForm = (barrier, step) => `form[action="${barrier}/toets"]:has(input[name="step"][value="${step}"])`;

module.exports = {
  name: 'a young person raises a barrier; the toets, the escalation to policy and its answer reach him',
  async run(t) {
    // Sam raises it from his plan, in his own words.
    const sam = await t.user('sam');
    await sam.login(t.loginOf('sam').login);
    sam.expectPath('/mijn');
    await sam.click('main a[href="/mijn/plan"]');
    const plan = sam.path();
    const m = plan.match(/^\/jongeren\/([^/]+)\/plan$/);
    t.expect(m, `Sam's plan is at ${plan}`);
    const young = `/jongeren/${m[1]}`;
    await sam.click(`main a[href="${young}/hindernissen"]`);
    sam.expectPath(`${young}/hindernissen`);
    await sam.expectText('Wat houdt je tegen?');
    // Phone first: the form comes before the list of what was reported.
    const formTop = await sam.page.locator(`main form[action="${young}/hindernissen"]`).evaluate((e) => e.getBoundingClientRect().top);
    const listTop = await sam.page.locator('#gemeld').evaluate((e) => e.getBoundingClientRect().top);
    t.expect(formTop < listTop, `the raise form comes before the list (${formTop} < ${listTop})`);
    await sam.shot('young-page');

    // Without a title the form comes back with a Dutch message and what he typed.
    const raise = `${young}/hindernissen`;
    await sam.submit(raise, { title: '', what_happened: WHAT, category: 'money', rule_behind: RULE });
    sam.expectPath(raise);
    await sam.expectText('Geef een korte titel.');
    t.expect((await sam.value('#f-what_happened')) === WHAT, 'what Sam typed came back');
    t.expect((await sam.value('#f-category')) === 'money', 'the category Sam chose came back');
    await sam.submit(raise, { title: TITLE });
    sam.expectPath(raise);
    const card = sam.page.locator('main article', { hasText: TITLE });
    t.expect((await card.count()) === 1, 'the barrier is on Sam\'s page');
    t.expect((await card.innerText()).includes('Open'), `Sam's barrier is open: ${await card.innerText()}`);
    await sam.shot('raised');
    await sam.logout();

    // Noor finds it in the team's register, with Sam named (she is involved with him).
    const noor = await t.user('noor');
    await noor.login('noor@wijkerveen.example');
    noor.expectPath('/team');
    await noor.click('main a[href="/hindernissen"]');
    noor.expectPath('/hindernissen');
    const row = noor.page.locator('main tbody tr', { hasText: TITLE });
    t.expect((await row.count()) === 1, 'the new barrier is in the register');
    const link = await row.locator('a[href^="/hindernissen/"]').getAttribute('href');
    await noor.click(`main a[href="${link}"]`);
    const barrier = noor.path();
    t.expect(barrier === link, `the barrier page is ${barrier}`);
    await noor.expectText(WHAT);
    t.expect((await noor.page.locator(`main a[href="${young}/hindernissen"]`).count()) === 1, 'the barrier names Sam for his professional');

    // The Omgekeerde Toets, one step at a time; the legal check comes last.
    await noor.click(`main a[href="${barrier}/toets"]`);
    noor.expectPath(`${barrier}/toets`);
    t.expect((await noor.page.locator(stepForm(barrier, 'legal')).count()) === 0, 'the legal check waits for the earlier steps');
    const steps = [
      ['need', 'Zwemles en een diploma, zoals zijn vrienden.'],
      ['effect', 'Hij kan veilig mee naar het strand en met de klas zwemmen.'],
      ['purpose', 'Het tarief dekt de kosten van het bad.', 'no'],
      ['fairness', 'Niet eerlijk: het tarief telt niet mee wat een gezin kan betalen.'],
      ['legal', 'De verordening laat een jeugdtarief toe.'],
    ];
    for (const [step, text, choice] of steps) {
      const form = stepForm(barrier, step);
      await noor.fill({ [`${form} textarea[name="text"]`]: text });
      if (choice) await noor.page.locator(`${form} input[name="choice"][value="${choice}"]`).check();
      await noor.click(`${form} button[type="submit"]`);
      noor.expectPath(`${barrier}/toets`);
      // Every field has its own id, and each label points at its own step's field.
      const ids = await noor.page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id));
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      t.expect(twice.length === 0, `the toets page has no duplicate ids: ${twice.join(', ')}`);
      const labels = await noor.page.locator('main form label[for]').evaluateAll((els) =>
        els.filter((l) => !l.closest('form').contains(document.getElementById(l.htmlFor))).map((l) => l.htmlFor));
      t.expect(labels.length === 0, `every label points into its own form: ${labels.join(', ')}`);
      // Saved: the step shows what was written (as an editable answer or as text).
      const saved = noor.page.locator(`#stap-${step}`);
      const shown = (await saved.locator('textarea').count()) ? await saved.locator('textarea').inputValue() : await saved.innerText();
      t.expect(shown.includes(text), `step ${step} was saved: ${shown}`);
    }
    // Each step is saved for the next colleague, with who saved it.
    await noor.expectText('Noor de Vries');
    // The proposal: refused without a choice, what was typed kept.
    const proposal = stepForm(barrier, 'proposal');
    await noor.fill({ [`${proposal} textarea[name="argument"]`]: ARGUMENT });
    await noor.click(`${proposal} button[type="submit"]`);
    noor.expectPath(`${barrier}/toets`);
    t.expect((await noor.page.locator(`${proposal} textarea[name="argument"]`).inputValue()) === ARGUMENT, 'the argument came back after the refused proposal');
    await noor.page.locator(`${proposal} input[name="choice"][value="escalate"]`).check();
    await noor.click(`${proposal} button[type="submit"]`);
    await noor.shot('toets-done');

    // Escalate to policy: the toets's argument is filled in; without the check for personal data
    // it is refused and nothing typed is lost.
    await noor.click(`main a[href="${barrier}/escaleren"]`);
    noor.expectPath(`${barrier}/escaleren`);
    t.expect(await noor.page.locator('#level-policy').isChecked(), 'policy is the level chosen');
    t.expect((await noor.value('#f-argument')) === ARGUMENT, 'the argument of the toets is reused');
    t.expect((await noor.value('#f-title')) === TITLE, 'the title is filled in');
    await noor.click(`form[action="${barrier}/escaleren"] button[type="submit"]`);
    noor.expectPath(`${barrier}/escaleren`);
    await noor.expectText('vink het hokje aan');
    t.expect((await noor.value('#f-argument')) === ARGUMENT, 'the argument came back');
    await noor.page.locator('#f-no_personal_data').check();
    await noor.click(`form[action="${barrier}/escaleren"] button[type="submit"]`);
    noor.expectPath(barrier);
    await noor.expectText('Geëscaleerd');
    await noor.expectText('Er is nog geen antwoord.');
    await noor.shot('escalated');
    await noor.logout();

    // Mehmet (beleid) answers from his inbox; his pages name nobody.
    const mehmet = await t.user('beleid');
    await mehmet.login(t.loginOf('beleid').login);
    await expectNoNamesOnPage(t, mehmet);
    await mehmet.click('main a[href="/escalaties"]');
    mehmet.expectPath('/escalaties');
    await expectNoNamesOnPage(t, mehmet);
    t.expect((await mehmet.page.locator(`main a[href="${barrier}"]`).count()) === 1, 'the escalation is in the beleid inbox');
    await mehmet.shot('inbox');
    await mehmet.click(`main a[href="${barrier}"]`);
    mehmet.expectPath(barrier);
    await mehmet.expectText(ARGUMENT);
    await mehmet.expectText('Dit antwoord ziet iedereen');
    await expectNoNamesOnPage(t, mehmet);
    const answer = `form[action="${barrier}/antwoord"]`;
    // Without a state the answer comes back as typed.
    await mehmet.submit(`${barrier}/antwoord`, { answer: ANSWER });
    mehmet.expectPath(`${barrier}/antwoord`);
    await mehmet.expectText('Kies wat het antwoord betekent.');
    t.expect((await mehmet.value(`${answer} #f-answer`)) === ANSWER, 'the typed answer came back');
    await mehmet.page.locator(`${answer} input[name="state"][value="breakthrough"]`).check();
    await mehmet.click(`${answer} button[type="submit"]`);
    mehmet.expectPath(barrier);
    await mehmet.expectText(ANSWER);
    t.expect((await mehmet.page.locator(answer).count()) === 0, 'an answered escalation has no answer form');
    await expectNoNamesOnPage(t, mehmet);
    await mehmet.shot('answered');

    // The report per wijk: counts and approved stories, no names; the CSV neither.
    await mehmet.visit('/start');
    await mehmet.click('main a[href="/rapportage/hindernissen"]');
    mehmet.expectPath('/rapportage/hindernissen');
    await expectNoNamesOnPage(t, mehmet);
    await mehmet.shot('report');
    const csvLink = await mehmet.page.locator('main a[href^="/rapportage/hindernissen.csv"]').getAttribute('href');
    const csv = await mehmet.page.request.get(t.base + csvLink);
    t.expect(csv.status() === 200, `the CSV answers ${csv.status()}`);
    expectNoNames(t, csvLink, await csv.text());
    await mehmet.logout();

    // Sam sees the answer on his own page, from his start page.
    await sam.login(t.loginOf('sam').login);
    await sam.click('main a[href="/hindernissen-weghalen"]');
    sam.expectPath(`${young}/hindernissen`);
    const answered = sam.page.locator('main article', { hasText: TITLE });
    const text = (await answered.innerText()).replace(/\s+/g, ' ');
    t.expect(text.includes(ANSWER), `Sam sees the answer: ${text}`);
    t.expect(text.includes('Doorbraak'), `Sam sees what the answer means: ${text}`);
    t.expect(text.includes('Er is een nieuwe oplossing gevonden'), `the state is explained in plain words: ${text}`);
    t.expect(!(await sam.page.locator('main').innerText()).includes('Wat je al hebt gemeld'), 'the list is "Wat er is gemeld": a professional may have raised some');
    await sam.shot('answer-seen');
    await sam.close();

    // His mother (Sam is under 16) sees the answer too; the page speaks to her about Sam, not to Sam.
    const mother = await t.user('ouder');
    // 05-password-reset may have given her a new password earlier in this run.
    await mother.login(t.loginOf('ouder').login, { password: t.state.ouderPassword });
    // From the home page's "Hindernissen weghalen": her children, then Sam's page, then his barriers.
    await mother.visit('/');
    await mother.click('main a[href="/hindernissen-weghalen"]');
    mother.expectPath('/ouder/kinderen');
    await mother.click(`main a[href="${young}"]`);
    mother.expectPath(young);
    t.expect((await mother.page.locator(`nav.kkdw-tabs a[href="${young}/hindernissen"]`).count()) === 1, 'the tabs have "Hindernissen" for the parent');
    await mother.click(`main ul.kkdw-cards a[href="${young}/hindernissen"]`);
    mother.expectPath(`${young}/hindernissen`);
    await mother.expectText('Wat houdt Sam tegen?');
    const forMother = (await mother.page.locator('main article', { hasText: TITLE }).innerText()).replace(/\s+/g, ' ');
    t.expect(forMother.includes(ANSWER), `the parent sees the answer: ${forMother}`);
    const motherMain = await mother.page.locator('main').innerText();
    for (const own of ['Wat houdt je tegen? In een paar woorden', 'Wat je al hebt gemeld', 'deel van je leven']) {
      t.expect(!motherMain.includes(own), `${mother.path()} (ouder) speaks to the parent about Sam, without "${own}"`);
    }
    await mother.expectText('Wat er is gemeld');
    // The way back goes to Sam's page, not to the plan she may not open.
    t.expect((await mother.page.locator(`main > p a[href="${young}/plan"]`).count()) === 0, 'no "back to the plan" link for the parent');
    await mother.shot('parent');
    await mother.close();

    // The answer was also sent by e-mail (held in the outbox: no SMTP here): to Noor, who follows
    // it, and to Sam's mother, who gets the parent's text, not Sam's.
    const admin = await t.user('beheerder');
    await admin.login(t.loginOf('beheerder').login);
    await admin.visit('/beheer/e-mail');
    const mails = admin.page.locator('main article');
    const toNoor = mails.filter({ hasText: 'noor@wijkerveen.example' }).filter({ hasText: 'Er is een antwoord' });
    t.expect((await toNoor.count()) >= 1, 'Noor, who follows the barrier, gets the answer by e-mail');
    const toMother = mails.filter({ hasText: 'ouder@wijkerveen.example' });
    t.expect((await toMother.count()) >= 1, 'Sam\'s mother gets the answer by e-mail');
    const motherMail = (await toMother.first().innerText()).replace(/\s+/g, ' ');
    t.expect(!/wat je tegenhoudt|Je hebt gemeld/.test(motherMail), `e-mail to the parent does not address her as the child: ${motherMail.slice(0, 160)}`);
    t.expect(motherMail.includes('uw kind'), `e-mail to the parent speaks of her child: ${motherMail.slice(0, 160)}`);
    await admin.close();

    // Noor, who escalated it, follows it and sees the answer too.
    await noor.login('noor@wijkerveen.example');
    await noor.visit(barrier);
    await noor.expectText(ANSWER);
    await noor.expectText('Doorbraak');
    await noor.close();
  },
};
