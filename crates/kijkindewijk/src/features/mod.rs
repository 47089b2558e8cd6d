//! Feature modules. Each owns its routes, thin handlers, queries and views, and exposes `router()`.

pub mod accounts;
pub mod admin;
pub mod barriers;
pub mod contact;
pub mod ideas;
pub mod introductions;
pub mod monitor;
pub mod ops;
pub mod privacy;
pub mod site;
pub mod socialmap;
pub mod start;
pub mod team;
pub mod webinars;
pub mod youth;

pub mod magazine;

use crate::platform::jobs::Job;
use crate::web::routes::Routes;

/// Every kind of background job the worker runs. A feature with a job adds its `Job` here.
pub const JOBS: &[Job] = &[
    crate::platform::mail::DELIVER_JOB,
    introductions::followup::JOB,
    barriers::reminder::JOB,
    monitor::refresh::JOB,
    team::reminder::JOB,
    crate::access::retention::JOB,
    magazine::publish::JOB,
    webinars::reminder::JOB,
    contact::retention::JOB,
];

/// Every page and API route behind the session and CSRF layers. Add a feature's routes here.
pub fn routes() -> Routes {
    Routes::new()
        .merge(site::routes())
        .merge(accounts::routes())
        .merge(start::routes())
        .merge(admin::routes())
        .merge(youth::routes())
        .merge(privacy::routes())
        .merge(introductions::routes())
        .merge(barriers::routes())
        .merge(team::routes())
        .merge(socialmap::routes())
        .merge(monitor::routes())
        .merge(magazine::routes())
        .merge(webinars::routes())
        .merge(ideas::routes())
        .merge(contact::routes())
        .get("/static/{hash}/{name}", crate::web::assets::serve)
}

/// Every route of the application, for the authorization matrix.
pub fn all_routes() -> Vec<(crate::web::routes::Method, String)> {
    let mut list = routes().list();
    list.extend(ops::routes().list());
    list.sort();
    list
}
