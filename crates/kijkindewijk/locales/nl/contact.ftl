contact-title = Laat het me weten
contact-intro = Heb je een vraag, een tip of wil je samenwerken? Stuur ons een bericht. We antwoorden meestal binnen een week.
contact-name = Naam
contact-email = E-mailadres
contact-email-hint = Hierop sturen we ons antwoord.
contact-municipality = Gemeente
contact-topic = Waar gaat het over?
contact-choose = Kies een onderwerp
contact-topic-question = Een vraag
contact-topic-idea = Een idee of tip
contact-topic-cooperation = Samenwerken
contact-topic-website = Deze website
contact-topic-other = Iets anders
contact-message = Je bericht
contact-honeypot = Laat dit veld leeg
contact-privacy-heading = Wat doen we met je gegevens?
contact-privacy-text = We gebruiken je naam, e-mailadres en bericht alleen om je te antwoorden. Alleen de redactie van de gemeente leest je bericht. We bewaren het een beperkte tijd en halen het daarna automatisch weg.
contact-send = Versturen
contact-sent-title = Bedankt voor je bericht
contact-sent-text = We hebben je bericht ontvangen. Je krijgt ook een bevestiging per e-mail.
contact-error-name = Vul je naam in.
contact-error-email = Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl.
contact-error-topic = Kies waar je bericht over gaat.
contact-error-municipality = Kies een gemeente.
contact-error-message = Schrijf je bericht.
contact-error-too-long = Dit is te lang. Maak het korter.
contact-error-too-fast = Dat ging heel snel. Kijk je bericht nog even na en klik dan opnieuw op Versturen.
contact-error-stale = Het formulier stond te lang open. Klik opnieuw op Versturen.
contact-error-rate = Je hebt het afgelopen uur al veel berichten gestuurd. Probeer het later opnieuw.
contact-messages-title = Berichten
contact-messages-retention = Berichten worden na { $days } dagen automatisch verwijderd.
contact-messages-empty = Er zijn geen berichten.
contact-mail-editors-subject = Nieuw bericht via de website: { $topic }
contact-mail-editors-body =
    Er is een nieuw bericht binnengekomen via het contactformulier.

    Lees het hier (inloggen nodig):
    { $link }

    KijKINDeWijk
contact-mail-sender-subject = We hebben je bericht ontvangen
contact-mail-sender-body =
    Hallo { $name },

    Bedankt voor je bericht. We hebben het ontvangen en antwoorden je zo snel mogelijk, meestal binnen een week.

    We bewaren je bericht { $days } dagen. Daarna halen we het automatisch weg.

    Groet,
    KijKINDeWijk
