# Hindernissen: wat jongeren tegenhoudt, de Omgekeerde Toets, escalaties en antwoorden, rapportage.

part-barriers = je hindernissen

barrier-status-open = Open
barrier-status-in-progress = In behandeling
barrier-status-escalated = Geëscaleerd
barrier-status-solved = Opgelost
barrier-status-breakthrough = Doorbraak
barrier-status-unsolvable = Niet oplosbaar

barrier-cat-rule = Een regel of wet
barrier-cat-way-of-working = Een werkwijze van een organisatie
barrier-cat-waiting-list = Een wachtlijst
barrier-cat-money = Geld of kosten
barrier-cat-transport = Vervoer of afstand
barrier-cat-information = Informatie of taal
barrier-cat-provision-missing = Er is geen voorziening
barrier-cat-exclusion = Uitsluiting of discriminatie
barrier-cat-digital = Digitaal: geen toegang
barrier-cat-other = Iets anders

barrier-by-young = Jongere
barrier-by-parent = Ouder
barrier-by-network = Iemand uit het netwerk
barrier-by-professional = Professional
barrier-by-partner = Partner of ondernemer
barrier-by-resident = Bewoner
barrier-by-teamleider = Teamleider
barrier-by-beleid = Beleid
barrier-by-system = KijKINDeWijk

barrier-level-teamleider = Teamleider
barrier-level-policy = Gemeentelijk beleid
barrier-level-board = Bestuur

barrier-home-link = Meld wat je tegenhoudt, of bekijk de hindernissen
barrier-list-title = Hindernissen
barrier-list-intro = Wat jongeren in de weg zit. Werk de Omgekeerde Toets door, los het op in het team of leg het voor aan wie het wel kan oplossen.
barrier-list-caption = Hindernissen van de gemeente
barrier-list-empty = Er zijn geen hindernissen met deze keuze.
barrier-all = Alle
barrier-filter = Toon
barrier-new-title = Hindernis melden
barrier-new-intro = Beschrijf kort wat er in de weg zit. Schrijf geen namen in de titel.
barrier-title = Titel
barrier-title-hint = Kort, hoogstens 200 tekens.
barrier-what = Wat is er gebeurd?
barrier-category = Soort hindernis
barrier-rule = Regel, organisatie of regeling erachter
barrier-rule-hint = Bijvoorbeeld: contributie, leeftijdsgrens, wachtlijst van een organisatie.
barrier-domain = Levensgebied
barrier-wijk = Wijk
barrier-choose = Kies…
barrier-choose-none = (geen)
barrier-save = Melden
barrier-back = Terug naar de hindernissen
barrier-status = Status
barrier-young-count = Jongeren die het raakt
barrier-young-others = En { $count } jongere(n) die u niet kent.
barrier-raised-by = Gemeld door
barrier-solution = Zo is het opgelost
barrier-for-policy-yes = mag in het beleidsrapport
barrier-merged-note = Deze hindernis is samengevoegd met een andere.
barrier-merged-link = Naar die hindernis
barrier-escalations = Voorgelegd
barrier-escalated-on = Voorgelegd op
barrier-deadline = Antwoord uiterlijk
barrier-waiting-answer = Er is nog geen antwoord.
barrier-answer-not-saved = Uw antwoord is niet bewaard. Dit had u getypt:
barrier-answer-heading = Antwoord
barrier-answer-label = Officieel antwoord
barrier-answer-hint = Dit antwoord ziet iedereen die de hindernis meldde of volgt, en de jongeren die het raakt.
barrier-answer-state = Wat betekent het antwoord?
barrier-answer-send = Antwoord versturen
barrier-work = Aan de slag
barrier-next-status = Volgende stap
barrier-solution-label = Hoe is het opgelost?
barrier-solution-hint = Schrijf geen namen. Alleen als u het hokje aanvinkt, komt deze tekst in het rapport voor beleid.
barrier-for-policy = Titel en oplossing mogen in het rapport voor beleid (er staan geen namen of andere persoonsgegevens in)
barrier-status-save = Opslaan
barrier-follow = Volgen
barrier-unfollow = Niet meer volgen
barrier-follower-note = U volgt deze hindernis. U krijgt bericht als er een antwoord is.
barrier-merge-title = Samenvoegen
barrier-merge-intro = Gaat een andere hindernis over hetzelfde? Voeg deze hindernis daarbij. De jongeren en volgers tellen dan mee bij die hindernis.
barrier-merge-into = Samenvoegen met
barrier-merge-send = Samenvoegen
barrier-history = Geschiedenis
barrier-ev-raised = Gemeld
barrier-ev-escalated = Voorgelegd aan
barrier-ev-answered = Beantwoord
barrier-ev-merged = Samengevoegd met
barrier-ev-merged-from = Hierbij gevoegd
barrier-ev-reminded = Herinnering verstuurd: de termijn is voorbij

barrier-escalate-title = Voorleggen
barrier-escalate-intro = Leg de hindernis voor aan wie het wel kan oplossen. Het argument uit de Omgekeerde Toets staat er al.
barrier-escalate-no-toets = De Omgekeerde Toets is nog niet af. U kunt toch voorleggen, maar het argument is sterker als de toets af is.
barrier-level = Aan wie?
barrier-deadline-label = Antwoord uiterlijk op
barrier-deadline-hint = Laat leeg voor 4 weken.
barrier-escalate-title-label = Titel voor wie antwoordt
barrier-escalate-title-hint = Zonder namen; beleid ziet alleen deze titel en het argument.
barrier-escalate-argument-hint = Zonder namen of andere persoonsgegevens.
barrier-no-personal-data = Ik heb gecontroleerd: in de titel en het argument staan geen namen of andere persoonsgegevens
barrier-escalate-send = Voorleggen
barrier-argument = Argument

barrier-inbox-title = Voorgelegde hindernissen
barrier-inbox-intro = Hindernissen die aan u zijn voorgelegd en op antwoord wachten. De eerste termijn staat bovenaan.
barrier-inbox-lead = Voor de teamleider
barrier-inbox-policy = Voor beleid en bestuur
barrier-inbox-empty = Er wacht niets op antwoord.
barrier-late = termijn voorbij

barrier-policy-title = Voorgelegde hindernis
barrier-policy-intro = U ziet alleen wat het team voor u schreef. Namen en andere persoonsgegevens ziet u niet.

barrier-report-title = Rapportage hindernissen
barrier-report-intro = Aantallen onder 5 staan als "< 5". Verhalen staan er alleen als het team ze geschikt vond voor dit rapport.
barrier-report-all-wijken = Alle wijken
barrier-report-from = Van
barrier-report-to = Tot en met
barrier-report-csv = Download als CSV
barrier-report-total = Hindernissen gemeld
barrier-report-young = Keren dat een jongere geraakt werd
barrier-report-median = Mediaan dagen tot antwoord
barrier-report-answers = antwoorden
barrier-report-by-category = Per soort
barrier-report-by-status = Per status
barrier-report-by-month = Per maand
barrier-report-month = Maand
barrier-report-count = Aantal
barrier-report-stories = Wat is opgelost, en hoe
barrier-report-no-stories = Nog geen verhalen voor dit rapport.

barrier-young-page-title = Wat houdt je tegen?
barrier-young-page-title-of = Wat houdt { $name } tegen?
barrier-young-intro-own = Is er iets dat je tegenhoudt? Een regel, geld, een wachtlijst, vervoer? Vertel het in je eigen woorden. Het team kijkt wat het kan doen.
barrier-young-intro = Hindernissen die deze jongere tegenhouden, en wat eraan gedaan wordt.
barrier-young-list = Wat er is gemeld
barrier-young-empty = Er is nog niets gemeld.
barrier-since = gemeld op
barrier-young-answer = Er is een antwoord
barrier-young-ask = Iets melden
barrier-young-ask-intro = Vertel het in gewone woorden. Je hoeft niet alles te weten.
barrier-young-title = Wat houdt je tegen? In een paar woorden
barrier-young-title-hint = Bijvoorbeeld: "De contributie is te duur".
barrier-young-what = Wat is er gebeurd?
barrier-young-what-hint = Vertel wat je wilde doen en wat er misging.
barrier-young-category = Waar gaat het over?
barrier-young-rule = Welke regel of organisatie zit erachter?
barrier-young-rule-hint = Als je het weet. Je mag het ook leeg laten.
barrier-young-domain = Bij welk deel van je leven hoort het?
barrier-young-send = Versturen
barrier-to-plan = Terug naar het plan

toets-title = Omgekeerde Toets
toets-intro = Werk de stappen door, in deze volgorde. Elke stap wordt meteen bewaard; een collega kan verder waar u stopte. De wet komt pas aan het eind.
toets-saved-by = Laatst bewaard door
toets-read-only = Deze hindernis is voorgelegd of afgesloten. U kunt de toets lezen, niet meer veranderen.
toets-step-need = 1. Wat heeft deze jongere nodig?
toets-hint-need = Wat wil de jongere bereiken? Wat is er echt nodig?
toets-step-effect = 2. Wat is het effect voor de jongere en de omgeving?
toets-hint-effect = Voor de jongere, het gezin, vrienden, school en de buurt.
toets-step-purpose = 3. Wat is het doel van de regel? Dient toepassen hier dat doel?
toets-hint-purpose = Waarom bestaat de regel? Bereikt hij hier wat hij wil bereiken?
toets-step-fairness = 4. Is het eerlijk?
toets-hint-fairness = Zou u het zelf eerlijk vinden? Wordt iemand buitengesloten?
toets-step-legal = 5. De wettelijke toets
toets-hint-legal = Pas nu: welke ruimte geeft de wet of regeling om af te wijken?
toets-step-proposal = 6. Voorstel
toets-hint-proposal = Lossen we het op in het team, of leggen we het voor? Schrijf het argument één keer; het gaat mee met het voorleggen.
toets-answer = Uw antwoord
toets-served = Dient toepassen van de regel hier het doel?
toets-served-yes = Ja
toets-served-partly = Gedeeltelijk
toets-served-no = Nee
toets-proposal-choice = Wat stelt u voor?
toets-proposal-team = Oplossen in het team
toets-proposal-escalate = Voorleggen aan teamleider, beleid of bestuur
toets-argument = Argument
toets-argument-hint = Waarom dit nodig is, in een paar zinnen. Zonder namen.
toets-save-step = Stap bewaren
toets-later = Eerst de stappen hierboven.
toets-done-escalate = De toets is af. Het voorstel is voorleggen.
toets-done-team = De toets is af. Het voorstel is: oplossen in het team.
toets-to-barrier = Naar de hindernis
toets-error-order = Werk de stappen in volgorde af: eerst de stappen hierboven.
toets-error-empty = Vul hier iets in.
toets-error-served = Kies of toepassen van de regel hier het doel dient.
toets-error-proposal = Kies: oplossen in het team of voorleggen.
toets-error-closed = Deze hindernis is voorgelegd of afgesloten; de toets kan niet meer veranderen.

barrier-error-title-empty = Geef een korte titel.
barrier-error-title-long = De titel is te lang: hoogstens 200 tekens.
barrier-error-what-empty = Vertel wat er is gebeurd.
barrier-error-text-long = Deze tekst is te lang: hoogstens 4000 tekens.
barrier-error-category = Kies een soort hindernis uit de lijst.
barrier-error-rule-long = Dit is te lang: hoogstens 200 tekens.
barrier-error-domain = Kies een levensgebied uit de lijst.
barrier-error-wijk = Kies een wijk uit de lijst.
barrier-error-level = Kies aan wie u het voorlegt.
barrier-error-deadline = Vul een datum in als jjjj-mm-dd, of laat het leeg.
barrier-error-deadline-range = De datum moet na vandaag liggen, en binnen een jaar.
barrier-error-personal = Controleer dat er geen namen of persoonsgegevens in staan, en vink het hokje aan.
barrier-error-state = Kies wat het antwoord betekent.
barrier-error-answer-empty = Schrijf het antwoord.
barrier-refused-closed = Deze hindernis is afgesloten. Er kan niets meer aan veranderen.
barrier-refused-awaiting = Deze hindernis wacht op een antwoord. Alleen het antwoord kan de status veranderen.
barrier-refused-jump = Die stap kan niet vanuit de huidige status.
barrier-refused-stale = Iemand anders heeft deze hindernis net veranderd. Bekijk de nieuwe stand en probeer het opnieuw.
barrier-answer-role = Alleen wie deze hindernis voorgelegd kreeg, mag antwoorden.
barrier-answer-taken = Iemand anders heeft deze hindernis net beantwoord. Uw antwoord is niet bewaard; u ziet het hieronder nog.
barrier-answer-gone = Deze escalatie bestaat niet (meer).
barrier-merge-self = Een hindernis kan niet met zichzelf worden samengevoegd.
barrier-merge-municipality = Samenvoegen kan alleen met een hindernis van dezelfde gemeente.
barrier-merge-merged = Deze hindernis is al samengevoegd.
barrier-merge-closed = Samenvoegen kan niet met een afgesloten hindernis.
barrier-merge-unknown = Kies een hindernis uit de lijst.

barrier-mail-answer-subject = Er is een antwoord op een hindernis
barrier-mail-answer-body = Er is een antwoord op de hindernis "{ $title }": { $state }.

    Lees het antwoord in KijKINDeWijk: { $link }
barrier-mail-young-subject = Er is nieuws over wat je tegenhoudt
barrier-mail-young-body = Hoi,

    Je hebt gemeld dat iets je tegenhoudt, of het team deed dat voor jou. Er is nu een antwoord: { $state }.

    Kijk in KijKINDeWijk wat het betekent: { $link }
barrier-mail-reminder-subject = Herinnering: een hindernis wacht op antwoord
barrier-mail-reminder-body = De termijn voor een antwoord op de hindernis "{ $title }" was { $deadline }. Er is nog geen antwoord.

    Antwoorden: { $link }

barrier-status-open-explain = Het is gemeld. Het team heeft er nog niet naar gekeken.
barrier-status-in-progress-explain = Het team zoekt uit wat het eraan kan doen.
barrier-status-escalated-explain = Het team kan het niet zelf oplossen. Het ligt nu bij wie erover beslist.
barrier-status-solved-explain = Het is opgelost.
barrier-status-breakthrough-explain = Er is een nieuwe oplossing gevonden, ook voor anderen met dezelfde hindernis.
barrier-status-unsolvable-explain = Het kan niet worden opgelost. In het antwoord staat waarom.
barrier-tab = Hindernissen
barrier-overview-card = Wat houdt deze jongere tegen, en wat wordt eraan gedaan.
barrier-young-ask-other = Iets melden voor { $name }
barrier-young-ask-intro-other = Vertel in gewone woorden wat { $name } tegenhoudt. U hoeft niet alles te weten.
barrier-young-title-other = Wat houdt { $name } tegen? In een paar woorden
barrier-young-what-other = Wat is er gebeurd?
barrier-young-what-hint-other = Vertel wat { $name } wilde doen en wat er misging.
barrier-young-domain-other = Bij welk deel van het leven van { $name } hoort het?
barrier-young-to-form = Iets melden
barrier-mail-parent-subject = Er is nieuws over wat uw kind tegenhoudt
barrier-mail-parent-body = Beste ouder,

    Er is een hindernis gemeld die uw kind tegenhoudt. Er is nu een antwoord: { $state }.

    Lees in KijKINDeWijk wat het betekent: { $link }
barrier-young-rule-hint-other = Als u het weet. U mag het ook leeg laten.
barrier-to-overview = Terug naar { $name }
log-ground-barrier-answer = het antwoord op een hindernis laten weten

## A partner raises what stopped an introduction.
barrier-partner-heading = Hield een regel dit tegen?
barrier-partner-offer = Ging het niet door door kosten, een leeftijdsgrens, een wachtlijst of een andere regel? Meld het als hindernis. Het team en de gemeente kijken wat er kan veranderen.
barrier-partner-link = Meld een hindernis
barrier-partner-title = Meld wat de introductie tegenhield
barrier-partner-intro = De introductie voor { $service } is gestopt. Beschrijf wat het tegenhield: welke regel, kosten of wachtlijst, en wat er nodig was.
barrier-partner-privacy = De melding gaat naar het team van de gemeente. U ziet daarna de status en het antwoord. Schrijf geen namen in de titel.
barrier-partner-back = Terug naar de introductie

## Beheer of the municipality's barrier categories.
category-title = Soorten hindernissen
category-intro = Met deze lijst kiezen mensen wat voor hindernis ze melden. Pas de lijst aan aan uw gemeente. Een soort die al gebruikt wordt, kunt u een andere naam geven, maar niet verwijderen.
category-default = Uw gemeente gebruikt nu de standaardlijst. Zodra u iets verandert, wordt het uw eigen lijst.
category-saved = De lijst is opgeslagen.
category-caption = Soorten hindernissen, in de volgorde van de keuzelijst
category-name-nl = Naam (Nederlands)
category-name-en = Naam (Engels)
category-used = Aantal hindernissen
category-actions = Wijzigen
category-up = { $name } omhoog
category-down = { $name } omlaag
category-remove = { $name } verwijderen
category-in-use-note = Een soort die gebruikt wordt, heeft geen knop om te verwijderen.
category-rename-heading = Naam wijzigen
category-which = Welke soort?
category-rename = Naam opslaan
category-add-heading = Soort toevoegen
category-add = Toevoegen
category-back = Terug naar de startpagina
category-error-name = Vul een naam in.
category-error-name-long = Maak de naam korter: hoogstens 60 tekens.
category-error-name-control = Gebruik in een naam geen regeleinden of tabs.
category-error-double = Deze naam staat al in de lijst.
category-error-full = De lijst is vol: hoogstens 30 soorten. Verwijder eerst een soort die niet gebruikt wordt.
category-error-in-use = Deze soort wordt gebruikt door hindernissen. Geef hem een andere naam in plaats van hem te verwijderen.
category-error-last = De lijst moet minstens één soort houden.
category-error-unknown = Deze soort staat niet (meer) in de lijst. Kies opnieuw.
start-admin-barriers = Hindernissen
start-admin-barriers-text = Kies welke soorten hindernissen mensen kunnen melden.
