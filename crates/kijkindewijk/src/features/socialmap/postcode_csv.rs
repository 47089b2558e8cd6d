//! Reading a CSV of postcode centroids for `kijkindewijk import-postcodes`. A header names the
//! columns (`postcode`, and `latitude`/`lat`/`breedtegraad`, `longitude`/`lon`/`lng`/`lengtegraad`);
//! commas or semicolons separate fields, and with semicolons a decimal comma is fine. Everything is
//! checked first: one bad line means nothing is imported, and the report names every bad line.

use super::domain::geo::{Point, Postcode, parse_decimal};

/// Most rows in one file (all Dutch PC6 postcodes are about 460,000).
pub const MAX_ROWS: usize = 1_000_000;
/// Problems listed before the report stops counting.
const MAX_PROBLEMS: usize = 50;

/// A line that could not be used, with the message id of the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line number in the file (1 = header).
    pub line: u64,
    /// Translation id of the reason.
    pub message_id: &'static str,
}

fn find(headers: &csv::StringRecord, names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| {
        names.iter().any(|n| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(n)
        })
    })
}

/// Parses the whole file, or says which lines are wrong.
pub fn parse(text: &str) -> Result<Vec<(Postcode, Point)>, Vec<Problem>> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let problem = |line: u64, message_id| Problem { line, message_id };
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(_) => return Err(vec![problem(1, "map-csv-header")]),
    };
    let (Some(pc), Some(lat), Some(lon)) = (
        find(&headers, &["postcode", "pc6", "pc4"]),
        find(&headers, &["latitude", "lat", "breedtegraad"]),
        find(&headers, &["longitude", "lon", "lng", "lengtegraad"]),
    ) else {
        return Err(vec![problem(1, "map-csv-header")]);
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i as u64 + 2;
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        if rows.len() >= MAX_ROWS {
            problems.push(problem(line, "map-csv-too-many"));
            break;
        }
        let Ok(record) = record else {
            problems.push(problem(line, "map-csv-line"));
            continue;
        };
        let field = |i: usize| record.get(i).unwrap_or_default();
        let Some(code) = Postcode::parse(field(pc)) else {
            problems.push(problem(line, "map-csv-postcode"));
            continue;
        };
        let point = parse_decimal(field(lat))
            .zip(parse_decimal(field(lon)))
            .and_then(|(a, o)| Point::in_nl(a, o));
        let Some(point) = point else {
            problems.push(problem(line, "map-csv-point"));
            continue;
        };
        if !seen.insert(code.clone()) {
            problems.push(problem(line, "map-csv-duplicate"));
            continue;
        }
        rows.push((code, point));
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(problem(1, "map-csv-empty"));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_dialects() {
        let rows =
            parse("postcode,latitude,longitude\n9901AB,52.1012,5.0987\n9902,52.11,5.12\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].0.as_str(), "9902");
        let rows =
            parse("\u{feff}PC6;Lengtegraad;Breedtegraad\n\"9901 ab\";5,0987;52,1012\n").unwrap();
        assert_eq!(rows[0].0.as_str(), "9901AB");
        assert!((rows[0].1.lat - 52.1012).abs() < 1e-9);
    }

    #[test]
    fn reports_every_bad_line() {
        let err = parse("postcode,lat,lon\n9901AB,52.1,5.1\nXXXX,52.1,5.1\n9902AB,100,101\n9901AB,52.1,5.1\n9903AB\n")
            .unwrap_err();
        assert_eq!(
            err,
            vec![
                Problem {
                    line: 3,
                    message_id: "map-csv-postcode"
                },
                Problem {
                    line: 4,
                    message_id: "map-csv-point"
                },
                Problem {
                    line: 5,
                    message_id: "map-csv-duplicate"
                },
                Problem {
                    line: 6,
                    message_id: "map-csv-point"
                },
            ]
        );
        assert_eq!(
            parse("naam,plaats\nx,y\n").unwrap_err()[0].message_id,
            "map-csv-header"
        );
        assert_eq!(parse("").unwrap_err()[0].message_id, "map-csv-header");
        assert_eq!(
            parse("postcode,lat,lon\n").unwrap_err()[0].message_id,
            "map-csv-empty"
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics(body in "\\PC{0,300}", header in "(postcode|lat|lon|x)[,;](postcode|lat|lon|x)[,;](postcode|lat|lon|x)") {
            let _ = parse(&format!("{header}\n{body}"));
            let _ = parse(&body);
        }
    }
}
