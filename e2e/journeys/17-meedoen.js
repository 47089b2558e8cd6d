'use strict';
// Joining in on the public site: a visitor opens the contact form, registers for a coming
// ZOOMerschool webinar (the personal page shows the meeting link) and cancels; shares an idea
// through the preview step (similar ideas shown, no JavaScript needed); Sam supports a shown idea
// (once); the visitor sends the contact message; the redacteur publishes the new idea from the
// moderation queue and answers it, and the answer shows on the idea's page.

const TITLE = 'Trapveld ook in de winter open';

module.exports = {
  name: 'meedoen: a webinar registration and cancel, an idea shared and supported, a message, an answer',
  async run(t) {
    const email = `bezoeker.${t.variant.name}@voorbeeld.example`;
    // The contact form is opened first and sent at the end, as a person takes their time.
    const writer = await t.user('writer');
    await writer.visit('/contact');
    await writer.expectText('Wat doen we met je gegevens?');
    const wijkerveen = await writer.page.locator('#f-municipality option', { hasText: 'Wijkerveen' }).getAttribute('value');
    await writer.fill({ name: 'Fatima', email, municipality: wijkerveen, topic: 'question', message: 'Kan ik als ouder ook meedoen met de webinars?' });

    const v = await t.user('visitor');
    await v.visit('/webinars');
    await v.expectText('Komende sessies');
    await v.click('main .kkdw-cards a[href^="/webinars/"]');
    const session = v.path();
    await v.submit(session, { name: 'Fatima', email: 'geen-adres' });
    await v.expectText('Dit is geen geldig e-mailadres');
    t.expect((await v.value('#f-name')) === 'Fatima', 'the name typed came back');
    await v.submit(session, { email });
    t.expect(v.path().startsWith('/webinars/inschrijving/'), `the personal page: ${v.path()}`);
    await v.expectText('je bent aangemeld');
    t.expect((await v.page.locator('main a[href^="https://meet."]').count()) === 1, 'the meeting link shows to who registered');
    await v.shot('webinar-registered');
    await v.click('main form button[type="submit"]');
    await v.expectText('Je bent afgemeld');

    // An idea, with the preview step that shows similar ideas.
    await v.visit('/ideeen');
    await v.click('main a[href="/ideeen/nieuw"]');
    await v.fill({ title: TITLE, body: 'Met licht op het trapveld kunnen we ook in de winter voetballen.', wijk: await v.page.locator('#f-wijk option', { hasText: 'Noord (Wijkerveen)' }).getAttribute('value') });
    await v.click('main form button[value="voorbeeld"]');
    await v.expectText('Zo ziet je idee eruit');
    await v.expectText('Trapveld open in de zomer');
    t.expect((await v.value('#f-title')) === TITLE, 'the title is kept on the preview');
    await v.shot('idea-preview');
    await v.click('main form button[value="versturen"]');
    await v.expectText('Bedankt voor je idee');
    await v.close();

    // Sam supports a shown idea, once.
    const sam = await t.user('sam');
    await sam.login('sam');
    await sam.visit('/ideeen');
    await sam.click('main .kkdw-cards a:text-is("Huiswerkplek in de bibliotheek")');
    const idea = sam.path();
    await sam.click(`main form[action="${idea}/steunen"] button[type="submit"]`);
    await sam.expectText('7 mensen steunen dit idee');
    await sam.click(`main form[action="${idea}/steunen"] button[type="submit"]`);
    await sam.expectText('Je steunt dit idee al');
    await sam.close();

    await writer.click('main form[action="/contact"] button[type="submit"]');
    writer.expectPath('/contact/verzonden');
    await writer.expectText('Bedankt voor je bericht');
    await writer.close();

    // The redacteur publishes the new idea and answers it.
    const editor = await t.user('redacteur');
    await editor.login('redactie@wijkerveen.example');
    await editor.click('main a[href="/redactie/ideeen"]');
    const box = editor.page.locator('main label', { hasText: TITLE });
    await editor.page.locator(`#${await box.getAttribute('for')}`).check();
    await editor.click('main form button[value="publish"]');
    await editor.click(`main a:text-is("${TITLE}")`);
    const answer = editor.path();
    await editor.submit(answer, { state: 'not_feasible', text: '' });
    await editor.expectText('Schrijf waarom het niet haalbaar is.');
    await editor.submit(answer, { state: 'in_progress', text: 'We plaatsen deze winter verlichting bij het trapveld.' });
    editor.expectPath('/redactie/ideeen');
    await editor.visit('/redactie/berichten');
    await editor.expectText('Kan ik als ouder ook meedoen met de webinars?');
    await editor.visit(answer.replace('/redactie', ''));
    await editor.expectText('Wordt uitgevoerd');
    await editor.shot('idea-answered');
    await editor.close();
  },
};
