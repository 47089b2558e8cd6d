# KijKINDeWijk — Nederlands (standaardtaal). Schrijf op taalniveau B1: korte zinnen, gewone woorden.

## Algemeen en opmaak
skip-to-content = Naar de inhoud
switch-language = English
nav-main-label = Hoofdmenu
nav-home = Home
nav-login = Inloggen
nav-logout = Uitloggen
nav-account = Mijn account
footer-heading = Over deze website
footer-accessibility = Toegankelijkheid
footer-privacy = Privacy
footer-tagline = KijKINDeWijk: samen werken aan het gewone leven van kinderen en jongeren in de wijk.
form-has-errors = Er ging iets mis. Kijk naar deze punten:

## Rollen
role-jongere = Jongere
role-ouder = Ouder of verzorger
role-netwerklid = Netwerklid
role-jeugdprofessional = Jeugdprofessional
role-teamleider = Teamleider
role-partner = Partner
role-beleid = Beleid
role-redacteur = Redacteur
role-beheerder = Beheerder

## Home
home-title = Het gewone leven, samen met de wijk
home-lead = Elk kind en elke jongere hoort thuis op te groeien, naar school of werk te gaan, mee te doen in de buurt en mensen te hebben die ze vertrouwen.
home-intro = Soms lukt dat niet. Dan zitten er hindernissen in de weg: regels, wachtlijsten, geld of vervoer. KijKINDeWijk helpt om die hindernissen weg te halen. Samen met de jongere, de mensen om de jongere heen, de buurt en het lokale team. We kijken naar kansen en talenten, en naar wat werkt.
home-what-heading = Wat je hier kunt doen
home-plan-heading = Je eigen plan
home-plan-text = Als jongere maak je je eigen plan voor je leven. Je laat zien wie je vertrouwt. En je bepaalt zelf wie wat mag zien.
home-map-heading = Kansen in de buurt
home-map-text = Clubs, sport, muziek, huiswerkhulp, een maatje of een bijbaan. We zoeken samen wat bij je past en kijken of het blijft lopen.
home-barriers-heading = Hindernissen weghalen
home-barriers-text = Iedereen kan melden wat in de weg zit. Het team lost het op of legt het voor aan de gemeente. Het antwoord komt terug.
home-teams-heading = Voor lokale teams
home-teams-text = Je dagelijkse werk op één plek. Eén keer opschrijven is genoeg.
home-insight-heading = Inzicht voor de gemeente
home-insight-text = Cijfers per wijk, zonder dat iemand te herkennen is.
home-learn-heading = Leren en meedenken
home-learn-text = Webinars, een online magazine en ideeën van bewoners.
home-login = Inloggen
home-to-start = Naar je startpagina

## Toegankelijkheid en privacy
a11y-title = Toegankelijkheid
a11y-p1 = We willen dat iedereen deze website kan gebruiken. Ook als je slecht ziet, niet met een muis werkt of een voorleesprogramma gebruikt.
a11y-p2 = De website volgt de eisen van WCAG 2.1 op niveau AA. Dat is de wettelijke norm voor websites van de overheid. Alle pagina's werken ook zonder JavaScript.
a11y-p3 = We testen elke nieuwe versie automatisch op toegankelijkheid en met het toetsenbord.
a11y-p4 = Loop je toch ergens tegenaan? Laat het ons weten via het lokale team of de gemeente. We lossen het zo snel mogelijk op.
privacy-title = Privacy
privacy-p1 = KijKINDeWijk bewaart alleen gegevens die nodig zijn om jongeren te helpen. Jij bepaalt wie jouw plan en netwerk mag zien, volgens de regels die bij je leeftijd horen.
privacy-p2 = Elke keer dat iemand jouw gegevens bekijkt of verandert, wordt dat vastgelegd. Je kunt zelf zien wie dat was.
privacy-p3 = Je mag altijd vragen welke gegevens we hebben, iets laten verbeteren of gegevens laten verwijderen, als de wet dat toestaat.
privacy-p4 = Wachtwoorden bewaren we versleuteld. Medewerkers loggen in met een extra code.

## Inloggen
login-title = Inloggen
login-name-label = E-mailadres of gebruikersnaam
login-name-hint = Heb je geen e-mailadres? Gebruik dan je gebruikersnaam.
login-password-label = Wachtwoord
login-submit = Inloggen
login-forgot-link = Wachtwoord vergeten?
login-name-required = Vul je e-mailadres of gebruikersnaam in.
login-password-required = Vul je wachtwoord in.
login-failed = Dit e-mailadres, deze gebruikersnaam of dit wachtwoord klopt niet.
login-blocked = Je hebt het te vaak geprobeerd. Wacht 15 minuten en probeer het dan opnieuw.
login-notice-password-set = Je wachtwoord is opgeslagen. Je kunt nu inloggen.
login-notice-logged-out = Je bent uitgelogd.
login-welcome = Welkom, { $name }.

## Tweestapsverificatie
code-title = Vul je code in
code-intro = Open de app voor inlogcodes op je telefoon. Vul de code van 6 cijfers in.
code-label = Code
code-hint = Ben je je telefoon kwijt? Vul dan een van je herstelcodes in.
code-hint-enrol = De code van 6 cijfers uit de app.
code-submit = Inloggen
code-wrong = Deze code klopt niet of is al gebruikt. Probeer de nieuwe code uit de app.
enrol-title = Extra beveiliging instellen
enrol-intro = Je werkt met gegevens van jongeren. Daarom log je in met je wachtwoord en een code uit een app op je telefoon.
enrol-step-app = Zet een app voor inlogcodes op je telefoon, bijvoorbeeld een authenticator-app.
enrol-step-scan = Scan de QR-code met de app. Lukt dat niet? Typ dan de geheime sleutel over.
enrol-step-code = Vul hieronder de code van 6 cijfers in die de app laat zien.
enrol-qr-caption = QR-code om de app te koppelen
enrol-secret-label = Geheime sleutel:
enrol-submit = Koppelen en inloggen
recovery-title = Je herstelcodes
recovery-intro = Bewaar deze codes op een veilige plek. Ben je je telefoon kwijt? Dan log je in met een van deze codes. Elke code werkt één keer. Je ziet ze maar één keer.
recovery-copy = Kopieer de codes
recovery-continue = Verder

## Wachtwoord vergeten, herstellen, uitnodiging
forgot-title = Wachtwoord vergeten
forgot-intro = Vul je e-mailadres of gebruikersnaam in. Als we een e-mailadres van je hebben, sturen we je een link om een nieuw wachtwoord te kiezen.
forgot-submit = Stuur de link
forgot-sent = Als dit account bestaat en een e-mailadres heeft, is er nu een e-mail onderweg. De link werkt 60 minuten.
forgot-no-email = Heb je geen e-mailadres? Vraag dan je contactpersoon van het lokale team om een nieuwe link.
reset-title = Nieuw wachtwoord kiezen
invitation-title = Welkom bij KijKINDeWijk
set-password-intro = Je gebruikersnaam is { $login }. Kies een wachtwoord.
new-password-label = Nieuw wachtwoord
new-password-hint = Minstens 10 tekens. Een zin van een paar woorden is makkelijk te onthouden.
new-password-repeat-label = Herhaal het wachtwoord
set-password-submit = Wachtwoord opslaan
token-invalid = Deze link werkt niet meer. Hij is al gebruikt of te oud.
token-invalid-action = Vraag een nieuwe link aan
password-too-short = Het wachtwoord is te kort. Gebruik minstens 10 tekens.
password-too-long = Het wachtwoord is te lang. Gebruik hoogstens 256 tekens.
password-contains-login = Gebruik je gebruikersnaam niet in je wachtwoord.
password-mismatch = De twee wachtwoorden zijn niet hetzelfde.

## Mijn account
account-title = Mijn account
account-name = Naam
account-login = Gebruikersnaam
account-roles = Rollen
account-second-factor = Extra beveiliging
account-second-factor-on = Aan. Je hebt nog { $left } herstelcodes.
account-second-factor-off = Niet nodig voor jouw rol.
account-sessions = Ingelogd op aantal apparaten
account-change-password = Wachtwoord wijzigen
account-current-password = Huidig wachtwoord
account-current-password-wrong = Je huidige wachtwoord klopt niet.
account-change-password-submit = Wachtwoord wijzigen
account-password-changed = Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.
account-recovery-heading = Herstelcodes
account-recovery-text = Maak nieuwe herstelcodes als je ze kwijt bent of ze bijna op zijn. De oude codes werken dan niet meer.
account-recovery-submit = Maak nieuwe herstelcodes
account-logout-all-heading = Overal uitloggen
account-logout-all-text = Log uit op alle apparaten, ook op deze. Doe dit als je denkt dat iemand anders in je account kan.
account-logout-all-submit = Overal uitloggen

## Startpagina's
start-choose-title = Kies waar je wilt beginnen
start-choose-intro = Je hebt meer dan één rol. Kies de rol waarmee je nu wilt werken.
start-scope = Gemeente { $municipality }.
start-team = Team: { $team }.
start-jongere-plan = Mijn plan
start-jongere-plan-text = Wat gaat goed, wat wil je, en wat zijn je doelen? Hier maak je je eigen plan.
start-jongere-network = Mijn netwerk
start-jongere-network-text = De mensen die belangrijk voor je zijn, en wie je vertrouwt.
start-jongere-sharing = Wie ziet wat
start-jongere-sharing-text = Jij bepaalt wie jouw plan en netwerk mag zien. Hier zie je precies wie wat kan zien.
start-ouder-children = Mijn kinderen
start-ouder-children-text = Het plan van je kind en wat jij kunt doen.
start-ouder-consent = Toestemming
start-ouder-consent-text = Geef of stop toestemming voor wat het lokale team mag zien.
start-netwerklid-shared = Met mij gedeeld
start-netwerklid-shared-text = Wat een jongere met jou heeft gedeeld.
start-netwerklid-actions = Mijn acties
start-netwerklid-actions-text = Wat je hebt beloofd te doen.
start-prof-caseload = Mijn jongeren
start-prof-caseload-text = De jongeren bij wie je betrokken bent.
start-prof-tasks = Taken
start-prof-tasks-text = Wat je vandaag en deze week moet doen.
start-prof-barriers = Hindernissen
start-prof-barriers-text = Wat jongeren in de weg zit, en wat het team eraan doet.
start-lead-team = Mijn team
start-lead-team-text = Wie in het team werkt en hoeveel jongeren iedereen begeleidt.
start-lead-escalations = Escalaties
start-lead-escalations-text = Hindernissen die het team heeft voorgelegd aan de gemeente.
start-partner-offer = Ons aanbod
start-partner-offer-text = Houd je activiteiten op de sociale kaart actueel.
start-partner-introductions = Introducties
start-partner-introductions-text = Jongeren die bij jullie willen beginnen.
start-policy-monitor = Wijkmonitor
start-policy-monitor-text = Cijfers per wijk en buurt, zonder dat iemand te herkennen is.
start-policy-barriers = Voorgelegde hindernissen
start-policy-barriers-text = Hindernissen waarop de gemeente een antwoord moet geven.
start-editor-pages = Pagina's en magazine
start-editor-pages-text = Schrijf en publiceer pagina's, artikelen en webinars.
start-editor-moderation = Ideeën en berichten
start-editor-moderation-text = Bekijk ideeën van bewoners en berichten via het contactformulier.
start-admin-setup = Gemeente inrichten
start-admin-setup-text = Wijken, buurten, teams en gebruikers van jouw gemeente.

## Beheer
admin-areas-title = Wijken en buurten
admin-areas-caption = Wijken met hun buurten
admin-areas-empty = Er zijn nog geen wijken.
admin-wijk = Wijk
admin-wijken = Wijken
admin-buurten = Buurten
admin-code = CBS-code
admin-name = Naam
admin-add = Toevoegen
admin-new-wijk = Wijk toevoegen
admin-new-buurt = Buurt toevoegen
admin-wijk-code-hint = WK, dan de 4 cijfers van de gemeente en 2 tekens.
admin-buurt-code-hint = BU, dan de 6 tekens van de wijk en 2 tekens.
admin-code-example = Bijvoorbeeld: { $example }
admin-teams-title = Teams
admin-teams-caption = Lokale teams en hun wijken
admin-teams-empty = Er zijn nog geen teams.
admin-team = Team
admin-new-team = Team toevoegen
admin-users-title = Gebruikers
admin-users-caption = Gebruikers van deze gemeente
admin-role = Rol
admin-status = Status
admin-status-invited = Uitgenodigd
admin-status-active = Actief
admin-status-active-2fa = Actief, met extra beveiliging
admin-new-user = Gebruiker uitnodigen
admin-email = E-mailadres
admin-email-hint = Niet verplicht. Zonder e-mailadres krijg je een link die je zelf doorgeeft.
admin-login-name = Gebruikersnaam
admin-login-name-hint = Alleen nodig als er geen e-mailadres is. 3 tot 40 letters, cijfers, punten of streepjes.
admin-choose = Kies een rol
admin-team-hint = Nodig voor jeugdprofessionals en teamleiders.
admin-no-team = Geen team
admin-invite = Uitnodigen
admin-invited = { $name } is uitgenodigd.
admin-invited-mailed = De uitnodiging is per e-mail verstuurd. De link werkt 7 dagen.
admin-invited-link = Geef deze link door. Hij werkt 7 dagen en maar één keer.
admin-outbox-title = Uitgaande e-mail
admin-outbox-smtp = E-mail wordt verstuurd via de mailserver.
admin-outbox-no-smtp = Er is geen mailserver ingesteld. Berichten blijven hier staan, zodat je ze zelf kunt doorgeven.
admin-outbox-empty = Er zijn nog geen berichten.
admin-outbox-to = Aan:
admin-outbox-status = Status:
outbox-status-pending = wordt verstuurd
outbox-status-sent = verstuurd
outbox-status-failed = mislukt
outbox-status-held = niet verstuurd (geen mailserver)
code-invalid = Deze code heeft niet de goede vorm.
code-not-in-parent = Deze code hoort niet bij deze gemeente of wijk.
code-taken = Deze code bestaat al.
name-required = Vul een naam in.
name-too-long = De naam is te lang. Gebruik hoogstens 120 tekens.
wijk-required = Kies een wijk van deze gemeente.
team-wijken-required = Kies minstens één wijk.
team-name-taken = Er is al een team met deze naam.
team-required = Kies een team. Dat is nodig voor deze rol.
role-required = Kies een rol.
email-invalid = Dit is geen geldig e-mailadres.
login-name-invalid = Vul een e-mailadres of een gebruikersnaam in van 3 tot 40 letters, cijfers, punten of streepjes.
login-taken = Dit e-mailadres of deze gebruikersnaam is al in gebruik.

## E-mail
mail-invitation-subject = Je uitnodiging voor KijKINDeWijk
mail-invitation-body =
    Hallo { $name },

    Je bent uitgenodigd voor KijKINDeWijk. Je gebruikersnaam is { $login }.
    Kies je wachtwoord via deze link:

    { $link }

    De link werkt { $days } dagen en maar één keer.
mail-reset-subject = Nieuw wachtwoord voor KijKINDeWijk
mail-reset-body =
    Hallo { $name },

    Je hebt gevraagd om een nieuw wachtwoord. Kies het via deze link:

    { $link }

    De link werkt { $minutes } minuten en maar één keer. Heb je dit niet zelf gevraagd? Dan hoef je niets te doen.

## Fouten
error-status = Foutcode:
error-title-400 = Dit verzoek klopt niet
error-title-401 = Log eerst in
error-title-403 = Geen toegang
error-title-404 = Pagina niet gevonden
error-title-429 = Even wachten
error-title-500 = Er ging iets mis
error-not-found = Deze pagina bestaat niet, of je mag hem niet zien. Kijk of het adres klopt.
error-unauthenticated = Log in om verder te gaan.
error-forbidden = Je hebt geen toegang tot deze pagina.
error-csrf = Het formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog een keer.
error-bad-request = Dit verzoek kunnen we niet verwerken.
error-bad-encoding = De tekst bevat tekens die we niet kunnen lezen.
error-bad-form = Het formulier is niet goed verstuurd. Laad de pagina opnieuw en probeer het nog een keer.
error-bad-query = Het adres van deze pagina klopt niet.
error-validation = Niet alles is goed ingevuld.
error-conflict = Dit bestaat al of is net door iemand anders veranderd.
error-too-large = Wat je verstuurt is te groot.
error-media-type = Dit soort gegevens kunnen we hier niet verwerken.
error-method = Dit kan niet op deze pagina.
error-too-many = Je hebt het te vaak geprobeerd. Wacht even en probeer het opnieuw.
error-internal = Er ging bij ons iets mis. Probeer het later nog eens. Blijft het misgaan? Geef dan de code hieronder door.
error-request-id = Code voor de helpdesk:
error-back-home = Naar de homepage

## Snel weg
quick-exit = Snel weg
quick-exit-hint = (gaat meteen naar een andere website; ook met twee keer Escape)

## Opslag niet beschikbaar
error-title-503 = Even niet beschikbaar
error-unavailable = We kunnen nu even niets opslaan of ophalen. Wat je net verstuurde is niet opgeslagen. Ga terug (je tekst staat er dan meestal nog) en probeer het over een paar minuten opnieuw.

admin-outbox-attachment = Bijlage:
## Confirmations on the page after a save
flash-saved = Opgeslagen.
flash-snapshot-saved = De momentopname is opgeslagen.
flash-note-saved = De notitie is opgeslagen.
flash-task-saved = De taak is opgeslagen.
flash-task-done = De taak staat op klaar.
