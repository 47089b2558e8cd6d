//! The one access gate. Every read or change of a young person's data goes through [`check`]: it
//! loads the facts in one indexed query (the young person, the actor's tie, the consent for the
//! part, any running emergency access), decides with the pure [`rules`], and writes the NEN 7513
//! log line — for refusals too. Handlers never query youth data before the gate said yes.

pub mod list;
pub mod log;
pub mod retention;
pub mod rules;

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use sea_query::{Alias, Cond, Expr, Iden, JoinType, Query};
use time::{Date, OffsetDateTime};

pub use rules::{Action, AgeBand, Ground, Part, Refusal, Tie};

use crate::auth::{SessionUser, Stage};
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// `young_people`
#[derive(Iden, Clone, Copy)]
pub enum YoungPeople {
    Table,
    Id,
    MunicipalityId,
    WijkId,
    UserId,
    FirstName,
    LastName,
    BirthDate,
    CreatedBy,
    ErasedAt,
    CreatedAt,
    UpdatedAt,
}

/// `youth_relations`
#[derive(Iden, Clone, Copy)]
pub enum YouthRelations {
    Table,
    Id,
    YoungPersonId,
    UserId,
    Kind,
    DisplayName,
    TeamId,
    HasAuthority,
    AuthorityConfirmedBy,
    NetworkPersonId,
    StartedAt,
    EndedAt,
    CreatedAt,
    UpdatedAt,
}

/// `consents`
#[derive(Iden, Clone, Copy)]
pub enum Consents {
    Table,
    Id,
    YoungPersonId,
    Part,
    AudienceKey,
    ByYoungAt,
    ByParentAt,
    ByParentUserId,
    UpdatedAt,
}

/// `emergency_access`
#[derive(Iden, Clone, Copy)]
pub enum EmergencyAccess {
    Table,
    Id,
    YoungPersonId,
    UserId,
    Reason,
    StartedAt,
    ExpiresAt,
}

/// The audience key of the involved team in `consents`.
pub const TEAM_AUDIENCE: &str = "team";

/// The young person as the gate sees them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct YoungPerson {
    /// Id.
    pub id: String,
    /// Municipality (tenant).
    pub municipality_id: String,
    /// Wijk, if known.
    pub wijk_id: Option<String>,
    /// The young person's own account.
    pub user_id: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub birth_date: Date,
    /// Set once the data was erased on request.
    pub erased_at: Option<OffsetDateTime>,
}

impl YoungPerson {
    /// Age today.
    pub fn age(&self) -> i32 {
        rules::age_on(self.birth_date, now().date())
    }
    /// Age band today.
    pub fn band(&self) -> AgeBand {
        rules::band(self.age())
    }
}

/// What the gate hands a handler that was let through.
#[derive(Debug, Clone)]
pub struct Access {
    /// The young person.
    pub young: YoungPerson,
    /// The actor's tie.
    pub tie: Tie,
    /// The actor's relation id (for parents, network members, professionals).
    pub relation_id: Option<String>,
    /// Why access was given.
    pub ground: Ground,
    /// The facts the decision was made on, for asking about another action on the same part.
    pub facts: rules::Facts,
    /// The part that was checked.
    pub part: Part,
    /// The action that was checked.
    pub action: Action,
}

impl Access {
    /// Whether the actor may also do `action` on the same part (no query, no log line: the caller
    /// uses this to show or hide a form; the form's own request goes through the gate again).
    pub fn may(&self, action: Action) -> bool {
        matches!(rules::decide(&self.facts, self.part, action), Ok(g) if g != Ground::Emergency)
    }

    /// True when the actor is the young person.
    pub fn is_own(&self) -> bool {
        self.tie == Tie::Own
    }
}

/// The person acting, with the request id for the log line.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The logged-in user.
    pub user: Arc<SessionUser>,
    /// Request id of this request.
    pub request_id: Option<String>,
}

impl<S: Send + Sync> FromRequestParts<S> for Actor {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let user = match parts.extensions.get::<Arc<SessionUser>>() {
            Some(u) if u.stage == Stage::Full => u.clone(),
            _ => return Err(AppError::Unauthenticated),
        };
        let request_id = parts
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Ok(Actor { user, request_id })
    }
}

/// One line of the access log for `tie`'s decision about `part`.
fn entry<'a>(
    actor: &'a Actor,
    young_person_id: &'a str,
    tie: Tie,
    (part, action): (Part, &'a str),
    decision: rules::Decision,
) -> log::Entry<'a> {
    log::Entry {
        young_person_id,
        actor_user_id: Some(&actor.user.id),
        actor_role: rules::log_role(tie, &actor.user.grants),
        actor_name: &actor.user.display_name,
        part,
        action,
        allowed: decision.is_ok(),
        ground: match decision {
            Ok(g) => g.as_str(),
            Err(r) => r.as_str(),
        },
        emergency: decision == Ok(Ground::Emergency),
        request_id: actor.request_id.as_deref(),
    }
}

/// Decides whether `actor` may do `action` on `part` of the young person, logs the attempt, and
/// returns what the handler needs. Unknown young people and young people the actor has no tie to
/// are a 404 (the page does not say they exist); missing consent is a 403 that explains itself.
pub async fn check(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    part: Part,
    action: Action,
) -> AppResult<Access> {
    Ok(check_with(app, actor, young_person_id, (part, action), &[])
        .await?
        .0)
}

/// Like [`check`] for the part a page is about, plus the parts the page shows only when they are
/// shared (the ratings next to a plan, the network map on the plan page). All facts come from one
/// query and all log lines go out in one statement. An optional part that is not shared is left out
/// and not logged: the page did not access it.
pub async fn check_with(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    required: (Part, Action),
    optional: &[(Part, Action)],
) -> AppResult<(Access, Vec<Option<Access>>)> {
    check_scoped(app, actor, young_person_id, None, required, optional, None).await
}

/// The gate for opening an edit form (a GET): only whoever may change `part` gets the form, and the
/// log line says what happened — the form shows the data, nothing changed yet — so it is a read.
/// The form's own POST goes through [`check`] with [`Action::Write`].
pub async fn check_form(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    part: Part,
) -> AppResult<Access> {
    let required = (part, Action::Write);
    let logged = Some(Action::Read);
    Ok(
        check_scoped(app, actor, young_person_id, None, required, &[], logged)
            .await?
            .0,
    )
}

/// The gate for one introduction: like [`check`] for [`Part::Introduction`], where a partner has a
/// tie only when they are a member of the introduction's own organisation (an introduction of the
/// same young person to another organisation does not count), so a refusal is logged as one.
pub async fn check_introduction(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    organization_id: &str,
    action: Action,
) -> AppResult<Access> {
    check_for_organization(
        app,
        actor,
        young_person_id,
        organization_id,
        Part::Introduction,
        action,
    )
    .await
}

/// Like [`check_introduction`], for another part a partner may act on through an introduction to
/// `organization_id` (raising a barrier from it).
pub async fn check_for_organization(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    organization_id: &str,
    part: Part,
    action: Action,
) -> AppResult<Access> {
    let required = (part, action);
    Ok(check_scoped(
        app,
        actor,
        young_person_id,
        Some(organization_id),
        required,
        &[],
        None,
    )
    .await?
    .0)
}

/// The gate's one path: decide every wanted part, log the required part (also when refused) and
/// the optional parts that are shown, in one statement. `logged` names the required part's action
/// in the log when it differs from the action decided on (see [`check_form`]).
async fn check_scoped(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    organization_id: Option<&str>,
    required: (Part, Action),
    optional: &[(Part, Action)],
    logged: Option<Action>,
) -> AppResult<(Access, Vec<Option<Access>>)> {
    let mut wanted = vec![required];
    wanted.extend_from_slice(optional);
    let evaluated = evaluate(app, actor, young_person_id, organization_id, &wanted).await?;
    // When the page itself is refused it shows none of the optional parts either: only the
    // refusal is logged.
    let shown = evaluated.first().is_some_and(|(_, d)| d.is_ok());
    let lines: Vec<(&Access, rules::Decision, Action)> = evaluated
        .iter()
        .enumerate()
        .filter(|(i, (_, decision))| *i == 0 || (shown && decision.is_ok()))
        .map(|(i, (access, decision))| {
            let action = if i == 0 { logged } else { None };
            (access, *decision, action.unwrap_or(access.action))
        })
        .collect();
    write_log(app, actor, &lines).await?;
    let mut iter = evaluated.into_iter();
    let (main, decision) = iter.next().ok_or(AppError::NotFound)?;
    let main = match decision {
        Ok(ground) => Access { ground, ..main },
        Err(Refusal::NoTie) => return Err(AppError::NotFound),
        Err(Refusal::NoConsent) => return Err(AppError::NoConsent),
        Err(Refusal::NotPermitted) => return Err(AppError::Forbidden),
    };
    let rest = iter
        .map(|(a, d)| d.ok().map(|ground| Access { ground, ..a }))
        .collect();
    Ok((main, rest))
}

/// One optional part on its own (see [`check_with`]): logged when allowed, `None` when not.
pub async fn probe(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    part: Part,
    action: Action,
) -> AppResult<Option<Access>> {
    let mut evaluated = evaluate(app, actor, young_person_id, None, &[(part, action)]).await?;
    let (access, decision) = evaluated.pop().ok_or(AppError::NotFound)?;
    match decision {
        Ok(ground) => {
            write_log(app, actor, &[(&access, decision, action)]).await?;
            Ok(Some(Access { ground, ..access }))
        }
        Err(_) => Ok(None),
    }
}

/// Which of `parts` the actor could read, decided by the same one query and rules as [`check`].
/// Nothing of the young person's data is read, so nothing is logged: a page uses this only to
/// show the links (tabs) a reader can follow; following one goes through the gate again.
pub async fn reach(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    parts: &[Part],
) -> AppResult<Vec<rules::Decision>> {
    let wanted: Vec<(Part, Action)> = parts.iter().map(|p| (*p, Action::Read)).collect();
    let evaluated = evaluate(app, actor, young_person_id, None, &wanted).await?;
    Ok(evaluated.into_iter().map(|(_, d)| d).collect())
}

async fn write_log(
    app: &AppState,
    actor: &Actor,
    lines: &[(&Access, rules::Decision, Action)],
) -> AppResult<()> {
    let entries: Vec<log::Entry> = lines
        .iter()
        .map(|(access, decision, action)| {
            let what = (access.part, action.as_str());
            entry(actor, &access.young.id, access.tie, what, *decision)
        })
        .collect();
    app.access_log.write(&entries).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct FactsRow {
    id: String,
    municipality_id: String,
    wijk_id: Option<String>,
    user_id: Option<String>,
    first_name: String,
    last_name: String,
    birth_date: Date,
    erased_at: Option<OffsetDateTime>,
    rel_id: Option<String>,
    rel_kind: Option<String>,
    rel_authority: Option<bool>,
    consent_part: Option<String>,
    by_young: Option<bool>,
    by_parent: Option<bool>,
    emergency_until: Option<OffsetDateTime>,
    partner_link: bool,
}

/// Whether the actor is a member of an organisation the young person was introduced to (of
/// `organization_id` only, when given): an indexed EXISTS, evaluated once per gate query.
fn partner_link(user_id: &str, organization_id: Option<&str>) -> sea_query::SimpleExpr {
    let (i, m) = (
        Alias::new("introductions"),
        Alias::new("organization_members"),
    );
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from(i.clone())
            .inner_join(
                m.clone(),
                Expr::col((m.clone(), Alias::new("organization_id")))
                    .equals((i.clone(), Alias::new("organization_id"))),
            )
            .and_where(
                Expr::col((i.clone(), Alias::new("young_person_id")))
                    .equals((YoungPeople::Table, YoungPeople::Id)),
            )
            .and_where(Expr::col((m, Alias::new("user_id"))).eq(user_id))
            .and_where_option(
                organization_id.map(|o| Expr::col((i, Alias::new("organization_id"))).eq(o)),
            )
            .to_owned(),
    )
}

/// The one indexed query for the gate's facts: the young person, the actor's active relation, the
/// consent rows of the wanted parts for the actor's audience (a row per consent row found), any
/// running emergency access and the partner link.
fn facts_query(
    actor: &Actor,
    young_person_id: &str,
    organization_id: Option<&str>,
    parts: Vec<&'static str>,
) -> sea_query::SelectStatement {
    let (r, c, e, y) = (
        YouthRelations::Table,
        Consents::Table,
        EmergencyAccess::Table,
        YoungPeople::Table,
    );
    Query::select()
        .columns([
            (y, YoungPeople::Id),
            (y, YoungPeople::MunicipalityId),
            (y, YoungPeople::WijkId),
            (y, YoungPeople::UserId),
            (y, YoungPeople::FirstName),
            (y, YoungPeople::LastName),
            (y, YoungPeople::BirthDate),
            (y, YoungPeople::ErasedAt),
        ])
        .expr_as(Expr::col((r, YouthRelations::Id)), Alias::new("rel_id"))
        .expr_as(Expr::col((r, YouthRelations::Kind)), Alias::new("rel_kind"))
        .expr_as(
            Expr::col((r, YouthRelations::HasAuthority)),
            Alias::new("rel_authority"),
        )
        .expr_as(Expr::col((c, Consents::Part)), Alias::new("consent_part"))
        .expr_as(
            Expr::col((c, Consents::ByYoungAt)).is_not_null(),
            Alias::new("by_young"),
        )
        .expr_as(
            Expr::col((c, Consents::ByParentAt)).is_not_null(),
            Alias::new("by_parent"),
        )
        .expr_as(
            Expr::col((e, EmergencyAccess::ExpiresAt)),
            Alias::new("emergency_until"),
        )
        .expr_as(
            partner_link(&actor.user.id, organization_id),
            Alias::new("partner_link"),
        )
        .from(y)
        .join(
            JoinType::LeftJoin,
            r,
            Cond::all()
                .add(Expr::col((r, YouthRelations::YoungPersonId)).equals((y, YoungPeople::Id)))
                .add(Expr::col((r, YouthRelations::UserId)).eq(actor.user.id.clone()))
                .add(Expr::col((r, YouthRelations::EndedAt)).is_null()),
        )
        .join(JoinType::LeftJoin, c, consent_for_audience(parts))
        .join(
            JoinType::LeftJoin,
            e,
            Cond::all()
                .add(Expr::col((e, EmergencyAccess::YoungPersonId)).equals((y, YoungPeople::Id)))
                .add(Expr::col((e, EmergencyAccess::UserId)).eq(actor.user.id.clone()))
                .add(Expr::col((e, EmergencyAccess::ExpiresAt)).gt(now())),
        )
        .and_where(Expr::col((y, YoungPeople::Id)).eq(young_person_id))
        .to_owned()
}

/// The consent rows of `parts` for the actor's audience: the team for professionals, the actor's
/// own relation for everyone else.
fn consent_for_audience(parts: Vec<&'static str>) -> Cond {
    let (r, c) = (YouthRelations::Table, Consents::Table);
    let team = Cond::all()
        .add(Expr::col((r, YouthRelations::Kind)).eq("professional"))
        .add(Expr::col((c, Consents::AudienceKey)).eq(TEAM_AUDIENCE));
    let own = Cond::all()
        .add(Expr::col((r, YouthRelations::Kind)).ne("professional"))
        .add(Expr::col((c, Consents::AudienceKey)).equals((r, YouthRelations::Id)));
    Cond::all()
        .add(Expr::col((c, Consents::YoungPersonId)).equals((YoungPeople::Table, YoungPeople::Id)))
        .add(Expr::col((c, Consents::Part)).is_in(parts))
        .add(Cond::any().add(team).add(own))
}

/// Loads the facts for every requested part in one indexed query and lets the pure
/// [`rules::GateFacts::evaluate`] decide each part.
async fn evaluate(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    organization_id: Option<&str>,
    wanted: &[(Part, Action)],
) -> AppResult<Vec<(Access, rules::Decision)>> {
    let parts = wanted
        .iter()
        .map(|(p, _)| p.consent_part().as_str())
        .collect();
    let q = facts_query(actor, young_person_id, organization_id, parts);
    let rows: Vec<FactsRow> = app.db.fetch_all(&q).await?;
    let Some(first) = rows.first() else {
        return Err(AppError::NotFound);
    };
    let facts = rules::GateFacts {
        grants: &actor.user.grants,
        municipality_id: &first.municipality_id,
        birth_date: first.birth_date,
        today: now().date(),
        erased: first.erased_at.is_some(),
        relation: first
            .rel_kind
            .as_deref()
            .map(|kind| (kind, first.rel_authority.unwrap_or(false))),
        partner_link: first.partner_link,
        consents: rows.iter().filter_map(FactsRow::consent).collect(),
        emergency: rows.iter().any(|r| r.emergency_until.is_some()),
        one_introduction: organization_id.is_some(),
    };
    let young = first.young_person();
    let out = facts
        .evaluate(wanted)
        .into_iter()
        .zip(wanted)
        .map(|((facts, decision), (part, action))| {
            // The ground is filled in by the caller once the decision is known.
            let access = Access {
                young: young.clone(),
                tie: facts.tie,
                relation_id: first.rel_id.clone(),
                ground: Ground::Own,
                facts,
                part: *part,
                action: *action,
            };
            (access, decision)
        })
        .collect();
    Ok(out)
}

impl FactsRow {
    fn young_person(&self) -> YoungPerson {
        YoungPerson {
            id: self.id.clone(),
            municipality_id: self.municipality_id.clone(),
            wijk_id: self.wijk_id.clone(),
            user_id: self.user_id.clone(),
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            birth_date: self.birth_date,
            erased_at: self.erased_at,
        }
    }

    fn consent(&self) -> Option<(Part, rules::Consent)> {
        let part = Part::parse(self.consent_part.as_deref()?)?;
        let consent = rules::Consent {
            by_young: self.by_young.unwrap_or(false),
            by_parent: self.by_parent.unwrap_or(false),
        };
        Some((part, consent))
    }
}
