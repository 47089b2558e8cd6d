# The team's week: team page, tasks, involvement and handover, consent requests, structured notes.
team-title = Mijn team
team-intro = De week van het team: wie aandacht nodig heeft, wie waarvoor zorgt, en wat er te doen is.
team-wijken = Wijken van het team
team-no-wijken = Dit team heeft nog geen wijken.
team-caseload = Jongeren bij wie jij betrokken bent
team-caseload-intro = Bovenaan staan de jongeren die nu aandacht nodig hebben. Je ziet alleen wat de jongere (of de ouder) met het team deelt.
team-caseload-empty = Je bent nu bij geen enkele jongere betrokken.
team-last-contact = Laatste contact
team-attention = Wat aandacht vraagt
team-needs-attention = Aandacht nodig
team-all-well = Niets bijzonders.
team-write-note = Notitie schrijven
team-involvement-link = Betrokkenheid
team-members = Teamleden en hun taken
team-member-involved = betrokken bij { $count } jongeren
team-no-tasks = Geen open taken.
team-signal-overdue = Acties over de datum: { $count }
team-signal-due-soon = Acties binnen een week: { $count }
team-signal-introductions = Introducties die wachten: { $count }
team-signal-wants-to-talk = Wil ergens over praten: { $count } onderwerpen
team-signal-no-contact = Al { $count } weken geen contact
team-signal-never-contact = Nog geen contact vastgelegd
team-signal-barriers = Hindernissen open: { $count }
team-signal-plan-not-shared = Het plan is niet gedeeld met het team.
team-signal-plan-asked = Het plan is niet gedeeld. Toestemming is gevraagd.
team-signal-notes-not-shared = De notities zijn niet gedeeld met het team.
team-signal-notes-asked = De notities zijn niet gedeeld. Toestemming is gevraagd.
team-ask-consent = Vraag toestemming
team-task-new = Nieuwe taak
team-task-title = Wat moet er gebeuren?
team-task-due-label = Wanneer klaar?
team-task-due-hint = Mag leeg blijven.
team-task-assignee = Voor wie?
team-task-young = Over welke jongere?
team-task-young-none = Geen jongere
team-task-submit = Taak toevoegen
team-task-done = Klaar
team-task-due = uiterlijk { $date }
team-task-overdue = over de datum: { $date }
team-task-title-required = Schrijf op wat er moet gebeuren.
team-task-title-long = Maak de taak korter (hoogstens 200 tekens).
team-task-title-invalid = Gebruik gewone tekst, zonder speciale tekens.
team-task-due-invalid = Vul een datum in zoals 2026-12-31.
team-task-assignee-invalid = Kies iemand uit je eigen team.
team-task-young-invalid = Kies een jongere bij wie jij betrokken bent.
team-tasks-mine = Mijn open taken
team-tasks-none = Je hebt geen open taken.
team-involvement-title = Betrokkenheid
team-involved-now = Nu betrokken
team-move-title = Overdragen of een collega erbij
team-move-intro = Kies een collega uit je eigen team. Bij overdragen stopt jouw betrokkenheid en gaat de toegang naar je collega. Dit komt in het logboek van de jongere.
team-move-colleague = Collega
team-move-choose-option = Kies een collega
team-move-handover = Overdragen
team-move-add = Collega erbij betrekken
team-move-outside-team = Je kunt alleen overdragen aan een collega uit je eigen team.
team-move-to-self = Kies een andere collega dan jezelf.
team-move-already-involved = Deze collega is al betrokken.
team-move-choose = Kies een collega.
team-end-title = Mijn betrokkenheid stoppen
team-end-intro = Daarna kun je de gegevens van deze jongere niet meer zien. Dit komt in het logboek van de jongere.
team-end-submit = Betrokkenheid stoppen
team-consent-title = Vragen om toestemming
team-consent-intro = Het team vraagt of het dit mag zien. Jij beslist. Je kunt het later altijd weer uitzetten bij "Wie ziet wat".
team-consent-none = Er zijn geen open vragen.
team-consent-asked-by = Gevraagd door { $name }
team-consent-grant = Ja, dat mag
team-consent-refuse = Nee, liever niet
team-consent-answered = Je antwoord is opgeslagen.
team-consent-waiting-other = Jij hebt ja gezegd. Er moet nog iemand anders ja zeggen.
team-consent-all-settings = Alles over wie wat ziet
team-consent-open = Het team vraagt je om toestemming.
team-consent-open-link = Bekijk de vraag
team-sharing-status = Gedeeld met het team
team-part-shared = gedeeld
team-part-not-shared = niet gedeeld
team-part-asked = toestemming gevraagd
team-note-kind = Soort notitie
team-note-contact = Contact
team-note-meeting = Overleg
team-note-agreement = Afspraak
log-action-handover = droeg de betrokkenheid over aan een collega, voor
log-action-involvement-start = betrok een collega bij
log-action-involvement-end = stopte de betrokkenheid bij
start-prof-tasks-link = Alle taken van het team
notes-kind-invalid = Kies contact, overleg of afspraak.
team-not-shared-title = Niet gedeeld met het team
team-not-shared-text = { $part }: dit is niet gedeeld met het team. De jongere (of de ouder, als de jongere jonger is dan 16) beslist. Je kunt om toestemming vragen; zij zien je vraag en kunnen ja of nee zeggen.
team-ask-plan-of = het plan van { $name }
team-ask-notes-of = de notities over { $name }
team-lead-title = Wie in het team aandacht nodig heeft
team-lead-why = Je ziet hier alleen aantallen, geen namen. Namen zie je alleen van jongeren bij wie je zelf betrokken bent. Zo zien alleen de mensen die een jongere helpen wie het is. Wil je meer weten? Vraag het aan het teamlid.
team-lead-member = Teamlid
team-lead-young = Jongeren
team-lead-kinds = Waarvoor
team-lead-no-members = Dit team heeft nog geen jeugdprofessionals.
team-lead-overdue = Acties over de datum: { $count } jongeren
team-lead-introductions = Introducties die wachten: { $count } jongeren
team-lead-wants-to-talk = Wil ergens over praten: { $count } jongeren
team-lead-no-contact = Lang of nog geen contact: { $count } jongeren
team-lead-barriers = Hindernissen open: { $count } jongeren
team-lead-not-shared = Iets niet gedeeld, nog niet gevraagd: { $count } jongeren
team-caseload-empty-next = Op de teampagina zie je wie in het team aandacht nodig heeft en wie waarvoor zorgt.
team-end-confirm = Ja, ik stop mijn betrokkenheid bij { $name }. Ik weet dat ik daarna de gegevens niet meer kan zien.
team-end-confirm-required = Zet eerst een vinkje als je zeker weet dat je wilt stoppen.
team-mail-subject = Het team vraagt om toestemming
team-mail-young-body = Hoi,

    Iemand van het lokale team vraagt of het team iets van jou mag zien. Jij beslist of dat mag.

    Kijk hier wat er gevraagd wordt en zeg ja of nee:
    { $link }

    Je kunt het later altijd weer uitzetten.
team-mail-parent-body = Beste ouder,

    Iemand van het lokale team vraagt of het team iets van uw kind mag zien. U beslist of dat mag (vanaf 12 jaar samen met uw kind).

    Kijk hier wat er gevraagd wordt en zeg ja of nee:
    { $link }

    U kunt het later altijd weer uitzetten.
team-consent-notice = Het team vraagt je om toestemming ({ $count }).
team-consent-notice-parent = Het team vraagt u om toestemming voor { $name }.
team-consent-notice-count = Open vragen: { $count }.
log-ground-consent-request = een vraag om toestemming laten weten

## The overdue reminder (mail).
team-mail-overdue-subject = Een taak is over tijd
team-mail-overdue-body = Een taak voor u op de teampagina had klaar moeten zijn op { $due }. Kijk wat er nog moet gebeuren, of vink de taak af als hij klaar is: { $link }
