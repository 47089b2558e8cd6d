//! A router builder that remembers every (method, path) it registers, so the authorization matrix
//! test can enumerate the application's routes and fail when one is missing from its table.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{MethodRouter, delete, get, post};

use crate::state::AppState;

/// The largest request body of an upload form (see [`Routes::get_post_upload`]); every other
/// request keeps the configured `max_body_bytes`.
pub const UPLOAD_BODY_BYTES: usize = 8 * 1024 * 1024;

/// HTTP methods our routes use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// GET (and HEAD).
    Get,
    /// POST.
    Post,
    /// DELETE.
    Delete,
}

impl Method {
    /// Upper-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// A router plus the list of its routes.
pub struct Routes {
    router: Router<AppState>,
    list: Vec<(Method, String)>,
}

impl Default for Routes {
    fn default() -> Self {
        Self::new()
    }
}

impl Routes {
    /// An empty set.
    pub fn new() -> Self {
        Routes {
            router: Router::new(),
            list: Vec::new(),
        }
    }

    fn add(mut self, path: &str, methods: &[Method], route: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, route);
        self.list
            .extend(methods.iter().map(|m| (*m, path.to_string())));
        self
    }

    /// A GET route.
    pub fn get<H, T>(self, path: &str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, &[Method::Get], get(handler))
    }

    /// A POST route.
    pub fn post<H, T>(self, path: &str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, &[Method::Post], post(handler))
    }

    /// GET and POST on one path (a page with its form).
    pub fn get_post<G, TG, P, TP>(self, path: &str, get_handler: G, post_handler: P) -> Self
    where
        G: Handler<TG, AppState>,
        TG: 'static,
        P: Handler<TP, AppState>,
        TP: 'static,
    {
        self.add(
            path,
            &[Method::Get, Method::Post],
            get(get_handler).post(post_handler),
        )
    }

    /// GET and POST on one path whose form uploads a file: the POST may carry up to
    /// [`UPLOAD_BODY_BYTES`] (the CSRF layer reads multipart bodies that far too), so a file
    /// over the feature's own limit reaches the handler, which shows the form again with a
    /// message instead of a bare "too large" page.
    pub fn get_post_upload<G, TG, P, TP>(self, path: &str, get_handler: G, post_handler: P) -> Self
    where
        G: Handler<TG, AppState>,
        TG: 'static,
        P: Handler<TP, AppState>,
        TP: 'static,
    {
        self.add(
            path,
            &[Method::Get, Method::Post],
            get(get_handler)
                .post(post_handler)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_BYTES)),
        )
    }

    /// A DELETE route (API only; forms use POST).
    pub fn delete<H, T>(self, path: &str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, &[Method::Delete], delete(handler))
    }

    /// Adds the routes of another set.
    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.list.extend(other.list);
        self
    }

    /// The routes registered, sorted.
    pub fn list(&self) -> Vec<(Method, String)> {
        let mut list = self.list.clone();
        list.sort();
        list
    }

    /// The axum router.
    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
