//! The demo's introductions: one at every stage of the loop, so that the young person, the team and
//! the partner of VV Wijkerveen each find something to follow, and one that started over three
//! months ago and waits for the "does it still run?" answer.

use time::{Duration, OffsetDateTime};

use super::domain::{Reason, Side, Status};
use super::repo::{self, NewIntro, Step};
use crate::db::{Tx, now};
use crate::demo::context::DemoContext;
use crate::features::socialmap::search as socialmap;
use crate::features::youth::seam as youth;

/// One demo introduction: who, to which listing, and the steps after the proposal (days ago).
struct Demo {
    young: &'static str,
    listing: &'static str,
    proposed_by: &'static str,
    side: Side,
    message: &'static str,
    days_ago: i64,
    steps: &'static [(Status, Option<Reason>, &'static str, Side, i64)],
}

const PARTNER: &str = "Lisa Smit";
const NOOR: &str = "Noor de Vries";

const DEMO: &[Demo] = &[
    Demo {
        young: "Sam",
        listing: "Voetbaltraining %",
        proposed_by: NOOR,
        side: Side::Professional,
        message: "Ik heb vroeger in een team gespeeld en wil weer beginnen.",
        days_ago: 12,
        steps: &[(
            Status::Accepted,
            None,
            "Welkom! Kom woensdag om 17:00 meetrainen, neem sportschoenen mee.",
            Side::Partner,
            9,
        )],
    },
    Demo {
        young: "Sam",
        listing: "Kookclub",
        proposed_by: "Sam Jansen",
        side: Side::Young,
        message: "Ik kook graag en wil nieuwe recepten leren.",
        days_ago: 2,
        steps: &[],
    },
    Demo {
        young: "Milan",
        listing: "Scheidsrechter worden",
        proposed_by: "Milan de Wit",
        side: Side::Young,
        message: "Ik wil wat verdienen en ik ken de regels goed.",
        days_ago: 118,
        steps: &[
            (Status::Accepted, None, "", Side::Partner, 115),
            (
                Status::ContactMade,
                None,
                "Kennismaking gehad met de scheidsrechterscoördinator.",
                Side::Partner,
                110,
            ),
            (Status::Started, None, "Cursus begonnen.", Side::Young, 100),
        ],
    },
    Demo {
        young: "Ilse",
        listing: "Dansen in de buurt",
        proposed_by: NOOR,
        side: Side::Professional,
        message: "Ik dans graag, maar niet voor publiek.",
        days_ago: 5,
        steps: &[],
    },
    Demo {
        young: "Jayden",
        listing: "Vakkenvuller (bijbaan)",
        proposed_by: "Jayden Koç",
        side: Side::Young,
        message: "Ik kan op zaterdag en na 16:00.",
        days_ago: 40,
        steps: &[(
            Status::Declined,
            Some(Reason::NoPlace),
            "Op dit moment is er geen plek; over twee maanden weer.",
            Side::Partner,
            33,
        )],
    },
];

fn days_ago(days: i64) -> OffsetDateTime {
    now() - Duration::days(days)
}

/// Adds the demo introductions (after the social map and the young people exist).
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    let m = ctx.municipality_id.clone();
    for d in DEMO {
        let Some((young_id, young_user)) = youth::first_by_first_name(tx, &m, d.young).await?
        else {
            continue;
        };
        let Some((service_id, organization_id)) =
            socialmap::first_by_name(tx, &m, d.listing).await?
        else {
            continue;
        };
        // Every demo young person here has an account of their own.
        let proposer = match d.side {
            Side::Professional => ctx.users.get("noor@wijkerveen.example").cloned(),
            _ => young_user,
        };
        let new = NewIntro {
            young_person_id: young_id,
            service_id,
            organization_id,
            proposed_by: proposer.unwrap_or_default(),
            proposed_by_role: match d.side {
                Side::Professional => "jeugdprofessional",
                _ => "jongere",
            }
            .into(),
            message: d.message.into(),
            contact_via: String::new(),
            no_contact: false,
        };
        let id = repo::insert_at(tx, &new, d.proposed_by, d.side, days_ago(d.days_ago)).await?;
        let mut from = Status::Proposed;
        for (to, reason, note, side, ago) in d.steps {
            let at = days_ago(*ago);
            repo::move_status_at(tx, &id, from, *to, *reason, at).await?;
            let by_name = match side {
                Side::Partner => PARTNER,
                _ => d.proposed_by,
            };
            let step = Step {
                status: *to,
                reason: *reason,
                note: Some(note),
                by_name,
                by_side: side.as_str(),
                // Every demo step on the young side is the young person's own.
                by_young_person: *side == Side::Young,
            };
            repo::event_at(tx, &id, &step, at).await?;
            from = *to;
        }
    }
    Ok(())
}
