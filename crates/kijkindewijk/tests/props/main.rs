//! Property tests ("fuzzing" on stable Rust) for every parser of outside input: urlencoded forms and
//! queries, the JSON extractor, CBS area codes, TOTP and recovery-code input, return paths. Each
//! property runs hundreds of generated inputs; proptest shrinks a failure to a minimal example.
//! The configuration-file key parser is private and has its properties in `src/config.rs`.
//!
//! Parsers that arrive with later features get a module here too: HSDS import (JSON/CSV),
//! the social-map search syntax, schedule recurrence (RRULE), CSV import/export and Markdown
//! (ammonia/pulldown-cmark) — one `proptest!` block each, with at least "never panics on any
//! input" and a round trip for valid input.

mod codes;
mod extractors;
mod totp;
mod urlencoded;
