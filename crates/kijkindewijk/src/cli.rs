//! Command-line interface: `serve`, `migrate`, `demo`, `user`, `municipality`, `backup`,
//! `import-hsds`, `export-hsds`, `import-postcodes`, `outbox`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// KijKINDeWijk: neighbourhood-oriented youth work for Dutch municipalities.
#[derive(Debug, Parser)]
#[command(name = "kijkindewijk", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file (TOML). Default: $KKDW_CONFIG, else ./kijkindewijk.toml when present.
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    /// Database URL: sqlite://path/file.db or postgres://user@host/db (overrides KKDW_DATABASE_URL).
    #[arg(long, global = true)]
    pub database_url: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web application.
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Fill an empty database with a synthetic demo municipality and print the logins.
    Demo(DemoArgs),
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage municipalities (tenants).
    #[command(subcommand)]
    Municipality(MunicipalityCommand),
    /// Write a consistent copy of the database while it runs (SQLite file, or pg_dump custom format).
    Backup {
        /// Target file; must not exist yet.
        file: PathBuf,
    },
    /// Read an HSDS 3.0 JSON data set into a municipality's social map: all of it, or nothing and a
    /// list of every record that could not be taken, with the reason. Importing again changes nothing.
    ImportHsds {
        /// The JSON file (one object, a list, or a page with `contents`).
        file: PathBuf,
        /// Municipality CBS code, e.g. GM0990.
        #[arg(long)]
        municipality: String,
        /// Language of the report: nl or en.
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Write a municipality's social map as an HSDS 3.0 JSON data set (organisations with their
    /// locations and services).
    ExportHsds {
        /// Target file; must not exist yet.
        file: PathBuf,
        /// Municipality CBS code, e.g. GM0990.
        #[arg(long)]
        municipality: String,
        /// Language of the messages: nl or en.
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Load postcode centroids (PC6 or PC4) for postcode search from a CSV file with the columns
    /// postcode, latitude, longitude (comma or semicolon separated). All lines or none.
    ImportPostcodes {
        /// The CSV file.
        file: PathBuf,
        /// Language of the messages: nl or en.
        #[arg(long, default_value = "nl")]
        lang: String,
    },
    /// Print the newest messages in the mail outbox whole, links included (for the server's
    /// administrator when no SMTP server is set; the beheerder's web page hides one-time links).
    Outbox {
        /// Only messages to this address.
        #[arg(long)]
        to: Option<String>,
        /// At most this many messages, newest first.
        #[arg(long, default_value_t = 20)]
        limit: u64,
    },
}

/// Options of `demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Also add this many synthetic social-map listings (for benchmarks, e.g. 10000 or 100000).
    /// On a database that already holds the demo, only these are added.
    #[arg(long)]
    pub services: Option<u32>,
    /// Also add a synthetic country of this many young people (with plans, networks, ratings,
    /// introductions and barriers) in extra municipalities and about N/10 listings, then compute
    /// the wijkmonitor's figures.
    #[arg(long)]
    pub scale: Option<u64>,
    /// Seed of the synthetic country (the same seed gives the same records).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Options of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (overrides KKDW_LISTEN), e.g. 127.0.0.1:8080.
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// Public URL used in e-mailed links (overrides KKDW_PUBLIC_URL).
    #[arg(long)]
    pub public_url: Option<String>,
    /// Fill an empty database with demo data first and print the demo logins.
    #[arg(long)]
    pub demo: bool,
}

/// `user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user with one role; prints an invitation link unless --password-stdin is given.
    Create {
        /// Municipality CBS code, e.g. GM0363.
        #[arg(long)]
        municipality: String,
        /// Role: jongere, ouder, netwerklid, jeugdprofessional, teamleider, partner, beleid, redacteur, beheerder.
        #[arg(long)]
        role: String,
        /// Name shown in the application.
        #[arg(long)]
        name: String,
        /// E-mail address (also the login name).
        #[arg(long)]
        email: Option<String>,
        /// Login name, for users without e-mail.
        #[arg(long)]
        login: Option<String>,
        /// Team name, for jeugdprofessional and teamleider.
        #[arg(long)]
        team: Option<String>,
        /// Read the password from standard input instead of sending an invitation.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Print a password-reset link for a user (and mail it when the user has an address).
    ResetPassword {
        /// Login name or e-mail address.
        login: String,
    },
    /// List users with their roles.
    List {
        /// Only this municipality (CBS code).
        #[arg(long)]
        municipality: Option<String>,
    },
}

/// `municipality` subcommands.
#[derive(Debug, Subcommand)]
pub enum MunicipalityCommand {
    /// Add a municipality.
    Create {
        /// CBS code, e.g. GM0363.
        #[arg(long)]
        code: String,
        /// Name, e.g. Amsterdam.
        #[arg(long)]
        name: String,
    },
    /// List municipalities.
    List,
    /// Add a wijk to a municipality (so an HSDS import can place listings in it).
    AddWijk {
        /// Municipality CBS code, e.g. GM0990.
        #[arg(long)]
        municipality: String,
        /// Wijk CBS code within it, e.g. WK099003.
        #[arg(long)]
        code: String,
        /// Name of the wijk.
        #[arg(long)]
        name: String,
    },
    /// Add a buurt to a wijk.
    AddBuurt {
        /// Municipality CBS code, e.g. GM0990.
        #[arg(long)]
        municipality: String,
        /// Buurt CBS code, e.g. BU09900301; its wijk must exist.
        #[arg(long)]
        code: String,
        /// Name of the buurt.
        #[arg(long)]
        name: String,
    },
}
