webinar-list-title = ZOOMerschool webinars
webinar-list-intro = Korte online sessies om samen te leren: over gewoon meedoen, het netwerk van jongeren en hindernissen weghalen. Iedereen kan meedoen.
webinar-feed-link = Alle sessies in je agenda (iCalendar)
webinar-feed-name = ZOOMerschool webinars
webinar-upcoming = Komende sessies
webinar-past = Eerdere sessies
webinar-none-upcoming = Er zijn nu geen sessies gepland.
webinar-none-past = Er zijn nog geen eerdere sessies.
webinar-has-recording = opname beschikbaar
webinar-seats-left = Nog { $count } plaatsen vrij.
webinar-full-waiting = Deze sessie is vol. Je kunt je aanmelden voor de wachtlijst.
webinar-back = Terug naar alle webinars
webinar-when = Wanneer
webinar-timezone = Nederlandse tijd
webinar-speakers = Sprekers
webinar-ics-link = Zet deze sessie in je agenda (iCalendar)
webinar-afterwards = Terugkijken
webinar-recording = Bekijk de opname
webinar-nothing-yet = De opname en materialen komen hier zo snel mogelijk.
webinar-register-heading = Aanmelden
webinar-name = Naam
webinar-email = E-mailadres
webinar-email-hint = Je krijgt een bevestiging met de link naar de sessie en een link om je af te melden.
webinar-register = Aanmelden
webinar-register-waiting = Op de wachtlijst
webinar-privacy = We gebruiken je naam en e-mailadres alleen voor deze sessie.
webinar-closed = Aanmelden kan niet meer: de sessie is begonnen of voorbij.
webinar-personal-title = Je aanmelding
webinar-link-used = Deze afmeldlink is al gebruikt. Je bent al afgemeld.
webinar-you-are-registered = { $name }, je bent aangemeld.
webinar-meeting-intro = Op het tijdstip van de sessie kom je binnen via deze link:
webinar-meeting-link = Naar de online sessie
webinar-you-are-waiting = De sessie is vol. Je staat op de wachtlijst, plaats { $position }. Komt er een plek vrij, dan krijg je meteen een e-mail.
webinar-you-cancelled = Je bent afgemeld voor deze sessie.
webinar-cancel = Afmelden
webinar-cancel-hint = Na afmelden gaat je plek naar de eerste persoon op de wachtlijst.
webinar-error-required = Vul dit in.
webinar-error-too-long = Dit is te lang. Maak het korter.
webinar-error-date = Vul een datum in, bijvoorbeeld 2026-03-30.
webinar-error-time = Vul een tijd in, bijvoorbeeld 19:30.
webinar-error-end = De eindtijd moet na de begintijd liggen.
webinar-error-url = Vul een webadres in dat begint met https://.
webinar-error-capacity = Vul een aantal plaatsen in van 1 tot 10.000.
webinar-error-email = Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl.
webinar-error-closed = Aanmelden kan niet meer: de sessie is begonnen of voorbij.
webinar-error-twice = Dit e-mailadres is al aangemeld voor deze sessie. Kijk in je e-mail voor je persoonlijke link.
webinar-admin-title = Webinars beheren
webinar-admin-caption = Sessies van je gemeente
webinar-new-title = Nieuwe sessie
webinar-edit-title = Sessie bewerken
webinar-edit = Bewerken
webinar-title = Titel
webinar-seats-free = Vrije plaatsen
webinar-actions = Acties
webinar-description = Beschrijving
webinar-description-hint = Gewone tekst. Een lege regel begint een nieuwe alinea.
webinar-date = Datum
webinar-date-hint = Bijvoorbeeld 2026-03-30.
webinar-start = Begintijd
webinar-end = Eindtijd
webinar-time-hint = Nederlandse tijd, bijvoorbeeld 19:30.
webinar-meeting-url = Link naar de online sessie
webinar-meeting-url-hint = Alleen wie is aangemeld ziet deze link.
webinar-capacity = Aantal plaatsen
webinar-recording-url = Link naar de opname
webinar-recording-url-hint = Na de sessie. Laat leeg als er (nog) geen opname is.
webinar-materials = Materialen
webinar-save = Opslaan
webinar-registrations-title = Aanmeldingen
webinar-csv = Download als CSV
webinar-no-registrations = Nog niemand heeft zich aangemeld.
webinar-status = Status
webinar-registered-at = Aangemeld op
webinar-status-registered = Aangemeld
webinar-status-waiting = Wachtlijst
webinar-status-cancelled = Afgemeld
webinar-mail-confirm-subject = Je bent aangemeld: { $title }
webinar-mail-confirm-body =
    Hallo { $name },

    Je bent aangemeld voor "{ $title }" op { $when } (Nederlandse tijd).

    Op dat moment kom je binnen via deze link:
    { $meeting }

    In de bijlage staat de sessie voor je agenda.
    Kun je toch niet? Meld je dan af via je persoonlijke link, dan gaat je plek naar iemand op de wachtlijst:
    { $link }

    Groet,
    KijKINDeWijk
webinar-mail-waiting-subject = Je staat op de wachtlijst: { $title }
webinar-mail-waiting-body =
    Hallo { $name },

    "{ $title }" op { $when } is vol. Je staat op de wachtlijst.
    Komt er een plek vrij, dan krijg je meteen een e-mail met de link naar de sessie.

    Je persoonlijke link (ook om je af te melden):
    { $link }

    Groet,
    KijKINDeWijk
webinar-mail-moved-up-subject = Er is een plek vrij: { $title }
webinar-mail-moved-up-body =
    Hallo { $name },

    Goed nieuws: er is een plek vrijgekomen. Je bent nu aangemeld voor "{ $title }" op { $when } (Nederlandse tijd).

    Op dat moment kom je binnen via deze link:
    { $meeting }

    In de bijlage staat de sessie voor je agenda.
    Kun je toch niet? Meld je dan af via je persoonlijke link:
    { $link }

    Groet,
    KijKINDeWijk
webinar-mail-reminder-subject = Morgen: { $title }
webinar-mail-reminder-body =
    Hallo { $name },

    Morgen is "{ $title }", { $when } (Nederlandse tijd).

    Je komt binnen via deze link:
    { $meeting }

    Kun je toch niet? Meld je dan af via je persoonlijke link:
    { $link }

    Groet,
    KijKINDeWijk
