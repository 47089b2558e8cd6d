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
