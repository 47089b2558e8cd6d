//! Demo ideas in Wijkerveen: waiting, shown with supports, answered in each state.

use super::domain::{AnswerState, NewIdea, Status};
use super::repo;
use crate::db::Tx;
use crate::demo::context::DemoContext;

const IDEAS: &[(&str, &str, &str, Option<AnswerState>, &str, i64)] = &[
    (
        "Trapveld open in de zomer",
        "Het trapveld bij de school is in de zomer dicht. Laat het open, dan kunnen jongeren daar voetballen in plaats van op straat hangen.",
        "WK099002",
        Some(AnswerState::InProgress),
        "Vanaf de zomervakantie is het trapveld open van 10 tot 21 uur. De buurtsportcoach helpt met het sleutelbeheer.",
        4,
    ),
    (
        "Huiswerkplek in de bibliotheek",
        "Veel jongeren hebben thuis geen rustige plek. Maak in de bibliotheek een huiswerkplek met begeleiding op dinsdag en donderdag.",
        "WK099001",
        Some(AnswerState::Done),
        "Sinds september is er elke dinsdag en donderdag huiswerkbegeleiding in de bibliotheek.",
        6,
    ),
    (
        "Gratis sportpas tot 18 jaar",
        "Contributie is voor veel gezinnen te duur. Een sportpas voor alle jongeren tot 18 jaar zou helpen.",
        "WK099003",
        Some(AnswerState::Considering),
        "We zoeken uit wat dit kost en of het Jeugdfonds Sport kan helpen. Voor de zomer laten we weten wat we doen.",
        3,
    ),
    (
        "Nachtbus naar het dorp",
        "Na het werk in de horeca is er geen bus meer terug. Een nachtbus op vrijdag en zaterdag zou jongeren met een bijbaan helpen.",
        "WK099004",
        Some(AnswerState::NotFeasible),
        "Een nachtbus is te duur voor het aantal reizigers. We kijken samen met werkgevers naar een regeling voor een taxi of deelfiets.",
        2,
    ),
    (
        "Stageplekken bij bedrijven in de wijk",
        "Maak een lijst van bedrijven in de wijk die een stageplek hebben voor jongeren die het moeilijk hebben op school.",
        "WK099005",
        None,
        "",
        1,
    ),
    (
        "Jongerenraad voor het wijkbudget",
        "Laat jongeren zelf meebeslissen over een deel van het wijkbudget.",
        "WK099002",
        None,
        "",
        0,
    ),
];

/// Seeds the ideas.
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    for (i, (title, body, wijk, answer, text, supports)) in IDEAS.iter().enumerate() {
        let Some(wijk_id) = ctx.wijken.get(*wijk).cloned() else {
            continue;
        };
        let idea = NewIdea {
            title: (*title).into(),
            body: (*body).into(),
            wijk_id,
            email: None,
        };
        let id = repo::insert(tx, &ctx.municipality_id, &idea, None).await?;
        // The last idea still waits for moderation.
        if i + 1 < IDEAS.len() {
            repo::set_status(tx, &id, Status::Pending, Status::Published).await?;
        }
        if let Some(state) = answer {
            repo::answer(tx, &id, *state, text, "Redactie Wijkerveen", None).await?;
        }
        for n in 0..*supports {
            repo::insert_support(tx, &id, &format!("demo:{n}"), None, None).await?;
        }
    }
    Ok(())
}
