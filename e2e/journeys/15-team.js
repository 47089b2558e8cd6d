'use strict';
// The team's week in team Noord-Oost: Jeroen (teamleider) opens the team page (wijken, members with
// their tasks, what needs attention) and gives Noor a task; Noor sees who needs attention, finishes
// the task, writes a short contact note for Milan (his "last contact" moves), asks for consent
// where a part is not shared ("vraag toestemming"), and Milan (17) grants her request himself.

const TASK = 'Verslag van het netwerkberaad rondsturen';
const NOTE = 'Gebeld over zijn cv. Hij stuurt het vrijdag zelf naar de garage.';

function inDays(days) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The caseload row of a young person, by the name in its first cell. */
function caseloadRow(u, name) {
  return u.page.locator('main tbody tr', { has: u.page.locator(`th a:text-is("${name}")`) });
}

const squash = async (loc) => (await loc.innerText()).replace(/\s+/g, ' ');

module.exports = {
  name: 'the team page: attention, tasks, a short note, and consent asked by the team and granted by the young person',
  async run(t) {
    // Jeroen, teamleider: the team page from his start page.
    const lead = await t.user('teamleider');
    await lead.login(t.loginOf('teamleider').login);
    lead.expectPath('/teamleider');
    await lead.click('main a[href="/team/overzicht"]');
    lead.expectPath('/team/overzicht');
    await lead.expectText('Lokaal team Noord-Oost');
    const wijken = await squash(lead.page.locator('main ul', { has: lead.page.locator('li:text-is("Noord")') }));
    t.expect(wijken.includes('Oost'), `the team's wijken: ${wijken}`);
    const members = lead.page.locator('main li.kkdw-card');
    const noorCard = members.filter({ has: lead.page.locator('h3:text-is("Noor de Vries")') });
    t.expect((await noorCard.count()) === 1, 'Noor is a member of the team');
    t.expect((await members.filter({ has: lead.page.locator('h3:text-is("Jeroen Bakker")') }).count()) === 1, 'Jeroen is on his own team page');
    const noorTasks = await squash(noorCard);
    t.expect(noorTasks.includes('Mentor van Sam bellen over de stage') && noorTasks.includes('over de datum'), `Noor's tasks, one overdue: ${noorTasks}`);
    // What needs attention in the team: per member, counts by kind of signal, no names.
    const teamAttention = lead.page.locator('main table[aria-labelledby="aandacht-per-teamlid"] tbody tr');
    t.expect((await teamAttention.count()) >= 1, 'the teamleider sees who in the team needs attention');
    const noorAttention = await squash(teamAttention.filter({ has: lead.page.locator('th:text-is("Noor de Vries")') }));
    t.expect(/\d+ jongeren/.test(noorAttention), `Noor's young people, counted: ${noorAttention}`);
    t.expect(!noorAttention.includes('Milan') && !noorAttention.includes('Yara'), `no names in the team view: ${noorAttention}`);
    await lead.expectText('Je ziet hier alleen aantallen, geen namen.');
    await lead.shot('team-lead');

    // A task for Noor: refused without a title (what was chosen is kept), then added.
    const noorId = await lead.page.locator('#f-assignee option', { hasText: 'Noor de Vries' }).getAttribute('value');
    await lead.submit('/team/taken', { title: '', due_on: inDays(2), assignee: noorId });
    await lead.expectText('Schrijf op wat er moet gebeuren.');
    t.expect((await lead.value('#f-assignee')) === noorId, 'the chosen colleague came back');
    t.expect((await lead.value('#f-due_on')) === inDays(2), 'the date came back');
    await lead.submit('/team/taken', { title: TASK });
    lead.expectPath('/team/overzicht');
    t.expect((await squash(noorCard)).includes(TASK), 'the task is on Noor\'s card');
    await lead.close();

    // Noor: her caseload, most urgent first, with what needs attention.
    const noor = await t.user('noor');
    await noor.login('noor@wijkerveen.example');
    noor.expectPath('/team');
    await noor.click('main a[href^="/team/overzicht"]');
    noor.expectPath('/team/overzicht');
    const milan = caseloadRow(noor, 'Milan de Wit');
    t.expect((await milan.count()) === 1, 'Milan is on Noor\'s caseload');
    const milanText = await squash(milan);
    t.expect(milanText.includes('Aandacht nodig'), `Milan needs attention: ${milanText}`);
    t.expect(/Al \d+ weken geen contact/.test(milanText), `no contact for weeks: ${milanText}`);
    t.expect(milanText.includes('Acties over de datum'), `an overdue action: ${milanText}`);
    const milanId = (await milan.locator('th a').getAttribute('href')).replace(/^\/jongeren\//, '');
    await noor.shot('caseload');

    // The task from Jeroen is hers; she marks it done.
    const mine = noor.page.locator('main li.kkdw-card', { has: noor.page.locator('h3:text-is("Noor de Vries")') }).locator('li', { hasText: TASK });
    t.expect((await mine.count()) === 1, 'Noor sees the task Jeroen gave her');
    const done = await mine.locator('form[action^="/team/taken/"]').getAttribute('action');
    await noor.click(`main form[action="${done}"] button[type="submit"]`);
    noor.expectPath('/team/overzicht');
    t.expect(!(await noor.page.locator('main').innerText()).includes(TASK), 'the finished task is gone');

    // A short contact note for Milan, from the caseload: refused empty (the kind chosen is kept).
    await noor.click(`main a[href="/jongeren/${milanId}/notities"]`);
    const notes = `/jongeren/${milanId}/notities`;
    noor.expectPath(notes);
    await noor.submit(notes, { kind: 'contact', body: '' });
    await noor.expectText('Schrijf eerst een notitie.');
    t.expect((await noor.value('#f-kind')) === 'contact', 'the kind of note came back');
    await noor.submit(notes, { body: NOTE });
    noor.expectPath(notes);
    await noor.expectText(NOTE);
    await noor.shot('note');
    // Written once, it is Milan's last contact on the caseload.
    await noor.visit('/team/overzicht');
    const after = await squash(caseloadRow(noor, 'Milan de Wit'));
    t.expect(!/weken geen contact/.test(after), `after the note Milan still has no contact: ${after}`);

    // "Vraag toestemming" where a part is not shared: Yara's notes (her parent decides, she is 10).
    const yara = caseloadRow(noor, 'Yara Jansen');
    t.expect((await yara.count()) === 1, 'Yara is on Noor\'s caseload');
    const ask = yara.locator('form[action$="/toestemming-vragen"] button[type="submit"]');
    t.expect((await ask.count()) === 1, `the caseload offers "vraag toestemming" for Yara: ${await squash(yara)}`);
    await Promise.all([noor.page.waitForNavigation({ waitUntil: 'load' }), ask.first().click()]);
    await noor.checkPage();
    noor.expectPath('/team/overzicht');
    const yaraAfter = await squash(caseloadRow(noor, 'Yara Jansen'));
    t.expect(yaraAfter.includes('Toestemming is gevraagd'), `Yara's row after asking: ${yaraAfter}`);

    // Milan's profile is not shared with the team: Noor asks from his page.
    await noor.visit(`/jongeren/${milanId}`);
    const askProfile = `main form[action="/jongeren/${milanId}/toestemming-vragen"]:has(input[name="part"][value="profile"])`;
    t.expect((await noor.page.locator(askProfile).count()) === 1, 'Noor may ask for Milan\'s profile');
    await noor.click(`${askProfile} button[type="submit"]`);
    noor.expectPath(`/jongeren/${milanId}`);
    t.expect((await noor.page.locator(askProfile).count()) === 0, 'asked once, the button is gone');
    await noor.expectText('toestemming gevraagd');
    await noor.shot('asked');
    await noor.logout();

    // Milan sees the request and grants it.
    const m = await t.user('milan');
    await m.login('milan');
    m.expectPath('/mijn');
    await m.click('main a[href="/mijn/toestemming"]');
    m.expectPath(`/jongeren/${milanId}/toestemming`);
    const request = m.page.locator('main li.kkdw-card', { hasText: 'Noor de Vries' });
    t.expect((await request.count()) >= 1, 'Milan sees Noor\'s request');
    await m.shot('request');
    await m.click(`main form[action^="/jongeren/${milanId}/toestemming/"] button[value="ja"]`);
    m.expectPath(`/jongeren/${milanId}/toestemming`);
    await m.expectText('Je antwoord is opgeslagen.');
    await m.expectText('Er zijn geen open vragen.');
    await m.shot('granted');
    await m.close();

    // Noor now sees the profile shared.
    await noor.login('noor@wijkerveen.example');
    await noor.visit(`/jongeren/${milanId}`);
    t.expect((await noor.page.locator(askProfile).count()) === 0, 'nothing left to ask for the profile');
    const profileLine = await squash(noor.page.locator('main li', { hasText: 'talenten, interesses en dromen' }).first());
    t.expect(profileLine.includes(': gedeeld'), `Milan's profile after granting: ${profileLine}`);
    await noor.close();
  },
};
