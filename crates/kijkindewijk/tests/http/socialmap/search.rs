//! Searching the social map, on the page and through the JSON endpoint.

use reqwest::StatusCode;

use super::{api, names};
use crate::helpers::TestApp;

#[tokio::test]
async fn words_are_stemmed_and_filters_combine() {
    let app = TestApp::spawn().await;
    let c = app.client();

    let all = api(&c, "per_page=100").await;
    assert!(
        all["total_items"].as_i64().unwrap() > 200,
        "a few hundred demo listings"
    );
    // Each result names its id once (a JSON object with a key twice is read differently by
    // different clients).
    let raw = c.get("/api/v1/sociale-kaart/zoeken?per_page=5").await.body;
    assert_eq!(raw.matches("\"id\":").count(), 5, "{raw}");

    // "voetballen" finds "voetbal" (Dutch stemming), in titles and descriptions, ranked.
    let found = api(&c, "q=voetballen&per_page=100").await;
    let n = names(&found);
    assert!(n.contains(&"Voetbaltraining JO15".to_string()), "{n:?}");
    assert!(
        n.contains(&"Pleinvoetbal".to_string()),
        "compound word found by prefix: {n:?}"
    );
    assert!(n.iter().all(|x| !x.contains("Gitaar")));

    // Age: every result fits a 14-year-old.
    let teen = api(&c, "q=voetbal&leeftijd=14&per_page=100").await;
    for h in teen["contents"].as_array().unwrap() {
        let (min, max) = (h["minimum_age"].as_i64(), h["maximum_age"].as_i64());
        assert!(
            min.is_none_or(|m| m <= 14) && max.is_none_or(|m| m >= 14),
            "{h}"
        );
    }
    assert!(names(&teen).contains(&"Voetbaltraining JO15".to_string()));
    assert!(!names(&teen).contains(&"Voetbaltraining JO9".to_string()));

    // Free only.
    let free = api(&c, "gratis=1&per_page=100").await;
    assert!(
        free["contents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["free"] == true)
    );
    assert!(free["total_items"].as_i64() < all["total_items"].as_i64());

    // A category includes its sub-categories: "sport" holds football and dance.
    let sport = kijkindewijk::features::socialmap::domain::taxonomy::youth_term_id("sport");
    let s = names(&api(&c, &format!("categorie={sport}&per_page=100")).await);
    assert!(
        s.iter().any(|x| x.starts_with("Voetbaltraining"))
            && s.iter().any(|x| x.starts_with("Streetdance"))
    );
    assert!(!s.iter().any(|x| x == "Gitaarles"));

    // Wednesday afternoon: the girls' football (Wed 16:00) yes, the Tue/Thu trainings no.
    let wed = names(&api(&c, "dag=wo&dagdeel=middag&q=voetbal&per_page=100").await);
    assert!(wed.contains(&"Meidenvoetbal".to_string()), "{wed:?}");
    assert!(
        !wed.contains(&"Voetbaltraining JO15".to_string()),
        "{wed:?}"
    );
    // After 18:00 means starting at 18:00 or later.
    let late = api(&c, "vanaf=18:00&q=voetbaltraining&per_page=100").await;
    let late = names(&late);
    assert!(
        late.contains(&"Voetbaltraining JO15".to_string())
            && !late.contains(&"Voetbaltraining JO9".to_string()),
        "{late:?}"
    );

    // Distance from a postcode: within 1 km, nearest first; a PC4 works too.
    let near = api(
        &c,
        "postcode=3594%20ba&afstand=1&sorteer=afstand&per_page=100",
    )
    .await;
    let d: Vec<u64> = near["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["distance_m"].as_u64().unwrap())
        .collect();
    assert!(!d.is_empty() && d.iter().all(|m| *m <= 1000), "{d:?}");
    assert!(
        d.windows(2).all(|w| w[0] <= w[1]),
        "sorted by distance: {d:?}"
    );
    assert!(
        api(&c, "postcode=3594&afstand=2").await["total_items"]
            .as_i64()
            .unwrap()
            > 0
    );

    // Paging.
    let p1 = api(&c, "per_page=5").await;
    let p2 = api(&c, "per_page=5&pagina=2").await;
    assert_eq!(p1["size"], 5);
    assert_eq!(p1["first_page"], true);
    assert_eq!(p2["page_number"], 2);
    assert_ne!(names(&p1), names(&p2));
}

#[tokio::test]
async fn a_wijk_shows_its_own_and_municipality_wide_listings_only() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let page = c.get("/sociale-kaart").await;
    let noord = crate::helpers::extract_between(&page.body, "<option value=\"", "\">Noord<")
        .map(|s| s.rsplit('"').next().unwrap_or_default().to_string())
        .expect("Noord in the wijk list");
    let found = names(&api(&c, &format!("wijk={noord}&per_page=100")).await);
    assert!(
        found.contains(&"Inloop jongerencentrum".to_string()),
        "Noord's own youth centre"
    );
    assert!(
        found.contains(&"Gitaarles".to_string()),
        "clubs serve the whole municipality"
    );
    assert!(
        !found.iter().any(|n| n.contains("Buurendam")),
        "not the neighbour's: {found:?}"
    );
    let everywhere = api(&c, "q=inloop&per_page=100").await["total_items"]
        .as_i64()
        .unwrap();
    let here = api(&c, &format!("q=inloop&wijk={noord}")).await["total_items"]
        .as_i64()
        .unwrap();
    assert!(here < everywhere);
}

#[tokio::test]
async fn bad_search_input_gets_dutch_messages_never_a_500() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let long = "voetbal ".repeat(1250);
    for q in [
        format!("q={}", urlencode(&long)),
        format!(
            "q={}",
            urlencode("\"' OR 1=1; DROP TABLE services; -- NEAR(voetbal) *:* & | !")
        ),
        format!("q={}", urlencode("\u{0}\u{7f}💥🏳️‍🌈 ١٢٣")),
        "q=%FF%FE".to_string(),
    ] {
        let page = c.get(&format!("/sociale-kaart?{q}")).await;
        assert!(
            page.status == StatusCode::OK || page.status == StatusCode::BAD_REQUEST,
            "{q}: {}",
            page.status
        );
        let json = c.get(&format!("/api/v1/sociale-kaart/zoeken?{q}")).await;
        assert!(json.status.as_u16() < 500, "{q}");
    }
    let unknown = c.get("/api/v1/sociale-kaart/zoeken?postcode=1011AA").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown.json()["error"]["fields"]["postcode"]
            .as_str()
            .unwrap()
            .contains("postcode kennen we niet")
    );
    let page = c
        .get("/sociale-kaart?postcode=99999&leeftijd=veertien&q=judo")
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Dit is geen Nederlandse postcode"));
    assert!(page.body.contains("Vul een leeftijd in als heel getal"));
    assert!(
        page.body.contains("value=\"veertien\"") && page.body.contains("value=\"judo\""),
        "typed values stay"
    );
    for bad in [
        "per_page=1000",
        "pagina=0",
        "afstand=500&postcode=3591AA",
        "vanaf=25:00",
        "lat=48.85&lon=2.35",
    ] {
        let r = c.get(&format!("/api/v1/sociale-kaart/zoeken?{bad}")).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad}: {}",
            r.body
        );
        assert_eq!(r.json()["error"]["code"], "validation");
    }
}

#[tokio::test]
async fn the_page_works_without_javascript_and_widens_csp_only_for_tiles() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let page = c.get("/sociale-kaart?q=judo&postcode=3593AA").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<ol class=\"kkdw-results\">"));
    assert!(
        page.body.contains("href=\"/sociale-kaart/aanbod/"),
        "every result links to its page"
    );
    assert!(page.body.contains("data-lat=\"52.") && page.body.contains("id=\"kaart\" hidden"));
    assert!(
        page.body
            .contains("<label class=\"utrecht-form-label\" for=\"f-q\">")
    );
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("img-src 'self' data: https://service.pdok.nl;"),
        "{csp}"
    );
    assert!(csp.contains("script-src 'self';") && !csp.contains("unsafe"));
    let home = c.get("/").await;
    assert!(
        !home.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("pdok")
    );
    let end = page.body.find("/leaflet.js\"").unwrap();
    let start = page.body[..end].rfind("/static/").unwrap();
    let leaflet = c
        .get(&format!("{}/leaflet.js", &page.body[start..end]))
        .await;
    assert_eq!(leaflet.status, StatusCode::OK);
    assert!(leaflet.body.contains("Leaflet"));
}

#[tokio::test]
async fn full_text_match_works_on_this_backend() {
    use kijkindewijk::db::special::service_text_match;
    use sea_query::{Alias, Expr, Query};
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let run = |terms: Vec<&str>| {
        let terms: Vec<String> = terms.into_iter().map(String::from).collect();
        let sub = service_text_match(db.backend(), &terms).unwrap();
        Query::select()
            .expr(Expr::cust("COUNT(*)"))
            .from_subquery(sub, Alias::new("m"))
            .to_owned()
    };
    let (n,): (i64,) = db.fetch_one(&run(vec!["voetbal"])).await.unwrap();
    let (exact,): (i64,) = db.fetch_one(&run(vec!["voetbaltrain"])).await.unwrap();
    assert!(
        n > exact && exact >= 6,
        "prefix matches compounds: {n} > {exact}"
    );
    let (none,): (i64,) = db.fetch_one(&run(vec!["voetbal", "gitaar"])).await.unwrap();
    assert_eq!(none, 0, "all terms must match");
    let (odd,): (i64,) = db.fetch_one(&run(vec!["or", "near", "x"])).await.unwrap();
    assert_eq!(odd, 0);
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn a_listing_page_and_its_calendar() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let id = super::service_id(&app, "Voetbaltraining JO15").await;
    let page = c.get(&format!("/sociale-kaart/aanbod/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "VV Wijkerveen",
        "di en do, 18:30–19:45",
        "13 t/m 14 jaar",
        "€ 12,50 per maand",
        "Jeugdfonds Sport",
        "Toegankelijk met een rolstoel",
    ] {
        assert!(
            page.body.contains(text) || page.body.contains(&text.replace('&', "&#38;")),
            "{text}"
        );
    }
    let ics = c
        .get(&format!("/sociale-kaart/aanbod/{id}/rooster.ics"))
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(
        ics.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let body = ics.body.replace("\r\n ", "");
    for part in [
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam",
        "DTSTART;TZID=Europe/Amsterdam:",
        "T183000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=",
        "SUMMARY:Voetbaltraining JO15",
        "GEO:52.",
    ] {
        assert!(body.contains(part), "{part} in {body}");
    }
    let buddy = super::service_id(&app, "Buddy voor jongeren").await;
    assert_eq!(
        c.get(&format!("/sociale-kaart/aanbod/{buddy}/rooster.ics"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "no fixed times"
    );
    assert_eq!(
        c.get("/sociale-kaart/aanbod/nope").await.status,
        StatusCode::NOT_FOUND
    );
}

/// A stand-in for PDOK Locatieserver: answers every request with one postcode centroid.
async fn fake_pdok() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let mut buf = [0u8; 4096];
            let n = sock.read(&mut buf).await.unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]).to_string();
            let body = if request.contains("postcode%3A3511AB")
                || request.contains("postcode:3511AB")
            {
                r#"{"response":{"numFound":1,"docs":[{"centroide_ll":"POINT(5.1167 52.0918)"}]}}"#
            } else {
                r#"{"response":{"numFound":0,"docs":[]}}"#
            };
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(reply.as_bytes()).await;
        }
    });
    format!("http://{addr}/bzk/locatieserver/search/v3_1/free")
}

#[tokio::test]
async fn postcodes_missing_locally_come_from_pdok() {
    let url = fake_pdok().await;
    let app = TestApp::spawn_with(|c| c.geocoder_url = url).await;
    let c = app.client();
    let near = api(&c, "postcode=3511AB&sorteer=afstand&per_page=1").await;
    assert!(
        near["contents"][0]["distance_m"].as_u64().unwrap() < 5_000,
        "{near}"
    );
    let unknown = c.get("/api/v1/sociale-kaart/zoeken?postcode=3512CD").await;
    assert!(
        unknown.json()["error"]["fields"]["postcode"]
            .as_str()
            .unwrap()
            .contains("kennen we niet")
    );

    let down = TestApp::spawn_with(|c| c.geocoder_url = "http://127.0.0.1:9/free".into()).await;
    let page = down.client().get("/sociale-kaart?postcode=3511AB").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("We kunnen de postcode nu niet opzoeken"));
    assert_eq!(
        down.client()
            .get("/sociale-kaart?postcode=3591AA")
            .await
            .status,
        StatusCode::OK,
        "the local table still works"
    );
}
