//! For the levels barriers are escalated to: the inbox of escalations to answer (teamleider and
//! beleid), the policy view of one barrier, and the governance report per municipality and wijk
//! (page, print and CSV). Nothing personal: no names, no birth dates, no free text that was not
//! written or approved for this view, and counts under 5 shown as "< 5".

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use time::{Date, Duration};

use super::domain::{self, Status};
use super::flow;
use super::repo::{self, Barrier, Escalation, InboxRow, ReportRow};
use super::view::AnswerTyped;
use super::view::{self, Choices};
use crate::access::Actor;
use crate::auth::{Grant, Role};
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{PageCtx, html, render};

#[derive(Template)]
#[template(path = "barriers/inbox.html")]
struct InboxPage {
    page: PageCtx,
    lead: Option<Vec<InboxRow>>,
    policy: Option<Vec<InboxRow>>,
    choices: Choices,
}

impl InboxPage {
    fn count(&self, n: &i64) -> String {
        domain::shown_count(u64::try_from(*n).unwrap_or(0))
    }
    fn day(&self, d: &Date) -> String {
        view::day(*d)
    }
    fn late(&self, d: &Date) -> bool {
        *d < now().date()
    }
    fn level_of(&self, s: &str) -> String {
        view::level_id(s)
    }
}

/// GET /escalaties — what the teamleider (their team's) and beleid must answer.
pub async fn inbox_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let lead_grant = actor.user.grant(Role::Teamleider).cloned();
    let policy_grant = actor.user.grant(Role::Beleid).cloned();
    let Some(any) = lead_grant.clone().or(policy_grant.clone()) else {
        return Err(AppError::Forbidden);
    };
    let lead = match &lead_grant {
        Some(g) => Some(
            repo::inbox(
                &app.db,
                &g.municipality_id,
                "teamleider",
                g.team_id.as_deref(),
            )
            .await?,
        ),
        None => None,
    };
    let policy = match &policy_grant {
        Some(g) => Some(repo::inbox(&app.db, &g.municipality_id, "beleid", None).await?),
        None => None,
    };
    let choices = Choices::load(&app.db, &any.municipality_id, page.loc).await?;
    html(&InboxPage {
        page,
        lead,
        policy,
        choices,
    })
}

#[derive(Template)]
#[template(path = "barriers/policy.html")]
struct PolicyPage {
    page: PageCtx,
    b: Barrier,
    category: String,
    escalations: Vec<Escalation>,
    answerable: Option<String>,
    answer_states: [Status; 4],
    typed: AnswerTyped,
    errors: FieldErrors,
}

impl PolicyPage {
    fn count(&self) -> String {
        domain::shown_count(u64::try_from(self.b.young_count).unwrap_or(0))
    }
    fn status_of(&self, s: &str) -> String {
        view::status_id(s)
    }
    fn level_of(&self, s: &str) -> String {
        view::level_id(s)
    }
    fn day(&self, d: &Date) -> String {
        view::day(*d)
    }
    fn moment(&self, at: &time::OffsetDateTime) -> String {
        crate::features::youth::format_moment(*at)
    }
}

/// The policy view of one barrier: only what was escalated to policy, as written for it.
pub(super) async fn detail(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    b: Barrier,
    typed: AnswerTyped,
    errors: FieldErrors,
) -> AppResult<Response> {
    let escalations: Vec<Escalation> = repo::escalations(&app.db, &b.id)
        .await?
        .into_iter()
        .filter(|e| e.answer_role == "beleid")
        .collect();
    let answerable = escalations
        .iter()
        .find(|e| e.answered_at.is_none() && flow::may_answer(actor, e))
        .map(|e| e.id.clone());
    let choices = Choices::load(&app.db, &b.municipality_id, page.loc).await?;
    let category = choices.category(&b.category);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let answer_states = domain::ANSWER_STATES;
    render(
        status,
        &PolicyPage {
            page,
            b,
            category,
            escalations,
            answerable,
            answer_states,
            typed,
            errors,
        },
    )
}

/// The report's filters.
#[derive(Deserialize, Default, Clone)]
pub struct ReportQuery {
    #[serde(default)]
    wijk: String,
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
}

/// The report, counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Barriers recorded.
    pub total: u64,
    /// Young people hit, added up over the barriers.
    pub young: u64,
    /// Per category key.
    pub by_category: Vec<(String, u64)>,
    /// Per status.
    pub by_status: Vec<(Status, u64)>,
    /// Per month recorded (YYYY-MM).
    pub by_month: Vec<(String, u64)>,
    /// Median days from escalation to answer.
    pub median_days: Option<i64>,
    /// Answers counted for the median.
    pub answered: u64,
    /// Solved barriers whose title and solution the professional marked fit for this view.
    pub stories: Vec<(String, String, Status)>,
}

/// Counts the rows (pure).
pub fn summarize(rows: &[ReportRow], categories: &[String]) -> Summary {
    let mut s = Summary {
        total: rows.len() as u64,
        ..Summary::default()
    };
    let count = |f: &dyn Fn(&ReportRow) -> bool| rows.iter().filter(|r| f(r)).count() as u64;
    s.by_category = categories
        .iter()
        .map(|c| (c.clone(), count(&|r| &r.category == c)))
        .collect();
    s.by_status = Status::ALL
        .iter()
        .map(|st| (*st, count(&|r| r.status == st.as_str())))
        .collect();
    let mut months: Vec<String> = rows
        .iter()
        .map(|r| format!("{}-{:02}", r.created_at.year(), r.created_at.month() as u8))
        .collect();
    months.dedup();
    s.by_month = months
        .into_iter()
        .map(|m| {
            let n = count(&|r| {
                format!("{}-{:02}", r.created_at.year(), r.created_at.month() as u8) == m
            });
            (m, n)
        })
        .collect();
    s.young = rows
        .iter()
        .map(|r| u64::try_from(r.young_count).unwrap_or(0))
        .sum();
    let days: Vec<i64> = rows
        .iter()
        .filter_map(|r| Some((r.answered_at? - r.escalated_at?).whole_days().max(0)))
        .collect();
    s.answered = days.len() as u64;
    s.median_days = domain::median_days(days);
    s.stories = rows
        .iter()
        .filter_map(|r| {
            let st = Status::parse(&r.status)
                .filter(|st| matches!(st, Status::Solved | Status::Breakthrough))?;
            let solution = r.solution.clone().filter(|t| !t.trim().is_empty())?;
            Some((r.title.clone().unwrap_or_default(), solution, st))
        })
        .collect();
    s
}

/// The report's period and wijk, checked against the municipality.
struct Scope {
    grant: Grant,
    wijk: Option<String>,
    from: Date,
    to: Date,
    choices: Choices,
}

async fn scope(app: &AppState, actor: &Actor, q: &ReportQuery, loc: Locale) -> AppResult<Scope> {
    let grant = actor.user.require(Role::Beleid)?.clone();
    let choices = Choices::load(&app.db, &grant.municipality_id, loc).await?;
    let wijk = (!q.wijk.is_empty() && choices.wijken.iter().any(|w| w.value == q.wijk))
        .then(|| q.wijk.clone());
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let today = now().date();
    let to = Date::parse(q.tot.trim(), &fmt).unwrap_or(today);
    let from = Date::parse(q.van.trim(), &fmt).unwrap_or(to - Duration::days(365));
    let (from, to) = if from > to { (to, from) } else { (from, to) };
    Ok(Scope {
        grant,
        wijk,
        from,
        to,
        choices,
    })
}

#[derive(Template)]
#[template(path = "barriers/report.html")]
struct ReportPage {
    page: PageCtx,
    summary: Summary,
    choices: Choices,
    wijk: String,
    from: String,
    to: String,
}

impl ReportPage {
    fn n(&self, n: &u64) -> String {
        domain::shown_count(*n)
    }
    fn category(&self, key: &str) -> String {
        self.choices.category(key)
    }
    fn wijk_name(&self) -> String {
        self.choices
            .wijken
            .iter()
            .find(|w| w.value == self.wijk)
            .map_or_else(
                || self.page.t("barrier-report-all-wijken"),
                |w| w.label.clone(),
            )
    }
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

async fn summary_for(app: &AppState, s: &Scope) -> AppResult<Summary> {
    let rows = repo::report_rows(
        &app.db,
        &s.grant.municipality_id,
        s.wijk.as_deref(),
        s.from,
        s.to,
    )
    .await?;
    let keys: Vec<String> = s
        .choices
        .categories
        .iter()
        .map(|c| c.value.clone())
        .collect();
    Ok(summarize(&rows, &keys))
}

/// GET /rapportage/hindernissen?wijk=&van=&tot=
pub async fn report_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let s = scope(&app, &actor, &q, page.loc).await?;
    let summary = summary_for(&app, &s).await?;
    let (from, to) = (iso(s.from), iso(s.to));
    let wijk = s.wijk.clone().unwrap_or_default();
    html(&ReportPage {
        page,
        summary,
        choices: s.choices,
        wijk,
        from,
        to,
    })
}

/// GET /rapportage/hindernissen.csv — the same counts as the page, one row per figure.
pub async fn csv_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Query(q): Query<ReportQuery>,
) -> AppResult<Response> {
    let s = scope(&app, &actor, &q, page.loc).await?;
    let sum = summary_for(&app, &s).await?;
    let loc = page.loc;
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut row = |a: &str, b: &str, c: String| w.write_record([a, b, c.as_str()]);
    let io = |e: csv::Error| AppError::Internal(anyhow::anyhow!("csv: {e}"));
    row("figure", "key", "value".into()).map_err(io)?;
    row("period", &iso(s.from), iso(s.to)).map_err(io)?;
    row("total", "", domain::shown_count(sum.total)).map_err(io)?;
    row("young_people", "", domain::shown_count(sum.young)).map_err(io)?;
    for (c, n) in &sum.by_category {
        row("category", &s.choices.category(c), domain::shown_count(*n)).map_err(io)?;
    }
    for (st, n) in &sum.by_status {
        row("status", &loc.t(&st.label_id()), domain::shown_count(*n)).map_err(io)?;
    }
    for (m, n) in &sum.by_month {
        row("month", m, domain::shown_count(*n)).map_err(io)?;
    }
    let median = sum.median_days.map(|d| d.to_string()).unwrap_or_default();
    row("median_days_to_answer", "", median).map_err(io)?;
    let body = w
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"hindernissen.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn row(cat: &str, status: &str, young: i64) -> ReportRow {
        ReportRow {
            category: cat.into(),
            status: status.into(),
            wijk_id: None,
            created_at: datetime!(2026-03-05 10:00 UTC),
            young_count: young,
            answered_at: None,
            escalated_at: None,
            solution: None,
            title: None,
        }
    }

    #[test]
    fn the_report_counts_and_keeps_only_approved_stories() {
        let mut solved = row("money", "solved", 2);
        solved.solution = Some("Het fonds betaalt.".into());
        solved.title = Some("Contributie".into());
        solved.escalated_at = Some(datetime!(2026-03-06 10:00 UTC));
        solved.answered_at = Some(datetime!(2026-03-16 10:00 UTC));
        let mut unapproved = row("money", "solved", 1);
        unapproved.solution = None;
        let rows = vec![solved, unapproved, row("transport", "open", 3)];
        let cats = vec!["money".to_string(), "transport".to_string()];
        let s = summarize(&rows, &cats);
        assert_eq!(s.total, 3);
        assert_eq!(s.young, 6);
        assert_eq!(
            s.by_category,
            vec![("money".into(), 2), ("transport".into(), 1)]
        );
        assert_eq!(s.median_days, Some(10));
        assert_eq!(s.stories.len(), 1);
        assert_eq!(s.by_month, vec![("2026-03".into(), 3)]);
    }
}
