//! The made-up geography of the demo: a centre around 52.10 N 5.10 E, the demo buurten around it,
//! fictional postcodes 3591–3596 (one PC4 per wijk, a few PC6 per buurt) and street names.

/// A demo buurt: CBS code, centre, PC4 and the first letter of its PC6 postcodes, streets.
pub struct DemoBuurt {
    /// CBS buurt code (from `crate::demo`).
    pub code: &'static str,
    /// Its wijk's code.
    pub wijk: &'static str,
    /// Centre.
    pub lat: f64,
    /// Centre.
    pub lon: f64,
    /// Postcode digits.
    pub pc4: &'static str,
    /// First letter of the PC6 letter pair.
    pub letter: char,
    /// Street names.
    pub streets: [&'static str; 3],
}

/// The place name on addresses.
pub const TOWN: &str = "Wijkerveen";
/// The neighbouring municipality's place name.
pub const OTHER_TOWN: &str = "Buurendam";

/// Every demo buurt.
#[rustfmt::skip]
pub const BUURTEN: &[DemoBuurt] = &[
    DemoBuurt { code: "BU09900101", wijk: "WK099001", lat: 52.1000, lon: 5.1000, pc4: "3591", letter: 'A', streets: ["Markt", "Kerkstraat", "Lange Nieuwstraat"] },
    DemoBuurt { code: "BU09900102", wijk: "WK099001", lat: 52.0975, lon: 5.0950, pc4: "3591", letter: 'B', streets: ["Havenkade", "Schippersstraat", "Zoutmarkt"] },
    DemoBuurt { code: "BU09900103", wijk: "WK099001", lat: 52.1030, lon: 5.1050, pc4: "3591", letter: 'C', streets: ["Stationsplein", "Spoorlaan", "Perronweg"] },
    DemoBuurt { code: "BU09900201", wijk: "WK099002", lat: 52.1180, lon: 5.0950, pc4: "3592", letter: 'A', streets: ["Molenweg", "Korenstraat", "Maalderij"] },
    DemoBuurt { code: "BU09900202", wijk: "WK099002", lat: 52.1140, lon: 5.1020, pc4: "3592", letter: 'B', streets: ["Tulpstraat", "Rozenlaan", "Narcissenhof"] },
    DemoBuurt { code: "BU09900203", wijk: "WK099002", lat: 52.1200, lon: 5.1000, pc4: "3592", letter: 'C', streets: ["Parkweg", "Vijverlaan", "Noorderpad"] },
    DemoBuurt { code: "BU09900301", wijk: "WK099003", lat: 52.1040, lon: 5.1220, pc4: "3593", letter: 'A', streets: ["Rembrandtlaan", "Vermeerstraat", "Mondriaanplein"] },
    DemoBuurt { code: "BU09900302", wijk: "WK099003", lat: 52.0990, lon: 5.1290, pc4: "3593", letter: 'B', streets: ["Oosterhoflaan", "Hofstede", "Boerhaavestraat"] },
    DemoBuurt { code: "BU09900303", wijk: "WK099003", lat: 52.1060, lon: 5.1320, pc4: "3593", letter: 'C', streets: ["Akkerweg", "Zaaiersveld", "Ploeglaan"] },
    DemoBuurt { code: "BU09900401", wijk: "WK099004", lat: 52.0890, lon: 5.0850, pc4: "3594", letter: 'A', streets: ["Merelstraat", "Spreeuwenlaan", "Kievitpad"] },
    DemoBuurt { code: "BU09900402", wijk: "WK099004", lat: 52.0840, lon: 5.0830, pc4: "3594", letter: 'B', streets: ["Sportlaan", "Stadionweg", "Atletiekpad"] },
    DemoBuurt { code: "BU09900403", wijk: "WK099004", lat: 52.0880, lon: 5.0740, pc4: "3594", letter: 'C', streets: ["Kanaalweg", "Sluiskade", "Jaagpad"] },
    DemoBuurt { code: "BU09900501", wijk: "WK099005", lat: 52.0870, lon: 5.1150, pc4: "3595", letter: 'A', streets: ["Edenlaan", "Boomgaard", "Appelhof"] },
    DemoBuurt { code: "BU09900502", wijk: "WK099005", lat: 52.0900, lon: 5.1220, pc4: "3595", letter: 'B', streets: ["Kloosterweg", "Abdijlaan", "Pater Damiaanstraat"] },
    DemoBuurt { code: "BU09910101", wijk: "WK099101", lat: 52.1400, lon: 5.0450, pc4: "3596", letter: 'A', streets: ["Dorpsstraat", "Brink", "Kerkepad"] },
];

/// A buurt by code.
pub fn buurt(code: &str) -> &'static DemoBuurt {
    BUURTEN
        .iter()
        .find(|b| b.code == code)
        .unwrap_or(&BUURTEN[0])
}

/// The PC6 postcode `n` (0..3) of a buurt, and its centroid (a little apart from the centre).
pub fn pc6(b: &DemoBuurt, n: usize) -> (String, f64, f64) {
    let second = (b'A' + n as u8) as char;
    let (dlat, dlon) = [(0.0, 0.0), (0.0012, -0.0015), (-0.0011, 0.0016)][n % 3];
    (
        format!("{}{}{}", b.pc4, b.letter, second),
        b.lat + dlat,
        b.lon + dlon,
    )
}

/// Every demo postcode (PC6 and PC4) with its centroid.
pub fn postcodes() -> Vec<(String, f64, f64)> {
    let mut out = Vec::new();
    for b in BUURTEN {
        for n in 0..3 {
            out.push(pc6(b, n));
        }
    }
    for pc4 in ["3591", "3592", "3593", "3594", "3595", "3596"] {
        let inside: Vec<&DemoBuurt> = BUURTEN.iter().filter(|b| b.pc4 == pc4).collect();
        let n = inside.len() as f64;
        let lat = inside.iter().map(|b| b.lat).sum::<f64>() / n;
        let lon = inside.iter().map(|b| b.lon).sum::<f64>() / n;
        out.push((pc4.to_string(), lat, lon));
    }
    out
}

/// A small deterministic pseudo-random generator (the demo must look the same every time).
pub struct Lcg(pub u64);

impl Lcg {
    /// Next number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
    /// A jitter in `-max..max`.
    pub fn jitter(&mut self, max: f64) -> f64 {
        (self.below(2001) as f64 / 1000.0 - 1.0) * max
    }
}
