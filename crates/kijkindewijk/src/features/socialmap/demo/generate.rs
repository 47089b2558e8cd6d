//! Synthetic listings in bulk, for benchmarks (`kijkindewijk demo --services N`): plausible names,
//! texts, ages, prices, times and places spread over the demo municipality, written a few hundred
//! rows per statement. They belong to the demo organisations, so the demo must exist first.

use time::Duration;

use super::geo::{BUURTEN, Lcg};
use crate::clock;
use crate::db::now;
use crate::features::socialmap::domain::recurrence::{RawSchedule, Recurrence};
use crate::features::socialmap::domain::taxonomy::{Term, youth_term_id};
use crate::features::socialmap::model::*;
use crate::features::socialmap::repo::changes::{self, Change};
use crate::features::socialmap::repo::save_service::{
    child_inserts_many, insert_services, service_values,
};
use crate::features::socialmap::repo::write::{insert_locations, search_fields};
use crate::features::socialmap::repo::{areas, orgs, taxonomy};
use crate::i18n::Locale;
use crate::state::AppState;

/// Activities: (category code, name, what you do).
#[rustfmt::skip]
const ACTIVITIES: &[(&str, &str, &str)] = &[
    ("sport-voetbal", "Voetbal", "voetballen met een vast team en een trainer"),
    ("sport-zwemmen", "Zwemmen", "zwemmen in het binnenbad, met les op niveau"),
    ("sport-vechtsport", "Judo", "judo en weerbaarheid met respect voor elkaar"),
    ("sport-vechtsport", "Kickboksen", "kickboksen, conditie en techniek"),
    ("sport-dans", "Streetdance", "dansen op hiphop en afro"),
    ("sport-basketbal", "Basketbal", "basketballen binnen en buiten"),
    ("sport-hockey", "Hockey", "hockey leren bij een club"),
    ("sport-atletiek", "Hardlopen", "hardlopen en sprinten op de baan"),
    ("sport-fitness", "Bootcamp", "buiten sporten in een groep"),
    ("sport-skaten", "Skaten", "skaten en steppen in het skatepark"),
    ("cultuur-theater", "Toneel", "toneel spelen en improviseren"),
    ("cultuur-beeldend", "Tekenles", "tekenen en schilderen met verschillende materialen"),
    ("cultuur-media", "Vloggen", "filmen, monteren en vloggen"),
    ("cultuur-schrijven", "Rap en poëzie", "teksten schrijven en voordragen"),
    ("muziek-instrument", "Gitaarles", "gitaar spelen, alleen of in een band"),
    ("muziek-instrument", "Drumles", "drummen in een oefenruimte"),
    ("muziek-zang", "Zangles", "zingen, alleen of in een koor"),
    ("muziek-maken", "Beats maken", "muziek produceren op de computer"),
    ("huiswerk-begeleiding", "Huiswerkclub", "huiswerk maken met hulp van vrijwilligers"),
    ("huiswerk-bijles", "Bijles rekenen", "extra uitleg bij rekenen en wiskunde"),
    ("huiswerk-taal", "Taalles", "Nederlands oefenen in kleine groepjes"),
    ("jongerenwerk-inloop", "Jongereninloop", "chillen, kletsen en activiteiten bedenken"),
    ("jongerenwerk-meiden", "Meidenclub", "activiteiten en gesprekken voor meiden"),
    ("jongerenwerk-talent", "Talentenjacht", "ontdekken en laten zien waar je goed in bent"),
    ("maatje-buddy", "Buddyproject", "een vrijwilliger die met je optrekt"),
    ("maatje-mentor", "Mentorprogramma", "een mentor voor school en werk"),
    ("stage-snuffel", "Snuffelstage", "een paar dagen meekijken bij een bedrijf"),
    ("stage-maatschappelijk", "Maatschappelijke stage", "iets doen voor de buurt"),
    ("bijbaan-horeca", "Bijbaan horeca", "werken in de bediening of keuken"),
    ("bijbaan-winkel", "Bijbaan supermarkt", "vakken vullen en kassa"),
    ("bijbaan-bezorgen", "Folderwijk", "folders bezorgen in de buurt"),
    ("vrijwilligerswerk", "Vrijwilligerswerk", "meehelpen bij activiteiten in de wijk"),
    ("gezondheid-praten", "Praatgroep", "praten over wat je bezighoudt"),
    ("gezondheid-leefstijl", "Gezond koken", "samen gezond en goedkoop koken"),
    ("buiten-scouting", "Scouting", "op avontuur in de natuur"),
    ("buiten-natuur", "Natuurclub", "dieren, planten en tuinieren"),
    ("techniek-programmeren", "Programmeren", "games en apps maken"),
    ("techniek-gamen", "E-sports", "samen gamen en trainen"),
    ("techniek-maken", "Makerclub", "solderen, 3D-printen en bouwen"),
];
#[rustfmt::skip]
const SUFFIXES: &[&str] = &[
    "voor beginners",
    "voor gevorderden",
    "in de buurt",
    "na school",
    "op zaterdag",
    "voor tieners",
    "voor kids",
    "mix",
    "extra",
    "zomer",
];
#[rustfmt::skip]
const DAYS: &[&str] = &[
    "MO", "TU", "WE", "TH", "FR", "SA", "SU", "MO,WE", "TU,TH", "WE,FR",
];

/// Adds `count` synthetic services to the municipality with this CBS code; returns how many.
pub async fn generate(
    state: &AppState,
    municipality_code: &str,
    count: u32,
) -> anyhow::Result<u32> {
    let (municipality_id, _) = areas::municipality_by_code(&state.db, municipality_code)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no municipality {municipality_code}; run `demo` first"))?;
    let organizations = orgs::of_municipality(&state.db, &municipality_id).await?;
    anyhow::ensure!(
        !organizations.is_empty(),
        "the municipality has no organisations; run `demo` first"
    );
    let places = areas::places(&state.db, Some(&municipality_id)).await?;
    let wijken: Vec<_> = places.iter().filter(|p| p.wijk_id.is_none()).collect();
    let terms: Vec<Term> = taxonomy::youth_terms(&state.db).await?;
    let words = |code: &str| -> Vec<String> {
        terms
            .iter()
            .filter(|t| t.code.as_deref() == Some(code))
            .flat_map(|t| [t.label(Locale::Nl), t.label(Locale::En)])
            .collect()
    };
    let today = clock::today();
    let mut rng = Lcg(u64::from(count) ^ 0xbe9c);
    let mut made = 0u32;
    while made < count {
        let mut tx = state.db.begin().await?;
        for _ in 0..20 {
            let batch = 250.min(count - made);
            if batch == 0 {
                break;
            }
            let at = now();
            let mut locations = Vec::new();
            let mut services = Vec::new();
            let mut rows = Vec::new();
            for _ in 0..batch {
                let n = made + services.len() as u32;
                let (cat, activity, what) = ACTIVITIES[rng.below(ACTIVITIES.len())];
                let org = &organizations[rng.below(organizations.len())];
                let b = &BUURTEN[rng.below(BUURTEN.len() - 1)];
                let id = uuid::Uuid::now_v7().to_string();
                let loc = LocationRecord {
                    id: uuid::Uuid::now_v7().to_string(),
                    municipality_id: municipality_id.clone(),
                    organization_id: Some(org.id.clone()),
                    location_type: "physical".into(),
                    name: Some(format!("{} {}", org.name, b.streets[rng.below(3)])),
                    description: None,
                    transportation: None,
                    url: None,
                    address_1: Some(format!(
                        "{} {}",
                        b.streets[rng.below(3)],
                        1 + rng.below(200)
                    )),
                    postal_code: Some(super::geo::pc6(b, rng.below(3)).0),
                    city: Some(super::geo::TOWN.into()),
                    latitude: Some(b.lat + rng.jitter(0.02)),
                    longitude: Some(b.lon + rng.jitter(0.03)),
                    external_identifier: None,
                    external_identifier_type: None,
                    accessibility: Vec::new(),
                };
                let min = 6 + rng.below(11) as i64;
                let opens = 14 * 60 + 30 * rng.below(13) as u16;
                let raw = RawSchedule {
                    freq: Some("WEEKLY".into()),
                    byday: Some(DAYS[rng.below(DAYS.len())].into()),
                    valid_from: Some((today - Duration::days(30)).to_string()),
                    valid_to: Some((today + Duration::days(330)).to_string()),
                    opens_at: Some(format!("{:02}:{:02}", opens / 60, opens % 60)),
                    closes_at: Some(format!(
                        "{:02}:{:02}",
                        (opens + 60 + 30 * rng.below(3) as u16) / 60,
                        (opens + 60) % 60
                    )),
                    ..Default::default()
                };
                let free = rng.below(100) < 35;
                let wijk = wijken
                    .get(rng.below(wijken.len() + 1))
                    .map(|w| w.id.clone());
                let rec = ServiceRecord {
                    fields: ServiceFields {
                        municipality_id: municipality_id.clone(),
                        organization_id: org.id.clone(),
                        name: format!("{activity} {} #{n}", SUFFIXES[rng.below(SUFFIXES.len())]),
                        description: format!(
                            "Bij {} kun je {what}. Iedereen is welkom; kom gerust een keer kijken.",
                            org.name
                        ),
                        minimum_age: Some(min),
                        maximum_age: Some(min + 2 + rng.below(7) as i64),
                        is_free: free,
                        cost_amount_cents: (!free).then(|| 500 + 100 * rng.below(40) as i64),
                        cost_description: (!free).then(|| "per maand".to_string()),
                        jeugdfonds: !free && rng.below(100) < 40,
                        capacity_available: (rng.below(3) == 0).then(|| rng.below(10) as i64),
                        ..ServiceFields::empty(&id)
                    },
                    categories: vec![youth_term_id(cat)],
                    languages: vec![("nl".into(), "Nederlands".into())],
                    areas: wijk
                        .map(|w| AreaRecord {
                            id: derived_id(&id, "area"),
                            wijk_id: Some(w),
                            buurt_id: None,
                            name: None,
                        })
                        .into_iter()
                        .collect(),
                    locations: vec![SalRecord {
                        id: derived_id(&id, "at"),
                        location_id: loc.id.clone(),
                        description: None,
                    }],
                    schedules: Recurrence::parse(&raw)
                        .ok()
                        .map(|r| ScheduleRecord {
                            id: derived_id(&id, "schedule"),
                            service_at_location_id: None,
                            recurrence: r,
                            description: None,
                        })
                        .into_iter()
                        .collect(),
                };
                rows.push(service_values(
                    &rec,
                    search_fields(&rec, &org.name, &words(cat)),
                    at,
                ));
                locations.push(loc);
                services.push(rec);
            }
            tx.execute(&insert_locations(&locations, at)).await?;
            tx.execute(&insert_services(rows)).await?;
            for stmt in child_inserts_many(&services, at) {
                tx.execute(&stmt).await?;
            }
            made += batch;
        }
        changes::record(&mut tx, &Change::Everything).await?;
        tx.commit().await?;
    }
    crate::db::special::analyze(&state.db).await?;
    Ok(made)
}
