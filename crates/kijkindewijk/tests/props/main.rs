//! Property tests ("fuzzing" on stable Rust) for every parser of outside input: urlencoded forms and
//! queries, the JSON extractor, CBS area codes, TOTP and recovery-code input, return paths. Each
//! property runs hundreds of generated inputs; proptest shrinks a failure to a minimal example.
//! Parsers whose entry points are private keep their properties next to them, in the same shape:
//! the configuration-file keys (`src/config.rs`), and the social map's HSDS import
//! (`socialmap/hsds/import/tests.rs`), search query (`socialmap/domain/query/tests.rs`), recurrence
//! rules (`socialmap/domain/recurrence/tests.rs`), text folding and stemming
//! (`socialmap/domain/text.rs`) and postcode CSV import (`socialmap/postcode_csv.rs`).
//!
//! Editors' Markdown (`web::markdown`) has its property in `markdown.rs`. A parser that arrives with a later feature gets a
//! `proptest!` block too, with at least "never panics on any input" and a round trip for valid
//! input.

mod codes;
mod extractors;
mod markdown;
mod totp;
mod urlencoded;
