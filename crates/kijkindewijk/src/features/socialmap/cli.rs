//! The social map's subcommands: `import-hsds`, `export-hsds`, `import-postcodes`, and the bulk
//! listings of `demo --services N`.

use std::path::Path;

use super::domain::geo::{Point, Postcode};
use super::hsds::{export, import};
use super::postcode_csv;
use super::repo::postcodes;
use crate::i18n::Locale;
use crate::state::AppState;

fn read_file(path: &Path, max: usize) -> anyhow::Result<String> {
    let meta = std::fs::metadata(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    anyhow::ensure!(
        meta.len() as usize <= max,
        "{} is larger than {max} bytes",
        path.display()
    );
    let bytes = std::fs::read(path)?;
    String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{} is not UTF-8 text", path.display()))
}

/// `import-hsds FILE --municipality GM…`: prints what was stored, or every problem (and stores
/// nothing).
pub async fn import_hsds(
    state: &AppState,
    file: &Path,
    municipality: &str,
    loc: Locale,
) -> anyhow::Result<()> {
    let text = read_file(file, import::read::MAX_BYTES)?;
    match import::run::import(state, municipality, &text).await? {
        Ok(outcome) => {
            println!("{}", outcome.counts.render(loc));
            if !outcome.warnings.is_empty() {
                println!("{}", loc.t("hsds-import-warnings"));
                for w in &outcome.warnings {
                    println!("  - {}", w.render(loc));
                }
            }
            Ok(())
        }
        Err(problems) => {
            eprintln!(
                "{}",
                loc.t_args("hsds-import-refused", &[("count", problems.len().into())])
            );
            for p in &problems {
                eprintln!("  - {}", p.render(loc));
            }
            anyhow::bail!("{}", loc.t("hsds-import-nothing-stored"))
        }
    }
}

/// `export-hsds FILE --municipality GM…`
pub async fn export_hsds(
    state: &AppState,
    file: &Path,
    municipality: &str,
    loc: Locale,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        !file.exists(),
        "{} already exists; choose a new file name",
        file.display()
    );
    let (json, orgs, services) = export::export(state, municipality).await?;
    std::fs::write(file, json)?;
    println!(
        "{}",
        loc.t_args(
            "hsds-export-done",
            &[
                ("organizations", orgs.into()),
                ("services", services.into()),
                ("file", file.display().to_string().into())
            ]
        )
    );
    Ok(())
}

/// `import-postcodes FILE.csv`: all lines or none.
pub async fn import_postcodes(state: &AppState, file: &Path, loc: Locale) -> anyhow::Result<()> {
    let text = read_file(file, 128 * 1024 * 1024)?;
    let rows: Vec<(Postcode, Point)> = match postcode_csv::parse(&text) {
        Ok(rows) => rows,
        Err(problems) => {
            for p in &problems {
                eprintln!(
                    "  - {}",
                    loc.t_args(
                        "map-csv-line-problem",
                        &[
                            ("line", p.line.into()),
                            ("reason", loc.t(p.message_id).into())
                        ]
                    )
                );
            }
            anyhow::bail!("{}", loc.t("hsds-import-nothing-stored"))
        }
    };
    let mut tx = state.db.begin().await?;
    postcodes::upsert(&mut tx, &rows).await?;
    tx.commit().await?;
    println!(
        "{}",
        loc.t_args("map-csv-done", &[("count", rows.len().into())])
    );
    Ok(())
}

/// Adds `count` synthetic listings to the demo municipality.
pub async fn generate(state: &AppState, count: u32) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let made =
        super::demo::generate::generate(state, crate::demo::context::MUNICIPALITY.0, count).await?;
    println!(
        "{made} synthetic listings added in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
