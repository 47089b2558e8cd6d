//! The built-in texts of the public pages: what a page shows until a redacteur edits it, and what
//! the edit form starts from. Markdown, per language.

use super::pages::Slug;
use crate::i18n::Locale;

/// (title, Markdown body) of a page that was never edited.
pub fn text(slug: Slug, loc: Locale) -> (&'static str, &'static str) {
    match (slug, loc) {
        (Slug::Home, Locale::Nl) => ("Het gewone leven, samen met de wijk", HOME_NL),
        (Slug::Home, Locale::En) => ("Ordinary life, together with the neighbourhood", HOME_EN),
        (Slug::About, Locale::Nl) => ("Onze aanpak", ABOUT_NL),
        (Slug::About, Locale::En) => ("Our approach", ABOUT_EN),
        (Slug::Privacy, Locale::Nl) => ("Privacy", PRIVACY_NL),
        (Slug::Privacy, Locale::En) => ("Privacy", PRIVACY_EN),
        (Slug::Accessibility, Locale::Nl) => ("Toegankelijkheid", A11Y_NL),
        (Slug::Accessibility, Locale::En) => ("Accessibility", A11Y_EN),
        (Slug::Colophon, Locale::Nl) => ("Colofon", COLOPHON_NL),
        (Slug::Colophon, Locale::En) => ("Colophon", COLOPHON_EN),
    }
}

const HOME_NL: &str = "\
Elk kind en elke jongere hoort thuis op te groeien, naar school of werk te gaan, mee te doen in \
de buurt en mensen te hebben die ze vertrouwen. Gewoon: thuis, school, de club, werk en mensen \
om je heen.

Soms lukt dat niet. Dan zitten er hindernissen in de weg: regels, wachtlijsten, geld of vervoer. \
KijKINDeWijk helpt om die hindernissen weg te halen. We kijken naar kansen en talenten, en naar \
wat werkt. Samen met de jongere, de mensen om de jongere heen, de buurt en het lokale team.

Dat doen we op elk niveau: van bewoners en de werkvloer tot het bestuur van de gemeente en \
ondernemers in de wijk.

> Ieder kind verdient een gewoon leven. Niet meer zorg, maar meer wijk: mensen die je kent, \
> plekken waar je welkom bent en een team dat hindernissen weghaalt.
";

const HOME_EN: &str = "\
Every child and young person should grow up at home, go to school or work, take part in the \
neighbourhood and have people they trust. Simply: home, school, the club, work and people around \
you.

Sometimes that does not work out. Barriers get in the way: rules, waiting lists, money or \
transport. KijKINDeWijk helps to remove those barriers. We look at opportunities and talents, and \
at what works. Together with the young person, the people around them, the neighbourhood and the \
local team.

We do this at every level: from residents and the work floor to the municipality's governance \
and entrepreneurs in the neighbourhood.

> Every child deserves an ordinary life. Not more care, but more neighbourhood: people you know, \
> places where you are welcome and a team that removes barriers.
";

const ABOUT_NL: &str = "\
KijKINDeWijk is wijkgericht werken voor jongeren. We beginnen bij het gewone leven van de \
jongere: thuis, school, vrije tijd, werk en vrienden.

## Zo werken we

- **De jongere maakt het plan.** In eigen woorden, met doelen en acties.
- **Het netwerk doet mee.** Familie, buren, een coach of een maatje.
- **De buurt biedt kansen.** Clubs, sport, muziek en werk staan op de sociale kaart.
- **Het team haalt hindernissen weg.** Lukt dat niet, dan gaat de vraag naar de gemeente.

## Leren van elkaar

In het online magazine delen we methodes, interviews en praktijkverhalen.
";

const ABOUT_EN: &str = "\
KijKINDeWijk is neighbourhood-oriented youth work. We start from the young person's ordinary \
life: home, school, free time, work and friends.

## How we work

- **The young person makes the plan.** In their own words, with goals and actions.
- **The network takes part.** Family, neighbours, a coach or a buddy.
- **The neighbourhood offers opportunities.** Clubs, sport, music and work are on the social map.
- **The team removes barriers.** If it cannot, the question goes to the municipality.

## Learning from each other

In the online magazine we share methods, interviews and practice stories.
";

const PRIVACY_NL: &str = "\
KijKINDeWijk bewaart alleen gegevens die nodig zijn om jongeren te helpen. Jij bepaalt wie jouw \
plan en netwerk mag zien, volgens de regels die bij je leeftijd horen.

Elke keer dat iemand jouw gegevens bekijkt of verandert, wordt dat vastgelegd. Je kunt zelf zien \
wie dat was.

Je mag altijd vragen welke gegevens we hebben, iets laten verbeteren of gegevens laten \
verwijderen, als de wet dat toestaat.

Wachtwoorden bewaren we versleuteld. Medewerkers loggen in met een extra code.
";

const PRIVACY_EN: &str = "\
KijKINDeWijk only keeps data that is needed to help young people. You decide who may see your plan \
and network, following the rules for your age.

Every time someone looks at or changes your data, this is recorded. You can see for yourself who \
it was.

You may always ask which data we hold, have something corrected, or have data removed where the \
law allows it.

Passwords are stored encrypted. Staff log in with an extra code.
";

const A11Y_NL: &str = "\
We willen dat iedereen deze website kan gebruiken. Ook als je slecht ziet, niet met een muis werkt \
of een voorleesprogramma gebruikt.

De website volgt de eisen van WCAG 2.1 op niveau AA. Dat is de wettelijke norm voor websites van de \
overheid. Alle pagina's werken ook zonder JavaScript.

We testen elke nieuwe versie automatisch op toegankelijkheid en met het toetsenbord.

Loop je toch ergens tegenaan? Laat het ons weten via het lokale team of de gemeente. We lossen het \
zo snel mogelijk op.
";

const A11Y_EN: &str = "\
We want everyone to be able to use this website. Also if you have poor eyesight, do not use a \
mouse, or use a screen reader.

The website follows WCAG 2.1 at level AA. That is the legal standard for government websites. All \
pages also work without JavaScript.

We test every new version automatically for accessibility and with the keyboard.

Do you still run into a problem? Let us know through the local team or the municipality. We will \
fix it as soon as we can.
";

const COLOPHON_NL: &str = "\
KijKINDeWijk is gemaakt voor gemeenten, lokale teams, partners en bewoners die samen werken aan \
het gewone leven van jongeren.

- **Software:** open source, onder de EUPL-1.2.
- **Vormgeving:** NL Design System.
- **Redactie:** de redactie van KijKINDeWijk.
";

const COLOPHON_EN: &str = "\
KijKINDeWijk is made for municipalities, local teams, partners and residents who work together on \
the ordinary life of young people.

- **Software:** open source, under the EUPL-1.2.
- **Design:** NL Design System.
- **Editors:** the KijKINDeWijk editorial team.
";
