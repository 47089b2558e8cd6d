# Sociale kaart: aanbod in de wijk, zoeken, beheer door partners, HSDS 3.0.

map-nav = Sociale kaart
map-title = Sociale kaart
map-lead = Zoek iets leuks of nuttigs in de buurt: sport, muziek, huiswerkhulp, een maatje, een stage of een bijbaan.

## Dagen en statussen
map-day-mo = maandag
map-day-tu = dinsdag
map-day-we = woensdag
map-day-th = donderdag
map-day-fr = vrijdag
map-day-sa = zaterdag
map-day-su = zondag
map-day-short-mo = ma
map-day-short-tu = di
map-day-short-we = wo
map-day-short-th = do
map-day-short-fr = vr
map-day-short-sa = za
map-day-short-su = zo
map-status-active = Actief
map-status-temporarily-closed = Tijdelijk gesloten
map-status-inactive = Niet actief
map-status-defunct = Gestopt

## Talen en toegankelijkheid
map-lang-nl = Nederlands
map-lang-en = Engels
map-lang-ar = Arabisch
map-lang-tr = Turks
map-lang-pl = Pools
map-lang-uk = Oekraïens
map-lang-ti = Tigrinya
map-lang-so = Somalisch
map-lang-es = Spaans
map-lang-fr = Frans
map-lang-de = Duits
map-lang-pap = Papiaments
map-access-rolstoel = Toegankelijk met een rolstoel
map-access-toilet = Aangepast toilet
map-access-ringleiding = Ringleiding voor slechthorenden
map-access-prikkelarm = Prikkelarme ruimte

## Fouten in een rooster
map-rec-freq = Kies hoe vaak het is: elke week of elke maand.
map-rec-interval = Vul een hele week- of maandafstand in (bijvoorbeeld 1 of 2).
map-rec-byday = Kies een of meer dagen. Een nummer voor de dag (zoals 1MA) kan alleen bij een maandelijks rooster.
map-rec-bymonthday = Een dag van de maand moet tussen 1 en 31 liggen, en kan alleen bij een maandelijks rooster.
map-rec-unsupported = Dit soort rooster kunnen we niet gebruiken. Gebruik dagen van de week of dagen van de maand.
map-rec-date = Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2025-09-01.
map-rec-no-start = Vul in vanaf welke datum het rooster geldt.
map-rec-until-and-count = Geef een einddatum of een aantal keer, niet allebei.
map-rec-never-ends = Het rooster heeft geen einde. Vul een einddatum in, uiterlijk twee jaar na de start.
map-rec-too-long = Het rooster loopt te lang door. De einddatum mag hoogstens twee jaar na de start liggen.
map-rec-end-before-start = De einddatum ligt voor de startdatum.
map-rec-count = Het aantal keer moet een heel getal zijn van 1 tot 500.
map-rec-time = Schrijf de tijd als uu:mm, bijvoorbeeld 15:30.
map-rec-timezone = Tijden gelden in Nederlandse tijd. Laat een andere tijdzone weg.
map-rec-closes-before-opens = De eindtijd moet na de begintijd liggen, op dezelfde dag.
map-rec-no-occurrence = Op de gekozen dagen valt geen enkele keer binnen de gekozen periode.

## Zoeken
map-search-heading = Zoeken
map-search-q = Wat zoek je?
map-search-q-hint = Bijvoorbeeld: voetbal, gitaar, huiswerk, stage.
map-search-category = Soort activiteit
map-search-category-all = Alles
map-search-age = Leeftijd
map-search-age-hint = Hoe oud ben je? Dan zie je wat bij je leeftijd past.
map-search-free = Alleen gratis
map-search-when = Wanneer
map-search-day = Dag
map-search-day-any = Maakt niet uit
map-search-daypart = Deel van de dag
map-search-daypart-ochtend = Ochtend (6 tot 12 uur)
map-search-daypart-middag = Middag (12 tot 18 uur)
map-search-daypart-avond = Avond (na 18 uur)
map-search-from = Begint om of na
map-search-from-hint = Bijvoorbeeld 18:00.
map-search-where = Waar
map-search-postcode = Postcode
map-search-postcode-hint = Dan zie je hoe ver het is. Bijvoorbeeld 3594 BA.
map-search-distance = Afstand
map-search-distance-any = Elke afstand
map-search-distance-km = Binnen { $km } km
map-search-here = Gebruik mijn locatie
map-search-wijk = Wijk
map-search-wijk-any = Alle wijken
map-search-municipality = Gemeente
map-search-municipality-any = Alle gemeenten
map-search-sort = Volgorde
map-search-sort-relevantie = Beste match
map-search-sort-afstand = Dichtbij eerst
map-search-sort-naam = Op naam
map-search-submit = Zoeken
map-search-reset = Alles wissen
map-search-results = Resultaten
map-search-count = { $count ->
    [0] Niets gevonden
    [one] 1 activiteit gevonden
   *[other] { $count } activiteiten gevonden
}
map-search-none = Probeer minder woorden, een andere soort activiteit of een grotere afstand.
map-search-page = Pagina { $page } van { $pages }
map-search-prev = Vorige pagina
map-search-next = Volgende pagina
map-search-paging = Paginanummers
map-search-age-invalid = Vul een leeftijd in als heel getal, bijvoorbeeld 14.
map-search-day-invalid = Kies een dag van de week.
map-search-daypart-invalid = Kies ochtend, middag of avond.
map-search-time-invalid = Schrijf de tijd als uu:mm, bijvoorbeeld 18:00.
map-search-time-order = De eindtijd moet na de begintijd liggen.
map-search-postcode-invalid = Dit is geen Nederlandse postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 3594 BA.
map-search-postcode-unknown = Deze postcode kennen we niet. Kijk of hij goed is, of zoek zonder postcode.
map-search-point-outside = Deze plek ligt niet in Nederland.
map-search-distance-invalid = Kies een afstand tot 100 km.
map-search-distance-needs-place = Vul een postcode in om op afstand te zoeken.
map-search-category-unknown = Deze soort activiteit kennen we niet.
map-search-wijk-unknown = Deze wijk kennen we niet.
map-search-municipality-unknown = Deze gemeente kennen we niet.
map-search-sort-invalid = Kies een volgorde uit de lijst.
map-search-page-invalid = Deze pagina bestaat niet.
map-search-geocoder-down = We kunnen de postcode nu niet opzoeken. Probeer het later nog eens, of zoek zonder postcode.

## Kaart
map-map-heading = Kaart
map-map-label = Kaart met de activiteiten op deze pagina
map-map-note = De kaart laat de activiteiten van deze pagina zien. De lijst bevat dezelfde informatie.
map-map-you = Jouw postcode

## Categories of the youth taxonomy (map-cat-<code>; generated from the migration's term list)
map-cat-sport = Sport en bewegen
map-cat-sport-voetbal = Voetbal
map-cat-sport-zwemmen = Zwemmen
map-cat-sport-vechtsport = Vechtsport en weerbaarheid
map-cat-sport-dans = Dans
map-cat-sport-basketbal = Basketbal
map-cat-sport-hockey = Hockey
map-cat-sport-atletiek = Atletiek en hardlopen
map-cat-sport-fitness = Fitness en bootcamp
map-cat-sport-skaten = Skaten en BMX
map-cat-cultuur = Cultuur en creatief
map-cat-cultuur-theater = Theater
map-cat-cultuur-beeldend = Tekenen en schilderen
map-cat-cultuur-media = Film, foto en media
map-cat-cultuur-schrijven = Schrijven en spoken word
map-cat-muziek = Muziek
map-cat-muziek-instrument = Een instrument leren
map-cat-muziek-zang = Zingen
map-cat-muziek-maken = Muziek maken en produceren
map-cat-huiswerk = Huiswerk en leren
map-cat-huiswerk-begeleiding = Huiswerkbegeleiding
map-cat-huiswerk-bijles = Bijles
map-cat-huiswerk-taal = Taal oefenen
map-cat-jongerenwerk = Jongerenwerk
map-cat-jongerenwerk-inloop = Inloop en jongerencentrum
map-cat-jongerenwerk-meiden = Meidenwerk
map-cat-jongerenwerk-talent = Talentontwikkeling
map-cat-maatje = Buddy en mentor
map-cat-maatje-buddy = Buddy
map-cat-maatje-mentor = Mentor
map-cat-stage = Stage
map-cat-stage-snuffel = Snuffelstage
map-cat-stage-maatschappelijk = Maatschappelijke stage
map-cat-stage-beroep = Beroepsstage
map-cat-bijbaan = Bijbaan
map-cat-bijbaan-horeca = Horeca
map-cat-bijbaan-winkel = Winkel en supermarkt
map-cat-bijbaan-bezorgen = Bezorgen
map-cat-vrijwilligerswerk = Vrijwilligerswerk
map-cat-gezondheid = Gezondheid en je goed voelen
map-cat-gezondheid-praten = Praten en steun
map-cat-gezondheid-leefstijl = Gezond leven
map-cat-buiten = Natuur en buiten
map-cat-buiten-scouting = Scouting
map-cat-buiten-natuur = Natuur en dieren
map-cat-techniek = Techniek en gamen
map-cat-techniek-programmeren = Programmeren
map-cat-techniek-gamen = Gamen
map-cat-techniek-maken = Maken en repareren

## Resultaten
map-search-fix = Verbeter eerst wat hierboven staat. Dan zoeken we opnieuw.
map-category-all-of = Alles bij { $name }
map-fact-where = Waar
map-fact-when = Wanneer
map-fact-ages = Leeftijd
map-fact-cost = Kosten
map-fact-places = Plekken
map-fact-categories = Soort
map-jeugdfonds-short = Jeugdfonds kan betalen
map-places-full = Vol
map-places-left = { $count ->
    [one] Nog 1 plek vrij
   *[other] Nog { $count } plekken vrij
}
map-age-range = { $min } t/m { $max } jaar
map-age-from = Vanaf { $min } jaar
map-age-to = Tot en met { $max } jaar
map-age-any = Alle leeftijden
map-cost-free = Gratis
map-cost-unknown = Vraag naar de kosten
map-and = en
map-ord = { $n }e { $day }
map-ord-last = laatste { $day }
map-sched-weekly = { $days }, { $time }
map-sched-every-n-weeks = om de { $n } weken op { $days }, { $time }
map-sched-monthly = elke maand op { $days }, { $time }
map-sched-every-n-months = om de { $n } maanden op { $days }, { $time }
map-sched-monthdays = dag { $days } van de maand
map-month-1 = januari
map-month-2 = februari
map-month-3 = maart
map-month-4 = april
map-month-5 = mei
map-month-6 = juni
map-month-7 = juli
map-month-8 = augustus
map-month-9 = september
map-month-10 = oktober
map-month-11 = november
map-month-12 = december

## Detailpagina
map-detail-back = Terug naar zoeken
map-detail-when = Wanneer
map-detail-no-times = Tijden in overleg. Neem contact op.
map-detail-period = Van { $from } tot en met { $to }.
map-detail-next = De eerstvolgende keer: { $date }.
map-detail-ics = Zet de tijden in je agenda (iCalendar)
map-detail-where = Waar
map-detail-no-place = Geen vaste plek. Neem contact op.
map-detail-access = Toegankelijkheid
map-detail-areas = Voor jongeren uit:
map-area-whole = de hele gemeente
map-detail-who = Voor wie
map-detail-languages = Talen:
map-detail-cost = Kosten
map-detail-jeugdfonds = Kun je dit niet betalen? Het Jeugdfonds Sport & Cultuur kan de kosten betalen. Vraag het aan via school, de huisarts of het lokale team.
map-detail-contact = Aanmelden en contact
map-detail-checked = De gemeente heeft deze informatie gecontroleerd op { $date }.
map-detail-unchecked = De gemeente heeft deze informatie nog niet gecontroleerd.
map-detail-edit = Dit aanbod bewerken
map-detail-introduce = Ik wil hier graag heen
map-search-per-page-invalid = Kies een aantal per pagina van 1 tot 100.

## Formulier: fouten
map-form-required = Vul dit in.
map-form-too-long = Dit is te lang. Maak het korter.
map-form-bad-characters = Hier staan tekens in die we niet kunnen gebruiken.
map-form-organization-required = Kies een organisatie.
map-form-status-invalid = Kies een status uit de lijst.
map-form-url-invalid = Vul een webadres in dat begint met https://, bijvoorbeeld https://voorbeeld.nl.
map-form-email-invalid = Vul een e-mailadres in, bijvoorbeeld info@voorbeeld.nl.
map-form-phone-invalid = Vul een telefoonnummer in met alleen cijfers, spaties, + of -.
map-form-category-required = Kies minstens één soort activiteit.
map-form-category-unknown = Kies een soort activiteit uit de lijst.
map-form-category-too-many = Kies hoogstens zes soorten activiteit.
map-form-age-invalid = Vul een leeftijd in als heel getal van 0 tot 120.
map-form-age-order = De hoogste leeftijd is lager dan de laagste. Draai ze om.
map-form-cost-but-free = Het is gratis, maar er staat een bedrag. Haal het vinkje weg of wis het bedrag.
map-form-cost-invalid = Vul een bedrag in euro's in, bijvoorbeeld 12,50.
map-form-capacity-invalid = Vul het aantal vrije plekken in als heel getal.
map-form-language-unknown = Kies talen uit de lijst.
map-form-postcode-invalid = Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 3591 AB.
map-form-postcode-unknown = We kunnen deze postcode niet op de kaart vinden. Vul de coördinaten in, of kijk of de postcode goed is.
map-form-point-outside = Deze coördinaten liggen niet in Nederland. Vul breedtegraad en lengtegraad in, zoals 52,10 en 5,10.
map-form-accessibility-unknown = Kies uit de lijst.
map-form-area-unknown = Kies wijken en buurten uit de lijst.
map-form-days-required = Kies minstens één dag, of maak de tijden leeg.

## CSV met postcodes
map-csv-header = De eerste regel moet de kolommen noemen: postcode, latitude en longitude.
map-csv-line = Deze regel kunnen we niet lezen.
map-csv-postcode = Dit is geen Nederlandse postcode.
map-csv-point = De coördinaten ontbreken of liggen niet in Nederland.
map-csv-duplicate = Deze postcode staat al eerder in het bestand.
map-csv-too-many = Het bestand heeft te veel regels (hoogstens 1 miljoen).
map-csv-empty = Het bestand heeft geen postcodes.

## Beheer van aanbod
map-manage-title = Aanbod beheren
map-manage-intro = Hier houd je het aanbod op de sociale kaart actueel. Klopt iets niet meer? Pas het aan, dan zien jongeren meteen de goede informatie.
map-manage-no-organization = Je bent nog niet gekoppeld aan een organisatie. Vraag de gemeente om dat te doen. Daarna kun je hier je aanbod beheren.
map-manage-new = Nieuw aanbod toevoegen
map-manage-empty = Er is nog geen aanbod.
map-manage-caption = { $count ->
    [one] 1 aanbod
   *[other] { $count } keer aanbod
}
map-manage-col-name = Naam
map-manage-col-organization = Organisatie
map-manage-col-status = Status
map-manage-col-changed = Laatst gewijzigd
map-manage-col-checked = Gecontroleerd
map-manage-not-checked = Nog niet
map-manage-changed-after-check = Daarna gewijzigd
map-manage-check = Markeer als gecontroleerd
map-manage-checked-done = Gemarkeerd als gecontroleerd.
map-manage-saved = Het aanbod is opgeslagen.
map-manage-show-unchecked = Toon alleen wat gecontroleerd moet worden
map-manage-show-all = Toon alles
map-start-heading = Sociale kaart
map-start-text = Houd het aanbod voor jongeren in de wijk actueel en controleer wat partners invullen.

## Formulier aanbod
map-form-new-title = Nieuw aanbod
map-form-edit-title = Aanbod bewerken
map-form-back = Terug naar het overzicht
map-form-view = Bekijk de openbare pagina
map-form-choose = Kies…
map-form-about = Over het aanbod
map-form-organization = Organisatie
map-form-name = Naam
map-form-name-hint = Kort en duidelijk, bijvoorbeeld: Voetbaltraining meiden 10 tot 14 jaar.
map-form-description = Beschrijving
map-form-description-hint = Wat doe je er? Schrijf zo dat een jongere het snapt. Een lege regel begint een nieuwe alinea.
map-form-status = Status
map-form-categories = Soort activiteit
map-form-categories-hint = Kies één tot zes soorten. Zo vinden jongeren je aanbod.
map-form-who = Voor wie
map-form-min-age = Vanaf leeftijd
map-form-max-age = Tot en met leeftijd
map-form-age-hint = Laat leeg als er geen grens is.
map-form-eligibility = Wie mag er meedoen?
map-form-languages = Talen die de begeleiding spreekt
map-form-money = Kosten en plekken
map-form-free = Gratis
map-form-cost = Bedrag in euro's
map-form-cost-hint = Bijvoorbeeld 12,50. Laat leeg als het gratis is.
map-form-cost-description = Waarvoor is het bedrag?
map-form-cost-description-hint = Bijvoorbeeld: per maand, per seizoen, per keer.
map-form-jeugdfonds = Het Jeugdfonds Sport & Cultuur kan de kosten betalen
map-form-capacity = Vrije plekken
map-form-capacity-hint = Hoeveel jongeren kunnen er nog bij? Vul 0 in als het vol is. Laat leeg als je het niet bijhoudt.
map-form-where = Waar
map-form-loc-name = Naam van de plek
map-form-loc-name-hint = Bijvoorbeeld: Sportpark Zuid.
map-form-loc-address = Straat en huisnummer
map-form-loc-postcode = Postcode
map-form-loc-city = Plaats
map-form-loc-lat = Breedtegraad (niet verplicht)
map-form-loc-lon = Lengtegraad (niet verplicht)
map-form-loc-point-hint = Laat leeg: we zoeken de plek op met de postcode. Vul alleen in als de plek niet goed op de kaart staat.
map-form-accessibility = Toegankelijkheid van de plek
map-form-geocoder-down = We kunnen de postcode nu niet opzoeken. Vul de breedtegraad en lengtegraad in, of probeer het later nog eens.
map-form-areas = Voor jongeren uit
map-form-areas-hint = Kies de hele gemeente, of alleen bepaalde wijken en buurten.
map-form-areas-whole = De hele gemeente
map-area-whole-wijk = Heel { $name }
map-form-when = Wanneer
map-form-when-hint = Kies dagen en tijden. Het rooster stopt op de einddatum; zet die hoogstens twee jaar vooruit. Zo blijft de kaart actueel.
map-form-valid-from = Vanaf datum
map-form-valid-to = Tot en met datum
map-form-valid-to-hint = Bijvoorbeeld het einde van het schooljaar.
map-form-time-row = Tijd { $n }
map-form-opens = Begintijd
map-form-closes = Eindtijd
map-form-kept-schedules = Dit aanbod heeft ook tijden die niet elke week zijn (bijvoorbeeld één keer per maand). Die blijven zoals ze zijn.
map-form-contact = Aanmelden en contact
map-form-application = Hoe meld je je aan?
map-form-application-hint = Bijvoorbeeld: kom een keer kijken, of stuur een mail.
map-form-contact-name = Contactpersoon
map-form-contact-name-hint = Alleen een naam die openbaar mag zijn.
map-form-email = E-mailadres
map-form-phone = Telefoonnummer
map-form-url = Website
map-form-save = Opslaan
map-form-cancel = Annuleren

## Organisaties
map-orgs-title = Organisaties en partners
map-orgs-intro = Organisaties bieden aanbod aan. Koppel een partneraccount aan een organisatie, dan kan die partner het aanbod zelf bijhouden.
map-orgs-empty = Er zijn nog geen organisaties.
map-orgs-caption = Organisaties in deze gemeente
map-orgs-col-contact = Contact
map-orgs-col-partners = Partners
map-orgs-no-partners = Nog geen
map-orgs-new = Nieuwe organisatie
map-orgs-name = Naam
map-orgs-description = Wat doet de organisatie?
map-orgs-website = Website
map-orgs-add = Toevoegen
map-orgs-name-taken = Er is al een organisatie met deze naam.
map-orgs-saved = De organisatie is opgeslagen.
map-orgs-link = Partner koppelen
map-orgs-link-intro = De partner moet al een account hebben met de rol partner in deze gemeente.
map-orgs-login = Inlognaam of e-mailadres van de partner
map-orgs-login-hint = Bijvoorbeeld partner@club.nl.
map-orgs-link-submit = Koppelen
map-org-edit-title = Gegevens van de organisatie
map-org-edit-intro = Deze gegevens staan bij elk aanbod van de organisatie. Nieuwe introducties van jongeren worden naar het e-mailadres gestuurd.
map-org-edit-email-hint = Hier komen berichten over nieuwe introducties binnen.
map-org-edit-save = Opslaan
map-manage-own-organizations = Gegevens van je organisatie aanpassen:
map-orgs-unlink = Ontkoppelen
map-orgs-partner-unknown = We kennen geen partner met deze inlognaam in deze gemeente.
map-manage-find = Zoek op naam

## HSDS-API
hsds-coverage-invalid = Geef een bestaande CBS-code van een gemeente (GM…), wijk (WK…) of buurt (BU…).
hsds-modified-after-invalid = Geef een datum als jjjj-mm-dd of een tijdstip volgens RFC 3339.
map-csv-line-problem = Regel { $line }: { $reason }
map-csv-done = { $count } postcodes opgeslagen.

## HSDS-import en -export
hsds-kind-file = bestand
hsds-kind-organization = organisatie
hsds-kind-service = dienst
hsds-kind-location = locatie
hsds-kind-service-at-location = dienst op locatie
hsds-kind-schedule = rooster
hsds-kind-taxonomy = taxonomie
hsds-kind-term = term
hsds-import-done = Opgeslagen: { $organizations } organisaties, { $locations } locaties, { $services } diensten en { $terms } termen. Daarvan bestonden er { $existing } al; die zijn bijgewerkt.
hsds-import-warnings = Niet overgenomen (geen fout):
hsds-import-refused = { $count ->
    [one] Het bestand is niet ingelezen. Er is 1 probleem:
   *[other] Het bestand is niet ingelezen. Er zijn { $count } problemen:
}
hsds-import-nothing-stored = Er is niets opgeslagen. Verbeter het bestand en probeer het opnieuw.
hsds-export-done = { $organizations } organisaties met { $services } diensten geschreven naar { $file }.
hsds-import-too-big = Het bestand is te groot.
hsds-import-not-json = Dit is geen geldige JSON. Kijk op de plek die erachter staat (regel:kolom).
hsds-import-empty = Het bestand bevat geen gegevens.
hsds-import-not-an-object = Dit onderdeel is geen object met velden.
hsds-import-tabular = Dit is de tabelvorm van HSDS (met .csv-namen). Lever de gegevens aan als objecten, zoals in de voorbeelden van HSDS 3.0.
hsds-import-unknown-shape = We herkennen niet wat voor soort gegevens dit zijn.
hsds-import-unknown-field = Dit veld bestaat niet in HSDS 3.0. Kijk of de naam goed gespeld is.
hsds-import-duplicate-field = Dit veld staat twee keer in hetzelfde object.
hsds-import-wrong-type = Dit veld heeft het verkeerde soort waarde (bijvoorbeeld tekst waar een getal hoort).
hsds-import-unreadable = Dit deel kunnen we niet lezen.
hsds-import-missing = Een verplicht veld ontbreekt.
hsds-import-not-uuid = Een id moet een UUID zijn, zoals 3fa85f64-5717-4562-b3fc-2c963f66afa6.
hsds-import-duplicate-id = Dit id komt twee keer voor in het bestand.
hsds-import-conflicting-copies = Dit id komt vaker voor, met verschillende gegevens.
hsds-import-other-municipality = Dit id hoort bij een andere gemeente.
hsds-import-id-elsewhere = Dit id hoort al bij een andere dienst.
hsds-import-no-organization = De dienst hoort niet bij een organisatie. Geef organization_id of organization.
hsds-import-organization-mismatch = De dienst noemt verschillende organisaties.
hsds-import-unknown-organization = Deze organisatie staat niet in het bestand en niet in de gemeente.
hsds-import-unknown-location = Deze locatie staat niet in het bestand en niet in de gemeente.
hsds-import-unknown-sal = Dit rooster verwijst naar een dienst-op-locatie die niet bij deze dienst hoort.
hsds-import-unknown-term = Deze taxonomieterm bestaat niet.
hsds-import-unknown-taxonomy = Deze taxonomie bestaat niet.
hsds-import-term-cycle = Deze termen zijn elkaars ouder; zo kan de boom niet kloppen.
hsds-import-sal-needs-service = Een dienst-op-locatie moet de dienst zelf bevatten (veld service).
hsds-import-outside-nl = Deze coördinaten liggen niet in Nederland.
hsds-import-half-coordinates = Geef zowel latitude als longitude, of geen van beide.
hsds-import-country = Het adres ligt niet in Nederland (country moet NL zijn).
hsds-import-postcode = Dit is geen Nederlandse postcode.
hsds-import-bad-status = De status moet active, inactive, defunct of temporarily closed zijn.
hsds-import-bad-location-type = Het soort locatie moet physical, postal of virtual zijn.
hsds-import-age = Een leeftijd moet een heel getal van 0 tot 120 zijn.
hsds-import-age-order = De leeftijden staan omgekeerd: de minimumleeftijd is hoger dan de maximumleeftijd.
hsds-import-currency = Bedragen moeten in euro's zijn (EUR).
hsds-import-amount = Een bedrag moet tussen 0 en 100.000 liggen.
hsds-import-bad-date = Schrijf de datum als jjjj-mm-dd.
hsds-import-bad-text = Deze tekst bevat tekens die we niet kunnen gebruiken.
hsds-import-too-long = Deze tekst is te lang.
hsds-import-language-code = Een taal moet een code van 2 of 3 letters hebben (ISO 639), zoals nl.
hsds-ignored = Deze velden bewaart de sociale kaart niet:
hsds-area-unmatched = Dit gebied kennen we niet als wijk of buurt van de gemeente; de dienst geldt voor de hele gemeente.
hsds-no-coordinates = Deze locatie heeft geen coördinaten en de postcode is niet gevonden; zoeken op afstand werkt er niet voor.
map-search-count-more = Meer dan { $count } activiteiten gevonden. Kies meer filters om minder te zien.
hsds-import-place-twice = De dienst noemt dezelfde locatie twee keer.
map-form-conflict = Iemand anders sloeg dit aanbod net tegelijk op. Kijk je gegevens na en sla opnieuw op.

## The map's zoom buttons
map-map-zoom-in = Inzoomen
map-map-zoom-out = Uitzoomen
