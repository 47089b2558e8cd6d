//! The demo's made-up organisations and the kinds of listing they offer. Names, addresses and
//! people are invented; any likeness to a real club is a coincidence.

/// Where an organisation's activities happen.
#[derive(Clone, Copy)]
pub enum Sites {
    /// One place, in this buurt.
    One(&'static str),
    /// A branch in every wijk of the demo municipality.
    EveryWijk,
    /// In every buurt (the buurtsportcoach comes to you).
    EveryBuurt,
}

/// A demo organisation.
pub struct DemoOrg {
    /// Key for the listings below.
    pub key: &'static str,
    /// Name.
    pub name: &'static str,
    /// Description.
    pub text: &'static str,
    /// Name of its place (for branches the wijk's name follows).
    pub place: &'static str,
    /// Where.
    pub sites: Sites,
    /// Accessibility codes of its places.
    pub access: &'static [&'static str],
}

/// A price.
#[derive(Clone, Copy)]
pub enum Price {
    /// Free.
    Free,
    /// Cents, and what for.
    Cents(i64, &'static str),
}

/// A kind of listing; `groups` makes one listing per age group, each half an hour later.
pub struct Kind {
    /// Organisation key.
    pub org: &'static str,
    /// Category code in the youth taxonomy.
    pub cat: &'static str,
    /// Name; `{}` is replaced by the group.
    pub name: &'static str,
    /// Description.
    pub text: &'static str,
    /// Ages when there are no groups.
    pub ages: (Option<i64>, Option<i64>),
    /// Age groups: label, min, max.
    pub groups: &'static [(&'static str, i64, i64)],
    /// Price.
    pub price: Price,
    /// The Jeugdfonds Sport & Cultuur can pay.
    pub jeugdfonds: bool,
    /// Days (RFC 5545 codes, comma separated), opens, closes.
    pub times: &'static [(&'static str, &'static str, &'static str)],
    /// Places left.
    pub capacity: Option<i64>,
    /// Languages besides Dutch.
    pub langs: &'static [&'static str],
}

#[rustfmt::skip]
const FOOTBALL: &[(&str, i64, i64)] = &[
    ("JO9", 7, 8),
    ("JO11", 9, 10),
    ("JO13", 11, 12),
    ("JO15", 13, 14),
    ("JO17", 15, 16),
    ("JO19", 17, 18),
];
#[rustfmt::skip]
const YOUTH3: &[(&str, i64, i64)] = &[
    ("8-11 jaar", 8, 11),
    ("12-15 jaar", 12, 15),
    ("16-21 jaar", 16, 21),
];
#[rustfmt::skip]
const YOUTH2: &[(&str, i64, i64)] = &[("10-13 jaar", 10, 13), ("14-18 jaar", 14, 18)];

/// The organisations. The first one is the demo partner's club.
#[rustfmt::skip]
pub const ORGS: &[DemoOrg] = &[
    DemoOrg { key: "vvw", name: "VV Wijkerveen", text: "Voetbalvereniging voor iedereen uit Wijkerveen, met jeugdteams vanaf 7 jaar.", place: "Sportpark Zuid", sites: Sites::One("BU09900402"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "zwem", name: "Zwemvereniging De Dolfijn", text: "Zwemles, wedstrijdzwemmen en waterpolo in zwembad De Golfslag.", place: "Zwembad De Golfslag", sites: Sites::One("BU09900401"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "judo", name: "Judoschool Kano", text: "Judo en weerbaarheid voor kinderen en jongeren.", place: "Dojo Kano", sites: Sites::One("BU09900301"), access: &[] },
    DemoOrg { key: "dans", name: "Dansstudio Move", text: "Streetdance, hiphop en moderne dans.", place: "Studio Move", sites: Sites::One("BU09900103"), access: &["toilet"] },
    DemoOrg { key: "basket", name: "Basketbalclub Wijkerveen Wolves", text: "Basketbal in sporthal De Akkers en op het Cruyff Court.", place: "Sporthal De Akkers", sites: Sites::One("BU09900303"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "hockey", name: "HC Wijkerveen", text: "Hockeyclub met jeugdteams en funkey voor de jongsten.", place: "Sportpark Zuid", sites: Sites::One("BU09900402"), access: &["rolstoel"] },
    DemoOrg { key: "atletiek", name: "AV De Sprinters", text: "Atletiek en hardlopen op de baan en in het park.", place: "Atletiekbaan Noorderpark", sites: Sites::One("BU09900203"), access: &["toilet"] },
    DemoOrg { key: "skate", name: "Stichting Skatepark Kanaalzone", text: "Het skatepark aan het kanaal, met lessen voor beginners.", place: "Skatepark Kanaalzone", sites: Sites::One("BU09900403"), access: &[] },
    DemoOrg { key: "muziek", name: "Muziekschool Wijkerveen", text: "Les op bijna elk instrument, zang en samenspel.", place: "Muziekschool", sites: Sites::One("BU09900101"), access: &["rolstoel", "ringleiding"] },
    DemoOrg { key: "pop", name: "Popcentrum De Kelder", text: "Oefenruimtes, studio en podium voor jonge muzikanten.", place: "De Kelder", sites: Sites::One("BU09900102"), access: &[] },
    DemoOrg { key: "theater", name: "Jeugdtheater De Spiegel", text: "Toneel, musical en improvisatie voor jong talent.", place: "Theater De Spiegel", sites: Sites::One("BU09900101"), access: &["rolstoel", "toilet", "ringleiding"] },
    DemoOrg { key: "kunst", name: "Kunstcentrum Het Atelier", text: "Tekenen, schilderen, graffiti en fotografie.", place: "Het Atelier", sites: Sites::One("BU09900302"), access: &["rolstoel"] },
    DemoOrg { key: "bieb", name: "Bibliotheek Wijkerveen", text: "De bibliotheek, met een vestiging in elke wijk.", place: "Bibliotheek", sites: Sites::EveryWijk, access: &["rolstoel", "toilet", "prikkelarm"] },
    DemoOrg { key: "jw", name: "Jongerenwerk Wijkerveen", text: "Het jongerenwerk: jongerencentra, activiteiten en een luisterend oor.", place: "Jongerencentrum", sites: Sites::EveryWijk, access: &["toilet"] },
    DemoOrg { key: "sport", name: "Buurtsport Wijkerveen", text: "De buurtsportcoaches van de gemeente: gratis sporten in je eigen buurt.", place: "Trapveldje", sites: Sites::EveryBuurt, access: &[] },
    DemoOrg { key: "huiswerk", name: "Huiswerkinstituut Slim", text: "Huiswerkbegeleiding en bijles voor basis- en middelbare school.", place: "Studiehuis Slim", sites: Sites::One("BU09900202"), access: &["prikkelarm"] },
    DemoOrg { key: "taal", name: "Taalhuis Wijkerveen", text: "Samen Nederlands oefenen, met vrijwillige taalmaatjes.", place: "Taalhuis", sites: Sites::One("BU09900103"), access: &["rolstoel"] },
    DemoOrg { key: "buddy", name: "Buddynetwerk Wijkerveen", text: "Vrijwillige buddy's die met jongeren optrekken.", place: "Buurthuis De Brug", sites: Sites::One("BU09900201"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "mentor", name: "Mentorproject Kansrijk", text: "Een mentor die helpt bij school, werk en je plannen.", place: "Buurthuis De Brug", sites: Sites::One("BU09900201"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "scouting", name: "Scouting Sint-Joris", text: "Scouting voor welpen, scouts en explorers.", place: "Clubhuis aan het kanaal", sites: Sites::One("BU09900403"), access: &[] },
    DemoOrg { key: "boerderij", name: "Kinderboerderij De Hooiberg", text: "Dieren verzorgen, tuinieren en natuurwerk.", place: "Kinderboerderij De Hooiberg", sites: Sites::One("BU09900501"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "maker", name: "Makerplaats De Werkbank", text: "Solderen, 3D-printen, programmeren en repareren.", place: "De Werkbank", sites: Sites::One("BU09900303"), access: &["rolstoel"] },
    DemoOrg { key: "code", name: "CoderDojo Wijkerveen", text: "Gratis programmeren voor kinderen, met vrijwillige coaches.", place: "Bibliotheek Centrum", sites: Sites::One("BU09900101"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "super", name: "Supermarkt Vers aan de Markt", text: "Buurtsupermarkt met bijbanen voor scholieren.", place: "Vers aan de Markt", sites: Sites::One("BU09900101"), access: &["rolstoel"] },
    DemoOrg { key: "lunch", name: "Lunchroom 't Pleintje", text: "Lunchroom met bijbanen en snuffelstages.", place: "'t Pleintje", sites: Sites::One("BU09900502"), access: &[] },
    DemoOrg { key: "bezorg", name: "Wijkerveens Nieuwsblad", text: "Huis-aan-huiskrant; bezorgers gezocht in alle wijken.", place: "Redactie", sites: Sites::One("BU09900103"), access: &[] },
    DemoOrg { key: "vrijwillig", name: "Vrijwilligerscentrum Wijkerveen", text: "Vrijwilligerswerk en maatschappelijke stages.", place: "Vrijwilligerscentrum", sites: Sites::One("BU09900102"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "ggd", name: "GGD Jongerenpunt", text: "Praten over hoe het met je gaat, gezond leven en seksualiteit.", place: "Jongerenpunt", sites: Sites::One("BU09900502"), access: &["rolstoel", "toilet", "prikkelarm"] },
    DemoOrg { key: "garage", name: "Autobedrijf Van Dijk", text: "Garage die snuffelstages en beroepsstages aanbiedt.", place: "Autobedrijf Van Dijk", sites: Sites::One("BU09900403"), access: &[] },
    DemoOrg { key: "kick", name: "Kickboksschool Fighters", text: "Kickboksen en conditietraining in een veilige sfeer.", place: "Sportschool Fighters", sites: Sites::One("BU09900302"), access: &[] },
    DemoOrg { key: "turn", name: "Turnvereniging Olympia", text: "Turnen, freerunning en acrobatiek.", place: "Gymzaal Molenwijk", sites: Sites::One("BU09900201"), access: &["toilet"] },
    DemoOrg { key: "volley", name: "Volleybalclub Smash", text: "Volleybal binnen en in de zomer op het strandveld.", place: "Sporthal Noord", sites: Sites::One("BU09900202"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "fanfare", name: "Fanfare Eendracht", text: "Blaasmuziek en slagwerk, met een eigen jeugdorkest.", place: "Muziekgebouw Eendracht", sites: Sites::One("BU09900501"), access: &["rolstoel"] },
    DemoOrg { key: "circus", name: "Circusschool Hoog Hinder", text: "Jongleren, acrobatiek en clownerie.", place: "Circustent Kloosterveld", sites: Sites::One("BU09900502"), access: &[] },
    DemoOrg { key: "film", name: "Filmhuis De Lantaarn", text: "Filmhuis met een filmclub en workshops voor jongeren.", place: "De Lantaarn", sites: Sites::One("BU09900101"), access: &["rolstoel", "ringleiding"] },
    DemoOrg { key: "schaak", name: "Schaakclub Het Paard", text: "Schaken voor beginners en gevorderden.", place: "Buurthuis De Brug", sites: Sites::One("BU09900201"), access: &["rolstoel", "toilet"] },
    DemoOrg { key: "zorg", name: "Zorgcentrum De Linde", text: "Zorgcentrum voor ouderen; jongeren helpen mee.", place: "De Linde", sites: Sites::One("BU09900302"), access: &["rolstoel", "toilet", "ringleiding"] },
];

/// The kinds of listing.
#[rustfmt::skip]
pub const KINDS: &[Kind] = &[
    Kind { org: "vvw", cat: "sport-voetbal", name: "Voetbaltraining {}", text: "Trainen en wedstrijden spelen met je team. Nieuwe spelers mogen drie keer gratis meetrainen.", ages: (None, None), groups: FOOTBALL, price: Price::Cents(1250, "per maand"), jeugdfonds: true, times: &[("TU,TH", "17:00", "18:15")], capacity: Some(4), langs: &["en"] },
    Kind { org: "vvw", cat: "sport-voetbal", name: "Meidenvoetbal", text: "Voetbal alleen voor meiden, van beginner tot gevorderd.", ages: (Some(10), Some(16)), groups: &[], price: Price::Cents(1000, "per maand"), jeugdfonds: true, times: &[("WE", "16:00", "17:30")], capacity: Some(8), langs: &[] },
    Kind { org: "vvw", cat: "vrijwilligerswerk", name: "Scheidsrechter worden", text: "Leer fluiten bij jeugdwedstrijden. Je krijgt een cursus en een tenue.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SA", "09:00", "12:00")], capacity: None, langs: &[] },
    Kind { org: "zwem", cat: "sport-zwemmen", name: "Zwemles diploma {}", text: "Zwemles in kleine groepjes tot je diploma.", ages: (None, None), groups: &[("A", 5, 8), ("B", 6, 9), ("C", 7, 10)], price: Price::Cents(4500, "per maand"), jeugdfonds: true, times: &[("MO,WE", "15:30", "16:15")], capacity: Some(2), langs: &["en", "ar"] },
    Kind { org: "zwem", cat: "sport-zwemmen", name: "Wedstrijdzwemmen {}", text: "Trainen voor wedstrijden, met een vaste trainer.", ages: (None, None), groups: YOUTH2, price: Price::Cents(2200, "per maand"), jeugdfonds: true, times: &[("TU,FR", "18:00", "19:30")], capacity: None, langs: &[] },
    Kind { org: "zwem", cat: "sport-zwemmen", name: "Vrij zwemmen voor tieners", text: "Met muziek en de glijbaan open. Gratis met de Wijkerveenpas.", ages: (Some(12), Some(18)), groups: &[], price: Price::Cents(350, "per keer"), jeugdfonds: false, times: &[("FR", "19:00", "21:00")], capacity: None, langs: &[] },
    Kind { org: "judo", cat: "sport-vechtsport", name: "Judo {}", text: "Judo leren: vallen, werpen en respect voor elkaar.", ages: (None, None), groups: YOUTH3, price: Price::Cents(2000, "per maand"), jeugdfonds: true, times: &[("MO,TH", "16:30", "17:30")], capacity: Some(6), langs: &[] },
    Kind { org: "judo", cat: "sport-vechtsport", name: "Weerbaarheidstraining", text: "Sterker in je schoenen staan: grenzen aangeven en voor jezelf opkomen.", ages: (Some(10), Some(14)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "14:00", "15:30")], capacity: Some(10), langs: &[] },
    Kind { org: "dans", cat: "sport-dans", name: "Streetdance {}", text: "Hiphop en streetdance op de nieuwste muziek. Geen ervaring nodig.", ages: (None, None), groups: YOUTH3, price: Price::Cents(2500, "per maand"), jeugdfonds: true, times: &[("WE", "15:00", "16:00")], capacity: Some(5), langs: &["en"] },
    Kind { org: "basket", cat: "sport-basketbal", name: "Basketbal {}", text: "Trainen in de sporthal en in de zomer op het Cruyff Court.", ages: (None, None), groups: YOUTH2, price: Price::Cents(1500, "per maand"), jeugdfonds: true, times: &[("TU,TH", "18:00", "19:30")], capacity: None, langs: &["en"] },
    Kind { org: "hockey", cat: "sport-hockey", name: "Jeugdhockey {}", text: "Hockey bij de club: trainen doordeweeks, wedstrijden op zaterdag.", ages: (None, None), groups: YOUTH3, price: Price::Cents(2800, "per maand"), jeugdfonds: true, times: &[("WE", "16:00", "17:15")], capacity: Some(3), langs: &[] },
    Kind { org: "atletiek", cat: "sport-atletiek", name: "Atletiek {}", text: "Rennen, springen en werpen op de atletiekbaan.", ages: (None, None), groups: YOUTH3, price: Price::Cents(1800, "per maand"), jeugdfonds: true, times: &[("MO,TH", "18:00", "19:00")], capacity: None, langs: &[] },
    Kind { org: "atletiek", cat: "sport-atletiek", name: "Hardloopgroep Start to Run", text: "In tien weken vijf kilometer hardlopen, samen met anderen.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SU", "10:00", "11:00")], capacity: Some(12), langs: &[] },
    Kind { org: "skate", cat: "sport-skaten", name: "Skateles voor beginners", text: "Leer skaten op een echt skatepark. Board en helm te leen.", ages: (Some(8), Some(16)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SA", "13:00", "15:00")], capacity: Some(10), langs: &[] },
    Kind { org: "skate", cat: "sport-skaten", name: "BMX-middag", text: "Samen BMX'en met tips van ervaren riders.", ages: (Some(10), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "14:00", "17:00")], capacity: None, langs: &[] },
    Kind { org: "muziek", cat: "muziek-instrument", name: "Gitaarles", text: "Gitaar leren spelen, van je eerste akkoorden tot je favoriete nummer.", ages: (Some(8), Some(21)), groups: &[], price: Price::Cents(3500, "per maand"), jeugdfonds: true, times: &[("MO,WE", "15:00", "20:00")], capacity: Some(3), langs: &["en"] },
    Kind { org: "muziek", cat: "muziek-instrument", name: "Pianoles", text: "Pianoles, ook op keyboard thuis te oefenen.", ages: (Some(6), Some(21)), groups: &[], price: Price::Cents(3800, "per maand"), jeugdfonds: true, times: &[("TU,TH", "15:00", "19:00")], capacity: Some(2), langs: &[] },
    Kind { org: "muziek", cat: "muziek-instrument", name: "Drumles", text: "Drummen in een geluiddichte studio.", ages: (Some(9), Some(21)), groups: &[], price: Price::Cents(3800, "per maand"), jeugdfonds: true, times: &[("FR", "15:00", "19:00")], capacity: Some(1), langs: &[] },
    Kind { org: "muziek", cat: "muziek-zang", name: "Kinderkoor De Lijsters", text: "Samen zingen en optreden in de stad.", ages: (Some(7), Some(12)), groups: &[], price: Price::Cents(800, "per maand"), jeugdfonds: true, times: &[("WE", "14:00", "15:00")], capacity: Some(10), langs: &[] },
    Kind { org: "pop", cat: "muziek-maken", name: "Beats maken in de studio", text: "Leer beats produceren en je eigen track opnemen.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TH", "19:00", "21:30")], capacity: Some(6), langs: &["en"] },
    Kind { org: "pop", cat: "muziek-maken", name: "Bandcoaching", text: "Met je band oefenen onder begeleiding van een coach.", ages: (Some(13), Some(23)), groups: &[], price: Price::Cents(500, "per keer"), jeugdfonds: true, times: &[("SA", "12:00", "16:00")], capacity: None, langs: &[] },
    Kind { org: "pop", cat: "muziek-zang", name: "Open podium", text: "Laat horen wat je kunt: zingen, rappen of spelen voor publiek.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("1FR", "20:00", "23:00")], capacity: None, langs: &[] },
    Kind { org: "theater", cat: "cultuur-theater", name: "Jeugdtheater {}", text: "Toneel spelen, improviseren en aan het eind een voorstelling.", ages: (None, None), groups: YOUTH3, price: Price::Cents(2400, "per maand"), jeugdfonds: true, times: &[("WE", "14:00", "15:30")], capacity: Some(4), langs: &[] },
    Kind { org: "theater", cat: "cultuur-schrijven", name: "Spoken word workshop", text: "Schrijf je eigen tekst en draag hem voor.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TU", "19:30", "21:00")], capacity: Some(12), langs: &["en"] },
    Kind { org: "kunst", cat: "cultuur-beeldend", name: "Tekenen en schilderen {}", text: "Werken met potlood, verf en klei.", ages: (None, None), groups: YOUTH2, price: Price::Cents(1500, "per maand"), jeugdfonds: true, times: &[("WE", "14:30", "16:00")], capacity: Some(5), langs: &[] },
    Kind { org: "kunst", cat: "cultuur-beeldend", name: "Graffiti-workshop", text: "Leer spuiten op een legale muur.", ages: (Some(12), Some(20)), groups: &[], price: Price::Cents(500, "per keer"), jeugdfonds: false, times: &[("SA", "13:00", "16:00")], capacity: Some(8), langs: &[] },
    Kind { org: "kunst", cat: "cultuur-media", name: "Fotografie en vloggen", text: "Mooie foto's en filmpjes maken met je telefoon.", ages: (Some(11), Some(18)), groups: &[], price: Price::Cents(1200, "per maand"), jeugdfonds: true, times: &[("TH", "16:00", "17:30")], capacity: Some(6), langs: &[] },
    Kind { org: "bieb", cat: "huiswerk-begeleiding", name: "Huiswerkklas", text: "Samen huiswerk maken in de bibliotheek, met vrijwilligers die helpen.", ages: (Some(10), Some(16)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("MO,WE", "15:00", "17:00")], capacity: None, langs: &["en", "ar", "tr"] },
    Kind { org: "bieb", cat: "huiswerk-taal", name: "Taalcafé voor jongeren", text: "Nederlands praten en oefenen in een gezellige groep.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TH", "16:00", "17:30")], capacity: None, langs: &["en", "ar", "uk", "ti"] },
    Kind { org: "jw", cat: "jongerenwerk-inloop", name: "Inloop jongerencentrum", text: "Binnenlopen, chillen, tafeltennissen en praten met de jongerenwerkers.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TU,TH", "15:00", "18:00"), ("FR", "19:00", "22:00")], capacity: None, langs: &["en", "ar", "tr"] },
    Kind { org: "jw", cat: "jongerenwerk-meiden", name: "Meidenavond", text: "Een avond alleen voor meiden: koken, praten en activiteiten die jullie zelf kiezen.", ages: (Some(12), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "18:30", "21:00")], capacity: None, langs: &[] },
    Kind { org: "jw", cat: "jongerenwerk-talent", name: "Talentlab", text: "Ontdek waar je goed in bent: muziek, koken, ondernemen of sport.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("MO", "19:00", "21:00")], capacity: Some(15), langs: &[] },
    Kind { org: "sport", cat: "sport-voetbal", name: "Pleinvoetbal", text: "Gratis voetballen op het veldje in je buurt, met de buurtsportcoach.", ages: (Some(8), Some(16)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "14:00", "16:00")], capacity: None, langs: &[] },
    Kind { org: "sport", cat: "sport-fitness", name: "Bootcamp in het park", text: "Buiten sporten: sterker en fitter worden met de buurtsportcoach.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SA", "10:00", "11:00")], capacity: None, langs: &[] },
    Kind { org: "huiswerk", cat: "huiswerk-bijles", name: "Bijles wiskunde en Engels", text: "Extra uitleg van studenten, in kleine groepjes.", ages: (Some(12), Some(18)), groups: &[], price: Price::Cents(1500, "per les"), jeugdfonds: false, times: &[("TU,TH", "16:00", "18:00")], capacity: Some(4), langs: &["en"] },
    Kind { org: "huiswerk", cat: "huiswerk-begeleiding", name: "Huiswerkbegeleiding brugklas", text: "Plannen en leren leren in je eerste jaar op de middelbare school.", ages: (Some(11), Some(14)), groups: &[], price: Price::Cents(9500, "per maand"), jeugdfonds: false, times: &[("MO,TU,WE,TH", "14:30", "17:00")], capacity: Some(3), langs: &[] },
    Kind { org: "taal", cat: "huiswerk-taal", name: "Taalmaatje", text: "Een vrijwilliger die elke week met je Nederlands oefent.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "16:00", "17:00")], capacity: Some(5), langs: &["en", "ar", "uk", "ti", "so", "pl"] },
    Kind { org: "buddy", cat: "maatje-buddy", name: "Buddy voor jongeren", text: "Een vrijwillige buddy die regelmatig iets met je onderneemt: sporten, koffie drinken, praten.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[], capacity: Some(6), langs: &["en"] },
    Kind { org: "mentor", cat: "maatje-mentor", name: "Mentor voor school en werk", text: "Een mentor helpt je een jaar lang met school, stage of werk zoeken.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[], capacity: Some(4), langs: &[] },
    Kind { org: "scouting", cat: "buiten-scouting", name: "Scouting {}", text: "Op avontuur: hutten bouwen, kamperen en samen uitdagingen aangaan.", ages: (None, None), groups: &[("welpen", 7, 10), ("scouts", 11, 14), ("explorers", 15, 18)], price: Price::Cents(1300, "per maand"), jeugdfonds: true, times: &[("SA", "10:00", "12:30")], capacity: Some(5), langs: &[] },
    Kind { org: "boerderij", cat: "buiten-natuur", name: "Dierenverzorger op de kinderboerderij", text: "Help mee met voeren, schoonmaken en verzorgen van de dieren.", ages: (Some(10), Some(16)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE,SA", "13:00", "16:00")], capacity: Some(6), langs: &[] },
    Kind { org: "maker", cat: "techniek-maken", name: "Repair café junior", text: "Repareer je fiets, telefoon of lamp samen met een handige vrijwilliger.", ages: (Some(10), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("2SA", "10:00", "13:00")], capacity: None, langs: &[] },
    Kind { org: "maker", cat: "techniek-maken", name: "3D-printen en solderen", text: "Ontwerp iets op de computer en print het, of soldeer je eigen gadget.", ages: (Some(11), Some(18)), groups: &[], price: Price::Cents(400, "per keer"), jeugdfonds: false, times: &[("WE", "14:00", "16:30")], capacity: Some(8), langs: &[] },
    Kind { org: "code", cat: "techniek-programmeren", name: "CoderDojo programmeren", text: "Gratis leren programmeren: games, websites en robots.", ages: (Some(7), Some(17)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("1SA,3SA", "10:00", "12:00")], capacity: Some(10), langs: &["en"] },
    Kind { org: "code", cat: "techniek-gamen", name: "E-sports teamtraining", text: "Samen gamen, tactiek bespreken en fair play.", ages: (Some(12), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("FR", "16:00", "18:00")], capacity: Some(5), langs: &[] },
    Kind { org: "super", cat: "bijbaan-winkel", name: "Vakkenvuller (bijbaan)", text: "Vakken vullen na schooltijd en op zaterdag. Vanaf 15 jaar.", ages: (Some(15), Some(21)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("MO,TH", "17:00", "20:00"), ("SA", "08:00", "13:00")], capacity: Some(2), langs: &[] },
    Kind { org: "lunch", cat: "bijbaan-horeca", name: "Afwashulp en bediening (bijbaan)", text: "Werken in de lunchroom op zaterdag.", ages: (Some(14), Some(21)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SA", "10:00", "16:00")], capacity: Some(1), langs: &[] },
    Kind { org: "lunch", cat: "stage-snuffel", name: "Snuffelstage in de horeca", text: "Twee dagen meekijken in de keuken en de bediening.", ages: (Some(13), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[], capacity: Some(2), langs: &[] },
    Kind { org: "bezorg", cat: "bijbaan-bezorgen", name: "Krantenbezorger", text: "Eén keer per week de krant bezorgen in je eigen buurt.", ages: (Some(13), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "15:00", "18:00")], capacity: Some(12), langs: &[] },
    Kind { org: "vrijwillig", cat: "stage-maatschappelijk", name: "Maatschappelijke stage", text: "Kies een stage bij een club of organisatie in de buurt en help mee.", ages: (Some(13), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[], capacity: None, langs: &[] },
    Kind { org: "vrijwillig", cat: "vrijwilligerswerk", name: "Jong vrijwilliger bij evenementen", text: "Help mee bij festivals, sportdagen en buurtfeesten.", ages: (Some(14), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[], capacity: None, langs: &["en"] },
    Kind { org: "ggd", cat: "gezondheid-praten", name: "Praatgroep Lekker in je vel", text: "Met leeftijdsgenoten praten over stress, school en thuis, met een begeleider.", ages: (Some(13), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TU", "16:00", "17:30")], capacity: Some(4), langs: &[] },
    Kind { org: "ggd", cat: "gezondheid-leefstijl", name: "Gezond koken voor jongeren", text: "Samen goedkoop en gezond leren koken.", ages: (Some(14), Some(21)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TH", "17:00", "19:30")], capacity: Some(8), langs: &[] },
    Kind { org: "garage", cat: "stage-beroep", name: "Beroepsstage monteur", text: "Stage voor mbo-leerlingen motorvoertuigentechniek.", ages: (Some(16), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("MO,TU,WE", "08:00", "16:30")], capacity: Some(1), langs: &[] },
    Kind { org: "garage", cat: "stage-snuffel", name: "Snuffelstage in de garage", text: "Een dag meekijken hoe auto's worden gerepareerd.", ages: (Some(13), Some(16)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[], capacity: Some(2), langs: &[] },
    Kind { org: "sport", cat: "sport", name: "Sportinstuif", text: "Elke week een andere sport proberen, gewoon in je buurt.", ages: (Some(6), Some(12)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("MO", "15:30", "16:30")], capacity: None, langs: &[] },
    Kind { org: "sport", cat: "sport-dans", name: "Dansen in de buurt", text: "Gratis dansles van de buurtsportcoach, op muziek die je zelf kiest.", ages: (Some(10), Some(16)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("FR", "15:30", "16:30")], capacity: None, langs: &[] },
    Kind { org: "sport", cat: "sport-basketbal", name: "Streetbasketbal", text: "Basketballen op het pleintje, teams maken we ter plekke.", ages: (Some(12), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TH", "16:00", "17:30")], capacity: None, langs: &[] },
    Kind { org: "jw", cat: "huiswerk-begeleiding", name: "Huiswerkhulp in het jongerencentrum", text: "Hulp bij je huiswerk en bij het plannen van je week.", ages: (Some(12), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("MO,WE", "15:30", "17:30")], capacity: None, langs: &["en", "ar"] },
    Kind { org: "jw", cat: "jongerenwerk-talent", name: "Kookclub", text: "Samen koken en eten. Jullie kiezen het menu.", ages: (Some(12), Some(18)), groups: &[], price: Price::Cents(200, "per keer"), jeugdfonds: false, times: &[("TH", "17:00", "19:30")], capacity: Some(10), langs: &[] },
    Kind { org: "jw", cat: "techniek-gamen", name: "Gameavond", text: "FIFA, Mario Kart en bordspellen in het jongerencentrum.", ages: (Some(12), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SA", "19:00", "22:00")], capacity: None, langs: &[] },
    Kind { org: "jw", cat: "bijbaan", name: "Sollicitatietraining voor je eerste bijbaan", text: "Je cv maken, een sollicitatiegesprek oefenen en vacatures zoeken.", ages: (Some(14), Some(21)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("TU", "19:00", "20:30")], capacity: Some(8), langs: &[] },
    Kind { org: "bieb", cat: "cultuur-schrijven", name: "Schrijfclub", text: "Verhalen en gedichten schrijven en aan elkaar voorlezen.", ages: (Some(9), Some(14)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "14:00", "15:00")], capacity: Some(10), langs: &[] },
    Kind { org: "bieb", cat: "techniek-programmeren", name: "Robotclub in de bibliotheek", text: "Robots bouwen en programmeren.", ages: (Some(8), Some(13)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("SA", "11:00", "12:30")], capacity: Some(8), langs: &[] },
    Kind { org: "kick", cat: "sport-vechtsport", name: "Kickboksen {}", text: "Techniek, conditie en zelfvertrouwen. Sparren alleen als je dat wilt.", ages: (None, None), groups: YOUTH3, price: Price::Cents(2200, "per maand"), jeugdfonds: true, times: &[("TU,FR", "17:00", "18:00")], capacity: Some(6), langs: &["en", "ar"] },
    Kind { org: "turn", cat: "sport", name: "Turnen en freerunning {}", text: "Salto's, sprongen en parkour, veilig geleerd.", ages: (None, None), groups: YOUTH3, price: Price::Cents(1900, "per maand"), jeugdfonds: true, times: &[("MO,WE", "16:00", "17:00")], capacity: Some(4), langs: &[] },
    Kind { org: "volley", cat: "sport", name: "Volleybal {}", text: "Volleybal leren in een team.", ages: (None, None), groups: YOUTH2, price: Price::Cents(1600, "per maand"), jeugdfonds: true, times: &[("TH", "18:00", "19:30")], capacity: None, langs: &[] },
    Kind { org: "fanfare", cat: "muziek-instrument", name: "Jeugdorkest {}", text: "Leer trompet, trombone of slagwerk en speel mee in het orkest. Instrument te leen.", ages: (None, None), groups: YOUTH2, price: Price::Cents(1000, "per maand"), jeugdfonds: true, times: &[("TU", "18:30", "19:30")], capacity: Some(6), langs: &[] },
    Kind { org: "circus", cat: "cultuur-theater", name: "Circusles {}", text: "Jongleren, balanceren en acrobatiek, en een voorstelling in de zomer.", ages: (None, None), groups: YOUTH2, price: Price::Cents(2100, "per maand"), jeugdfonds: true, times: &[("WE", "15:00", "16:30")], capacity: Some(5), langs: &[] },
    Kind { org: "film", cat: "cultuur-media", name: "Filmclub voor jongeren", text: "Films kijken en erover praten, en zelf een korte film maken.", ages: (Some(13), Some(21)), groups: &[], price: Price::Cents(300, "per keer"), jeugdfonds: false, times: &[("2WE,4WE", "19:30", "22:00")], capacity: None, langs: &["en"] },
    Kind { org: "schaak", cat: "cultuur", name: "Jeugdschaak", text: "Schaken leren en toernooien spelen.", ages: (Some(7), Some(18)), groups: &[], price: Price::Cents(600, "per maand"), jeugdfonds: true, times: &[("FR", "18:30", "20:00")], capacity: None, langs: &[] },
    Kind { org: "zorg", cat: "vrijwilligerswerk", name: "Spelletjesmiddag met ouderen", text: "Spelletjes doen en praten met bewoners van het zorgcentrum.", ages: (Some(12), Some(23)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("WE", "14:00", "16:00")], capacity: None, langs: &[] },
];

/// The neighbouring municipality's organisations (to show that tenants stay apart).
#[rustfmt::skip]
pub const OTHER_ORGS: &[DemoOrg] = &[
    DemoOrg { key: "svb", name: "SV Buurendam", text: "Sportvereniging van het dorp: voetbal en tennis.", place: "Sportpark De Brink", sites: Sites::One("BU09910101"), access: &["toilet"] },
    DemoOrg { key: "dorpshuis", name: "Dorpshuis Buurendam", text: "Het dorpshuis, met een jongerenavond.", place: "Dorpshuis", sites: Sites::One("BU09910101"), access: &["rolstoel"] },
];

/// Their kinds of listing.
#[rustfmt::skip]
pub const OTHER_KINDS: &[Kind] = &[
    Kind { org: "svb", cat: "sport-voetbal", name: "Voetbal Buurendam {}", text: "Voetballen bij de dorpsclub.", ages: (None, None), groups: YOUTH2, price: Price::Cents(900, "per maand"), jeugdfonds: true, times: &[("WE", "17:00", "18:30")], capacity: None, langs: &[] },
    Kind { org: "dorpshuis", cat: "jongerenwerk-inloop", name: "Jongerenavond Dorpshuis", text: "Elke vrijdag open voor jongeren uit het dorp.", ages: (Some(12), Some(18)), groups: &[], price: Price::Free, jeugdfonds: false, times: &[("FR", "19:00", "22:00")], capacity: None, langs: &[] },
];
