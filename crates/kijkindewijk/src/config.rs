//! Typed configuration: compiled defaults, then an optional TOML file, then `KKDW_*` environment
//! variables, then command-line flags. Unknown keys are reported, secrets never printed.

use std::collections::BTreeSet;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// The prefix of every environment variable the application reads.
pub const ENV_PREFIX: &str = "KKDW_";

/// Environment variables with the prefix that are not configuration keys but are still ours.
const ENV_NOT_CONFIG: &[&str] = &["CONFIG", "TEST_DATABASE_URL", "LOG"];

/// A value that must never show up in logs or debug output (passwords, keys, SMTP credentials).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    /// The secret itself; call this only where the value is used, never to print it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines (the default for a terminal).
    #[default]
    Text,
    /// One JSON object per line, for log shippers.
    Json,
}

/// The whole application configuration.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// Address the web server listens on.
    pub listen: SocketAddr,
    /// `sqlite://…` (the default) or `postgres://…`; decides the database backend.
    pub database_url: Secret,
    /// Maximum connections in the database pool.
    pub database_max_connections: u32,
    /// The address users reach the site on; used in e-mailed links and to decide on secure cookies.
    pub public_url: String,
    /// Key for signing tokens (CSRF, hashed addresses). Generated and kept in the database when unset,
    /// so that several instances on one database share it.
    pub secret_key: Option<Secret>,
    /// `smtp://user:pass@host:587` or `smtps://…`; without it mail stays in the outbox for the beheerder.
    pub smtp_url: Option<Secret>,
    /// Sender of outgoing mail.
    pub mail_from: String,
    /// Password for every demo account (`serve --demo` and `demo`); random when unset.
    pub demo_password: Option<Secret>,
    /// Log line format.
    pub log_format: LogFormat,
    /// Log filter in `tracing` syntax, e.g. `info` or `kijkindewijk=debug`.
    pub log_level: String,
    /// Run background jobs (mail delivery, reminders) inside `serve`.
    pub run_jobs: bool,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// A session ends after this many hours, whatever happens.
    pub session_max_hours: i64,
    /// A session ends after this many idle minutes.
    pub session_idle_minutes: i64,
    /// Failed logins per account or per address before a pause.
    pub login_max_failures: i64,
    /// Length of the pause (and of the counting window) after too many failed logins, in minutes.
    pub login_lockout_minutes: i64,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Sign-ups allowed per client address per hour.
    pub signups_per_hour: i64,
    /// Password-reset requests allowed per client address per hour.
    pub reset_requests_per_hour: i64,
    /// Map tiles for the social map, `{z}/{x}/{y}` URL template; empty for no background map.
    pub map_tiles_url: String,
    /// Credit line shown on the map for the tiles.
    pub map_tiles_attribution: String,
    /// PDOK Locatieserver `free` endpoint for postcodes missing from the local table; empty turns
    /// online lookups off (postcodes then come only from `import-postcodes`).
    pub geocoder_url: String,
    /// Days a message sent through the contact form is kept; a job removes it after that.
    pub contact_retention_days: i64,
    /// Contact messages allowed per client address per hour.
    pub contact_messages_per_hour: i64,
    /// Days after which a social map listing counts as not recently confirmed (flagged on its page
    /// and in the keepers' overview); times published without an end run this long in feeds.
    pub listing_confirm_days: i64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: Secret::new("sqlite://data/kijkindewijk.db"),
            database_max_connections: 16,
            public_url: "http://127.0.0.1:8080".into(),
            secret_key: None,
            smtp_url: None,
            mail_from: "KijKINDeWijk <noreply@kijkindewijk.nl>".into(),
            demo_password: None,
            log_format: LogFormat::Text,
            log_level: "info".into(),
            run_jobs: true,
            max_body_bytes: 1024 * 1024,
            session_max_hours: 12,
            session_idle_minutes: 60,
            login_max_failures: 5,
            login_lockout_minutes: 15,
            trust_forwarded_for: false,
            signups_per_hour: 10,
            reset_requests_per_hour: 20,
            map_tiles_url:
                "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
                    .into(),
            map_tiles_attribution: "Kaartgegevens © Kadaster (BRT-Achtergrondkaart, CC BY 4.0)".into(),
            geocoder_url: "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free".into(),
            contact_retention_days: 180,
            contact_messages_per_hour: 5,
            listing_confirm_days: 365,
        }
    }
}

/// Values given on the command line; `None` leaves the lower layers alone.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    /// `--listen`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    /// `--database-url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// `--public-url`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
}

/// The loaded configuration plus the keys nobody asked for.
#[derive(Debug)]
pub struct Loaded {
    /// The configuration.
    pub config: Config,
    /// Keys found in the file or environment that are not configuration keys; reported at start.
    pub unknown_keys: Vec<String>,
}

impl Config {
    /// Loads the layers. `file` is the `--config` flag; without it `KKDW_CONFIG` or `kijkindewijk.toml`
    /// in the working directory is used when present.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Loaded> {
        let env_file = std::env::var_os(format!("{ENV_PREFIX}CONFIG")).map(PathBuf::from);
        let path = file.map(Path::to_path_buf).or(env_file).or_else(|| {
            let default = PathBuf::from("kijkindewijk.toml");
            default.exists().then_some(default)
        });

        let known = known_keys();
        let mut unknown_keys = Vec::new();
        let mut public_url_given = overrides.public_url.is_some()
            || std::env::var_os(format!("{ENV_PREFIX}PUBLIC_URL")).is_some();
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = &path {
            anyhow::ensure!(
                path.exists(),
                "configuration file {} does not exist",
                path.display()
            );
            let text = std::fs::read_to_string(path)?;
            let table: toml_keys::Table = toml_keys::parse(&text)
                .map_err(|e| anyhow::anyhow!("configuration file {}: {e}", path.display()))?;
            public_url_given |= table.iter().any(|k| k == "public_url");
            unknown_keys.extend(
                table
                    .into_iter()
                    .filter(|k| !known.contains(k.as_str()))
                    .map(|k| format!("{} in {}", k, path.display())),
            );
            figment = figment.merge(Toml::file(path));
        }
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().into_owned();
            if let Some(rest) = key.strip_prefix(ENV_PREFIX) {
                let lower = rest.to_ascii_lowercase();
                if !known.contains(lower.as_str()) && !ENV_NOT_CONFIG.contains(&rest) {
                    unknown_keys.push(key);
                }
            }
        }
        let ignored: Vec<String> = ENV_NOT_CONFIG
            .iter()
            .map(|k| k.to_ascii_lowercase())
            .collect();
        figment = figment.merge(
            Env::prefixed(ENV_PREFIX).filter(move |k| !ignored.iter().any(|i| k == i.as_str())),
        );
        figment = figment.merge(Serialized::globals(overrides));
        let mut config: Config = figment
            .extract()
            .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
        if !public_url_given {
            // Links in mail point where the server really listens when nobody said otherwise.
            config.public_url = url_of(config.listen);
        }
        config.validate()?;
        Ok(Loaded {
            config,
            unknown_keys,
        })
    }

    fn validate(&self) -> anyhow::Result<()> {
        let url = self.database_url.expose();
        anyhow::ensure!(
            url.starts_with("sqlite:")
                || url.starts_with("postgres://")
                || url.starts_with("postgresql://"),
            "database_url must start with sqlite:, postgres:// or postgresql://"
        );
        anyhow::ensure!(
            self.public_url.starts_with("http://") || self.public_url.starts_with("https://"),
            "public_url must start with http:// or https://"
        );
        anyhow::ensure!(
            self.max_body_bytes >= 1024,
            "max_body_bytes must be at least 1024"
        );
        anyhow::ensure!(
            self.contact_retention_days >= 0,
            "contact_retention_days must not be negative"
        );
        anyhow::ensure!(
            self.listing_confirm_days > 0,
            "listing_confirm_days must be positive"
        );
        anyhow::ensure!(
            self.session_max_hours > 0 && self.session_idle_minutes > 0,
            "session times must be positive"
        );
        for (key, url) in [
            ("map_tiles_url", &self.map_tiles_url),
            ("geocoder_url", &self.geocoder_url),
        ] {
            anyhow::ensure!(
                url.is_empty() || url.starts_with("https://") || url.starts_with("http://"),
                "{key} must be empty or start with https:// or http://"
            );
        }
        Ok(())
    }

    /// True when the site is served over HTTPS, so cookies get the `Secure` flag.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The public URL without a trailing slash, for building links in e-mail.
    pub fn base_url(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}

/// `http://` and the listen address; an unspecified address (all interfaces) reads as `localhost`.
pub fn url_of(listen: SocketAddr) -> String {
    if listen.ip().is_unspecified() {
        format!("http://localhost:{}", listen.port())
    } else {
        format!("http://{listen}")
    }
}

fn known_keys() -> BTreeSet<&'static str> {
    // Kept next to the struct: a test below fails when a field is added without listing it here.
    [
        "listen",
        "database_url",
        "database_max_connections",
        "public_url",
        "secret_key",
        "smtp_url",
        "mail_from",
        "demo_password",
        "log_format",
        "log_level",
        "run_jobs",
        "max_body_bytes",
        "session_max_hours",
        "session_idle_minutes",
        "login_max_failures",
        "login_lockout_minutes",
        "trust_forwarded_for",
        "signups_per_hour",
        "reset_requests_per_hour",
        "map_tiles_url",
        "map_tiles_attribution",
        "geocoder_url",
        "contact_retention_days",
        "contact_messages_per_hour",
        "listing_confirm_days",
    ]
    .into_iter()
    .collect()
}

/// Just enough TOML to list the top-level keys of a configuration file.
mod toml_keys {
    /// Top-level keys of a TOML document.
    pub type Table = Vec<String>;

    /// Parses the document with figment's TOML provider and returns its top-level keys.
    pub fn parse(text: &str) -> Result<Table, String> {
        let value: figment::value::Dict = figment::providers::Toml::string(text)
            .data()
            .map_err(|e| e.to_string())?
            .into_values()
            .next()
            .unwrap_or_default();
        Ok(value.into_keys().collect())
    }
    use figment::Provider;
    use figment::providers::Format;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_a_known_key() {
        let value = serde_json::to_value(Config::default()).unwrap();
        let fields: BTreeSet<String> = value.as_object().unwrap().keys().cloned().collect();
        let known: BTreeSet<String> = known_keys().into_iter().map(String::from).collect();
        assert_eq!(fields, known);
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's Jail returns its own error type
    fn layers_apply_in_order_and_unknown_keys_are_reported() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "c.toml",
                "log_level = \"debug\"\nlisten = \"127.0.0.1:9000\"\nbogus = 1\n",
            )?;
            jail.set_env("KKDW_LOG_LEVEL", "warn");
            jail.set_env("KKDW_LISTEN", "127.0.0.1:9050");
            jail.set_env("KKDW_TYPO", "x");
            let overrides = Overrides {
                listen: Some("127.0.0.1:9100".parse().unwrap()),
                ..Default::default()
            };
            let loaded =
                Config::load(Some(Path::new("c.toml")), &overrides).map_err(|e| e.to_string())?;
            assert_eq!(loaded.config.log_level, "warn", "environment beats file");
            assert_eq!(loaded.config.listen.port(), 9100, "flag beats environment");
            assert_eq!(
                loaded.config.public_url, "http://127.0.0.1:9100",
                "without a public_url the links follow the listen address"
            );
            assert!(loaded.unknown_keys.iter().any(|k| k.starts_with("bogus")));
            assert!(loaded.unknown_keys.contains(&"KKDW_TYPO".to_string()));
            Ok(())
        });
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let config = Config {
            smtp_url: Some(Secret::new("smtp://user:hunter2@mail")),
            database_url: Secret::new("postgres://u:pw@h/db"),
            ..Config::default()
        };
        let printed = format!("{config:?}");
        assert!(!printed.contains("hunter2") && !printed.contains(":pw@"));
    }

    proptest::proptest! {
        /// The configuration file is outside input: any text gives keys or an error, never a panic.
        #[test]
        fn any_file_text_gives_keys_or_an_error(text in "\\PC{0,200}") {
            let _ = toml_keys::parse(&text);
        }

        /// The top-level keys of a file are exactly the keys written, tables included.
        #[test]
        fn top_level_keys_are_found(
            keys in proptest::collection::btree_set("[a-z][a-z_]{0,15}", 0..8),
            table in proptest::option::of("[a-z]{1,8}"),
        ) {
            let mut text: String = keys.iter().map(|k| format!("{k} = 1\n")).collect();
            let mut expected: BTreeSet<String> = keys.clone();
            if let Some(t) = &table
                && !keys.contains(t)
            {
                text.push_str(&format!("[{t}]\nnested = \"x\"\n"));
                expected.insert(t.clone());
            }
            let found: BTreeSet<String> = toml_keys::parse(&text).unwrap().into_iter().collect();
            proptest::prop_assert_eq!(found, expected);
        }
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's Jail returns its own error type
    fn rejects_unknown_database_scheme() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("KKDW_DATABASE_URL", "mysql://x");
            assert!(Config::load(None, &Overrides::default()).is_err());
            Ok(())
        });
    }
}
