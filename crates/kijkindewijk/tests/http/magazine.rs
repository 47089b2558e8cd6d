//! The public site and the magazine: pages a redacteur edits (sanitised Markdown), images with
//! alt text, drafts, scheduled publication by the job, the Atom feed and search with stemming.

use axum::http::StatusCode;

use crate::helpers::{Client, Page, TestApp};

async fn exec(app: &TestApp, sql: &str) {
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            sqlx::query(sql).execute(p).await.unwrap();
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query(sql).execute(p).await.unwrap();
        }
    }
}

/// POSTs a multipart upload form (`alt`, `file`) with the page's CSRF token in the body.
async fn upload(c: &Client, alt: Option<&str>, name: &str, bytes: &[u8]) -> Page {
    let token = c.get("/redactie/afbeeldingen").await.csrf();
    let b = "----kkdwTestBoundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{b}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n")
            .as_bytes(),
    );
    if let Some(alt) = alt {
        body.extend_from_slice(
            format!("--{b}\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n{alt}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: image/png\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{b}--\r\n").as_bytes());
    c.post_body(
        "/redactie/afbeeldingen",
        &format!("multipart/form-data; boundary={b}"),
        body,
        &[],
    )
    .await
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde\0\0\0\x0cIDATx\x9cc\xf8\xcf\xc0\0\0\x03\x01\x01\0\xc9\xfe\x92\xef\0\0\0\0IEND\xaeB`\x82";

#[tokio::test]
async fn pages_and_images_are_edited_safely() {
    let app = TestApp::spawn().await;
    let visitor = app.client();
    let sessions = app.count("sessions").await;
    let home = visitor.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.body.contains("<blockquote>"),
        "the vision has its quote"
    );
    for link in ["/ideeen", "/webinars", "/magazine", "/contact"] {
        assert!(
            home.body.contains(&format!("href=\"{link}\"")),
            "call to act {link}"
        );
    }
    for path in [
        "/over-ons",
        "/privacy",
        "/toegankelijkheid",
        "/colofon",
        "/magazine",
    ] {
        assert_eq!(visitor.get(path).await.status, StatusCode::OK, "{path}");
    }
    assert_eq!(
        app.count("sessions").await,
        sessions,
        "reading writes nothing"
    );
    assert_eq!(app.count("site_pages").await, 0);

    // Visitors cannot edit.
    let refused = visitor
        .post("/redactie/paginas/over-ons", &[("title_nl", "x")])
        .await;
    assert!(
        refused.location().starts_with("/inloggen"),
        "{}",
        refused.location()
    );

    let red = app.as_role("redacteur").await;
    assert!(
        red.get("/redactie")
            .await
            .body
            .contains("href=\"/redactie/paginas\"")
    );
    let hostile = "Welkom!\n\n<script>alert(1)</script><img src=x onerror=alert(2) alt=\"x\">\n\n\
                   [klik](javascript:alert(3)) <a href=\"/magazine\" onclick=\"x()\">magazine</a>";
    let form = [
        ("title_nl", "Over ons"),
        ("body_nl", hostile),
        ("title_en", "About us"),
        ("body_en", "Welcome."),
    ];
    // A preview stores nothing and shows the cleaned text.
    let mut with_preview = form.to_vec();
    with_preview.push(("actie", "voorbeeld"));
    let preview = red.post("/redactie/paginas/over-ons", &with_preview).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert!(preview.body.contains("kkdw-preview"));
    assert_eq!(app.count("site_pages").await, 0);
    // A form that fails comes back with what was typed and a message per field.
    let bad = red
        .post(
            "/redactie/paginas/over-ons",
            &[
                ("title_nl", ""),
                ("body_nl", "Mijn tekst"),
                ("title_en", "T"),
                ("body_en", "B"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Vul een titel in."), "{}", bad.body);
    assert!(bad.body.contains("Mijn tekst"));
    let saved = red.post("/redactie/paginas/over-ons", &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let shown = visitor.get("/over-ons").await.body;
    assert!(shown.contains("Welkom!"));
    let lower = shown.to_lowercase();
    assert!(!lower.contains("alert("), "no script survives: {shown}");
    assert!(!lower.contains("onerror") && !lower.contains("onclick"));
    assert!(!lower.contains("javascript:"));
    assert!(shown.contains("href=\"/magazine\""), "a safe link stays");

    // Images: alt text required, only real images, served with their type and a content hash.
    let no_alt = upload(&red, None, "veld.png", PNG).await;
    assert_eq!(
        no_alt.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        no_alt.body
    );
    assert!(
        no_alt
            .body
            .contains("Beschrijf wat er op de afbeelding staat.")
    );
    let fake = upload(&red, Some("Een veld"), "veld.png", b"<svg onload=alert(1)>").await;
    assert_eq!(fake.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fake.body.contains("geen afbeelding die we kennen"),
        "{}",
        fake.body
    );
    assert!(
        fake.body.contains("value=\"Een veld\""),
        "the alt text typed stays"
    );
    // over the 1 MiB request limit: the form comes back with the size message, not a bare 413
    let big = [PNG, &vec![0u8; 2 * 1024 * 1024]].concat();
    let images = app.count("site_images").await;
    let large = upload(&red, Some("Een groot veld"), "groot.png", &big).await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        large.body.contains("De afbeelding is te groot"),
        "{}",
        large.body
    );
    assert!(large.body.contains("value=\"Een groot veld\""));
    assert_eq!(app.count("site_images").await, images);
    let ok = upload(&red, Some("Een groen veld"), "veld.png", PNG).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_eq!(app.count("site_images").await, images + 1);
    let hash = kijkindewijk::features::site::image::hash(PNG);
    let img = visitor.get(&format!("/afbeeldingen/{hash}.png")).await;
    assert_eq!(img.status, StatusCode::OK);
    assert_eq!(img.headers["content-type"], "image/png");
    assert_eq!(img.headers["x-content-type-options"], "nosniff");
    assert!(
        img.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert_eq!(
        visitor
            .get(&format!("/afbeeldingen/{hash}.gif"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn magazine_drafts_schedule_feed_and_search() {
    let app = TestApp::spawn().await;
    let visitor = app.client();
    let draft = app
        .text("SELECT id FROM magazine_articles WHERE status = 'draft'")
        .await;
    assert_eq!(
        visitor.get(&format!("/magazine/{draft}")).await.status,
        StatusCode::NOT_FOUND
    );
    let list = visitor.get("/magazine").await.body;
    assert!(!list.contains("(concept)"), "drafts are not listed");

    // Search with the social map's stemming: "voetballen" finds "voetbal".
    let found = visitor.get("/magazine?q=voetballen").await.body;
    assert!(found.contains("Voetbal was mijn uitweg"), "{found}");
    assert!(found.contains("Van contributie te hoog naar gewoon meedoen"));
    assert!(!found.contains("Samen koken in het buurthuis"));
    let interviews = visitor.get("/magazine?soort=interview").await.body;
    assert!(interviews.contains("Ondernemer in de wijk"));
    assert!(!interviews.contains("Hoe een wachtlijst verdween"));
    let tagged = visitor.get("/magazine?tag=koken").await.body;
    assert!(tagged.contains("Samen koken in het buurthuis"));
    assert!(!tagged.contains("Voetbal was mijn uitweg"));
    let id = app
        .text("SELECT id FROM magazine_articles WHERE title = 'Samen koken in het buurthuis'")
        .await;
    let article = visitor.get(&format!("/magazine/{id}")).await.body;
    assert!(article.contains("min. lezen"), "reading time");
    assert!(article.contains("Lees ook"), "related articles");

    // A failed form keeps what was typed.
    let red = app.as_role("redacteur").await;
    let tomorrow = kijkindewijk::clock::today() + time::Duration::days(1);
    let date = format!(
        "{}-{:02}-{:02}",
        tomorrow.year(),
        tomorrow.month() as u8,
        tomorrow.day()
    );
    let mut fields = vec![
        ("kind", "methode"),
        ("title", ""),
        ("author", "Redactie"),
        ("lead", "Spelen op straat maakt vrienden."),
        ("body", "Buitenspelen in de wijk <script>x</script>"),
        ("tags", "spelen, buurt"),
        ("publicatie", "gepland"),
        ("datum", date.as_str()),
        ("tijd", "10:00"),
    ];
    let bad = red.post("/redactie/magazine/nieuw", &fields).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Vul een titel in."));
    assert!(bad.body.contains("Spelen op straat maakt vrienden."));
    fields[1] = ("title", "Buitenspeeldag in Molenwijk");
    let jobs = app.count("jobs").await;
    let saved = red.post("/redactie/magazine/nieuw", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        app.count("jobs").await,
        jobs + 1,
        "the publish job is queued"
    );
    let new_id = app
        .text("SELECT id FROM magazine_articles WHERE title = 'Buitenspeeldag in Molenwijk'")
        .await;
    assert_eq!(
        visitor.get(&format!("/magazine/{new_id}")).await.status,
        StatusCode::NOT_FOUND
    );

    // The moment comes: the job publishes it.
    let past = if app.state.db.backend() == kijkindewijk::db::Backend::Sqlite {
        "'2000-01-01 00:00:00+00:00'"
    } else {
        "'2000-01-01T00:00:00Z'"
    };
    exec(
        &app,
        &format!("UPDATE jobs SET run_at = {past} WHERE kind = 'magazine.publish'"),
    )
    .await;
    exec(
        &app,
        &format!("UPDATE magazine_articles SET publish_at = {past} WHERE id = '{new_id}'"),
    )
    .await;
    let mut ran = 0;
    while ran < 20
        && kijkindewijk::platform::jobs::run_one(&app.state, kijkindewijk::features::JOBS, "test")
            .await
            .unwrap()
    {
        ran += 1;
    }
    assert!(ran >= 1, "the publish job ran");
    assert_eq!(
        app.number("SELECT COUNT(*) FROM jobs WHERE kind = 'magazine.publish'")
            .await,
        0
    );
    let published = visitor.get(&format!("/magazine/{new_id}")).await;
    assert_eq!(published.status, StatusCode::OK);
    assert!(
        !published.body.contains("<script>x"),
        "the body is sanitised"
    );

    // The Atom feed parses as Atom, with the published articles and not the draft.
    let feed = visitor.get("/magazine/feed.atom").await;
    assert!(
        feed.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let parsed: atom_syndication::Feed = feed.body.parse().expect("valid Atom");
    let titles: Vec<String> = parsed
        .entries()
        .iter()
        .map(|e| e.title().as_str().to_string())
        .collect();
    assert!(
        titles.iter().any(|t| t == "Buitenspeeldag in Molenwijk"),
        "{titles:?}"
    );
    assert!(titles.iter().any(|t| t == "Samen koken in het buurthuis"));
    assert!(!titles.iter().any(|t| t.contains("(concept)")));
    assert_eq!(titles.len(), 10, "nine demo articles and the new one");
    let entry = parsed
        .entries()
        .iter()
        .find(|e| e.title().as_str() == "Buitenspeeldag in Molenwijk")
        .unwrap();
    assert!(entry.id().ends_with(&format!("/magazine/{new_id}")));
    assert_eq!(entry.authors()[0].name(), "Redactie");
    assert!(entry.categories().iter().any(|c| c.term() == "spelen"));

    // Taking it back makes it a draft again.
    let again = red
        .post(
            &format!("/redactie/magazine/{new_id}"),
            &[
                ("kind", "methode"),
                ("title", "Buitenspeeldag in Molenwijk"),
                ("author", "Redactie"),
                ("lead", "Spelen."),
                ("body", "Tekst."),
                ("publicatie", "concept"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        visitor.get(&format!("/magazine/{new_id}")).await.status,
        StatusCode::NOT_FOUND
    );
}
