//! The one error type. Handlers return `Result<_, AppError>`; the error becomes a response that
//! carries an [`ErrorInfo`] extension, and the `error_pages` middleware turns that into a Dutch (or
//! English) HTML page or a structured JSON error, depending on the route. Internal details are logged
//! there, never sent.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// One message per form field, as translation keys (`field name`, `message id`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(String, String)>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// One message for one field.
    pub fn one(field: &str, message_id: &str) -> Self {
        let mut e = Self::new();
        e.add(field, message_id);
        e
    }
    /// Adds a message for a field.
    pub fn add(&mut self, field: &str, message_id: &str) {
        self.0.push((field.to_string(), message_id.to_string()));
    }
    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The message id for a field, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
    /// `Ok(())` when empty, otherwise a validation error.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self))
        }
    }
}

/// Everything that can go wrong while handling a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The page or record does not exist (or the user may not know it exists).
    #[error("not found")]
    NotFound,
    /// Login needed.
    #[error("not logged in")]
    Unauthenticated,
    /// Logged in, but this is not for this user.
    #[error("forbidden")]
    Forbidden,
    /// A young person's data that needs consent the age rule demands and that is not (yet) given.
    #[error("no consent")]
    NoConsent,
    /// The form's CSRF token was missing or wrong.
    #[error("csrf check failed")]
    Csrf,
    /// The request itself is malformed; the message id says how.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Input that does not pass the rules, per field.
    #[error("validation failed")]
    Validation(FieldErrors),
    /// The record already exists or changed meanwhile.
    #[error("conflict")]
    Conflict(FieldErrors),
    /// The body was larger than allowed.
    #[error("payload too large")]
    PayloadTooLarge,
    /// The body had a media type the route does not take.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// Too many attempts; try again after this many seconds.
    #[error("too many requests")]
    TooManyRequests(u64),
    /// The database cannot serve now (full, unreachable, no free connection in time); logged with
    /// its kind and code, the user sees a page that says nothing was saved and to try again soon.
    #[error("storage unavailable: {0:#}")]
    Unavailable(anyhow::Error),
    /// A bug or an outside failure; logged with its cause, the user sees a request id only.
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        AppError::from_db(&err)
    }
}

impl AppError {
    /// The error for a failed database call. Database messages can quote the offending values (a
    /// PostgreSQL unique violation names the duplicate key), which may be personal data; keep only
    /// the kind, the SQLite or PostgreSQL code and the constraint or table.
    pub fn from_db(err: &sqlx::Error) -> AppError {
        let kind = crate::db::special::error_kind(err);
        let mut text = format!("database: {}", kind.kind);
        if let Some(code) = &kind.code {
            text.push_str(&format!(" (code {code})"));
        }
        if let sqlx::Error::Database(db) = err
            && let Some(on) = db.constraint().or(db.table())
        {
            text.push_str(&format!(" on {on}"));
        }
        if kind.unavailable {
            AppError::Unavailable(anyhow::anyhow!(text))
        } else {
            AppError::Internal(anyhow::anyhow!(text))
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Internal(anyhow::Error::new(err).context("template"))
    }
}

/// What the `error_pages` middleware needs to render an error, stored in the response extensions.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// Stable machine-readable code for the JSON API.
    pub code: &'static str,
    /// Translation id of the message shown to the user.
    pub message_id: &'static str,
    /// Per-field messages, for validation errors.
    pub fields: FieldErrors,
    /// The cause of an internal error, for the log only.
    pub internal: Option<String>,
}

impl AppError {
    /// HTTP status for this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf | AppError::NoConsent => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn info(self) -> ErrorInfo {
        let (code, message_id, fields, internal) = match self {
            AppError::NotFound => ("not_found", "error-not-found", FieldErrors::new(), None),
            AppError::Unauthenticated => (
                "unauthenticated",
                "error-unauthenticated",
                FieldErrors::new(),
                None,
            ),
            AppError::Forbidden => ("forbidden", "error-forbidden", FieldErrors::new(), None),
            AppError::Csrf => ("csrf", "error-csrf", FieldErrors::new(), None),
            AppError::NoConsent => ("no_consent", "error-no-consent", FieldErrors::new(), None),
            AppError::BadRequest(id) => ("bad_request", id, FieldErrors::new(), None),
            AppError::Validation(f) => ("validation", "error-validation", f, None),
            AppError::Conflict(f) => ("conflict", "error-conflict", f, None),
            AppError::PayloadTooLarge => (
                "payload_too_large",
                "error-too-large",
                FieldErrors::new(),
                None,
            ),
            AppError::UnsupportedMediaType => (
                "unsupported_media_type",
                "error-media-type",
                FieldErrors::new(),
                None,
            ),
            AppError::TooManyRequests(_) => (
                "too_many_requests",
                "error-too-many",
                FieldErrors::new(),
                None,
            ),
            AppError::Unavailable(e) => (
                "unavailable",
                "error-unavailable",
                FieldErrors::new(),
                Some(format!("{e:#}")),
            ),
            AppError::Internal(e) => (
                "internal",
                "error-internal",
                FieldErrors::new(),
                Some(format!("{e:#}")),
            ),
        };
        ErrorInfo {
            code,
            message_id,
            fields,
            internal,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let retry = match &self {
            AppError::TooManyRequests(secs) => Some(*secs),
            AppError::Unavailable(_) => Some(UNAVAILABLE_RETRY_SECS),
            _ => None,
        };
        let mut response = status.into_response();
        if let Some(secs) = retry {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        response.extensions_mut().insert(self.info());
        response
    }
}

/// What a 503 for unavailable storage asks clients to wait before trying again.
pub const UNAVAILABLE_RETRY_SECS: u64 = 30;

/// Shorthand for handler results.
pub type AppResult<T> = Result<T, AppError>;
