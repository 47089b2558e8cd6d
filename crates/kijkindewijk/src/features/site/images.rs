//! Images: the redacteur uploads one with its alt text (the type is read from the bytes), and
//! everyone gets it back from `/afbeeldingen/{sha256}.{ext}` with its own type, `nosniff` and
//! caching for good (the name changes when the bytes do).

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::image::{self, Kind};
use super::repo::{self, ImageRow};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, render, see_other};

/// An image in the list, with its path and a Markdown line to copy.
pub struct Shown {
    /// Public path.
    pub path: String,
    /// Alt text.
    pub alt: String,
    /// Size in kB.
    pub kb: i64,
}

impl Shown {
    fn of(row: ImageRow) -> Option<Shown> {
        let kind = Kind::from_content_type(&row.content_type)?;
        Some(Shown {
            path: image::path(&row.hash, kind),
            alt: row.alt,
            kb: (row.size + 1023) / 1024,
        })
    }

    /// The Markdown that shows this image.
    pub fn markdown(&self) -> String {
        format!("![{}]({})", self.alt.replace([']', '['], ""), self.path)
    }
}

#[derive(Template)]
#[template(path = "site/images.html")]
struct ImagesPage {
    page: PageCtx,
    images: Vec<Shown>,
    alt: String,
    errors: FieldErrors,
}

async fn page_with(
    app: &AppState,
    page: PageCtx,
    alt: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let images = repo::images(&app.db).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let images = images.into_iter().filter_map(Shown::of).collect();
    render(
        status,
        &ImagesPage {
            page,
            images,
            alt,
            errors,
        },
    )
}

/// GET /redactie/afbeeldingen
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    page_with(&app, page, String::new(), FieldErrors::new()).await
}

/// The fields of the upload form (a body that is not multipart has none), and whether the file
/// was too large to read.
async fn read_upload(
    form: Result<Multipart, MultipartRejection>,
) -> AppResult<(String, Vec<u8>, bool)> {
    let (mut alt, mut bytes, mut too_large) = (String::new(), Vec::new(), false);
    let Ok(mut form) = form else {
        return Ok((alt, bytes, too_large));
    };
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("error-bad-form"))?
    {
        match field.name() {
            Some("alt") => {
                alt = field
                    .text()
                    .await
                    .map_err(|_| AppError::BadRequest("error-bad-form"))?
            }
            Some("file") => {
                // a file past the route's body limit is surely over the image limit: the
                // form comes back with the size message
                match field.bytes().await {
                    Ok(b) => bytes = b.to_vec(),
                    Err(_) => too_large = true,
                }
            }
            _ => {}
        }
    }
    Ok((alt, bytes, too_large))
}

/// POST /redactie/afbeeldingen (multipart): `alt` and `file`.
pub async fn upload_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    form: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    let (alt, bytes, too_large) = read_upload(form).await?;
    let checked = if too_large {
        let mut e = image::check(&[], &alt).err().unwrap_or_default();
        e.0.retain(|(f, _)| f != "file");
        e.add("file", "site-error-file-large");
        Err(e)
    } else {
        image::check(&bytes, &alt)
    };
    match checked {
        Ok(kind) => {
            let hash = image::hash(&bytes);
            let mut tx = app.db.begin().await?;
            repo::insert_image(
                &mut tx,
                &hash,
                kind.content_type(),
                &alt,
                bytes,
                Some(&user.id),
            )
            .await?;
            tx.commit().await?;
            Ok(see_other("/redactie/afbeeldingen"))
        }
        Err(errors) => page_with(&app, page, alt, errors).await,
    }
}

/// GET /afbeeldingen/{hash}.{ext}
pub async fn serve_get(
    State(app): State<AppState>,
    Path(file): Path<String>,
) -> AppResult<Response> {
    let (hash, ext) = image::parse_file(&file).ok_or(AppError::NotFound)?;
    let (content_type, bytes) = repo::image_bytes(&app.db, &hash.to_ascii_lowercase())
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = Kind::from_content_type(&content_type).ok_or(AppError::NotFound)?;
    if kind.extension() != ext {
        return Err(AppError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, kind.content_type()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            (header::CONTENT_DISPOSITION, "inline"),
        ],
        bytes,
    )
        .into_response())
}
