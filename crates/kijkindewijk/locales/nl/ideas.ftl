idea-list-title = Weet jij hoe?
idea-list-intro = Heb je een idee om het gewone leven van jongeren in je wijk makkelijker of sterker te maken? Deel het hier. Anderen kunnen je idee steunen en de gemeente geeft antwoord.
idea-list-empty = Er zijn nog geen ideeën.
idea-new-title = Deel je idee
idea-new-intro = Schrijf kort wat je idee is en voor welke wijk. Eerst zie je een voorbeeld en ideeën die erop lijken. De redactie kijkt naar je idee voordat het op de website komt.
idea-title = Titel van je idee
idea-title-hint = Kort en duidelijk, bijvoorbeeld: Trapveld open in de zomer.
idea-body = Je idee
idea-body-hint = Wat wil je, en waarom helpt het jongeren? Een lege regel begint een nieuwe alinea.
idea-wijk = Wijk
idea-choose-wijk = Kies een wijk
idea-email = E-mailadres (niet verplicht)
idea-email-hint = Wil je horen wat er met je idee gebeurt? Vul je e-mailadres in. Je krijgt een link om dat te bevestigen.
idea-privacy = Je e-mailadres komt niet op de website.
idea-preview = Bekijk voorbeeld
idea-preview-again = Opnieuw bekijken
idea-send = Idee versturen
idea-preview-heading = Zo ziet je idee eruit
idea-similar-heading = Lijkt je idee op een ander idee?
idea-similar-intro = Deze ideeën lijken op dat van jou. Misschien wil je een van deze steunen.
idea-similar-none = We vonden geen ideeën die erop lijken.
idea-sent-title = Bedankt voor je idee
idea-sent-text = De redactie kijkt naar je idee. Daarna komt het op de website. Gaf je een e-mailadres? Kijk dan in je e-mail om het te bevestigen.
idea-back = Terug naar alle ideeën
idea-supports = { $count ->
    [one] 1 persoon steunt dit idee
   *[other] { $count } mensen steunen dit idee
}
idea-reports = { $count } meldingen
idea-support-heading = Steun dit idee
idea-support-email = Je e-mailadres
idea-support-email-hint = Je krijgt een link. Pas als je die bevestigt, telt je steun. Zo telt ieder adres één keer.
idea-support = Ik steun dit idee
idea-support-mail-title = Kijk in je e-mail
idea-support-mail-text = We stuurden je een link. Klik erop om je steun te bevestigen.
idea-report-heading = Klopt er iets niet?
idea-report-text = Staat er iets kwetsends of persoonlijks in dit idee? Meld het. De redactie kijkt ernaar.
idea-report = Meld dit idee
idea-reported-title = Bedankt voor je melding
idea-reported-text = De redactie kijkt naar je melding.
idea-confirm-title = Bevestigen
idea-confirm-support = Klik op Bevestigen om dit idee te steunen.
idea-confirm-follow = Klik op Bevestigen om e-mail te krijgen als de gemeente op dit idee antwoordt.
idea-confirm = Bevestigen
idea-confirmed-support = Bedankt. Je steun telt mee.
idea-confirmed-follow = Bedankt. Je krijgt een e-mail als de gemeente antwoordt.
idea-answer-heading = Antwoord van de gemeente
idea-barrier-linked = Dit hoort bij de hindernis:
idea-answer-considering = In overweging
idea-answer-in-progress = Wordt uitgevoerd
idea-answer-done = Uitgevoerd
idea-answer-not-feasible = Niet haalbaar
idea-status-pending = Wacht op de redactie
idea-status-published = Zichtbaar
idea-status-hidden = Verborgen na meldingen
idea-status-rejected = Afgewezen
idea-error-title = Geef je idee een titel.
idea-error-title-long = De titel is te lang. Gebruik hoogstens 150 tekens.
idea-error-body = Schrijf wat je idee is.
idea-error-body-long = Je tekst is te lang. Gebruik hoogstens 5000 tekens.
idea-error-wijk = Kies een wijk.
idea-error-email = Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl.
idea-error-twice = Je steunt dit idee al. Iedereen kan een idee één keer steunen.
idea-error-state = Kies hoe het ervoor staat.
idea-error-answer = Schrijf een antwoord.
idea-error-reason = Schrijf waarom het niet haalbaar is.
idea-error-barrier = Kies een hindernis uit de lijst.
idea-error-none-ticked = Vink minstens één idee aan.
idea-error-decision = Kies tonen of afwijzen.
idea-moderation-title = Ideeën modereren
idea-moderation-intro = Nieuwe ideeën en ideeën die na meldingen verborgen zijn, wachten hier. Vink ze aan en kies tonen of afwijzen.
idea-queue-heading = Wacht op de redactie
idea-queue-empty = Er wacht niets.
idea-queue-legend = Ideeën die wachten
idea-publish = Tonen
idea-reject = Afwijzen
idea-shown-heading = Zichtbare ideeën
idea-not-answered = nog geen antwoord
idea-answer-title = Antwoord geven
idea-answer-state = Hoe staat het ervoor?
idea-choose-state = Kies een stand
idea-answer-text = Antwoord
idea-answer-text-hint = Bij niet haalbaar: schrijf waarom. Wie het idee volgt, krijgt dit antwoord per e-mail.
idea-answer-barrier = Hoort bij hindernis (niet verplicht)
idea-choose-barrier = Geen hindernis
idea-answer-save = Antwoord opslaan
idea-mail-follow-subject = Bevestig je e-mailadres: { $title }
idea-mail-follow-body =
    Hallo,

    Je deelde het idee "{ $title }". Wil je een e-mail krijgen als de gemeente antwoordt? Bevestig dat met deze link:
    { $link }

    Heb je dit idee niet gedeeld? Dan kun je deze e-mail negeren.

    KijKINDeWijk
idea-mail-support-subject = Bevestig je steun: { $title }
idea-mail-support-body =
    Hallo,

    Je wilt het idee "{ $title }" steunen. Bevestig je steun met deze link:
    { $link }

    Was jij dit niet? Dan kun je deze e-mail negeren.

    KijKINDeWijk
idea-mail-answer-subject = Antwoord op het idee: { $title }
idea-mail-answer-body =
    Hallo,

    De gemeente heeft geantwoord op het idee "{ $title }".

    Stand: { $state }

    { $text }

    Lees meer: { $link }

    KijKINDeWijk
