//! Demo magazine: articles of every kind about Wijkerveen's neighbourhood work, published over the
//! past months, one draft, and a cover image per kind (the images live in `demo/magazine/`, outside
//! `src/`, which holds text only).

use time::Duration;

use super::domain::{Checked, Status, search_text};
use super::repo;
use crate::db::{Tx, now};
use crate::demo::context::DemoContext;
use crate::features::site::{image, repo as site_repo};
use crate::features::socialmap::search::index_terms;

const COVERS: &[(&str, &[u8], &str)] = &[
    (
        "methode",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/demo/magazine/methode.png"
        )),
        "Getekende huizen in verschillende kleuren onder een gele zon",
    ),
    (
        "interview",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/demo/magazine/interview.png"
        )),
        "Twee getekende huizen op een zonnige middag",
    ),
    (
        "praktijkverhaal",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/demo/magazine/praktijkverhaal.png"
        )),
        "Drie getekende huizen aan de rand van een grasveld",
    ),
];

/// (kind, title, author, lead, body, tags, wijk code, days ago; `None` = draft)
type Demo = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<i64>,
);

const ARTICLES: &[Demo] = &[
    (
        "methode",
        "De Omgekeerde Toets in vijf stappen",
        "Redactie KijKINDeWijk",
        "Wat heeft deze jongere nodig om gewoon mee te doen? De Omgekeerde Toets draait de vraag om: eerst het doel, dan de regel.",
        "De Omgekeerde Toets begint niet bij de regel, maar bij het doel van de wet.\n\n## De vijf stappen\n\n1. Wat is het doel van de wet?\n2. Wat heeft deze jongere nodig?\n3. Welke regel zit in de weg?\n4. Past die regel bij het doel?\n5. Wat doen we nu?\n\n> Een regel die het doel van de wet tegenwerkt, mag je ter discussie stellen.\n\nTeams in Wijkerveen gebruiken de toets bij elke hindernis die langer dan een maand openstaat.",
        "hindernissen, methode, wetgeving",
        "WK099002",
        Some(120),
    ),
    (
        "methode",
        "Het netwerkgesprek: wie staat er om je heen?",
        "Noor Bakker",
        "Met een eenvoudige netwerkkaart brengt een jongere in kaart wie hij vertrouwt. Zo vind je samen mensen die kunnen helpen.",
        "Een netwerkgesprek duurt ongeveer een uur. De jongere tekent zichzelf in het midden en zet mensen dichtbij of verder weg.\n\n## Tips\n\n- Vraag ook naar buren, trainers en docenten.\n- Laat de jongere zelf beslissen wie erop komt.\n- Spreek af wie wat doet en schrijf dat op in het plan.\n\nVaak blijkt dat er meer mensen zijn dan gedacht: een oom die kan helpen met huiswerk, een buurvrouw die kookt.",
        "netwerk, methode, jongeren",
        "WK099003",
        Some(75),
    ),
    (
        "methode",
        "Kansen in de buurt vinden met de sociale kaart",
        "Redactie KijKINDeWijk",
        "Sport, muziek, huiswerkhulp of een bijbaan: de sociale kaart laat zien wat er in de wijk te doen is. Zo gebruik je hem in een gesprek.",
        "Zoek samen met de jongere op interesse en postcode. Kijk niet alleen naar wat past, maar ook naar wat betaalbaar en bereikbaar is.\n\nNa een warme overdracht vraagt het systeem na drie maanden of het nog loopt. Zo zie je welke kansen blijven werken.",
        "sociale kaart, sport, buurt",
        "",
        Some(30),
    ),
    (
        "interview",
        "\"Voetbal was mijn uitweg\"",
        "Fatima el Amrani",
        "Jayden (19) vertelt hoe een trainer en een buurman hem hielpen om weer naar school te gaan.",
        "Jayden zat een jaar thuis. *\"Ik kwam mijn bed niet meer uit.\"* Via het lokale team kwam hij bij de voetbalclub in Molenwijk.\n\n## Wat hielp?\n\n\"De trainer belde als ik er niet was. Niet boos, gewoon: waar ben je?\" Een buurman hielp hem met een sollicitatiebrief.\n\nNu volgt Jayden een opleiding tot sportleider.",
        "sport, school, jongeren",
        "WK099001",
        Some(100),
    ),
    (
        "interview",
        "Een wijkagent over samenwerken met het lokale team",
        "Redactie KijKINDeWijk",
        "Wijkagent Sandra de Vries ziet jongeren vaak als eerste. Samen met het team zoekt ze naar wat wél kan.",
        "\"Ik ken de jongeren bij naam,\" zegt Sandra. \"Als ik zie dat het misgaat, bel ik het team. Niet om te straffen, maar om te helpen.\"\n\nIn de wijk Noord-Oost houden politie, school en team elke maand een kort overleg over kansen, niet over incidenten.",
        "samenwerking, veiligheid, buurt",
        "WK099002",
        Some(55),
    ),
    (
        "interview",
        "Ondernemer in de wijk: \"Geef jongeren een kans\"",
        "Lisa Smit",
        "Bakkerij De Korenbloem biedt elk jaar drie jongeren een bijbaan. De eigenaar vertelt waarom.",
        "\"Iedereen verdient een eerste kans,\" zegt eigenaar Ahmed Yilmaz. Jongeren leren bij hem op tijd komen, met klanten praten en samenwerken.\n\nVia de sociale kaart vinden teams zijn vacatures. Ondernemers die willen meedoen, kunnen zich melden bij de gemeente.",
        "werk, ondernemers, bijbaan",
        "WK099004",
        Some(12),
    ),
    (
        "praktijkverhaal",
        "Hoe een wachtlijst verdween",
        "Redactie KijKINDeWijk",
        "Vier maanden wachten op huiswerkbegeleiding was te lang. Het team legde de hindernis voor aan de gemeente, met resultaat.",
        "Drie jongeren in Centrum-Zuid wachtten op huiswerkbegeleiding. Het team meldde de hindernis en escaleerde naar beleid.\n\nDe gemeente maakte een afspraak met de bibliotheek: vrijwilligers geven nu twee middagen per week huiswerkhulp. De wachtlijst is weg.",
        "hindernissen, school, gemeente",
        "WK099001",
        Some(90),
    ),
    (
        "praktijkverhaal",
        "Samen koken in het buurthuis",
        "Daan Visser",
        "Elke woensdag koken jongeren en buurtbewoners samen. Wat begon als een idee van een moeder, is nu een vaste avond.",
        "Het idee kwam van een moeder uit de wijk. Ze zag dat haar zoon niemand had om mee te eten.\n\nNu koken er elke week tien jongeren en vijf bewoners. *\"Je leert koken, maar vooral mensen kennen,\"* zegt een deelnemer.",
        "buurt, koken, ontmoeten",
        "WK099005",
        Some(40),
    ),
    (
        "praktijkverhaal",
        "Van contributie te hoog naar gewoon meedoen",
        "Redactie KijKINDeWijk",
        "De contributie van de voetbalclub was voor veel gezinnen te hoog. Club, fonds en gemeente vonden samen een oplossing.",
        "Het lokale team merkte dat meerdere jongeren stopten met voetbal vanwege de kosten. De hindernis werd gemeld en samen met de club besproken.\n\nNu betaalt het jeugdfonds de contributie direct aan de club, zonder ingewikkelde formulieren. Twaalf jongeren doen weer mee.",
        "sport, geld, hindernissen",
        "WK099003",
        Some(5),
    ),
    (
        "interview",
        "In gesprek met een jongerenwerker (concept)",
        "Redactie KijKINDeWijk",
        "Nog niet af: een gesprek over wat jongerenwerk in de wijk betekent.",
        "Deze tekst is nog een concept.",
        "jongerenwerk",
        "",
        None,
    ),
];

/// Adds the demo magazine.
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    let by = ctx.users.get("redactie@wijkerveen.example").cloned();
    let by = by.as_deref();
    let mut covers = Vec::new();
    for (kind, bytes, alt) in COVERS {
        let k = image::sniff(bytes).ok_or_else(|| anyhow::anyhow!("demo cover is no image"))?;
        let hash = image::hash(bytes);
        site_repo::insert_image(tx, &hash, k.content_type(), alt, bytes.to_vec(), by).await?;
        covers.push((*kind, hash));
    }
    for (kind, title, author, lead, body, tags, wijk, ago) in ARTICLES {
        let c = Checked {
            kind: kind.to_string(),
            title: title.to_string(),
            author: author.to_string(),
            lead: lead.to_string(),
            body: body.to_string(),
            tags: super::domain::parse_tags(tags),
            wijk_id: ctx.wijken.get(*wijk).cloned(),
            cover: covers
                .iter()
                .find(|(k, _)| k == kind)
                .map(|(_, h)| h.clone()),
            status: if ago.is_some() {
                Status::Published
            } else {
                Status::Draft
            },
            publish_at: ago.map(|d| now() - Duration::days(d)),
        };
        let at = c.publish_at.unwrap_or_else(now);
        repo::insert(tx, &c, &index_terms(&search_text(&c)), by, at).await?;
    }
    Ok(())
}
