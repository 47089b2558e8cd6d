//! Demo sessions: a year of ZOOMerschool webinars around today, every three weeks on a Tuesday
//! evening; the past ones have a recording and materials, the coming ones a few registrations
//! (no reminder jobs are queued for demo sessions, so the demo starts with an empty job queue).

use super::domain::Session;
use super::repo::{self, NewRegistration};
use crate::clock;
use crate::crypto::{random_token, sha256_hex};
use crate::db::{Tx, new_id};
use crate::demo::context::DemoContext;

const TOPICS: &[(&str, &str, &str)] = &[
    (
        "Gewoon meedoen: sport en clubs",
        "Hoe help je een jongere een club te vinden die past? Over drempels als contributie, vervoer en een eerste keer.",
        "Anna de Vries (jongerenwerker), Mo Bakker (voetbalclub)",
    ),
    (
        "Het netwerk van een jongere in beeld",
        "Wie zijn belangrijk voor een jongere? We tekenen samen een netwerkkaart en bespreken hoe je mensen erbij vraagt.",
        "Petra Jansen (lokaal team)",
    ),
    (
        "De Omgekeerde Toets in de praktijk",
        "Een regel houdt een jongere tegen. Hoe kijk je naar het doel van de regel en vind je ruimte?",
        "Karim El Amrani (beleidsadviseur)",
    ),
    (
        "Werk en stage voor jongeren",
        "Ondernemers en jongerenwerk vertellen hoe een eerste baan of stage lukt, ook als het moeilijk gaat.",
        "Lotte Visser (ondernemer), Jeroen Smit (jobcoach)",
    ),
    (
        "School en thuis: samen optrekken",
        "Ouders, school en team: hoe maak je goede afspraken waar de jongere zelf bij is?",
        "Sanne de Boer (intern begeleider)",
    ),
    (
        "Talent zien in de wijk",
        "Elke jongere kan iets. Hoe zie je dat, en hoe geef je het een plek in de buurt?",
        "Youssef Amrani (buurtsportcoach)",
    ),
];

/// Seeds the sessions.
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    let today = clock::today();
    let first = today - time::Duration::days(7 * 36);
    let mut date = first;
    while date.weekday() != time::Weekday::Tuesday {
        date = date.next_day().unwrap_or(date);
    }
    let mut n = 0usize;
    while date < today + time::Duration::days(7 * 18) {
        let (title, description, speakers) = TOPICS[n % TOPICS.len()];
        let past = date < today;
        let s = Session {
            title: format!("ZOOMerschool: {title}"),
            description: format!(
                "{description}\n\nDe sessie duurt anderhalf uur. Je kunt vragen stellen in de chat."
            ),
            speakers: speakers.into(),
            starts_at: clock::local_to_utc(date, 19 * 60 + 30),
            ends_at: clock::local_to_utc(date, 21 * 60),
            meeting_url: format!("https://meet.example.org/zoomerschool-{n}"),
            capacity: if n % 4 == 0 { 3 } else { 60 },
            recording_url: if past {
                format!("https://video.example.org/zoomerschool-{n}")
            } else {
                String::new()
            },
            materials: if past {
                "Dia's van de sessie (pdf) staan bij de opname.\n\nLeestip: het praktijkverhaal in het magazine.".into()
            } else {
                String::new()
            },
        };
        let id = repo::insert(tx, &ctx.municipality_id, &s).await?;
        if !past {
            for (i, name) in ["Ilse Bos", "Ahmed Yilmaz"].iter().enumerate() {
                let reg = new_id();
                let salt = random_token();
                repo::insert_registration(
                    tx,
                    &NewRegistration {
                        id: &reg,
                        webinar_id: &id,
                        name,
                        email: &format!("deelnemer{i}.{n}@voorbeeld.example"),
                        place: super::domain::Place::Seat,
                        token_salt: &salt,
                        token_hash: &sha256_hex(&random_token()),
                    },
                )
                .await?;
            }
        }
        date += time::Duration::days(21);
        n += 1;
    }
    Ok(())
}
