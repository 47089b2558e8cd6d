//! Partners keep their own listings; editors keep all of their municipality's and mark them
//! checked; other municipalities see nothing of it.

use reqwest::StatusCode;

use super::{api, names, organization_id, service_id};
use crate::helpers::TestApp;

fn listing<'a>(org: &'a str, voetbal: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("organization_id", org),
        ("name", "Keeperstraining voor talenten"),
        (
            "description",
            "Leer keepen van onze keeperstrainer.\n\nNeem handschoenen mee.",
        ),
        ("status", "active"),
        ("categories", voetbal),
        ("min_age", "11"),
        ("max_age", "16"),
        ("cost", "5"),
        ("cost_description", "per keer"),
        ("jeugdfonds", "1"),
        ("capacity", "3"),
        ("languages", "nl"),
        ("languages", "en"),
        ("loc_name", "Sportpark Zuid"),
        ("loc_address", "Sportlaan 4"),
        ("loc_postcode", "3594 BA"),
        ("loc_city", "Wijkerveen"),
        ("accessibility", "rolstoel"),
        ("areas", "gemeente"),
        ("days1", "MO"),
        ("opens1", "19:00"),
        ("closes1", "20:00"),
        ("valid_from", "2025-08-01"),
        ("valid_to", "2026-07-31"),
        ("email", "keepers@vv-wijkerveen.example"),
    ]
}

#[tokio::test]
async fn a_partner_keeps_the_listings_of_their_own_club() {
    let app = TestApp::spawn().await;
    let p = app.as_role("partner").await;
    let start = p.get("/partner").await;
    assert!(
        start.body.contains("href=\"/sociale-kaart/beheer\""),
        "start page links to the listings"
    );

    let overview = p.get("/sociale-kaart/beheer").await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("Voetbaltraining JO15") && !overview.body.contains("Gitaarles"));
    assert!(
        !overview.body.contains("/gecontroleerd"),
        "partners do not check listings"
    );

    let club = organization_id(&app, "VV Wijkerveen").await;
    let voetbal =
        kijkindewijk::features::socialmap::domain::taxonomy::youth_term_id("sport-voetbal");
    let form = p.get("/sociale-kaart/beheer/nieuw").await;
    assert!(form.body.contains(&format!(
        "<option value=\"{club}\" selected>VV Wijkerveen</option>"
    )));

    // Mistakes come back with what was typed and one Dutch message per field.
    let mut bad = listing(&club, &voetbal);
    for (k, v) in bad.iter_mut() {
        match *k {
            "name" => *v = "",
            "min_age" => *v = "16",
            "max_age" => *v = "12",
            "loc_postcode" => *v = "12345",
            "closes1" => *v = "18:00",
            "valid_to" => *v = "2030-01-01",
            _ => {}
        }
    }
    let before = app.count("services").await;
    let page = p.post("/sociale-kaart/beheer/nieuw", &bad).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for text in [
        "Vul dit in.",
        "De hoogste leeftijd is lager dan de laagste",
        "Vul een postcode in met 4 cijfers en 2 letters",
        "De eindtijd moet na de begintijd liggen",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert!(
        page.body.contains("value=\"12345\"") && page.body.contains("Leer keepen"),
        "typed values stay"
    );
    assert_eq!(app.count("services").await, before, "nothing stored");
    let never = p
        .post(
            "/sociale-kaart/beheer/nieuw",
            &listing(&club, &voetbal)
                .into_iter()
                .map(|(k, v)| if k == "valid_to" { (k, "") } else { (k, v) })
                .collect::<Vec<_>>(),
        )
        .await;
    assert!(never.body.contains("Het rooster heeft geen einde"));

    // A good listing is stored; its postcode is looked up in the local table.
    let ok = p
        .post("/sociale-kaart/beheer/nieuw", &listing(&club, &voetbal))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let c = app.client();
    let found = api(&c, "q=keepers&leeftijd=12").await;
    assert_eq!(names(&found), ["Keeperstraining voor talenten"]);
    assert!(found["contents"][0]["latitude"].as_f64().unwrap() > 52.0);

    // Editing changes what search finds (the full-text index follows).
    let id = service_id(&app, "Keeperstraining voor talenten").await;
    let edit = p.get(&format!("/sociale-kaart/beheer/{id}")).await;
    assert!(edit.body.contains("value=\"Sportlaan 4\"") && edit.body.contains("value=\"19:00\""));
    let renamed: Vec<(&str, &str)> = listing(&club, &voetbal)
        .into_iter()
        .map(|(k, v)| {
            if k == "name" {
                (k, "Doelmanstraining")
            } else {
                (k, v)
            }
        })
        .collect();
    assert_eq!(
        p.post(&format!("/sociale-kaart/beheer/{id}"), &renamed)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        names(&api(&c, "q=keepers").await),
        ["Doelmanstraining"],
        "found by its description"
    );
    assert_eq!(names(&api(&c, "q=doelman").await), ["Doelmanstraining"]);
    assert_eq!(
        api(&c, "q=keeperstraining%20talenten").await["total_items"],
        0,
        "the old name is gone from the index"
    );

    // Other organisations' listings are out of reach.
    let guitar = service_id(&app, "Gitaarles").await;
    assert_eq!(
        p.get(&format!("/sociale-kaart/beheer/{guitar}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        p.post(&format!("/sociale-kaart/beheer/{guitar}"), &renamed)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let school = organization_id(&app, "Muziekschool Wijkerveen").await;
    let theirs = p
        .post("/sociale-kaart/beheer/nieuw", &listing(&school, &voetbal))
        .await;
    assert_eq!(theirs.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(theirs.body.contains("Kies een organisatie"));
    assert_eq!(
        p.post(&format!("/sociale-kaart/beheer/{id}/gecontroleerd"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Without the CSRF token nothing happens.
    assert_eq!(
        p.post_raw("/sociale-kaart/beheer/nieuw", &listing(&club, &voetbal))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn editors_check_listings_and_municipalities_stay_apart() {
    let app = TestApp::spawn().await;
    let r = app.as_role("redacteur").await;
    let guitar = service_id(&app, "Gitaarles").await;
    let overview = r.get("/sociale-kaart/beheer?zoek=voetbal").await;
    assert!(
        overview.body.contains("Voetbaltraining JO15") && overview.body.contains("Meidenvoetbal")
    );
    assert!(
        !overview.body.contains("Voetbal Buurendam"),
        "not the neighbour's listings"
    );
    assert!(
        r.get("/sociale-kaart/beheer")
            .await
            .body
            .contains("rel=\"next\""),
        "paged"
    );
    assert!(
        r.get(&format!("/sociale-kaart/aanbod/{guitar}"))
            .await
            .body
            .contains(&format!("href=\"/sociale-kaart/beheer/{guitar}\""))
    );
    let check = r
        .post(
            &format!("/sociale-kaart/beheer/{guitar}/gecontroleerd"),
            &[],
        )
        .await;
    assert_eq!(check.status, StatusCode::SEE_OTHER);
    let public = app
        .client()
        .get(&format!("/sociale-kaart/aanbod/{guitar}"))
        .await;
    assert!(
        public
            .body
            .contains("De gemeente heeft deze informatie gecontroleerd op")
    );
    assert!(
        !public.body.contains("Dit aanbod bewerken"),
        "anonymous visitors cannot edit"
    );

    // An editor can change any listing of the municipality.
    let edit = r.get(&format!("/sociale-kaart/beheer/{guitar}")).await;
    assert_eq!(edit.status, StatusCode::OK);

    // The neighbouring municipality's beheerder sees and changes nothing of it.
    let other = app.logged_in("beheer@buurendam.example").await;
    assert_eq!(
        other
            .get(&format!("/sociale-kaart/beheer/{guitar}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        other
            .post(
                &format!("/sociale-kaart/beheer/{guitar}/gecontroleerd"),
                &[]
            )
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let theirs = other.get("/sociale-kaart/beheer?zoek=voetbal").await;
    assert!(theirs.body.contains("Voetbal Buurendam") && !theirs.body.contains("Gitaarles"));

    // Organisations: clear errors, then a new one with a partner linked to it.
    let b = app.as_role("beheerder").await;
    let bad = b
        .post(
            "/sociale-kaart/beheer/organisaties",
            &[("name", "VV Wijkerveen"), ("description", "")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("Er is al een organisatie met deze naam")
            && bad.body.contains("Vul dit in.")
    );
    let ok = b
        .post(
            "/sociale-kaart/beheer/organisaties",
            &[
                ("name", "Tafeltennisclub Batje"),
                ("description", "Tafeltennis voor jong en oud."),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let new_org = organization_id(&app, "Tafeltennisclub Batje").await;
    let unknown = b
        .post(
            "/sociale-kaart/beheer/organisaties/partner",
            &[("organization_id", new_org.as_str()), ("login", "sam")],
        )
        .await;
    assert!(
        unknown
            .body
            .contains("We kennen geen partner met deze inlognaam"),
        "a young person is not a partner"
    );
    let linked = b
        .post(
            "/sociale-kaart/beheer/organisaties/partner",
            &[
                ("organization_id", new_org.as_str()),
                ("login", "partner@wijkerveen.example"),
            ],
        )
        .await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER);
    let p = app.as_role("partner").await;
    assert!(
        p.get("/sociale-kaart/beheer/nieuw")
            .await
            .body
            .contains("Tafeltennisclub Batje")
    );
}

#[tokio::test]
async fn only_partners_and_editors_manage_listings() {
    let app = TestApp::spawn().await;
    let anonymous = app.client().get("/sociale-kaart/beheer").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    let young = app.as_role("jongere").await;
    assert_eq!(
        young.get("/sociale-kaart/beheer").await.status,
        StatusCode::FORBIDDEN
    );
    let p = app.as_role("partner").await;
    assert_eq!(
        p.get("/sociale-kaart/beheer/organisaties").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_partner_keeps_the_details_of_their_own_club() {
    let app = TestApp::spawn().await;
    let p = app.as_role("partner").await;
    let club = organization_id(&app, "VV Wijkerveen").await;
    let chess = organization_id(&app, "Schaakclub Het Paard").await;
    let other_town = organization_id(&app, "Dorpshuis Buurendam").await;
    let edit = format!("/sociale-kaart/beheer/organisaties/{club}");

    let overview = p.get("/sociale-kaart/beheer").await;
    assert!(
        overview.body.contains(&format!("href=\"{edit}\"")),
        "linked from the overview"
    );
    let form = p.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("VV Wijkerveen"));

    // A wrong address comes back with a Dutch message and everything typed.
    let typed = [
        ("name", "VV Wijkerveen"),
        (
            "description",
            "Voetbal voor iedereen, met meiden- en jongensteams.",
        ),
        ("email", "jeugd@vvwijkerveen"),
        ("website", "https://vvwijkerveen.example"),
        ("phone", "030 123 45 67"),
    ];
    let wrong = p.post(&edit, &typed).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("meiden- en jongensteams") && wrong.body.contains("jeugd@vvwijkerveen")
    );
    // Another club's name is taken.
    let mut taken = typed;
    taken[0] = ("name", "Schaakclub Het Paard");
    taken[2] = ("email", "jeugd@vvwijkerveen.example");
    assert_eq!(
        p.post(&edit, &taken).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let mut right = typed;
    right[2] = ("email", "Jeugd@VVWijkerveen.example");
    let saved = p.post(&edit, &right).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let hsds = app
        .client()
        .get(&format!("/hsds/organizations/{club}"))
        .await
        .json();
    assert_eq!(hsds["email"], "jeugd@vvwijkerveen.example");
    assert_eq!(
        hsds["description"],
        "Voetbal voor iedereen, met meiden- en jongensteams."
    );

    // A new name is searchable at once through the club's listings.
    let mut renamed = right;
    renamed[0] = ("name", "Voetbalclub Zwaluwen Wijkerveen");
    assert_eq!(p.post(&edit, &renamed).await.status, StatusCode::SEE_OTHER);
    let found = api(&app.client(), "q=zwaluwen").await;
    assert!(
        names(&found)
            .iter()
            .any(|n| n.starts_with("Voetbaltraining")),
        "{found}"
    );

    // Not another club of the town, not another town's, not for someone without a club.
    for other in [&chess, &other_town] {
        let url = format!("/sociale-kaart/beheer/organisaties/{other}");
        assert_eq!(p.get(&url).await.status, StatusCode::NOT_FOUND);
        assert_eq!(p.post(&url, &right).await.status, StatusCode::NOT_FOUND);
    }
    let noor = app.logged_in("noor@wijkerveen.example").await;
    assert_eq!(noor.get(&edit).await.status, StatusCode::FORBIDDEN);
    // The municipality's editor may change any club of the municipality.
    let editor = app.as_role("redacteur").await;
    assert_eq!(
        editor
            .get(&format!("/sociale-kaart/beheer/organisaties/{chess}"))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        organization_id(&app, "Schaakclub Het Paard").await,
        chess,
        "the refused change left the other club as it was"
    );
}

#[tokio::test]
async fn an_editor_unlinks_a_partner_who_then_keeps_nothing_of_the_club() {
    let app = TestApp::spawn().await;
    let club = organization_id(&app, "VV Wijkerveen").await;
    let partner_user = super::scalar(
        &app,
        "SELECT id FROM users WHERE login_name = $1",
        "partner@wijkerveen.example",
    )
    .await;
    let sql = "SELECT MIN(i.id) FROM introductions i JOIN organizations o ON o.id = i.organization_id \
               WHERE o.name = $1";
    let intro = format!(
        "/introducties/{}",
        super::scalar(&app, sql, "VV Wijkerveen").await
    );
    let p = app.as_role("partner").await;
    assert_eq!(p.get(&intro).await.status, StatusCode::OK);
    let unlink = "/sociale-kaart/beheer/organisaties/partner/ontkoppelen";
    let form = [
        ("organization_id", club.as_str()),
        ("user_id", partner_user.as_str()),
    ];

    // Not the partner themself, not another municipality's beheerder.
    assert_eq!(p.post(unlink, &form).await.status, StatusCode::FORBIDDEN);
    let buurendam = app.logged_in("beheer@buurendam.example").await;
    assert_eq!(
        buurendam.post(unlink, &form).await.status,
        StatusCode::NOT_FOUND
    );

    let editor = app.as_role("redacteur").await;
    let page = editor.get("/sociale-kaart/beheer/organisaties").await;
    assert!(page.body.contains(unlink) && page.body.contains("Ontkoppelen"));
    assert_eq!(
        editor.post(unlink, &form).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        editor.post(unlink, &form).await.status,
        StatusCode::NOT_FOUND,
        "a link that is gone"
    );

    // From then on the partner keeps none of its listings and sees none of its introductions.
    assert_eq!(p.get(&intro).await.status, StatusCode::NOT_FOUND);
    let edit = format!("/sociale-kaart/beheer/organisaties/{club}");
    assert_eq!(p.get(&edit).await.status, StatusCode::NOT_FOUND);
    let inbox = p.get("/partner/introducties").await;
    assert!(!inbox.body.contains("Sam ("), "{}", inbox.body);
}

#[tokio::test]
async fn editing_a_listing_leaves_a_place_another_club_shares_as_it_is() {
    let app = TestApp::spawn().await;
    let club = organization_id(&app, "VV Wijkerveen").await;
    let meiden = service_id(&app, "Meidenvoetbal").await;
    let chess = service_id(&app, "Jeugdschaak").await;
    let place = super::scalar(
        &app,
        "SELECT MIN(location_id) FROM service_at_locations WHERE service_id = $1",
        &meiden,
    )
    .await;
    // A data set made the chess club's listing meet at the football club's place.
    let share = format!(
        "UPDATE service_at_locations SET location_id = '{place}' WHERE service_id = '{chess}'"
    );
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query(&share).execute(p).await.map(|_| ()),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query(&share).execute(p).await.map(|_| ()),
    }
    .unwrap();
    let address = "SELECT address_1 FROM locations WHERE id = $1";
    let before = super::scalar(&app, address, &place).await;

    let voetbal =
        kijkindewijk::features::socialmap::domain::taxonomy::youth_term_id("sport-voetbal");
    let mut moved = listing(&club, &voetbal);
    for (k, v) in moved.iter_mut() {
        if *k == "loc_address" {
            *v = "Nieuwe Weg 1";
        }
    }
    let p = app.as_role("partner").await;
    let saved = p
        .post(&format!("/sociale-kaart/beheer/{meiden}"), &moved)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        super::scalar(&app, address, &place).await,
        before,
        "the shared place stays"
    );
    let now_at = super::scalar(
        &app,
        "SELECT MIN(location_id) FROM service_at_locations WHERE service_id = $1",
        &meiden,
    )
    .await;
    assert_ne!(now_at, place, "the listing got a place of its own");
    assert_eq!(super::scalar(&app, address, &now_at).await, "Nieuwe Weg 1");
}
