//! Places: WGS84 points inside the Netherlands, distances, search boxes and Dutch postcodes.
//!
//! Distance search runs in SQL as plain arithmetic on both backends: a bounding box on the indexed
//! latitude/longitude columns narrows the rows, and a flat-earth distance (longitude scaled by the
//! cosine of the centre's latitude) orders them. Within the Netherlands that is off by well under
//! one percent, which is far below what a postcode centroid is off anyway.

/// European Netherlands, with a margin for the coast and the borders.
pub const NL_LAT: (f64, f64) = (50.70, 53.70);
/// See [`NL_LAT`].
pub const NL_LON: (f64, f64) = (3.20, 7.30);

const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Metres per degree of latitude (good enough everywhere in the Netherlands).
pub const M_PER_DEG_LAT: f64 = 111_194.9;

/// A point inside the Netherlands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

impl Point {
    /// A point, or `None` when it is not a finite position inside the Netherlands.
    pub fn in_nl(lat: f64, lon: f64) -> Option<Point> {
        let ok = lat.is_finite()
            && lon.is_finite()
            && (NL_LAT.0..=NL_LAT.1).contains(&lat)
            && (NL_LON.0..=NL_LON.1).contains(&lon);
        ok.then_some(Point { lat, lon })
    }

    /// Great-circle distance in metres (haversine).
    pub fn distance_m(&self, other: &Point) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }

    /// Metres per degree of longitude at this latitude.
    pub fn m_per_deg_lon(&self) -> f64 {
        M_PER_DEG_LAT * self.lat.to_radians().cos()
    }

    /// The box that holds every point within `radius_m` of this one.
    pub fn bounding_box(&self, radius_m: f64) -> BoundingBox {
        let dlat = radius_m / M_PER_DEG_LAT;
        let dlon = radius_m / self.m_per_deg_lon();
        BoundingBox {
            min_lat: self.lat - dlat,
            max_lat: self.lat + dlat,
            min_lon: self.lon - dlon,
            max_lon: self.lon + dlon,
        }
    }
}

/// A latitude/longitude rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    /// South edge.
    pub min_lat: f64,
    /// North edge.
    pub max_lat: f64,
    /// West edge.
    pub min_lon: f64,
    /// East edge.
    pub max_lon: f64,
}

/// Parses a decimal number written the Dutch (`52,1`) or the English (`52.1`) way.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || s.len() > 32 {
        return None;
    }
    let v: f64 = s.replace(',', ".").parse().ok()?;
    v.is_finite().then_some(v)
}

/// "1,2 km" / "350 m": distances the way Dutch people write them (the unit stays the same in
/// English; only the decimal separator differs).
pub fn format_distance(metres: f64, dutch: bool) -> String {
    if metres < 950.0 {
        format!("{} m", ((metres / 50.0).round() * 50.0).max(50.0) as i64)
    } else {
        let km = format!("{:.1}", metres / 1000.0);
        let km = if dutch { km.replace('.', ",") } else { km };
        format!("{km} km")
    }
}

/// A Dutch postcode: PC6 (`1234AB`) or only its numeric part, PC4 (`1234`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Postcode(String);

impl Postcode {
    /// Accepts `1234 AB`, `1234ab`, `1234`; refuses what cannot be a postcode (a leading zero, the
    /// letter pairs SA, SD and SS that PostNL does not use).
    pub fn parse(s: &str) -> Option<Postcode> {
        let compact: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let b = compact.as_bytes();
        let digits_ok = b.len() >= 4 && b[0] != b'0' && b[..4].iter().all(u8::is_ascii_digit);
        match b.len() {
            4 if digits_ok => Some(Postcode(compact)),
            6 if digits_ok && b[4..].iter().all(u8::is_ascii_uppercase) => {
                (!matches!(&compact[4..], "SA" | "SD" | "SS")).then_some(Postcode(compact))
            }
            _ => None,
        }
    }

    /// The normalised text, `1234AB` or `1234`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The PC4 part.
    pub fn pc4(&self) -> &str {
        &self.0[..4]
    }

    /// True for a full PC6 postcode.
    pub fn is_pc6(&self) -> bool {
        self.0.len() == 6
    }

    /// `1234 AB`, the way it is printed on letters.
    pub fn display(&self) -> String {
        if self.is_pc6() {
            format!("{} {}", &self.0[..4], &self.0[4..])
        } else {
            self.0.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_must_lie_in_the_netherlands() {
        assert!(Point::in_nl(52.10, 5.10).is_some());
        assert!(Point::in_nl(100.0, 101.0).is_none(), "the HSDS example");
        assert!(Point::in_nl(48.85, 2.35).is_none(), "Paris");
        assert!(Point::in_nl(f64::NAN, 5.0).is_none());
        assert!(Point::in_nl(5.1, 52.1).is_none(), "swapped");
    }

    #[test]
    fn distances_and_boxes() {
        let utrecht = Point::in_nl(52.0907, 5.1214).unwrap();
        let amsterdam = Point::in_nl(52.3676, 4.9041).unwrap();
        let d = utrecht.distance_m(&amsterdam);
        assert!((d - 34_300.0).abs() < 600.0, "{d}");
        // The flat approximation used in SQL stays close to haversine.
        let dx = (amsterdam.lon - utrecht.lon) * utrecht.m_per_deg_lon();
        let dy = (amsterdam.lat - utrecht.lat) * M_PER_DEG_LAT;
        assert!(((dx * dx + dy * dy).sqrt() - d).abs() / d < 0.01);
        let b = utrecht.bounding_box(5_000.0);
        assert!(b.min_lat < 52.06 && b.max_lat > 52.12 && b.min_lon < 5.05 && b.max_lon > 5.19);
    }

    #[test]
    fn postcodes() {
        assert_eq!(Postcode::parse("3511 ab").unwrap().as_str(), "3511AB");
        assert_eq!(Postcode::parse("3511").unwrap().display(), "3511");
        assert_eq!(Postcode::parse("3511AB").unwrap().display(), "3511 AB");
        for bad in [
            "0511AB",
            "3511SS",
            "351AB",
            "3511ABC",
            "ABCD12",
            "",
            "３５１１AB",
            "3511 A",
        ] {
            assert!(Postcode::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(parse_decimal("52,1"), Some(52.1));
        assert_eq!(parse_decimal("inf"), None);
        assert_eq!(format_distance(1234.0, true), "1,2 km");
        assert_eq!(format_distance(1234.0, false), "1.2 km");
        assert_eq!(format_distance(320.0, true), "300 m");
    }
}
