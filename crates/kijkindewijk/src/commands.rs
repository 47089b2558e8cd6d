//! What each subcommand does.

use std::io::Read;

use crate::auth::{Grant, Role, password, repo};
use crate::cli::{Cli, Command, MunicipalityCommand, ServeArgs, UserCommand};
use crate::config::{Config, Overrides};
use crate::features::accounts::service;
use crate::features::socialmap;
use crate::i18n::Locale;
use crate::places::codes::{AreaCode, AreaKind};
use crate::places::repo as places;
use crate::state::AppState;
use crate::{db, demo, startup, telemetry};

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let (listen, public_url) = match &cli.command {
        Command::Serve(ServeArgs {
            listen, public_url, ..
        }) => (*listen, public_url.clone()),
        _ => (None, None),
    };
    let overrides = Overrides {
        listen,
        database_url: cli.database_url.clone(),
        public_url,
    };
    let loaded = Config::load(cli.config.as_deref(), &overrides)?;
    // Without a configured public_url, Config::load derives it from the listen address.
    let config = loaded.config;
    telemetry::init(&config);
    for key in &loaded.unknown_keys {
        tracing::warn!(key = %key, "unknown configuration key ignored");
    }

    let reopen = !matches!(cli.command, Command::Backup { .. } | Command::Serve(_));
    let url = config.database_url.expose().to_string();
    let result = command(cli.command, config).await;
    if reopen {
        // Fold the write-ahead log into the file, so the `.db` file alone holds the command's work.
        // Another process that still has the database open keeps its own log; that is fine.
        if let Ok(db) = db::Db::connect(&url, 1).await {
            db.close().await;
        }
    }
    result
}

async fn command(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve(args) => serve(config, args.demo).await,
        Command::Migrate => {
            let db = db::Db::connect(config.database_url.expose(), 2).await?;
            db.migrate().await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo(args) => {
            let state = startup::build_state(config).await?;
            let filled = demo::has_data(&state).await?;
            anyhow::ensure!(
                !filled || args.services.is_some() || args.scale.is_some(),
                "the database already holds data; use an empty one"
            );
            if !filled {
                let report = demo::fill(&state).await?;
                println!("{}", report.render(state.config.base_url()));
            }
            if let Some(n) = args.services {
                socialmap::cli::generate(&state, n).await?;
            }
            if let Some(n) = args.scale {
                demo::scale::generate(&state, n, args.seed).await?;
            }
            Ok(())
        }
        Command::ImportHsds {
            file,
            municipality,
            lang,
        } => {
            let state = startup::build_state(config).await?;
            socialmap::cli::import_hsds(&state, &file, &municipality, language(&lang)?).await
        }
        Command::ExportHsds {
            file,
            municipality,
            lang,
        } => {
            let state = startup::build_state(config).await?;
            socialmap::cli::export_hsds(&state, &file, &municipality, language(&lang)?).await
        }
        Command::ImportPostcodes { file, lang } => {
            let state = startup::build_state(config).await?;
            socialmap::cli::import_postcodes(&state, &file, language(&lang)?).await
        }
        Command::Outbox { to, limit } => {
            let state = startup::build_state(config).await?;
            for m in crate::platform::mail::newest(&state.db, to.as_deref(), limit).await? {
                println!(
                    "To: {}\nSubject: {}\nStatus: {}\n\n{}\n----",
                    m.to_address, m.subject, m.status, m.body_text
                );
            }
            Ok(())
        }
        Command::User(cmd) => user(startup::build_state(config).await?, cmd).await,
        Command::Municipality(cmd) => municipality(startup::build_state(config).await?, cmd).await,
        Command::Backup { file } => {
            let db = db::Db::connect_existing(config.database_url.expose()).await?;
            db.ensure_migrated().await?;
            db::special::backup(&db, config.database_url.expose(), &file).await?;
            println!("backup written to {}", file.display());
            Ok(())
        }
    }
}

fn language(code: &str) -> anyhow::Result<Locale> {
    Locale::from_code(code).ok_or_else(|| anyhow::anyhow!("unknown language {code}; use nl or en"))
}

async fn serve(config: Config, with_demo: bool) -> anyhow::Result<()> {
    let state = startup::build_state(config).await?;
    let report = match (with_demo, demo::has_data(&state).await?) {
        (false, _) => None,
        (true, true) => {
            let earlier = demo::earlier_report(&state).await?;
            if earlier.is_none() {
                println!("The database already holds data; demo data was not added.");
            }
            earlier
        }
        (true, false) => Some(demo::fill(&state).await?),
    };
    if state.config.smtp_url.is_some() {
        let released = crate::platform::mail::release_held(&state.db).await?;
        if released > 0 {
            tracing::info!(count = released, "held mail queued for delivery");
        }
    }
    let listen_port = state.config.listen.port();
    let base_url = state.config.base_url().to_string();
    let server = startup::start(state).await?;
    if let Some(report) = report {
        // With port 0 the real port is known only now.
        let base = if listen_port == 0 {
            format!("http://{}", server.addr)
        } else {
            base_url
        };
        println!("{}", report.render(&base));
    }
    tracing::info!(addr = %server.addr, "listening");
    println!("KijKINDeWijk listens on http://{}", server.addr);
    let stop = server.stop.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down; finishing requests in flight");
        stop.cancel();
    });
    server.done.await??;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

async fn user(state: AppState, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Create {
            municipality,
            role,
            name,
            email,
            login,
            team,
            password_stdin,
        } => {
            let m = places::municipality_by_code(&state.db, &municipality)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no municipality with code {municipality}"))?;
            let role = Role::parse(&role).ok_or_else(|| anyhow::anyhow!("unknown role {role}"))?;
            let team_id = match (&team, role.needs_team()) {
                (Some(t), _) => Some(
                    places::team_by_name(&state.db, &m.id, t)
                        .await?
                        .ok_or_else(|| anyhow::anyhow!("no team {t} in {}", m.name))?
                        .id,
                ),
                (None, true) => anyhow::bail!("role {} needs --team", role.as_str()),
                (None, false) => None,
            };
            let email = email.map(|e| e.trim().to_lowercase());
            if let Some(e) = &email {
                anyhow::ensure!(
                    crate::web::validate::looks_like_email(e),
                    "not an e-mail address: {e}"
                );
            }
            let login_name = match (&email, login) {
                (_, Some(l)) => l,
                (Some(e), None) => e.clone(),
                (None, None) => anyhow::bail!("give --email or --login"),
            };
            let password_hash = if password_stdin {
                let mut pw = String::new();
                std::io::stdin().read_to_string(&mut pw)?;
                let pw = pw.trim_end_matches(['\n', '\r']).to_string();
                let mut errors = crate::error::FieldErrors::new();
                password::check_new(&pw, &pw, &login_name, "password", &mut errors);
                anyhow::ensure!(
                    errors.is_empty(),
                    "password refused: {}",
                    Locale::En.t(errors.0[0].1.as_str())
                );
                Some(password::hash(pw).await?)
            } else {
                None
            };
            let new_user = repo::NewUser {
                login_name,
                email,
                display_name: name,
                password_hash: password_hash.clone(),
                locale: "nl".into(),
                totp_secret: None,
            };
            let grant = Grant {
                role,
                municipality_id: m.id.clone(),
                team_id,
            };
            let mut tx = state.db.begin().await?;
            if password_hash.is_some() {
                repo::insert_user(&mut tx, &new_user, &[grant]).await?;
                tx.commit().await?;
                println!("user {} created", new_user.login_name);
            } else {
                let (_, link) = service::create_with_invitation(
                    &state,
                    &mut tx,
                    &new_user,
                    &[grant],
                    Locale::Nl,
                )
                .await?;
                tx.commit().await?;
                println!(
                    "user {} created; invitation link (valid {} days):\n{link}",
                    new_user.login_name,
                    service::INVITATION_DAYS
                );
            }
            Ok(())
        }
        UserCommand::ResetPassword { login } => {
            let user = repo::user_by_login(&state.db, &login)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no user {login}"))?;
            let link = service::send_reset(&state, &user, Locale::Nl).await?;
            println!(
                "password-reset link (valid {} minutes):\n{link}",
                service::RESET_MINUTES
            );
            Ok(())
        }
        UserCommand::List { municipality } => {
            let all = places::municipalities(&state.db).await?;
            for m in all.iter().filter(|m| {
                municipality
                    .as_ref()
                    .is_none_or(|c| c.eq_ignore_ascii_case(&m.code))
            }) {
                println!("{} ({})", m.name, m.code);
                for u in repo::users_in_municipality(&state.db, &m.id).await? {
                    let team = u.team_name.map(|t| format!(" [{t}]")).unwrap_or_default();
                    println!(
                        "  {:<18} {:<40} {}{}",
                        u.role, u.login_name, u.display_name, team
                    );
                }
            }
            Ok(())
        }
    }
}

async fn municipality(state: AppState, cmd: MunicipalityCommand) -> anyhow::Result<()> {
    match cmd {
        MunicipalityCommand::Create { code, name } => {
            let code = AreaCode::parse(AreaKind::Municipality, &code).map_err(|_| {
                anyhow::anyhow!("not a CBS municipality code (GM + 4 digits): {code}")
            })?;
            anyhow::ensure!(!name.trim().is_empty(), "give a name");
            let mut tx = state.db.begin().await?;
            places::insert_municipality(&mut tx, code.as_str(), &name)
                .await
                .map_err(|e| {
                    if db::is_unique_violation(&e) {
                        anyhow::anyhow!("{code} already exists")
                    } else {
                        e.into()
                    }
                })?;
            tx.commit().await?;
            println!("municipality {name} ({code}) created");
            Ok(())
        }
        MunicipalityCommand::List => {
            for m in places::municipalities(&state.db).await? {
                println!("{}  {}", m.code, m.name);
            }
            Ok(())
        }
        MunicipalityCommand::AddWijk {
            municipality,
            code,
            name,
        } => add_area(&state, &municipality, AreaKind::Wijk, &code, &name).await,
        MunicipalityCommand::AddBuurt {
            municipality,
            code,
            name,
        } => add_area(&state, &municipality, AreaKind::Buurt, &code, &name).await,
    }
}

/// Adds a wijk or a buurt with the same rules as the beheer page: a CBS code within its parent,
/// a one-line name.
async fn add_area(
    state: &AppState,
    municipality: &str,
    kind: AreaKind,
    code: &str,
    name: &str,
) -> anyhow::Result<()> {
    let m = places::municipality_by_code(&state.db, municipality)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no municipality {municipality}"))?;
    let name = name.trim();
    anyhow::ensure!(
        !name.is_empty() && name.chars().count() <= 120,
        "give a name of at most 120 characters"
    );
    anyhow::ensure!(
        crate::web::validate::clean_text(name, false),
        "a name is one line, without control characters"
    );
    let mut tx = state.db.begin().await?;
    let inserted = match kind {
        AreaKind::Buurt => {
            let code = AreaCode::parse(AreaKind::Buurt, code)
                .map_err(|_| anyhow::anyhow!("not a CBS buurt code (BU + 8 digits): {code}"))?;
            let wijk_code = format!("WK{}", &code.as_str()[2..8]);
            let wijk = places::wijk_by_code(&state.db, &m.id, &wijk_code)
                .await?
                .ok_or_else(|| anyhow::anyhow!("add wijk {wijk_code} first"))?;
            places::insert_buurt(&mut tx, &wijk.id, code.as_str(), name).await
        }
        _ => {
            let code = AreaCode::parse_within(AreaKind::Wijk, code, &m.code).map_err(|_| {
                anyhow::anyhow!("not a CBS wijk code of {} (WK + 6 digits): {code}", m.code)
            })?;
            places::insert_wijk(&mut tx, &m.id, code.as_str(), name).await
        }
    };
    inserted.map_err(|e| {
        if db::is_unique_violation(&e) {
            anyhow::anyhow!("{code} already exists")
        } else {
            e.into()
        }
    })?;
    tx.commit().await?;
    println!(
        "{name} ({}) added to {}",
        code.trim().to_uppercase(),
        m.name
    );
    Ok(())
}
