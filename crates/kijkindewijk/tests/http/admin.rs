//! Beheer: places, teams, users; tenant separation; the JSON API and its error shape; bad input.

use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn beheerder_adds_a_wijk_and_sees_clear_errors() {
    let app = TestApp::spawn().await;
    let b = app.as_role("beheerder").await;
    let page = b.get("/beheer/gebieden").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Molenwijk") && page.body.contains("WK099002"));

    let bad = b
        .post(
            "/beheer/gebieden/wijk",
            &[("code", "WK123"), ("name", "Nieuwbouw <b>")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Deze code heeft niet de goede vorm"));
    assert!(
        bad.body.contains("value=\"WK123\""),
        "typed code comes back"
    );
    assert!(
        bad.body.contains("value=\"Nieuwbouw &#60;b&#62;\"")
            || bad.body.contains("value=\"Nieuwbouw &lt;b&gt;\""),
        "escaped"
    );
    let other_municipality = b
        .post(
            "/beheer/gebieden/wijk",
            &[("code", "WK059901"), ("name", "Elders")],
        )
        .await;
    assert!(
        other_municipality
            .body
            .contains("hoort niet bij deze gemeente")
    );
    let taken = b
        .post(
            "/beheer/gebieden/wijk",
            &[("code", "WK099001"), ("name", "Dubbel")],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("Deze code bestaat al"));

    let ok = b
        .post(
            "/beheer/gebieden/wijk",
            &[("code", "wk099008"), ("name", "Nieuwbouw")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(b.get("/beheer/gebieden").await.body.contains("WK099008"));

    // The neighbouring municipality's beheerder does not see it.
    let other = app.logged_in("beheer@buurendam.example").await;
    let theirs = other.get("/beheer/gebieden").await;
    assert!(theirs.body.contains("Dorpskern"), "{}", theirs.body);
    assert!(!theirs.body.contains("WK099008") && !theirs.body.contains("Molenwijk"));
}

#[tokio::test]
async fn buurt_must_belong_to_a_wijk_of_this_municipality() {
    let app = TestApp::spawn().await;
    let b = app.as_role("beheerder").await;
    let other = app.logged_in("beheer@buurendam.example").await;
    let their_page = other.get("/beheer/gebieden").await;
    let their_wijk =
        crate::helpers::extract_between(&their_page.body, "<option value=\"", "\"").unwrap();
    let before = app.count("buurten").await;
    let refused = b
        .post(
            "/beheer/gebieden/buurt",
            &[
                ("wijk_id", &their_wijk),
                ("code", "BU09910102"),
                ("name", "Stiekem"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("buurten").await, before);
}

#[tokio::test]
async fn only_beheerders_reach_beheer() {
    let app = TestApp::spawn().await;
    for role in [
        "jongere",
        "ouder",
        "jeugdprofessional",
        "partner",
        "beleid",
        "redacteur",
    ] {
        let c = app.as_role(role).await;
        for path in [
            "/beheer/gebieden",
            "/beheer/teams",
            "/beheer/gebruikers",
            "/beheer/e-mail",
        ] {
            assert_eq!(
                c.get(path).await.status,
                StatusCode::FORBIDDEN,
                "{role} on {path}"
            );
        }
        let api = c.get("/api/v1/beheer/wijken").await;
        assert_eq!(api.status, StatusCode::FORBIDDEN);
        assert_eq!(api.json()["error"]["code"], "forbidden");
    }
}

#[tokio::test]
async fn outbox_shows_only_this_municipality() {
    let app = TestApp::spawn().await;
    let b = app.as_role("beheerder").await;
    b.post(
        "/beheer/gebruikers",
        &[
            ("display_name", "Iemand"),
            ("email", "iemand@wijkerveen.example"),
            ("role", "redacteur"),
        ],
    )
    .await;
    assert!(
        b.get("/beheer/e-mail")
            .await
            .body
            .contains("iemand@wijkerveen.example")
    );
    let other = app.logged_in("beheer@buurendam.example").await;
    assert!(
        !other
            .get("/beheer/e-mail")
            .await
            .body
            .contains("iemand@wijkerveen.example")
    );
}

#[tokio::test]
async fn invite_form_keeps_input_and_explains_errors() {
    let app = TestApp::spawn().await;
    let b = app.as_role("beheerder").await;
    let page = b
        .post(
            "/beheer/gebruikers",
            &[
                ("display_name", "Mo"),
                ("email", "geen-email"),
                ("login_name", ""),
                ("role", "jeugdprofessional"),
                ("team_id", ""),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Dit is geen geldig e-mailadres"));
    assert!(page.body.contains("Kies een team"));
    assert!(page.body.contains("value=\"geen-email\""));
    let taken = b
        .post(
            "/beheer/gebruikers",
            &[
                ("display_name", "Sam twee"),
                ("login_name", "sam"),
                ("role", "jongere"),
            ],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("al in gebruik"));
    let young = b
        .post(
            "/beheer/gebruikers",
            &[
                ("display_name", "Jip"),
                ("login_name", "jip2011"),
                ("role", "jongere"),
            ],
        )
        .await;
    assert_eq!(young.status, StatusCode::OK);
    assert!(
        young.body.contains("Geef deze link door"),
        "without e-mail the link is shown to hand over"
    );
}

#[tokio::test]
async fn json_api_creates_wijken_and_answers_structured_errors() {
    let app = TestApp::spawn().await;
    let b = app.as_role("beheerder").await;
    let list = b.get("/api/v1/beheer/wijken").await;
    assert_eq!(list.json()["contents"].as_array().unwrap().len(), 5);

    let created = b
        .post_json(
            "/api/v1/beheer/wijken",
            r#"{"code":"WK099007","name":"Haven"}"#,
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(created.json()["code"], "WK099007");

    let cases: &[(&str, StatusCode, &str)] = &[
        (
            r#"{"code":"WK099007","name":"Haven"}"#,
            StatusCode::CONFLICT,
            "conflict",
        ),
        (
            r#"{"code":"WK1","name":""}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
        ),
        (
            r#"{"code":"WK099008","name":"A","name":"B"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
        ),
        (
            r#"{"code":"WK099008","name":"A","extra":1}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
        ),
        (
            r#"{"code":"WK099008""#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
        ),
        (
            r#"{"code":8,"name":"A"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
        ),
    ];
    for (body, status, code) in cases {
        let r = b.post_json("/api/v1/beheer/wijken", body).await;
        assert_eq!(r.status, *status, "{body}: {}", r.body);
        let json = r.json();
        assert_eq!(json["error"]["code"], *code, "{body}");
        assert!(json["error"]["message"].as_str().unwrap().len() > 5);
        assert!(json["error"]["fields"].is_object());
    }
    let invalid = b
        .post_json("/api/v1/beheer/wijken", r#"{"code":"WK1","name":""}"#)
        .await
        .json();
    assert!(
        invalid["error"]["fields"]["code"]
            .as_str()
            .unwrap()
            .contains("goede vorm")
    );
    assert!(
        invalid["error"]["fields"]["name"]
            .as_str()
            .unwrap()
            .contains("naam")
    );

    let token = b.token().await;
    let bad_utf8 = b
        .post_body(
            "/api/v1/beheer/wijken",
            "application/json",
            b"{\"code\":\"WK099009\",\"name\":\"\xff\"}".to_vec(),
            &[("x-csrf-token", &token)],
        )
        .await;
    assert!(bad_utf8.status.is_client_error(), "{}", bad_utf8.status);
    let huge = format!(
        r#"{{"code":"WK099009","name":"{}"}}"#,
        "a".repeat(2 * 1024 * 1024)
    );
    let too_big = b
        .post_body(
            "/api/v1/beheer/wijken",
            "application/json",
            huge.into_bytes(),
            &[("x-csrf-token", &token)],
        )
        .await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(too_big.json()["error"]["code"], "payload_too_large");
    let wrong_type = b
        .post_body(
            "/api/v1/beheer/wijken",
            "text/plain",
            b"{}".to_vec(),
            &[("x-csrf-token", &token)],
        )
        .await;
    assert_eq!(wrong_type.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let no_csrf = b
        .post_body(
            "/api/v1/beheer/wijken",
            "application/json",
            br#"{"code":"WK099009","name":"X"}"#.to_vec(),
            &[],
        )
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    assert_eq!(no_csrf.json()["error"]["code"], "csrf");
    let list = b.get("/api/v1/beheer/wijken").await;
    assert_eq!(
        list.json()["contents"].as_array().unwrap().len(),
        6,
        "nothing half-written"
    );
}

#[tokio::test]
async fn forms_with_bad_encoding_or_duplicates_get_a_4xx_and_store_nothing() {
    let app = TestApp::spawn().await;
    let b = app.as_role("beheerder").await;
    let before = app.count("wijken").await;
    let token = b.token().await;
    let bad = b
        .post_body(
            "/beheer/gebieden/wijk",
            "application/x-www-form-urlencoded",
            format!("code=WK099010&name=%FF%FE&_csrf={token}").into_bytes(),
            &[],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("tekens die we niet kunnen lezen"));
    let dup = b
        .post_body(
            "/beheer/gebieden/wijk",
            "application/x-www-form-urlencoded",
            format!("code=WK099010&code=WK099011&name=X&_csrf={token}").into_bytes(),
            &[],
        )
        .await;
    assert_eq!(dup.status, StatusCode::BAD_REQUEST);
    let big = format!(
        "code=WK099010&name={}&_csrf={token}",
        "x".repeat(2 * 1024 * 1024)
    );
    let too_big = b
        .post_body(
            "/beheer/gebieden/wijk",
            "application/x-www-form-urlencoded",
            big.into_bytes(),
            &[],
        )
        .await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_big.body.contains("te groot"));
    let unknown_role = b
        .post(
            "/beheer/gebruikers",
            &[
                ("display_name", "X"),
                ("login_name", "xyz123"),
                ("role", "koning"),
            ],
        )
        .await;
    assert_eq!(unknown_role.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown_role.body.contains("Kies een rol"));
    assert_eq!(app.count("wijken").await, before);
}
