//! Command-line interface: `serve`, `migrate`, `demo`, `user`, `municipality`, `backup`.

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
    Demo,
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
}
