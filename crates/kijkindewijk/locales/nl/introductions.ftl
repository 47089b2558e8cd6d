# Warme overdracht: introducties bij aanbod in de buurt.

youth-tab-introductions = Introducties
part-introduction = de introductie bij een club of activiteit
part-introductions = je introducties bij clubs en activiteiten
role-systeem = KijKINDeWijk zelf
log-ground-follow-up = de vraag na 3 maanden of het nog loopt
log-ground-introduced = een introductie bij hun organisatie

intro-title = Introducties
intro-intro = Hier zie je bij welke clubs, activiteiten of bijbanen je bent voorgesteld, en hoe het gaat. Jij, je jeugdprofessional en de club zien hetzelfde.
intro-to-suggestions = Bekijk suggesties die bij je passen
intro-to-map = Zelf zoeken op de sociale kaart
intro-empty = Er zijn nog geen introducties.
intro-no-contact = Je wilt niet dat de club zelf contact met je opneemt.
intro-no-contact-partner = Neem geen contact op met de jongere. Loop via de jeugdprofessional.
intro-no-contact-short = geen contact
intro-history = Wat er gebeurde
intro-next = Volgende stap
intro-reason-label = Reden
intro-note-label = Toelichting (niet verplicht; de jongere, de club en de jeugdprofessional lezen dit)
intro-back = Terug naar de introducties
intro-detail-title = Introductie
intro-who = Jongere
intro-activity = Activiteit

intro-status-proposed = voorgesteld
intro-status-accepted = geaccepteerd door de club
intro-status-declined = afgewezen door de club
intro-status-contact-made = contact gelegd
intro-status-started = gestart
intro-status-still-running = loopt nog na 3 maanden
intro-status-ended = gestopt
intro-step-accepted = Ja, welkom
intro-step-declined = Nee, afwijzen
intro-step-contact-made = Contact gelegd
intro-step-started = Gestart
intro-step-still-running = Loopt nog na 3 maanden
intro-step-ended = Stoppen
intro-reason-no-place = geen plek
intro-reason-no-fit = past niet
intro-reason-stopped = gestopt
intro-reason-no-contact = geen contact
intro-refused-not-next = Deze stap kan nu niet. Kijk naar de stappen die wel kunnen.
intro-refused-partner-decides = Alleen de club zegt ja of nee.
intro-refused-reason = Kies een reden.
intro-refused-too-early = Dit kan pas 3 maanden na de start.
intro-refused-changed = Iemand anders heeft de introductie net aangepast. Bekijk de nieuwe stand.

intro-suggestions-title = Suggesties
intro-suggestions-intro = Activiteiten die passen bij je interesses en talenten, je leeftijd, je wijk en je budget. Bij elke suggestie staat waarom.
intro-suggestions-no-profile = Je talenten en interesses zijn niet gedeeld. Deze suggesties passen bij de leeftijd en de wijk.
intro-suggestions-empty = Er zijn nu geen suggesties. Zoek zelf op de sociale kaart.
intro-why = Waarom deze suggestie:
intro-why-interest = Past bij: { $word }
intro-why-wijk = In je eigen wijk
intro-why-free = Gratis
intro-why-jeugdfonds = Het Jeugdfonds Sport & Cultuur kan de kosten betalen
intro-propose = Voorstellen

intro-new-title = Voorstellen
intro-new-title-with = Voorstellen bij { $service }
intro-jeugdfonds-note = Kosten? Het Jeugdfonds Sport & Cultuur kan betalen. Alleen een jeugdprofessional, leraar of andere tussenpersoon kan dat aanvragen. Vraag het je jeugdprofessional.
intro-partner-sees = De club ziet alleen je voornaam ({ $name }), je leeftijd en wat je hieronder schrijft. Je plan zien ze niet.
intro-message-label = Wat wil je de club vertellen?
intro-message-hint = Bijvoorbeeld: wanneer je kunt, of wat je al kunt. Niet verplicht.
intro-message-too-long = Dit bericht is te lang. Gebruik hoogstens 1000 tekens.
intro-no-contact-label = Neem geen contact met mij op (de club belt of mailt mij niet zelf)
intro-by-someone-close = iemand uit de omgeving van { $name }
intro-refused-no-reason-here = Alleen bij nee zeggen of stoppen hoort een reden.
intro-contact-save = Bewaar je keuze
intro-refused-closed = Deze introductie is afgesloten. Je kunt dit niet meer veranderen.
intro-duplicate = Je bent hier al voorgesteld. Kijk bij je introducties hoe het gaat.

intro-inbox-title = Introducties
intro-inbox-intro = Jongeren die bij jullie willen beginnen. Je ziet alleen wat nodig is: voornaam, leeftijd en wat de jongere vertelt.
intro-inbox-empty = Er zijn nog geen introducties.
intro-inbox-back = Terug naar de introducties

intro-mail-new-subject = Een nieuwe introductie via KijKINDeWijk
intro-mail-new-body =
    Hallo,

    Een jongere wil beginnen bij { $service }. Log in om de introductie te bekijken en te antwoorden:

    { $link }
intro-mail-followup-subject = Loopt het nog?
intro-mail-followup-body =
    Hallo,

    Drie maanden geleden is een introductie bij { $service } gestart. Loopt het nog? Geef het door:

    { $link }

## Voor wie de pagina leest: een ouder of professional leest over de jongere
intro-intro-other = Hier zie je bij welke clubs, activiteiten of bijbanen { $name } is voorgesteld, en hoe het gaat. { $name }, de jeugdprofessional en de club zien hetzelfde.
intro-to-suggestions-other = Bekijk suggesties voor { $name }
intro-no-contact-other = { $name } wil niet dat de club zelf contact opneemt.
intro-suggestions-intro-other = Activiteiten die passen bij de interesses en talenten van { $name }, de leeftijd, de wijk en het budget. Bij elke suggestie staat waarom.
intro-suggestions-no-profile-other = De talenten en interesses van { $name } zijn niet gedeeld. Deze suggesties passen bij de leeftijd en de wijk.
intro-why-wijk-other = In de wijk van { $name }
intro-reason-choose = Kies een reden

## The loop, stage by stage: what happens next and who takes the step; how the club reaches someone
intro-asked-on = gevraagd op { $date }
intro-next-heading = Wat gebeurt er nu?
intro-next-proposed-own = { $club } leest je vraag en zegt ja of nee. Dat zie je hier. Heb je na een week nog niets gehoord? Vraag het dan aan je jeugdprofessional.
intro-next-proposed-other = { $club } leest de vraag van { $name } en zegt ja of nee. Dat is hier te zien. Na een week nog niets gehoord? Neem dan contact op met de club.
intro-next-proposed-partner = Jullie zijn aan zet: zeg ja of nee tegen { $name }, het liefst binnen een week.
intro-next-accepted-own = { $club } zegt ja! Nu is de club aan zet: zij nemen contact met je op over je eerste keer.
intro-next-accepted-own-via = { $club } zegt ja! Je wilde niet dat de club zelf contact opneemt. Je jeugdprofessional spreekt met de club en met jou de eerste keer af.
intro-next-accepted-other = { $club } zegt ja. Nu is de club aan zet: zij nemen contact op met { $name } over de eerste keer.
intro-next-accepted-other-via = { $club } zegt ja. { $name } wil niet dat de club zelf contact opneemt: de jeugdprofessional spreekt de eerste keer af met de club en met { $name }.
intro-next-accepted-partner = Jullie zijn aan zet: maak een afspraak voor de eerste keer, op de manier hieronder. Is dat gelukt? Kies dan ‘Contact gelegd’.
intro-next-contact-own = Er is contact. Ben je begonnen? Kies dan ‘Gestart’ (of de club of je jeugdprofessional doet dat).
intro-next-contact-other = Er is contact. Is { $name } begonnen? Kies dan ‘Gestart’.
intro-next-contact-partner = Er is contact. Is { $name } begonnen? Kies dan ‘Gestart’.
intro-next-started-own = Je bent begonnen. Over drie maanden vragen we of het nog loopt.
intro-next-started-other = { $name } is begonnen. Over drie maanden vragen we of het nog loopt.
intro-stop-summary = Stoppen met deze introductie
intro-stop-summary-partner = Nee zeggen of stoppen
intro-message-own = Wat jij de club vertelt
intro-message-of = Wat { $name } de club vertelt
intro-message-none = Niets. Er is geen bericht meegestuurd.
intro-message-label-other = Wat wil { $name } de club vertellen?
intro-partner-sees-other = De club ziet alleen de voornaam ({ $name }), de leeftijd en wat hieronder staat. Het plan zien ze niet.
intro-contact-heading = Contact opnemen
intro-contact-via = { $name } wil graag zo bereikt worden:
intro-contact-not-direct = { $name } wil niet dat jullie zelf contact opnemen. Loop via de jeugdprofessional.
intro-contact-professional = De jeugdprofessional van { $name }:
intro-contact-none = Er is geen jeugdprofessional bij { $name } betrokken en er staat geen manier om contact op te nemen. Schrijf bij de volgende stap een bericht: { $name } leest het op deze pagina.
intro-contact-own-heading = Hoe mag de club je bereiken?
intro-contact-via-label = Hoe kan de club je bereiken? (niet verplicht)
intro-contact-via-hint = Bijvoorbeeld je telefoonnummer of e-mailadres, of ‘via mijn moeder’. De club ziet dit pas als ze ja zeggen, en niet als je hieronder ‘neem geen contact met mij op’ kiest.
intro-contact-via-too-long = Dit is te lang. Gebruik hoogstens 200 tekens.
intro-after-asking = Na het versturen leest de club je vraag en zegt ja of nee. Je ziet het op de pagina van deze introductie.
intro-ask = Vraag versturen
intro-propose-other = Voorstellen
intro-suggestion-where = Waar
intro-suggestion-when = Wanneer
intro-suggestion-more-places = { $count ->
    [one] ook op 1 andere plek
   *[other] ook op { $count } andere plekken
}
intro-inbox-new = { $count ->
    [0] Er wachten geen nieuwe introducties op jullie antwoord.
    [one] 1 nieuwe introductie wacht op jullie antwoord.
   *[other] { $count } nieuwe introducties wachten op jullie antwoord.
}
intro-inbox-is-new = nieuw
intro-inbox-asked = Gevraagd op
intro-inbox-changed = Laatst gewijzigd
flash-intro-asked = Je vraag is verstuurd. Hieronder staat wat er nu gebeurt.
flash-intro-step = Opgeslagen. Iedereen bij deze introductie ziet de nieuwe stap.
flash-intro-contact = Je keuze is opgeslagen.
