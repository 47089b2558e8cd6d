//! Installs the pinned front-end packages (NL Design System CSS and tokens, Leaflet) from `web/package-lock.json`
//! and copies the files the binary serves into `OUT_DIR`, so nothing from npm is committed and a fresh
//! machine needs only `cargo` and `npm`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Files taken from `web/node_modules`, with the name they get in `OUT_DIR`.
const VENDORED: &[(&str, &str)] = &[
    (
        "@utrecht/component-library-css/dist/index.css",
        "utrecht-components.css",
    ),
    (
        "@utrecht/design-tokens/dist/index.css",
        "utrecht-tokens.css",
    ),
    // The social map's map view (BSD-2-Clause); markers are drawn as vectors, so no images.
    ("leaflet/dist/leaflet.js", "leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet.css"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let web = manifest
        .join("../../web")
        .canonicalize()
        .expect("web/ folder next to the workspace");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!(
        "cargo:rerun-if-changed={}",
        web.join("package.json").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        web.join("package-lock.json").display()
    );
    println!("cargo:rerun-if-changed=build.rs");
    // sqlx::migrate! embeds the migration files; rebuild when they change.
    println!("cargo:rerun-if-changed=migrations");

    if needs_install(&web) {
        let status = Command::new("npm")
            .args([
                "ci",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--loglevel=error",
            ])
            .current_dir(&web)
            .status()
            .unwrap_or_else(|e| {
                panic!(
                    "could not run `npm ci` in {}: {e}; install Node.js and npm",
                    web.display()
                )
            });
        assert!(status.success(), "`npm ci` in {} failed", web.display());
    }
    for (from, to) in VENDORED {
        let src = web.join("node_modules").join(from);
        std::fs::copy(&src, out.join(to)).unwrap_or_else(|e| panic!("copy {}: {e}", src.display()));
    }
}

/// npm writes `node_modules/.package-lock.json` on install; when it is missing or older than the
/// lockfile, the installed tree does not match the pinned one.
fn needs_install(web: &Path) -> bool {
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (
        modified(web.join("node_modules/.package-lock.json")),
        modified(web.join("package-lock.json")),
    ) {
        (Some(installed), Some(lock)) => installed < lock,
        _ => true,
    }
}
