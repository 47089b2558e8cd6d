//! Mijn leven: registration, the plan, the network map, consent by age, the access gate and log.

use reqwest::StatusCode;
use time::OffsetDateTime;

use crate::helpers::{Client, PASSWORD, TestApp, extract_between};

/// A date of birth `years` ago plus `days` (so the age is `years - 1` when days > 0).
fn born(years: i32, days: i64) -> String {
    let today = OffsetDateTime::now_utc().date();
    let d = today.replace_year(today.year() - years).unwrap_or(today) + time::Duration::days(days);
    kijkindewijk::features::youth::validate::date_value(d)
}

struct Registered {
    id: String,
    young_login: String,
    young_link: String,
    parent_link: Option<String>,
}

fn path_of(link: &str) -> String {
    let i = link.find("/uitnodiging/").expect("invitation link");
    link[i..].to_string()
}

async fn register(prof: &Client, first: &str, birth: &str, parent_email: &str) -> Registered {
    let form = prof.get("/team/jongeren/nieuw").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let wijk = extract_between(&form.body, "<option value=\"", "\"")
        .map(|_| ())
        .and_then(|_| {
            let after = form.body.split("id=\"f-wijk_id\"").nth(1)?;
            let opt = after.split("<option value=\"").nth(2)?;
            Some(opt.split('"').next()?.to_string())
        });
    let wijk = wijk.expect("a wijk option");
    let page = prof
        .post(
            "/team/jongeren/nieuw",
            &[
                ("first_name", first),
                ("last_name", "Test"),
                ("birth_date", birth),
                ("wijk_id", &wijk),
                ("email", ""),
                (
                    "parent_name",
                    if parent_email.is_empty() {
                        ""
                    } else {
                        "Ouder Test"
                    },
                ),
                ("parent_email", parent_email),
                ("parent_authority", "ja"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let id = extract_between(&page.body, "href=\"/jongeren/", "\"").unwrap();
    Registered {
        id,
        young_login: extract_between(&page.body, "De gebruikersnaam is ", ".").unwrap(),
        young_link: extract_between(&page.body, "id=\"link-jongere\">", "<").unwrap(),
        parent_link: extract_between(&page.body, "id=\"link-ouder\">", "<"),
    }
}

async fn accept(app: &TestApp, link: &str, login: &str) -> Client {
    let c = app.client();
    let path = path_of(link);
    let pw = "een heel goed wachtwoord";
    let set = c
        .post(&path, &[("password", pw), ("password_repeat", pw)])
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    c.login_fully(login, pw, None).await;
    c
}

fn checkbox_value(body: &str, audience_kind_label: &str, part: &str) -> String {
    // The checkbox ids are `s-<audience key>-<part>`; find the fieldset by its legend text.
    let fieldset = body
        .split("<fieldset")
        .skip(1)
        .find(|f| f.contains(audience_kind_label))
        .expect("audience fieldset");
    let marker = format!(":{part}\"");
    let before = fieldset.split(&marker).next().unwrap();
    let key = before.rsplit("value=\"").next().unwrap();
    format!("{key}:{part}")
}

#[tokio::test]
async fn a_fifteen_year_old_shares_with_consent_by_age_and_every_step_is_logged() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let reg = register(
        &noor,
        "Lotte",
        &born(15, 20),
        "ouder.lotte@wijkerveen.example",
    )
    .await;
    let base = format!("/jongeren/{}", reg.id);

    // The young person accepts the invitation and builds a plan.
    let lotte = accept(&app, &reg.young_link, &reg.young_login).await;
    assert_eq!(
        lotte.get("/mijn/plan").await.location(),
        format!("{base}/plan")
    );
    let plan = lotte.get(&format!("{base}/plan")).await;
    assert_eq!(plan.status, StatusCode::OK);
    assert!(
        plan.body.contains("Snel weg"),
        "quick exit on the young person's pages"
    );
    let domain = extract_between(&plan.body, &format!("{base}/plan/domein/"), "\"").unwrap();
    let saved = lotte
        .post(
            &format!("{base}/plan/domein/{domain}"),
            &[
                ("goes_well", "Ik kook graag"),
                ("wishes", "Weer naar school"),
                ("wants_to_talk", "ja"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        lotte
            .post(
                &format!("{base}/plan/cijfer"),
                &[("domain_id", &domain), ("score", "6")]
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let bad_rating = lotte
        .post(
            &format!("{base}/plan/cijfer"),
            &[("domain_id", &domain), ("score", "11")],
        )
        .await;
    assert_eq!(bad_rating.status, StatusCode::UNPROCESSABLE_ENTITY);
    let goal = lotte
        .post(
            &format!("{base}/plan/doelen"),
            &[
                ("title", "Elke dag naar school"),
                ("level_minus2", "Niet meer naar school"),
                ("level_minus1", "Twee dagen per week"),
                ("level_0", "Vier dagen per week"),
                ("level_plus1", "Elke dag"),
                ("level_plus2", "Elke dag en huiswerk af"),
            ],
        )
        .await;
    assert_eq!(goal.status, StatusCode::SEE_OTHER, "{}", goal.body);
    let plan = lotte.get(&format!("{base}/plan")).await;
    assert!(plan.body.contains("Ik kook graag") && plan.body.contains("Hier wil ik over praten"));
    let goal_id = extract_between(&plan.body, &format!("{base}/plan/doelen/"), "/score").unwrap();
    assert_eq!(
        lotte
            .post(
                &format!("{base}/plan/doelen/{goal_id}/score"),
                &[("score", "3")]
            )
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        lotte
            .post(
                &format!("{base}/plan/doelen/{goal_id}/score"),
                &[("score", "1")]
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(
        lotte
            .get(&format!("{base}/plan"))
            .await
            .body
            .contains("60.0"),
        "GAS T-score of one goal at +1"
    );

    // She puts her aunt on the network map and invites her.
    let add = lotte
        .post(
            &format!("{base}/netwerk"),
            &[
                ("name", "Tante Ria"),
                ("sector", "family"),
                ("ring", "1"),
                ("trusted", "ja"),
            ],
        )
        .await;
    assert_eq!(add.status, StatusCode::SEE_OTHER, "{}", add.body);
    let network = lotte.get(&format!("{base}/netwerk")).await;
    assert!(network.body.contains("<svg") && network.body.contains("Tante Ria"));
    let person = extract_between(&network.body, &format!("{base}/netwerk/persoon/"), "\"").unwrap();
    let invited = lotte
        .post(&format!("{base}/netwerk/persoon/{person}/uitnodigen"), &[])
        .await;
    assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
    let aunt_link = extract_between(&invited.body, "id=\"link-netwerklid\">", "<").unwrap();
    let aunt_login = extract_between(&invited.body, "De gebruikersnaam is ", ".").unwrap();
    let aunt = accept(&app, &aunt_link, &aunt_login).await;
    assert_eq!(
        aunt.get(&format!("{base}/netwerk")).await.status,
        StatusCode::FORBIDDEN,
        "nothing shared yet"
    );

    // She shares only the network with her aunt.
    let sharing = lotte.get(&format!("{base}/delen")).await;
    let aunt_network = checkbox_value(&sharing.body, "Netwerklid", "network");
    let shared = lotte
        .post(&format!("{base}/delen"), &[("share", &aunt_network)])
        .await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER);
    let seen = aunt.get(&format!("{base}/netwerk")).await;
    assert_eq!(seen.status, StatusCode::OK, "{aunt_network}: {}", seen.body);
    assert_eq!(
        aunt.get(&format!("{base}/plan")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        aunt.get(&format!("{base}/logboek")).await.status,
        StatusCode::FORBIDDEN
    );

    // The professional is refused until both the young person and a parent agree.
    assert_eq!(
        noor.get(&format!("{base}/plan")).await.status,
        StatusCode::FORBIDDEN
    );
    let team_plan = checkbox_value(&sharing.body, "Het team", "plan");
    lotte
        .post(
            &format!("{base}/delen"),
            &[("share", &aunt_network), ("share", &team_plan)],
        )
        .await;
    let refused = noor.get(&format!("{base}/plan")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // Not a bare refusal: the page says the plan is not shared with the team and offers to ask.
    assert!(refused.body.contains("niet gedeeld met het team"));
    assert!(refused.body.contains("/toestemming-vragen"));
    let parent = accept(
        &app,
        reg.parent_link.as_deref().unwrap(),
        "ouder.lotte@wijkerveen.example",
    )
    .await;
    assert!(parent.get("/ouder/kinderen").await.body.contains("Lotte"));
    let parent_sharing = parent.get(&format!("{base}/delen")).await;
    // The page speaks to the parent about Lotte, not to Lotte.
    assert!(
        parent_sharing
            .body
            .contains("Lotte zei ja, wacht nog op jou")
    );
    assert!(!parent_sharing.body.contains("wacht nog op je ouder"));
    let team_plan_parent = checkbox_value(&parent_sharing.body, "Het team", "plan");
    assert_eq!(
        parent
            .post(&format!("{base}/delen"), &[("share", &team_plan_parent)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let allowed = noor.get(&format!("{base}/plan")).await;
    assert_eq!(allowed.status, StatusCode::OK);
    assert!(allowed.body.contains("Ik kook graag"));
    assert!(
        !allowed.body.contains("kkdw-network-figure"),
        "the network was not shared with the team"
    );

    // She withdraws: the professional is refused again at once.
    lotte
        .post(&format!("{base}/delen"), &[("share", &aunt_network)])
        .await;
    assert_eq!(
        noor.get(&format!("{base}/plan")).await.status,
        StatusCode::FORBIDDEN
    );

    // Every step is in her log, and reading the log is logged too.
    let log = lotte.get(&format!("{base}/logboek")).await;
    assert_eq!(log.status, StatusCode::OK);
    for expected in [
        "Noor de Vries",
        "meldde aan",
        "gaf toestemming voor",
        "stopte toestemming voor",
        "Geweigerd",
        "Tante Ria",
        "Ouder Test",
        "bekeek",
    ] {
        assert!(log.body.contains(expected), "log lacks {expected}");
    }
    let log_again = lotte.get(&format!("{base}/logboek")).await;
    assert!(
        log_again.body.matches("het logboek").count() >= 1,
        "reading the log shows up in the log"
    );
    // The parent of a 15-year-old may read the log; nobody can change it.
    assert_eq!(
        parent.get(&format!("{base}/logboek")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn others_are_refused_at_every_url_of_a_young_person() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let reg = register(&noor, "Mo", &born(17, 0), "").await;
    let base = format!("/jongeren/{}", reg.id);
    let urls = [
        base.clone(),
        format!("{base}/plan"),
        format!("{base}/netwerk"),
        format!("{base}/delen"),
        format!("{base}/logboek"),
        format!("{base}/gegevens"),
        format!("{base}/gegevens/download"),
        format!("{base}/plan/export"),
        format!("{base}/plan/afdrukken"),
        format!("{base}/noodtoegang"),
    ];
    for login in [
        "daan@wijkerveen.example",
        "jeugd@buurendam.example",
        "partner@wijkerveen.example",
        "beleid@wijkerveen.example",
        "sam",
        "beheer@wijkerveen.example",
    ] {
        let c = app.logged_in(login).await;
        for url in &urls {
            let page = c.get(url).await;
            assert!(
                matches!(page.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
                "{login} got {} on {url}",
                page.status
            );
            assert!(
                !page.body.contains("Mo Test"),
                "{login} saw the name on {url}"
            );
        }
        let post = c
            .post(&format!("{base}/delen"), &[("share", "team:plan")])
            .await;
        assert!(
            matches!(post.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
            "{login} posted consent"
        );
    }
    // None of these attempts changed anything, and each one is in the log as refused.
    let (allowed,): (i64,) = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_as(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = ? AND NOT allowed",
        )
        .bind(&reg.id)
        .fetch_one(p)
        .await
        .unwrap(),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_as(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = $1 AND NOT allowed",
        )
        .bind(&reg.id)
        .fetch_one(p)
        .await
        .unwrap(),
    };
    assert!(allowed >= 6 * 10, "refusals are logged ({allowed})");
    let (consents,): (i64,) = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            sqlx::query_as("SELECT COUNT(*) FROM consents WHERE young_person_id = ?")
                .bind(&reg.id)
                .fetch_one(p)
                .await
                .unwrap()
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query_as("SELECT COUNT(*) FROM consents WHERE young_person_id = $1")
                .bind(&reg.id)
                .fetch_one(p)
                .await
                .unwrap()
        }
    };
    assert_eq!(consents, 0);
}

#[tokio::test]
async fn emergency_access_is_reasoned_time_boxed_and_shown() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let reg = register(&noor, "Noa", &born(16, 0), "").await;
    let base = format!("/jongeren/{}", reg.id);
    let young = accept(&app, &reg.young_link, &reg.young_login).await;
    assert_eq!(
        noor.get(&format!("{base}/plan")).await.status,
        StatusCode::FORBIDDEN
    );
    let short = noor
        .post(&format!("{base}/noodtoegang"), &[("reason", "nodig")])
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("nodig"), "the typed reason comes back");
    let reason = "Melding van school over acute onveiligheid thuis vandaag";
    assert_eq!(
        noor.post(&format!("{base}/noodtoegang"), &[("reason", reason)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let plan = noor.get(&format!("{base}/plan")).await;
    assert_eq!(plan.status, StatusCode::OK);
    assert!(
        !plan.body.contains("/plan/doelen\""),
        "reading only: no forms"
    );
    assert_eq!(
        noor.post(&format!("{base}/plan/profiel"), &[("talents", "x")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let sharing = young.get(&format!("{base}/delen")).await;
    assert!(
        sharing.body.contains(reason),
        "the young person sees the emergency and why"
    );
    assert!(
        young
            .get(&format!("{base}/logboek"))
            .await
            .body
            .contains("noodtoegang")
    );
    // Another team's professional cannot use emergency access.
    let daan = app.logged_in("daan@wijkerveen.example").await;
    assert_eq!(
        daan.post(&format!("{base}/noodtoegang"), &[("reason", reason)])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn bad_input_gets_clear_messages_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let before = app.count("young_people").await;
    let future = noor
        .post(
            "/team/jongeren/nieuw",
            &[
                ("first_name", "<b>Evil</b>"),
                ("last_name", "X"),
                ("birth_date", "2999-01-01"),
                ("wijk_id", "nope"),
            ],
        )
        .await;
    assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(future.body.contains("ligt in de toekomst"));
    assert!(
        future.body.contains("Gebruik geen &lt; of &gt;")
            || future.body.contains("Gebruik geen &#60; of &#62;")
    );
    assert!(
        future.body.contains("value=\"2999-01-01\""),
        "typed values come back"
    );
    let no_parent = noor
        .post(
            "/team/jongeren/nieuw",
            &[
                ("first_name", "Kim"),
                ("last_name", "X"),
                ("birth_date", &born(13, 0)),
                ("wijk_id", "x"),
            ],
        )
        .await;
    assert!(
        no_parent.body.contains("Controleer eerst het gezag"),
        "under 16 a parent is needed"
    );
    assert_eq!(app.count("young_people").await, before);

    let reg = register(&noor, "Sem", &born(16, 0), "").await;
    let base = format!("/jongeren/{}", reg.id);
    let sem = accept(&app, &reg.young_link, &reg.young_login).await;
    let markup = sem
        .post(
            &format!("{base}/netwerk"),
            &[("name", "<script>x</script>"), ("sector", "friends")],
        )
        .await;
    assert_eq!(markup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(markup.body.contains("Gebruik geen"));
    let unknown = sem
        .post(
            &format!("{base}/netwerk"),
            &[("name", "Bo"), ("sector", "aliens"), ("ring", "9")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("value=\"Bo\""));
    // A network of thousands is stopped at 150 people.
    for i in 0..150 {
        let r = sem
            .post(
                &format!("{base}/netwerk"),
                &[("name", &format!("Vriend {i}")), ("sector", "friends")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let full = sem
        .post(
            &format!("{base}/netwerk"),
            &[("name", "Nummer 151"), ("sector", "friends")],
        )
        .await;
    assert_eq!(full.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(full.body.contains("al 150 mensen"));
    // A consent form for somebody else's child.
    let other = register(
        &noor,
        "Fenna",
        &born(14, 0),
        "ouder.fenna@wijkerveen.example",
    )
    .await;
    let parent_fenna = accept(
        &app,
        other.parent_link.as_deref().unwrap(),
        "ouder.fenna@wijkerveen.example",
    )
    .await;
    let foreign = parent_fenna
        .post(&format!("{base}/delen"), &[("share", "team:plan")])
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert!(!foreign.body.contains("Sem"));
}

#[tokio::test]
async fn a_young_person_without_a_team_can_erase_everything_but_the_log() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let reg = register(&noor, "Jip", &born(17, 0), "").await;
    let base = format!("/jongeren/{}", reg.id);
    let jip = accept(&app, &reg.young_link, &reg.young_login).await;
    let rights = jip.get(&format!("{base}/gegevens")).await;
    assert!(
        rights.body.contains("20 jaar"),
        "explains the retention rule while a team is involved"
    );
    let download = jip.get(&format!("{base}/gegevens/download")).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.json()["access_log"].as_array().unwrap().len() > 1);
    let request = jip.post(&format!("{base}/gegevens/verwijderen"), &[]).await;
    assert_eq!(
        request.location(),
        format!("{base}/gegevens?verzonden=verwijderen")
    );
    assert_eq!(app.count("rights_requests").await, 1);
    let _ = PASSWORD;
}

/// Reads a Prometheus histogram's sum and count for one route.
fn queries_for(metrics: &str, route: &str) -> (f64, f64) {
    let find = |suffix: &str| -> f64 {
        metrics
            .lines()
            .find(|l| {
                l.starts_with(&format!("kkdw_db_queries_per_request_{suffix}"))
                    && l.contains(&format!("route=\"{route}\""))
            })
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    (find("sum"), find("count"))
}

#[tokio::test]
async fn the_plan_page_uses_the_same_number_of_queries_whatever_the_network_size() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let reg = register(&noor, "Bram", &born(17, 0), "").await;
    let base = format!("/jongeren/{}", reg.id);
    let bram = accept(&app, &reg.young_link, &reg.young_login).await;
    for i in 0..2 {
        bram.post(
            &format!("{base}/netwerk"),
            &[("name", &format!("Vriend {i}")), ("sector", "friends")],
        )
        .await;
    }
    let route = "/jongeren/{id}/plan";
    assert_eq!(
        bram.get(&format!("{base}/plan")).await.status,
        StatusCode::OK
    );
    let (small, n1) = queries_for(&app.client().get("/metrics").await.body, route);
    assert_eq!(n1, 1.0);
    for i in 2..40 {
        bram.post(
            &format!("{base}/netwerk"),
            &[
                ("name", &format!("Vriend {i}")),
                ("sector", "family"),
                ("ring", "1"),
            ],
        )
        .await;
    }
    let page = bram.get(&format!("{base}/plan")).await;
    assert_eq!(
        page.body.matches("<g><circle").count(),
        40,
        "all 40 people are drawn"
    );
    let (both, n2) = queries_for(&app.client().get("/metrics").await.body, route);
    assert_eq!(n2, 2.0);
    assert_eq!(
        both - small,
        small,
        "2 or 40 people: the same {small} queries"
    );
    // Session and roles (2), the gate's facts (1), the tabs this reader may open (1), the log
    // lines by group commit (1), the plan (domains, entries, ratings, profile, goals with their
    // scores, actions: 6), the network (1).
    assert!(
        (8.0..=12.0).contains(&small),
        "a small, fixed number of queries ({small})"
    );
}

#[tokio::test]
async fn a_young_person_signs_up_and_invites_a_parent() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let choose = c.get("/aanmelden").await;
    let municipality = extract_between(&choose.body, "<option value=\"", "\"").unwrap();
    let form = c.get(&format!("/aanmelden?gemeente={municipality}")).await;
    let after = form.body.split("id=\"f-wijk_id\"").nth(1).unwrap();
    let wijk = after
        .split("<option value=\"")
        .nth(2)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let young = c
        .post(
            "/aanmelden",
            &[
                ("gemeente", &municipality),
                ("first_name", "Kees"),
                ("last_name", "Jong"),
                ("birth_date", &born(11, 0)),
                ("wijk_id", &wijk),
                ("login_name", "kees11"),
                ("password", "mijn lange wachtwoord"),
                ("password_repeat", "mijn lange wachtwoord"),
            ],
        )
        .await;
    assert_eq!(young.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(young.body.contains("12 jaar of ouder"));
    assert!(young.body.contains("value=\"kees11\""));
    assert!(
        !young.body.contains("mijn lange wachtwoord"),
        "passwords never come back"
    );
    let ok = c
        .post(
            "/aanmelden",
            &[
                ("gemeente", &municipality),
                ("first_name", "Kees"),
                ("last_name", "Jong"),
                ("birth_date", &born(14, 0)),
                ("wijk_id", &wijk),
                ("login_name", "kees14"),
                ("password", "mijn lange wachtwoord"),
                ("password_repeat", "mijn lange wachtwoord"),
            ],
        )
        .await;
    assert_eq!(
        ok.location(),
        "/aanmelden/ouder",
        "under 16: invite a parent next"
    );
    let invited = c
        .post(
            "/aanmelden/ouder",
            &[("parent_name", "Moeder Jong"), ("parent_email", "")],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK);
    assert!(
        extract_between(&invited.body, "id=\"link-ouder\">", "<")
            .unwrap()
            .contains("/uitnodiging/")
    );
    let plan = c.get("/mijn/plan").await;
    assert!(plan.location().starts_with("/jongeren/"));
}

#[tokio::test]
async fn a_network_member_marks_an_assigned_action_done() {
    let app = TestApp::spawn().await;
    let ria = app.logged_in("tante.ria@wijkerveen.example").await;
    let sam = app.logged_in("sam").await;
    let plan_url = sam.get("/mijn/plan").await.location();
    let form = sam.get(&format!("{plan_url}/acties")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let owner = form
        .body
        .split("<option value=\"rel:")
        .find(|o| o.contains("Ria de Boer"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let action_url = format!("{}/acties", plan_url);
    let added = sam
        .post(
            &action_url,
            &[
                ("description", "Samen huiswerk plannen"),
                ("owner", &format!("rel:{owner}")),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let mine = ria.get("/mijn-acties").await;
    assert!(mine.body.contains("Samen huiswerk plannen") && mine.body.contains("Sam Jansen"));
    assert!(
        !mine.body.contains("Proefles bij de voetbalclub"),
        "only actions given to her"
    );
    let action = extract_between(&mine.body, "/mijn-acties/", "/klaar").unwrap();
    assert_eq!(
        ria.post(&format!("/mijn-acties/{action}/klaar"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(sam.get(&plan_url).await.body.contains("klaar"));
    // Somebody else cannot close it.
    let ouder = app.logged_in("ouder@wijkerveen.example").await;
    assert_eq!(
        ouder
            .post(&format!("/mijn-acties/{action}/klaar"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn team_notes_need_consent_and_the_young_person_reads_them() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let reg = register(&noor, "Tess", &born(17, 0), "").await;
    let base = format!("/jongeren/{}", reg.id);
    let tess = accept(&app, &reg.young_link, &reg.young_login).await;
    assert_eq!(
        noor.post(&format!("{base}/notities"), &[("body", "Gesprek gehad")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let sharing = tess.get(&format!("{base}/delen")).await;
    let team_notes = checkbox_value(&sharing.body, "Het team", "notes");
    tess.post(&format!("{base}/delen"), &[("share", &team_notes)])
        .await;
    let empty = noor
        .post(&format!("{base}/notities"), &[("body", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = noor
        .post(
            &format!("{base}/notities"),
            &[("body", "Gesprek over school gehad; afspraak volgende week")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let seen = tess.get(&format!("{base}/notities")).await;
    assert!(seen.body.contains("afspraak volgende week") && seen.body.contains("Noor de Vries"));
    assert!(
        !seen.body.contains("notities\" novalidate"),
        "the young person does not write team notes"
    );
}

#[tokio::test]
async fn sign_ups_from_one_address_are_limited() {
    let app = TestApp::spawn_with(|c| c.signups_per_hour = 10).await;
    let c = app.client();
    for _ in 0..10 {
        let r = c.post("/aanmelden", &[("first_name", "X")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = c.post("/aanmelden", &[("first_name", "X")]).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.body.contains("te vaak geprobeerd"));
}

#[tokio::test]
async fn a_parent_address_that_has_an_account_already_is_a_field_error() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let form = noor.get("/team/jongeren/nieuw").await;
    let after = form.body.split("id=\"f-wijk_id\"").nth(1).unwrap();
    let wijk = after
        .split("<option value=\"")
        .nth(2)
        .and_then(|o| o.split('"').next())
        .unwrap()
        .to_string();
    let before = (
        app.count("young_people").await,
        app.count("users").await,
        app.count("youth_relations").await,
    );
    // Fatima has an account; typing her address must not make (or link) a parent with authority.
    let page = noor
        .post(
            "/team/jongeren/nieuw",
            &[
                ("first_name", "Noah"),
                ("last_name", "El Amrani"),
                ("birth_date", &born(9, 0)),
                ("wijk_id", &wijk),
                ("parent_name", "Fatima El Amrani"),
                ("parent_email", "ouder@wijkerveen.example"),
                ("parent_authority", "ja"),
            ],
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"e-parent_email\""), "{}", page.body);
    assert!(
        page.body.contains("value=\"Noah\""),
        "typed values come back"
    );
    assert_eq!(
        (
            app.count("young_people").await,
            app.count("users").await,
            app.count("youth_relations").await,
        ),
        before,
        "nothing stored"
    );
}
