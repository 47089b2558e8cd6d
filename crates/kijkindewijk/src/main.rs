//! The `kijkindewijk` binary: parses the command line and hands over to the library.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = kijkindewijk::cli::Cli::parse();
    match kijkindewijk::commands::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kijkindewijk: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
