//! Demo listings for the demo municipality Wijkerveen (and a few for its neighbour), the demo
//! partner's link to VV Wijkerveen, and the demo postcodes. Called from `crate::demo::seed_features`
//! inside the demo transaction. `generate` adds synthetic listings in bulk for benchmarks.

mod catalog;
pub mod generate;
pub mod geo;

use catalog::{DemoOrg, Kind, Price, Sites};
use geo::{BUURTEN, DemoBuurt, Lcg};
use time::Duration;

use super::domain::geo::{Point, Postcode};
use super::domain::recurrence::{RawSchedule, Recurrence};
use super::domain::taxonomy::youth_term_id;
use super::model::*;
use super::repo::{postcodes, save_service, write};
use crate::clock;
use crate::db::Tx;
use crate::demo::context::DemoContext;

/// The demo partner account and the organisation it keeps.
pub const PARTNER_LOGIN: &str = "partner@wijkerveen.example";

fn slug(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' => Some(c),
            ' ' | '-' => Some('-'),
            _ => None,
        })
        .collect::<String>()
        .trim_matches('-')
        .to_string()
}

fn organization(o: &DemoOrg, municipality_id: &str) -> OrganizationRecord {
    let s = slug(o.name);
    OrganizationRecord {
        id: derived_id(municipality_id, &format!("demo/org/{}", o.key)),
        municipality_id: municipality_id.to_string(),
        name: o.name.to_string(),
        alternate_name: None,
        description: o.text.to_string(),
        email: Some(format!("info@{s}.example")),
        website: Some(format!("https://{s}.example")),
        phone: None,
    }
}

/// A place of an organisation in a buurt; `n` picks the street and the postcode.
fn location(
    org: &OrganizationRecord,
    o: &DemoOrg,
    b: &DemoBuurt,
    name: String,
    n: usize,
    rng: &mut Lcg,
) -> LocationRecord {
    let (pc, lat, lon) = geo::pc6(b, n);
    let id = derived_id(&org.id, &format!("location/{}/{n}", b.code));
    LocationRecord {
        accessibility: o
            .access
            .iter()
            .filter_map(|code| {
                super::domain::listing::ACCESSIBILITY
                    .iter()
                    .find(|(c, _)| c == code)
            })
            .map(|(code, text)| AccessibilityRecord {
                id: derived_id(&id, &format!("access/{code}")),
                code: Some(code.to_string()),
                description: text.to_string(),
                details: None,
                url: None,
            })
            .collect(),
        id,
        municipality_id: org.municipality_id.clone(),
        organization_id: Some(org.id.clone()),
        location_type: "physical".into(),
        name: Some(name),
        description: None,
        transportation: None,
        url: None,
        address_1: Some(format!("{} {}", b.streets[n % 3], 2 + rng.below(120))),
        postal_code: Some(pc),
        city: Some(
            if b.code.starts_with("BU0991") {
                geo::OTHER_TOWN
            } else {
                geo::TOWN
            }
            .to_string(),
        ),
        latitude: Some(lat + rng.jitter(0.0008)),
        longitude: Some(lon + rng.jitter(0.0012)),
        external_identifier: None,
        external_identifier_type: None,
    }
}

/// The schedules of a kind, for an age group `g` (each group half an hour later).
fn schedules(k: &Kind, service_id: &str, g: usize) -> Vec<ScheduleRecord> {
    let today = clock::today();
    let shift = |t: &str| {
        let (h, m) = t.split_once(':').unwrap_or(("0", "0"));
        let minutes =
            h.parse::<u16>().unwrap_or(0) * 60 + m.parse::<u16>().unwrap_or(0) + 30 * g as u16;
        format!("{:02}:{:02}", (minutes / 60).min(23), minutes % 60)
    };
    k.times
        .iter()
        .enumerate()
        .filter_map(|(i, (days, opens, closes))| {
            let monthly = days.chars().any(|c| c.is_ascii_digit());
            let raw = RawSchedule {
                freq: Some(if monthly { "MONTHLY" } else { "WEEKLY" }.into()),
                byday: Some(days.to_string()),
                valid_from: Some((today - Duration::days(60)).to_string()),
                valid_to: Some((today + Duration::days(300)).to_string()),
                opens_at: Some(shift(opens)),
                closes_at: Some(shift(closes)),
                ..Default::default()
            };
            Some(ScheduleRecord {
                id: derived_id(service_id, &format!("schedule/{i}")),
                service_at_location_id: None,
                recurrence: Recurrence::parse(&raw).ok()?,
                description: None,
            })
        })
        .collect()
}

/// The listings of one kind at one place (one per age group).
fn services(
    k: &Kind,
    org: &OrganizationRecord,
    loc: &LocationRecord,
    area: Vec<AreaRecord>,
    rng: &mut Lcg,
) -> Vec<ServiceRecord> {
    let groups: Vec<(Option<&str>, Option<i64>, Option<i64>)> = if k.groups.is_empty() {
        vec![(None, k.ages.0, k.ages.1)]
    } else {
        k.groups
            .iter()
            .map(|(l, a, b)| (Some(*l), Some(*a), Some(*b)))
            .collect()
    };
    let today = clock::today();
    groups
        .into_iter()
        .enumerate()
        .map(|(g, (label, min, max))| {
            let name = match label {
                Some(l) => k.name.replace("{}", l),
                None => k.name.replace(" {}", ""),
            };
            let id = derived_id(&loc.id, &format!("service/{name}"));
            let (is_free, cents, what) = match k.price {
                Price::Free => (true, None, None),
                Price::Cents(c, what) => (false, Some(c), Some(what.to_string())),
            };
            let mut langs = vec![("nl".to_string(), "Nederlands".to_string())];
            for code in k.langs {
                if let Some((c, n)) = super::domain::listing::LANGUAGES
                    .iter()
                    .find(|(c, _)| c == code)
                {
                    langs.push((c.to_string(), n.to_string()));
                }
            }
            ServiceRecord {
                fields: ServiceFields {
                    municipality_id: org.municipality_id.clone(),
                    organization_id: org.id.clone(),
                    name,
                    description: k.text.to_string(),
                    url: org.website.clone(),
                    email: org.email.clone(),
                    application_process: Some("Kom een keer kijken of stuur een mail.".into()),
                    minimum_age: min,
                    maximum_age: max,
                    is_free,
                    cost_amount_cents: cents,
                    cost_description: what,
                    jeugdfonds: k.jeugdfonds,
                    capacity_available: k.capacity,
                    assured_date: (rng.below(10) < 7)
                        .then(|| today - Duration::days(rng.below(200) as i64)),
                    ..ServiceFields::empty(&id)
                },
                categories: vec![youth_term_id(k.cat)],
                languages: langs,
                areas: area
                    .iter()
                    .enumerate()
                    .map(|(i, a)| AreaRecord {
                        id: derived_id(&id, &format!("area/{i}")),
                        ..a.clone()
                    })
                    .collect(),
                locations: vec![SalRecord {
                    id: derived_id(&id, "at"),
                    location_id: loc.id.clone(),
                    description: None,
                }],
                schedules: schedules(k, &id, g),
            }
        })
        .collect()
}

fn area(id: &str, ctx: &DemoContext, wijk: Option<&str>, buurt: Option<&str>) -> AreaRecord {
    AreaRecord {
        id: derived_id(
            id,
            &format!("area/{}/{}", wijk.unwrap_or("-"), buurt.unwrap_or("-")),
        ),
        wijk_id: wijk.and_then(|w| ctx.wijken.get(w).cloned()),
        buurt_id: buurt.and_then(|b| ctx.buurten.get(b).cloned()),
        name: None,
    }
}

async fn seed_orgs(
    tx: &mut Tx,
    ctx: &DemoContext,
    municipality_id: &str,
    orgs: &[DemoOrg],
    kinds: &[Kind],
    rng: &mut Lcg,
) -> anyhow::Result<usize> {
    let mut count = 0;
    for o in orgs {
        let org = organization(o, municipality_id);
        write::save_organization(tx, &org).await?;
        // (location, areas it serves)
        let mut sites: Vec<(LocationRecord, Vec<AreaRecord>)> = Vec::new();
        match o.sites {
            Sites::One(code) => sites.push((
                location(&org, o, geo::buurt(code), o.place.to_string(), 0, rng),
                Vec::new(),
            )),
            Sites::EveryWijk => {
                for wijk in crate::demo::context::WIJKEN_CODES {
                    let b = BUURTEN
                        .iter()
                        .find(|b| b.wijk == *wijk)
                        .unwrap_or(&BUURTEN[0]);
                    let name = format!("{} {}", o.place, crate::demo::context::wijk_name(wijk));
                    let loc = location(&org, o, b, name, 1, rng);
                    let a = vec![area(&loc.id, ctx, Some(wijk), None)];
                    sites.push((loc, a));
                }
            }
            Sites::EveryBuurt => {
                for b in BUURTEN
                    .iter()
                    .filter(|b| crate::demo::context::WIJKEN_CODES.contains(&b.wijk))
                {
                    let name = format!("{} {}", o.place, b.streets[2]);
                    let loc = location(&org, o, b, name, 2, rng);
                    let a = vec![area(&loc.id, ctx, Some(b.wijk), Some(b.code))];
                    sites.push((loc, a));
                }
            }
        }
        for (loc, areas) in &sites {
            write::save_location(tx, loc).await?;
            for k in kinds.iter().filter(|k| k.org == o.key) {
                for s in services(k, &org, loc, areas.clone(), rng) {
                    save_service::save_service(tx, &s).await?;
                    count += 1;
                }
            }
        }
    }
    Ok(count)
}

/// Adds the demo listings, links the demo partner to VV Wijkerveen and stores the demo postcodes.
pub async fn seed(tx: &mut Tx, ctx: &DemoContext) -> anyhow::Result<()> {
    let mut rng = Lcg(0x5eed);
    seed_orgs(
        tx,
        ctx,
        &ctx.municipality_id,
        catalog::ORGS,
        catalog::KINDS,
        &mut rng,
    )
    .await?;
    seed_orgs(
        tx,
        ctx,
        &ctx.other_municipality_id,
        catalog::OTHER_ORGS,
        catalog::OTHER_KINDS,
        &mut rng,
    )
    .await?;
    if let Some(partner) = ctx.users.get(PARTNER_LOGIN) {
        let club = organization(&catalog::ORGS[0], &ctx.municipality_id);
        write::add_member(tx, &club.id, partner).await?;
    }
    let rows: Vec<(Postcode, Point)> = geo::postcodes()
        .into_iter()
        .filter_map(|(pc, lat, lon)| Some((Postcode::parse(&pc)?, Point::in_nl(lat, lon)?)))
        .collect();
    postcodes::upsert(tx, &rows).await?;
    Ok(())
}
