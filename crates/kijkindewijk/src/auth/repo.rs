//! Queries for accounts: users, roles, sessions, one-time tokens, recovery codes, login throttling.

use sea_query::{Alias, Expr, Iden, OnConflict, Order, Query};
use time::OffsetDateTime;

use super::roles::{Grant, Role};
use crate::db::{Db, Tx, new_id, now};

/// `users`
#[derive(Iden, Clone, Copy)]
pub enum Users {
    Table,
    Id,
    LoginName,
    Email,
    DisplayName,
    PasswordHash,
    Locale,
    TotpSecret,
    TotpEnabledAt,
    TotpLastStep,
    DisabledAt,
    LastLoginAt,
    CreatedAt,
    UpdatedAt,
}

/// `user_roles`
#[derive(Iden, Clone, Copy)]
pub enum UserRoles {
    Table,
    Id,
    UserId,
    Role,
    MunicipalityId,
    TeamId,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
enum Sessions {
    Table,
    TokenHash,
    UserId,
    Stage,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(Iden, Clone, Copy)]
enum AuthTokens {
    Table,
    TokenHash,
    Purpose,
    UserId,
    ExpiresAt,
    UsedAt,
    CreatedAt,
    PasswordStamp,
}

#[derive(Iden, Clone, Copy)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
enum LoginThrottle {
    Table,
    Key,
    Failures,
    WindowStart,
    BlockedUntil,
}

/// A user account as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    /// Id.
    pub id: String,
    /// What the user logs in with: an e-mail address or a chosen name (lower case).
    pub login_name: String,
    /// Optional e-mail address; young people need not have one.
    pub email: Option<String>,
    /// Name shown in the interface.
    pub display_name: String,
    /// Argon2id hash; `None` until an invitation is accepted.
    pub password_hash: Option<String>,
    /// Preferred interface language.
    pub locale: String,
    /// Base32 TOTP secret, once enrolment started.
    pub totp_secret: Option<String>,
    /// When TOTP was confirmed.
    pub totp_enabled_at: Option<OffsetDateTime>,
    /// Last TOTP time step used (replay protection).
    pub totp_last_step: Option<i64>,
    /// Set when the account is switched off.
    pub disabled_at: Option<OffsetDateTime>,
}

const USER_COLUMNS: [Users; 10] = [
    Users::Id,
    Users::LoginName,
    Users::Email,
    Users::DisplayName,
    Users::PasswordHash,
    Users::Locale,
    Users::TotpSecret,
    Users::TotpEnabledAt,
    Users::TotpLastStep,
    Users::DisabledAt,
];

/// Finds a user by login name (case-insensitive: login names are stored in lower case).
pub async fn user_by_login(db: &Db, login: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let q = Query::select()
        .columns(USER_COLUMNS)
        .from(Users::Table)
        .and_where(Expr::col(Users::LoginName).eq(login.trim().to_lowercase()))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Finds a user by id.
pub async fn user_by_id(db: &Db, id: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let q = Query::select()
        .columns(USER_COLUMNS)
        .from(Users::Table)
        .and_where(Expr::col(Users::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

#[derive(sqlx::FromRow)]
struct GrantRow {
    role: String,
    municipality_id: String,
    team_id: Option<String>,
}

/// The roles a user holds.
pub async fn grants(db: &Db, user_id: &str) -> Result<Vec<Grant>, sqlx::Error> {
    let q = Query::select()
        .columns([
            UserRoles::Role,
            UserRoles::MunicipalityId,
            UserRoles::TeamId,
        ])
        .from(UserRoles::Table)
        .and_where(Expr::col(UserRoles::UserId).eq(user_id))
        .order_by(UserRoles::CreatedAt, Order::Asc)
        .to_owned();
    let rows: Vec<GrantRow> = db.fetch_all(&q).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(Grant {
                role: Role::parse(&r.role)?,
                municipality_id: r.municipality_id,
                team_id: r.team_id,
            })
        })
        .collect())
}

/// A new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Login name (an e-mail address or a chosen name).
    pub login_name: String,
    /// E-mail address, if the user has one.
    pub email: Option<String>,
    /// Name shown in the interface.
    pub display_name: String,
    /// Argon2id hash, or `None` when the user sets a password through an invitation.
    pub password_hash: Option<String>,
    /// Interface language.
    pub locale: String,
    /// Confirmed TOTP secret (demo and command-line accounts only).
    pub totp_secret: Option<String>,
}

/// Inserts a user and its roles; returns the new id. A taken login name is a unique violation.
pub async fn insert_user(
    tx: &mut Tx,
    user: &NewUser,
    grants: &[Grant],
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Users::Table)
        .columns([
            Users::Id,
            Users::LoginName,
            Users::Email,
            Users::DisplayName,
            Users::PasswordHash,
            Users::Locale,
            Users::TotpSecret,
            Users::TotpEnabledAt,
            Users::CreatedAt,
            Users::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            user.login_name.trim().to_lowercase().into(),
            user.email.clone().map(|e| e.trim().to_lowercase()).into(),
            user.display_name.trim().to_string().into(),
            user.password_hash.clone().into(),
            user.locale.clone().into(),
            user.totp_secret.clone().into(),
            user.totp_secret.as_ref().map(|_| t).into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    for grant in grants {
        insert_grant(tx, &id, grant).await?;
    }
    Ok(id)
}

/// Gives a user one more role.
pub async fn insert_grant(tx: &mut Tx, user_id: &str, grant: &Grant) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(UserRoles::Table)
        .columns([
            UserRoles::Id,
            UserRoles::UserId,
            UserRoles::Role,
            UserRoles::MunicipalityId,
            UserRoles::TeamId,
            UserRoles::CreatedAt,
        ])
        .values_panic([
            new_id().into(),
            user_id.into(),
            grant.role.as_str().into(),
            grant.municipality_id.clone().into(),
            grant.team_id.clone().into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Sets a new password hash.
pub async fn set_password(tx: &mut Tx, user_id: &str, hash: &str) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(Users::Table)
        .values([
            (Users::PasswordHash, hash.into()),
            (Users::UpdatedAt, now().into()),
        ])
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Stores a TOTP secret; `confirmed` marks it as enabled (after the user entered a correct code).
pub async fn set_totp(
    db: &Db,
    user_id: &str,
    secret: Option<&str>,
    confirmed_step: Option<i64>,
) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(Users::Table)
        .values([
            (Users::TotpSecret, secret.map(str::to_string).into()),
            (Users::TotpEnabledAt, confirmed_step.map(|_| t).into()),
            (Users::TotpLastStep, confirmed_step.into()),
            (Users::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// Records the TOTP step just used, only if it is newer than the last one (so two requests with the
/// same code cannot both pass). Returns false when another request used it first.
pub async fn claim_totp_step(db: &Db, user_id: &str, step: i64) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(Users::Table)
        .values([(Users::TotpLastStep, step.into())])
        .and_where(Expr::col(Users::Id).eq(user_id))
        .cond_where(
            sea_query::Cond::any()
                .add(Expr::col(Users::TotpLastStep).is_null())
                .add(Expr::col(Users::TotpLastStep).lt(step)),
        )
        .to_owned();
    Ok(db.execute(&q).await? == 1)
}

/// Notes a successful login.
pub async fn touch_login(db: &Db, user_id: &str) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(Users::Table)
        .values([(Users::LastLoginAt, now().into())])
        .and_where(Expr::col(Users::Id).eq(user_id))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

// ---- sessions -------------------------------------------------------------------------------

/// A session joined with its user, as loaded on every authenticated request.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    /// `second_factor`, `enrol_second_factor` or `full`.
    pub stage: String,
    /// Last request seen.
    pub last_seen_at: OffsetDateTime,
    /// Hard end of the session.
    pub expires_at: OffsetDateTime,
    /// The user.
    pub user_id: String,
    /// Login name.
    pub login_name: String,
    /// E-mail address.
    pub email: Option<String>,
    /// Display name.
    pub display_name: String,
    /// Preferred language.
    pub locale: String,
    /// Whether the account is switched off.
    pub disabled_at: Option<OffsetDateTime>,
}

/// Stores a new session.
pub async fn insert_session(
    db: &Db,
    token_hash: &str,
    user_id: &str,
    stage: &str,
    expires_at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::insert()
        .into_table(Sessions::Table)
        .columns([
            Sessions::TokenHash,
            Sessions::UserId,
            Sessions::Stage,
            Sessions::CreatedAt,
            Sessions::LastSeenAt,
            Sessions::ExpiresAt,
        ])
        .values_panic([
            token_hash.into(),
            user_id.into(),
            stage.into(),
            t.into(),
            t.into(),
            expires_at.into(),
        ])
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// Loads a session and its user in one query.
pub async fn session(db: &Db, token_hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    let q = Query::select()
        .columns([
            (Sessions::Table, Sessions::Stage),
            (Sessions::Table, Sessions::LastSeenAt),
        ])
        .column((Sessions::Table, Sessions::ExpiresAt))
        .expr_as(Expr::col((Users::Table, Users::Id)), Alias::new("user_id"))
        .columns([
            (Users::Table, Users::LoginName),
            (Users::Table, Users::Email),
            (Users::Table, Users::DisplayName),
            (Users::Table, Users::Locale),
            (Users::Table, Users::DisabledAt),
        ])
        .from(Sessions::Table)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((Sessions::Table, Sessions::UserId)),
        )
        .and_where(Expr::col((Sessions::Table, Sessions::TokenHash)).eq(token_hash))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Notes activity on a session (called at most once a minute per session).
pub async fn touch_session(
    db: &Db,
    token_hash: &str,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(Sessions::Table)
        .values([(Sessions::LastSeenAt, at.into())])
        .and_where(Expr::col(Sessions::TokenHash).eq(token_hash))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// Ends one session.
pub async fn delete_session(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(Sessions::Table)
        .and_where(Expr::col(Sessions::TokenHash).eq(token_hash))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// Ends every session of a user ("log out everywhere", and after a password change).
pub async fn delete_user_sessions(db: &Db, user_id: &str) -> Result<u64, sqlx::Error> {
    let q = Query::delete()
        .from_table(Sessions::Table)
        .and_where(Expr::col(Sessions::UserId).eq(user_id))
        .to_owned();
    db.execute(&q).await
}

/// Ends every session of a user but the given one (after a password change).
pub async fn delete_other_sessions(
    db: &Db,
    user_id: &str,
    keep_hash: &str,
) -> Result<u64, sqlx::Error> {
    let q = Query::delete()
        .from_table(Sessions::Table)
        .and_where(Expr::col(Sessions::UserId).eq(user_id))
        .and_where(Expr::col(Sessions::TokenHash).ne(keep_hash))
        .to_owned();
    db.execute(&q).await
}

/// Removes sessions past their end (a periodic job).
pub async fn delete_expired_sessions(db: &Db, at: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let q = Query::delete()
        .from_table(Sessions::Table)
        .and_where(Expr::col(Sessions::ExpiresAt).lt(at))
        .to_owned();
    db.execute(&q).await
}

/// Number of open sessions of a user.
pub async fn count_sessions(db: &Db, user_id: &str) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::col(Sessions::TokenHash).count())
        .from(Sessions::Table)
        .and_where(Expr::col(Sessions::UserId).eq(user_id))
        .to_owned();
    Ok(db.fetch_one::<(i64,)>(&q).await?.0)
}

// ---- one-time tokens ------------------------------------------------------------------------

/// What a one-time link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Choose a new password.
    PasswordReset,
    /// Accept an invitation and choose a first password.
    Invitation,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::PasswordReset => "password_reset",
            TokenPurpose::Invitation => "invitation",
        }
    }
}

/// Stores a one-time token (hashed), bound to the account's password stamp at this moment.
pub async fn insert_token(
    tx: &mut Tx,
    token_hash: &str,
    purpose: TokenPurpose,
    user_id: &str,
    expires_at: OffsetDateTime,
    password_stamp: &str,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(AuthTokens::Table)
        .columns([
            AuthTokens::TokenHash,
            AuthTokens::Purpose,
            AuthTokens::UserId,
            AuthTokens::ExpiresAt,
            AuthTokens::CreatedAt,
            AuthTokens::PasswordStamp,
        ])
        .values_panic([
            token_hash.into(),
            purpose.as_str().into(),
            user_id.into(),
            expires_at.into(),
            now().into(),
            password_stamp.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// The user a still-valid, unused token belongs to, and the password stamp it was made with.
pub async fn token_user(
    db: &Db,
    token_hash: &str,
    purpose: TokenPurpose,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let q = Query::select()
        .columns([AuthTokens::UserId, AuthTokens::PasswordStamp])
        .from(AuthTokens::Table)
        .and_where(Expr::col(AuthTokens::TokenHash).eq(token_hash))
        .and_where(Expr::col(AuthTokens::Purpose).eq(purpose.as_str()))
        .and_where(Expr::col(AuthTokens::UsedAt).is_null())
        .and_where(Expr::col(AuthTokens::ExpiresAt).gt(now()))
        .to_owned();
    db.fetch_optional::<(String, String)>(&q).await
}

/// True when a password-reset link was made for the user in the last five minutes.
pub async fn recent_token(db: &Db, user_id: &str) -> Result<bool, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::col(AuthTokens::TokenHash).count())
        .from(AuthTokens::Table)
        .and_where(Expr::col(AuthTokens::UserId).eq(user_id))
        .and_where(Expr::col(AuthTokens::Purpose).eq(TokenPurpose::PasswordReset.as_str()))
        .and_where(Expr::col(AuthTokens::CreatedAt).gt(now() - time::Duration::minutes(5)))
        .to_owned();
    Ok(db.fetch_one::<(i64,)>(&q).await?.0 > 0)
}

/// Uses a token inside a transaction: only one request can ever succeed with it, and only while
/// its password stamp is still the account's. Returns the user id.
pub async fn consume_token(
    tx: &mut Tx,
    token_hash: &str,
    purpose: TokenPurpose,
    password_stamp: &str,
) -> Result<Option<String>, sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(AuthTokens::Table)
        .values([(AuthTokens::UsedAt, t.into())])
        .and_where(Expr::col(AuthTokens::TokenHash).eq(token_hash))
        .and_where(Expr::col(AuthTokens::Purpose).eq(purpose.as_str()))
        .and_where(Expr::col(AuthTokens::UsedAt).is_null())
        .and_where(Expr::col(AuthTokens::ExpiresAt).gt(t))
        .and_where(Expr::col(AuthTokens::PasswordStamp).eq(password_stamp))
        .to_owned();
    if tx.execute(&q).await? != 1 {
        return Ok(None);
    }
    let q = Query::select()
        .column(AuthTokens::UserId)
        .from(AuthTokens::Table)
        .and_where(Expr::col(AuthTokens::TokenHash).eq(token_hash))
        .to_owned();
    Ok(tx.fetch_optional::<(String,)>(&q).await?.map(|(id,)| id))
}

// ---- recovery codes -------------------------------------------------------------------------

/// Replaces a user's recovery codes with new (hashed) ones.
pub async fn replace_recovery_codes(
    db: &Db,
    user_id: &str,
    hashes: &[String],
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let q = Query::delete()
        .from_table(RecoveryCodes::Table)
        .and_where(Expr::col(RecoveryCodes::UserId).eq(user_id))
        .to_owned();
    tx.execute(&q).await?;
    let t = now();
    let mut insert = Query::insert()
        .into_table(RecoveryCodes::Table)
        .columns([
            RecoveryCodes::Id,
            RecoveryCodes::UserId,
            RecoveryCodes::CodeHash,
            RecoveryCodes::CreatedAt,
        ])
        .to_owned();
    for hash in hashes {
        insert.values_panic([
            new_id().into(),
            user_id.into(),
            hash.clone().into(),
            t.into(),
        ]);
    }
    if !hashes.is_empty() {
        tx.execute(&insert).await?;
    }
    tx.commit().await
}

/// Uses one recovery code; true when it existed and was still unused.
pub async fn use_recovery_code(db: &Db, user_id: &str, hash: &str) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(RecoveryCodes::Table)
        .values([(RecoveryCodes::UsedAt, now().into())])
        .and_where(Expr::col(RecoveryCodes::UserId).eq(user_id))
        .and_where(Expr::col(RecoveryCodes::CodeHash).eq(hash))
        .and_where(Expr::col(RecoveryCodes::UsedAt).is_null())
        .to_owned();
    Ok(db.execute(&q).await? == 1)
}

/// Unused recovery codes left.
pub async fn recovery_codes_left(db: &Db, user_id: &str) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::col(RecoveryCodes::Id).count())
        .from(RecoveryCodes::Table)
        .and_where(Expr::col(RecoveryCodes::UserId).eq(user_id))
        .and_where(Expr::col(RecoveryCodes::UsedAt).is_null())
        .to_owned();
    Ok(db.fetch_one::<(i64,)>(&q).await?.0)
}

// ---- login throttling -----------------------------------------------------------------------

/// A throttle counter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThrottleRow {
    /// Failures in the current window.
    pub failures: i64,
    /// Start of the counting window.
    pub window_start: OffsetDateTime,
    /// Until when logins are refused.
    pub blocked_until: Option<OffsetDateTime>,
}

/// Reads the counters for several keys at once.
pub async fn throttle_rows(db: &Db, keys: &[String]) -> Result<Vec<ThrottleRow>, sqlx::Error> {
    let q = Query::select()
        .columns([
            LoginThrottle::Failures,
            LoginThrottle::WindowStart,
            LoginThrottle::BlockedUntil,
        ])
        .from(LoginThrottle::Table)
        .and_where(Expr::col(LoginThrottle::Key).is_in(keys.iter().cloned()))
        .to_owned();
    db.fetch_all(&q).await
}

/// Reads one counter.
pub async fn throttle_row(tx: &mut Tx, key: &str) -> Result<Option<ThrottleRow>, sqlx::Error> {
    let q = Query::select()
        .columns([
            LoginThrottle::Failures,
            LoginThrottle::WindowStart,
            LoginThrottle::BlockedUntil,
        ])
        .from(LoginThrottle::Table)
        .and_where(Expr::col(LoginThrottle::Key).eq(key))
        .to_owned();
    tx.fetch_optional(&q).await
}

/// Writes one counter.
pub async fn put_throttle(tx: &mut Tx, key: &str, row: &ThrottleRow) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(LoginThrottle::Table)
        .columns([
            LoginThrottle::Key,
            LoginThrottle::Failures,
            LoginThrottle::WindowStart,
            LoginThrottle::BlockedUntil,
        ])
        .values_panic([
            key.into(),
            row.failures.into(),
            row.window_start.into(),
            row.blocked_until.into(),
        ])
        .on_conflict(
            OnConflict::column(LoginThrottle::Key)
                .update_columns([
                    LoginThrottle::Failures,
                    LoginThrottle::WindowStart,
                    LoginThrottle::BlockedUntil,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Forgets a counter (after a successful login).
pub async fn clear_throttle(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(LoginThrottle::Table)
        .and_where(Expr::col(LoginThrottle::Key).eq(key))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// All users of a municipality with their roles, for the beheerder's list (one query).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserListRow {
    /// User id.
    pub id: String,
    /// Login name.
    pub login_name: String,
    /// Display name.
    pub display_name: String,
    /// Role name.
    pub role: String,
    /// Team name, for team roles.
    pub team_name: Option<String>,
    /// Whether a password was set (invitation accepted).
    pub has_password: bool,
    /// Whether TOTP is on.
    pub has_totp: bool,
    /// Last login.
    pub last_login_at: Option<OffsetDateTime>,
}

/// Users with a role in the municipality, ordered by name.
pub async fn users_in_municipality(
    db: &Db,
    municipality_id: &str,
) -> Result<Vec<UserListRow>, sqlx::Error> {
    db.fetch_all(&users_query(municipality_id)).await
}

/// Which accounts of a municipality the beheerder's list shows.
#[derive(Debug, Clone, Copy)]
pub enum AccountFilter<'a> {
    /// Every account whose role is not a private one (not a young person, parent or network member).
    Staff,
    /// The account with exactly this login name, whatever its role.
    Login(&'a str),
}

/// Users with a role in the municipality that match `filter`, ordered by name.
pub async fn accounts_in_municipality(
    db: &Db,
    municipality_id: &str,
    filter: AccountFilter<'_>,
) -> Result<Vec<UserListRow>, sqlx::Error> {
    let mut q = users_query(municipality_id);
    match filter {
        AccountFilter::Staff => {
            let private: Vec<&str> = Role::ALL
                .into_iter()
                .filter(|r| r.is_private())
                .map(Role::as_str)
                .collect();
            q.and_where(Expr::col((UserRoles::Table, UserRoles::Role)).is_not_in(private));
        }
        AccountFilter::Login(login) => {
            q.and_where(
                Expr::col((Users::Table, Users::LoginName)).eq(login.trim().to_lowercase()),
            );
        }
    }
    db.fetch_all(&q).await
}

fn users_query(municipality_id: &str) -> sea_query::SelectStatement {
    use crate::places::repo::Teams;
    Query::select()
        .columns([
            (Users::Table, Users::Id),
            (Users::Table, Users::LoginName),
            (Users::Table, Users::DisplayName),
        ])
        .column((UserRoles::Table, UserRoles::Role))
        .expr_as(
            Expr::col((Teams::Table, Teams::Name)),
            Alias::new("team_name"),
        )
        .expr_as(
            Expr::col((Users::Table, Users::PasswordHash)).is_not_null(),
            Alias::new("has_password"),
        )
        .expr_as(
            Expr::col((Users::Table, Users::TotpEnabledAt)).is_not_null(),
            Alias::new("has_totp"),
        )
        .column((Users::Table, Users::LastLoginAt))
        .from(UserRoles::Table)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((UserRoles::Table, UserRoles::UserId)),
        )
        .left_join(
            Teams::Table,
            Expr::col((Teams::Table, Teams::Id)).equals((UserRoles::Table, UserRoles::TeamId)),
        )
        .and_where(Expr::col((UserRoles::Table, UserRoles::MunicipalityId)).eq(municipality_id))
        .order_by((Users::Table, Users::DisplayName), Order::Asc)
        .order_by((UserRoles::Table, UserRoles::Role), Order::Asc)
        .to_owned()
}

/// E-mail addresses of the active users who hold `role` in the municipality (to tell the editors
/// about a new message or idea).
pub async fn role_emails(
    db: &Db,
    municipality_id: &str,
    role: crate::auth::Role,
) -> Result<Vec<String>, sqlx::Error> {
    let q = Query::select()
        .distinct()
        .column((Users::Table, Users::Email))
        .from(UserRoles::Table)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((UserRoles::Table, UserRoles::UserId)),
        )
        .and_where(Expr::col((UserRoles::Table, UserRoles::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((UserRoles::Table, UserRoles::Role)).eq(role.as_str()))
        .and_where(Expr::col((Users::Table, Users::Email)).is_not_null())
        .and_where(Expr::col((Users::Table, Users::DisabledAt)).is_null())
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|(e,)| e).collect())
}
