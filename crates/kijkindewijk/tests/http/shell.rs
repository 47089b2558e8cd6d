//! The page shell: language, headers, error pages, no database writes for anonymous visitors.

use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn home_is_dutch_and_switches_to_english() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let home = c.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("<html lang=\"nl\""));
    assert!(home.body.contains("Het gewone leven"));
    assert!(home.body.contains("href=\"#inhoud\""), "skip link");
    assert!(home.body.contains("<main id=\"inhoud\""), "main landmark");

    let switch = c.get("/taal/en?terug=%2Ftoegankelijkheid").await;
    assert_eq!(switch.status, StatusCode::SEE_OTHER);
    assert_eq!(switch.location(), "/toegankelijkheid");
    let page = c.get("/toegankelijkheid").await;
    assert!(page.body.contains("<html lang=\"en\""));
    assert!(
        page.body
            .contains("<h1 class=\"utrecht-heading-1\">Accessibility</h1>")
    );

    // An outside return address is not followed.
    let evil = c.get("/taal/nl?terug=https%3A%2F%2Fevil.example").await;
    assert_eq!(evil.location(), "/");
    assert_eq!(c.get("/taal/fr").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn anonymous_visits_write_nothing_to_the_database() {
    let app = TestApp::spawn().await;
    let before = (
        app.count("sessions").await,
        app.count("login_throttle").await,
        app.count("settings").await,
    );
    for path in [
        "/",
        "/inloggen",
        "/toegankelijkheid",
        "/privacy",
        "/bestaat-niet",
        "/wachtwoord-vergeten",
    ] {
        for _ in 0..5 {
            app.client().get(path).await;
        }
    }
    let after = (
        app.count("sessions").await,
        app.count("login_throttle").await,
        app.count("settings").await,
    );
    assert_eq!(before, after);
    assert_eq!(after.0, 0);
}

#[tokio::test]
async fn security_headers_are_on_pages_errors_and_assets() {
    let app = TestApp::spawn().await;
    let c = app.client();
    for path in ["/", "/inloggen", "/bestaat-niet", "/beheer/gebruikers"] {
        let page = c.get(path).await;
        for h in [
            "content-security-policy",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "x-request-id",
        ] {
            assert!(page.headers.contains_key(h), "{h} missing on {path}");
        }
        let csp = page.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'")
                && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe")
        );
    }
    let home = c.get("/").await;
    let css = crate::helpers::extract_between(&home.body, "href=\"/static/", "\"").unwrap();
    let asset = c.get(&format!("/static/{css}")).await;
    assert_eq!(asset.status, StatusCode::OK);
    assert!(
        asset.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(
        asset.body.contains("--utrecht"),
        "NL Design System tokens are served"
    );
}

#[tokio::test]
async fn not_found_page_is_translated_and_plain() {
    let app = TestApp::spawn().await;
    let page = app.client().get("/bestaat/niet?x=<script>").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("Pagina niet gevonden"));
    assert!(!page.body.contains("<script>"));
    let api = app.client().get("/api/v1/bestaat-niet").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.json()["error"]["code"], "not_found");
    assert!(
        api.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("bestaat niet")
    );
}

#[tokio::test]
async fn protected_pages_send_anonymous_visitors_to_login() {
    let app = TestApp::spawn().await;
    let page = app.client().get("/beheer/gebieden").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/inloggen?terug=%2Fbeheer%2Fgebieden");
    let api = app.client().get("/api/v1/beheer/wijken").await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_eq!(api.json()["error"]["code"], "unauthenticated");
}

#[tokio::test]
async fn wrong_method_gets_a_page_not_a_blank() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let token = c.token().await;
    let page = c.post_raw("/toegankelijkheid", &[("_csrf", &token)]).await;
    assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(page.body.contains("<html lang=\"nl\""));
}
