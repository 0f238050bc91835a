//! UK police forces and postcodes: which force covers a place.
//!
//! [`FORCES`] lists the 43 territorial police forces of England and Wales, Police Scotland
//! and the Police Service of Northern Ireland (45 in all), each with a stable `code`, its
//! official name, its nation and its region.
//!
//! [`force_for_postcode`] finds the force for a postcode, an outward code (`"SW1A"`) or a
//! postcode area (`"PE"`). **It is an approximation by postcode area and district**, not a
//! boundary lookup: postcode districts do not follow police force boundaries, so a postcode
//! near a border can be given the neighbouring force. Each area maps to the force that covers
//! most of it, and districts are overridden where an area is split between forces in a way
//! that matters (for example Wirral in `CH`, Southport in `PR`, Berwick-upon-Tweed in `TD`,
//! Basingstoke in `RG`, Caerphilly in `CF`). Districts that are themselves split are given to
//! the force covering most of them. That is good enough to route a report from the public to
//! a force's triage queue; it is not good enough to decide jurisdiction, and a coordinator can
//! always reassign a report to another force. An exact answer needs a per-postcode table such
//! as the ONS Postcode Directory, whose `pfa` field names each postcode's police force area.
//!
//! Approximations worth knowing: the London areas are the Met's except `EC`, which is the
//! City of London Police's for EC1A and EC2–EC4 but the Met's for the rest of EC1
//! (Clerkenwell, Finsbury) and EC2A (Shoreditch), so streets on the City's edge can land in
//! the wrong one of the two. `PE` is split four ways (Cambridgeshire by default, with
//! Lincolnshire, Norfolk and Northamptonshire districts). An area or outward code given
//! alone gets the area's or district's force; a sector (`"SK1 7"`) is read as its district.
//! The tables were drawn up from the post towns of each district, not measured against
//! boundaries.
//!
//! [`normalise_postcode`] validates the *format* of a full postcode (and that its area
//! exists); it does not check that the postcode has been issued.

use serde::{Deserialize, Serialize};

/// The nation of the United Kingdom a force polices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Nation {
    #[serde(rename = "england")]
    England,
    #[serde(rename = "wales")]
    Wales,
    #[serde(rename = "scotland")]
    Scotland,
    #[serde(rename = "northern_ireland")]
    NorthernIreland,
}

impl Nation {
    /// Every nation, in display order.
    pub const ALL: &'static [Nation] = &[
        Nation::England,
        Nation::Wales,
        Nation::Scotland,
        Nation::NorthernIreland,
    ];

    /// The stable code that is stored and exchanged (as serialised).
    pub fn code(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern_ireland",
        }
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Wales => "Wales",
            Nation::Scotland => "Scotland",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }
}

impl std::fmt::Display for Nation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// A territorial police force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Force {
    /// A short, stable, lowercase slug (`met`, `gmp`, `west-midlands`). Store this.
    pub code: &'static str,
    /// The force's official name.
    pub name: &'static str,
    pub nation: Nation,
    /// The regional organised crime unit (ROCU) region the force belongs to; one of
    /// [`REGIONS`]. This follows ROCU membership, not geography: Kent is in `Eastern`
    /// (ERSOU) and North Wales in `North West` (the North West ROCU), while `Wales` is the
    /// southern Wales ROCU (Tarian: Dyfed-Powys, Gwent, South Wales).
    pub region: &'static str,
}

/// The regions of [`Force::region`]: the ten ROCU regions of England and Wales, then
/// Scotland and Northern Ireland.
pub static REGIONS: &[&str] = &[
    "North West",
    "North East",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "Eastern",
    "London",
    "South East",
    "South West",
    "Wales",
    "Scotland",
    "Northern Ireland",
];

const fn force(
    code: &'static str,
    name: &'static str,
    nation: Nation,
    region: &'static str,
) -> Force {
    Force {
        code,
        name,
        nation,
        region,
    }
}

use Nation::{England as ENG, NorthernIreland as NI, Scotland as SCO, Wales as WAL};

/// The 43 territorial forces of England and Wales, Police Scotland and the PSNI, by region.
pub static FORCES: &[Force] = &[
    // North West
    force("cheshire", "Cheshire Constabulary", ENG, "North West"),
    force("cumbria", "Cumbria Constabulary", ENG, "North West"),
    force("gmp", "Greater Manchester Police", ENG, "North West"),
    force("lancashire", "Lancashire Constabulary", ENG, "North West"),
    force("merseyside", "Merseyside Police", ENG, "North West"),
    force("north-wales", "North Wales Police", WAL, "North West"),
    // North East
    force("cleveland", "Cleveland Police", ENG, "North East"),
    force("durham", "Durham Constabulary", ENG, "North East"),
    force("northumbria", "Northumbria Police", ENG, "North East"),
    // Yorkshire and the Humber
    force(
        "humberside",
        "Humberside Police",
        ENG,
        "Yorkshire and the Humber",
    ),
    force(
        "north-yorkshire",
        "North Yorkshire Police",
        ENG,
        "Yorkshire and the Humber",
    ),
    force(
        "south-yorkshire",
        "South Yorkshire Police",
        ENG,
        "Yorkshire and the Humber",
    ),
    force(
        "west-yorkshire",
        "West Yorkshire Police",
        ENG,
        "Yorkshire and the Humber",
    ),
    // East Midlands
    force(
        "derbyshire",
        "Derbyshire Constabulary",
        ENG,
        "East Midlands",
    ),
    force(
        "leicestershire",
        "Leicestershire Police",
        ENG,
        "East Midlands",
    ),
    force("lincolnshire", "Lincolnshire Police", ENG, "East Midlands"),
    force(
        "northamptonshire",
        "Northamptonshire Police",
        ENG,
        "East Midlands",
    ),
    force(
        "nottinghamshire",
        "Nottinghamshire Police",
        ENG,
        "East Midlands",
    ),
    // West Midlands
    force(
        "staffordshire",
        "Staffordshire Police",
        ENG,
        "West Midlands",
    ),
    force("warwickshire", "Warwickshire Police", ENG, "West Midlands"),
    force("west-mercia", "West Mercia Police", ENG, "West Midlands"),
    force(
        "west-midlands",
        "West Midlands Police",
        ENG,
        "West Midlands",
    ),
    // Eastern
    force("bedfordshire", "Bedfordshire Police", ENG, "Eastern"),
    force(
        "cambridgeshire",
        "Cambridgeshire Constabulary",
        ENG,
        "Eastern",
    ),
    force("essex", "Essex Police", ENG, "Eastern"),
    force(
        "hertfordshire",
        "Hertfordshire Constabulary",
        ENG,
        "Eastern",
    ),
    force("kent", "Kent Police", ENG, "Eastern"),
    force("norfolk", "Norfolk Constabulary", ENG, "Eastern"),
    force("suffolk", "Suffolk Constabulary", ENG, "Eastern"),
    // London
    force("met", "Metropolitan Police Service", ENG, "London"),
    force("city-of-london", "City of London Police", ENG, "London"),
    // South East
    force(
        "hampshire",
        "Hampshire and Isle of Wight Constabulary",
        ENG,
        "South East",
    ),
    force("surrey", "Surrey Police", ENG, "South East"),
    force("sussex", "Sussex Police", ENG, "South East"),
    force("thames-valley", "Thames Valley Police", ENG, "South East"),
    // South West
    force(
        "avon-somerset",
        "Avon and Somerset Police",
        ENG,
        "South West",
    ),
    force(
        "devon-cornwall",
        "Devon and Cornwall Police",
        ENG,
        "South West",
    ),
    force("dorset", "Dorset Police", ENG, "South West"),
    force(
        "gloucestershire",
        "Gloucestershire Constabulary",
        ENG,
        "South West",
    ),
    force("wiltshire", "Wiltshire Police", ENG, "South West"),
    // Wales (southern Wales ROCU)
    force("dyfed-powys", "Dyfed-Powys Police", WAL, "Wales"),
    force("gwent", "Gwent Police", WAL, "Wales"),
    force("south-wales", "South Wales Police", WAL, "Wales"),
    // Scotland and Northern Ireland
    force("scotland", "Police Scotland", SCO, "Scotland"),
    force(
        "psni",
        "Police Service of Northern Ireland",
        NI,
        "Northern Ireland",
    ),
];

/// Other names people use for a force, beyond its code, its official name and its name
/// without "Police"/"Constabulary" (which [`force_by_name`] matches anyway): `(alias, code)`.
static ALIASES: &[(&str, &str)] = &[
    ("the met", "met"),
    ("met police", "met"),
    ("mps", "met"),
    ("scotland yard", "met"),
    ("metropolitan police", "met"),
    ("colp", "city-of-london"),
    ("city police", "city-of-london"),
    ("greater manchester", "gmp"),
    ("manchester police", "gmp"),
    ("west mids", "west-midlands"),
    ("west mids police", "west-midlands"),
    ("wmp", "west-midlands"),
    ("wyp", "west-yorkshire"),
    ("syp", "south-yorkshire"),
    ("nyp", "north-yorkshire"),
    ("tvp", "thames-valley"),
    ("hampshire constabulary", "hampshire"),
    ("hampshire police", "hampshire"),
    ("avon and somerset constabulary", "avon-somerset"),
    ("northern ireland", "psni"),
    ("police service northern ireland", "psni"),
    ("scottish police", "scotland"),
];

/// The force with this code (case-insensitive, surrounding space ignored).
pub fn force_by_code(code: &str) -> Option<&'static Force> {
    let code = code.trim();
    FORCES.iter().find(|f| f.code.eq_ignore_ascii_case(code))
}

/// The force with this name, case-insensitively: the official name, the code, the name
/// without its "Police"/"Constabulary"/"Police Service" ending ("Kent", "Cheshire Police"),
/// or a common short name ("GMP", "the Met", "PSNI", "West Mids"). `&` reads as "and".
pub fn force_by_name(name: &str) -> Option<&'static Force> {
    let query = normalise_name(name);
    if query.is_empty() {
        return None;
    }
    let query_stem = name_stem(&query);
    FORCES
        .iter()
        .find(|f| {
            let official = normalise_name(f.name);
            query == official
                || query == normalise_name(f.code)
                || query_stem == name_stem(&official)
        })
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| normalise_name(alias) == query)
                .and_then(|(_, code)| force_by_code(code))
        })
}

/// Lower case, `&` as "and", punctuation as space, single spaces, no leading "the".
fn normalise_name(s: &str) -> String {
    let s = s.to_lowercase().replace('&', " and ");
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '.' | ',' | '\'' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// A normalised name without its "police"/"constabulary"/"police service" ending.
fn name_stem(normalised: &str) -> &str {
    [" police service", " constabulary", " police"]
        .iter()
        .find_map(|suffix| normalised.strip_suffix(suffix))
        .unwrap_or(normalised)
}

/// Every postcode area, with the code of the force that covers most of it.
///
/// `None`: the Channel Islands (`GY` Guernsey, `JE` Jersey) and the Isle of Man (`IM`) are
/// Crown Dependencies policed by their own forces (States of Guernsey Police Service, States
/// of Jersey Police, Isle of Man Constabulary), which are not among the 45; `BF` (British
/// Forces Post Office) and `BX` (non-geographic) have no place on the ground.
static AREAS: &[(&str, Option<&str>)] = &[
    ("AB", Some("scotland")),
    ("AL", Some("hertfordshire")),
    ("B", Some("west-midlands")),
    ("BA", Some("avon-somerset")),
    ("BB", Some("lancashire")),
    ("BD", Some("west-yorkshire")),
    ("BF", None),
    ("BH", Some("dorset")),
    ("BL", Some("gmp")),
    ("BN", Some("sussex")),
    ("BR", Some("met")),
    ("BS", Some("avon-somerset")),
    ("BT", Some("psni")),
    ("BX", None),
    ("CA", Some("cumbria")),
    ("CB", Some("cambridgeshire")),
    ("CF", Some("south-wales")),
    ("CH", Some("cheshire")),
    ("CM", Some("essex")),
    ("CO", Some("essex")),
    ("CR", Some("met")),
    ("CT", Some("kent")),
    ("CV", Some("warwickshire")),
    ("CW", Some("cheshire")),
    ("DA", Some("kent")),
    ("DD", Some("scotland")),
    ("DE", Some("derbyshire")),
    ("DG", Some("scotland")),
    ("DH", Some("durham")),
    ("DL", Some("durham")),
    ("DN", Some("south-yorkshire")),
    ("DT", Some("dorset")),
    ("DY", Some("west-midlands")),
    ("E", Some("met")),
    ("EC", Some("city-of-london")),
    ("EH", Some("scotland")),
    ("EN", Some("met")),
    ("EX", Some("devon-cornwall")),
    ("FK", Some("scotland")),
    ("FY", Some("lancashire")),
    ("G", Some("scotland")),
    ("GL", Some("gloucestershire")),
    ("GU", Some("surrey")),
    ("GY", None),
    ("HA", Some("met")),
    ("HD", Some("west-yorkshire")),
    ("HG", Some("north-yorkshire")),
    ("HP", Some("thames-valley")),
    ("HR", Some("west-mercia")),
    ("HS", Some("scotland")),
    ("HU", Some("humberside")),
    ("HX", Some("west-yorkshire")),
    ("IG", Some("met")),
    ("IM", None),
    ("IP", Some("suffolk")),
    ("IV", Some("scotland")),
    ("JE", None),
    ("KA", Some("scotland")),
    ("KT", Some("surrey")),
    ("KW", Some("scotland")),
    ("KY", Some("scotland")),
    ("L", Some("merseyside")),
    ("LA", Some("cumbria")),
    ("LD", Some("dyfed-powys")),
    ("LE", Some("leicestershire")),
    ("LL", Some("north-wales")),
    ("LN", Some("lincolnshire")),
    ("LS", Some("west-yorkshire")),
    ("LU", Some("bedfordshire")),
    ("M", Some("gmp")),
    ("ME", Some("kent")),
    ("MK", Some("thames-valley")),
    ("ML", Some("scotland")),
    ("N", Some("met")),
    ("NE", Some("northumbria")),
    ("NG", Some("nottinghamshire")),
    ("NN", Some("northamptonshire")),
    ("NP", Some("gwent")),
    ("NR", Some("norfolk")),
    ("NW", Some("met")),
    ("OL", Some("gmp")),
    ("OX", Some("thames-valley")),
    ("PA", Some("scotland")),
    ("PE", Some("cambridgeshire")),
    ("PH", Some("scotland")),
    ("PL", Some("devon-cornwall")),
    ("PO", Some("hampshire")),
    ("PR", Some("lancashire")),
    ("RG", Some("thames-valley")),
    ("RH", Some("sussex")),
    ("RM", Some("met")),
    ("S", Some("south-yorkshire")),
    ("SA", Some("dyfed-powys")),
    ("SE", Some("met")),
    ("SG", Some("hertfordshire")),
    ("SK", Some("gmp")),
    ("SL", Some("thames-valley")),
    ("SM", Some("met")),
    ("SN", Some("wiltshire")),
    ("SO", Some("hampshire")),
    ("SP", Some("wiltshire")),
    ("SR", Some("northumbria")),
    ("SS", Some("essex")),
    ("ST", Some("staffordshire")),
    ("SW", Some("met")),
    ("SY", Some("west-mercia")),
    ("TA", Some("avon-somerset")),
    ("TD", Some("scotland")),
    ("TF", Some("west-mercia")),
    ("TN", Some("kent")),
    ("TQ", Some("devon-cornwall")),
    ("TR", Some("devon-cornwall")),
    ("TS", Some("cleveland")),
    ("TW", Some("met")),
    ("UB", Some("met")),
    ("W", Some("met")),
    ("WA", Some("cheshire")),
    ("WC", Some("met")),
    ("WD", Some("hertfordshire")),
    ("WF", Some("west-yorkshire")),
    ("WN", Some("gmp")),
    ("WR", Some("west-mercia")),
    ("WS", Some("west-midlands")),
    ("WV", Some("west-midlands")),
    ("YO", Some("north-yorkshire")),
    ("ZE", Some("scotland")),
];

/// Districts (area, first, last — inclusive) covered mostly by a force other than their
/// area's. A district that is itself split stays with the force covering most of it.
static DISTRICTS: &[(&str, u8, u8, &str)] = &[
    // Birmingham: Coleshill, Studley, Alcester, Henley-in-Arden (Warwickshire); Bromsgrove,
    // Redditch (West Mercia); Tamworth (Staffordshire).
    ("B", 46, 46, "warwickshire"),
    ("B", 49, 50, "warwickshire"),
    ("B", 80, 80, "warwickshire"),
    ("B", 95, 95, "warwickshire"),
    ("B", 60, 61, "west-mercia"),
    ("B", 96, 98, "west-mercia"),
    ("B", 77, 79, "staffordshire"),
    // Bath: Warminster, Westbury, Trowbridge, Bradford-on-Avon.
    ("BA", 12, 15, "wiltshire"),
    // Bradford: Skipton, Settle.
    ("BD", 23, 24, "north-yorkshire"),
    // Bournemouth: Ringwood, New Milton.
    ("BH", 24, 25, "hampshire"),
    // Bromley: Swanley.
    ("BR", 8, 8, "kent"),
    // Cambridge: Newmarket, Haverhill (Suffolk); Saffron Walden (Essex).
    ("CB", 8, 9, "suffolk"),
    ("CB", 10, 11, "essex"),
    // Cardiff: Caerphilly county borough (Bargoed, Blackwood, Caerphilly) is Gwent's.
    ("CF", 81, 83, "gwent"),
    // Chester: Flintshire (North Wales); Wirral (Merseyside).
    ("CH", 5, 8, "north-wales"),
    ("CH", 41, 63, "merseyside"),
    // Chelmsford: Sawbridgeworth, Bishop's Stortford.
    ("CM", 21, 21, "hertfordshire"),
    ("CM", 23, 23, "hertfordshire"),
    // Colchester: Sudbury.
    ("CO", 10, 10, "suffolk"),
    // Croydon: Caterham, Warlingham.
    ("CR", 3, 3, "surrey"),
    ("CR", 6, 6, "surrey"),
    // Coventry: the city itself.
    ("CV", 1, 7, "west-midlands"),
    // Dartford: Bexley, Bexleyheath, Erith, Welling, Sidcup, Belvedere.
    ("DA", 5, 8, "met"),
    ("DA", 14, 18, "met"),
    // Derby: Swadlincote fringe/Measham, Castle Donington (Leicestershire); Burton (Staffs).
    ("DE", 12, 12, "leicestershire"),
    ("DE", 74, 74, "leicestershire"),
    ("DE", 13, 15, "staffordshire"),
    // Durham: Houghton-le-Spring (Sunderland).
    ("DH", 4, 5, "northumbria"),
    // Darlington: Northallerton, Leyburn, Catterick, Richmond.
    ("DL", 6, 11, "north-yorkshire"),
    // Doncaster: Isle of Axholme, Goole, Scunthorpe, Brigg, Grimsby (Humberside);
    // Gainsborough (Lincolnshire); Retford (Nottinghamshire).
    ("DN", 9, 9, "humberside"),
    ("DN", 14, 20, "humberside"),
    ("DN", 31, 41, "humberside"),
    ("DN", 21, 21, "lincolnshire"),
    ("DN", 22, 22, "nottinghamshire"),
    // Dudley: Kinver (Staffordshire); Kidderminster, Bewdley, Stourport (West Mercia).
    ("DY", 7, 7, "staffordshire"),
    ("DY", 10, 14, "west-mercia"),
    // EC1 (EC1M…EC1Y, and EC1 without its letter) is Clerkenwell and Finsbury; EC1A is the
    // City's again, see SUB_DISTRICTS.
    ("EC", 1, 1, "met"),
    // Enfield: Potters Bar, Cheshunt, Waltham Cross, Broxbourne, Hoddesdon (Herts);
    // Waltham Abbey (Essex).
    ("EN", 6, 8, "hertfordshire"),
    ("EN", 10, 11, "hertfordshire"),
    ("EN", 9, 9, "essex"),
    // Gloucester: Badminton (South Gloucestershire).
    ("GL", 9, 9, "avon-somerset"),
    // Guildford: Aldershot, Farnborough, Fleet, Yateley, Liphook, Petersfield, Alton, Bordon
    // (Hampshire); Petworth, Midhurst (Sussex); Sandhurst (Thames Valley).
    ("GU", 11, 14, "hampshire"),
    ("GU", 17, 17, "hampshire"),
    ("GU", 30, 35, "hampshire"),
    ("GU", 46, 46, "hampshire"),
    ("GU", 51, 52, "hampshire"),
    ("GU", 28, 29, "sussex"),
    ("GU", 47, 47, "thames-valley"),
    // Hemel Hempstead: Hemel, Kings Langley, Berkhamsted, Tring.
    ("HP", 1, 4, "hertfordshire"),
    ("HP", 23, 23, "hertfordshire"),
    // Ilford: Chigwell, Buckhurst Hill, Loughton.
    ("IG", 7, 7, "essex"),
    ("IG", 9, 10, "essex"),
    // Ipswich: Harleston, Diss, Thetford, Watton.
    ("IP", 20, 20, "norfolk"),
    ("IP", 22, 22, "norfolk"),
    ("IP", 24, 26, "norfolk"),
    // Kingston: the London boroughs (Kingston, New Malden, Worcester Park, Surbiton,
    // Chessington).
    ("KT", 1, 6, "met"),
    ("KT", 9, 9, "met"),
    // Liverpool: Ormskirk, Burscough.
    ("L", 39, 40, "lancashire"),
    // Lancaster: Lancaster, Morecambe, Carnforth.
    ("LA", 1, 6, "lancashire"),
    // Milton Keynes: Bedford.
    ("MK", 40, 45, "bedfordshire"),
    // Nottingham: Grantham, Sleaford.
    ("NG", 31, 34, "lincolnshire"),
    // Newport: Crickhowell (Powys).
    ("NP", 8, 8, "dyfed-powys"),
    // Norwich: Lowestoft, Beccles, Bungay.
    ("NR", 32, 35, "suffolk"),
    // Oldham: Bacup (Lancashire); Todmorden (West Yorkshire).
    ("OL", 13, 13, "lancashire"),
    ("OL", 14, 14, "west-yorkshire"),
    // Peterborough is split four ways: Peterborough, Wisbech, March, Chatteris, St Neots,
    // Huntingdon (Cambridgeshire, the area's default); Oundle (Northamptonshire); Stamford,
    // Bourne, Spalding, Boston, Skegness (Lincolnshire); King's Lynn, Hunstanton, Swaffham,
    // Downham Market and rural Wisbech (Norfolk).
    ("PE", 8, 8, "northamptonshire"),
    ("PE", 9, 12, "lincolnshire"),
    ("PE", 20, 25, "lincolnshire"),
    ("PE", 14, 14, "norfolk"),
    ("PE", 30, 38, "norfolk"),
    // Portsmouth: Chichester, Bognor Regis.
    ("PO", 18, 22, "sussex"),
    // Preston: Southport.
    ("PR", 8, 9, "merseyside"),
    // Reading: Basingstoke, Tadley, Hook, Whitchurch, Odiham.
    ("RG", 21, 29, "hampshire"),
    // Redhill: Redhill, Reigate, Dorking, Horley, Lingfield, Oxted, Godstone.
    ("RH", 1, 9, "surrey"),
    // Romford: Thurrock (South Ockendon, Grays, Tilbury, Purfleet).
    ("RM", 15, 20, "essex"),
    // Sheffield: Dronfield, Eckington, Hope Valley, Chesterfield (Derbyshire); Worksop (Notts).
    ("S", 18, 18, "derbyshire"),
    ("S", 21, 21, "derbyshire"),
    ("S", 32, 33, "derbyshire"),
    ("S", 40, 45, "derbyshire"),
    ("S", 80, 81, "nottinghamshire"),
    // Swansea: Swansea and Neath Port Talbot (South Wales); the rest is Dyfed-Powys.
    ("SA", 1, 13, "south-wales"),
    // Stevenage: Arlesey, Henlow, Shefford, Biggleswade, Sandy.
    ("SG", 15, 19, "bedfordshire"),
    // Stockport: Wilmslow, Macclesfield, Poynton (Cheshire); Glossop, Buxton, New Mills,
    // High Peak (Derbyshire).
    ("SK", 9, 12, "cheshire"),
    ("SK", 13, 13, "derbyshire"),
    ("SK", 17, 17, "derbyshire"),
    ("SK", 22, 23, "derbyshire"),
    // Sutton: Banstead.
    ("SM", 7, 7, "surrey"),
    // Swindon: Faringdon.
    ("SN", 7, 7, "thames-valley"),
    // Salisbury: Fordingbridge, Andover (Hampshire); Shaftesbury, Gillingham (Dorset).
    ("SP", 6, 6, "hampshire"),
    ("SP", 10, 11, "hampshire"),
    ("SP", 7, 8, "dorset"),
    // Sunderland: Seaham, Peterlee.
    ("SR", 7, 8, "durham"),
    // Shrewsbury: Malpas (Cheshire); Powys and Ceredigion (Dyfed-Powys).
    ("SY", 14, 14, "cheshire"),
    ("SY", 15, 25, "dyfed-powys"),
    // Galashiels: Berwick-upon-Tweed.
    ("TD", 15, 15, "northumbria"),
    // Tonbridge: the East Sussex districts (Wadhurst, Crowborough, Hartfield, Etchingham,
    // Mayfield, Heathfield, Uckfield, Rye, Robertsbridge, Battle, Hastings, Winchelsea,
    // St Leonards, Bexhill).
    ("TN", 5, 7, "sussex"),
    ("TN", 19, 22, "sussex"),
    ("TN", 31, 40, "sussex"),
    // Cleveland: Stokesley (North Yorkshire); Sedgefield, Wingate, Trimdon (Durham).
    ("TS", 9, 9, "north-yorkshire"),
    ("TS", 21, 21, "durham"),
    ("TS", 28, 29, "durham"),
    // Twickenham: Spelthorne and Runnymede (Ashford, Sunbury, Shepperton, Staines, Egham).
    ("TW", 15, 20, "surrey"),
    // Warrington: St Helens, Newton-le-Willows (Merseyside); Altrincham (GMP).
    ("WA", 9, 12, "merseyside"),
    ("WA", 14, 15, "gmp"),
    // Wigan: Skelmersdale.
    ("WN", 8, 8, "lancashire"),
    // Walsall: Great Wyrley, Burntwood, Cannock, Hednesford, Lichfield, Rugeley.
    ("WS", 6, 7, "staffordshire"),
    ("WS", 11, 15, "staffordshire"),
    // Wolverhampton: Wombourne, Codsall (Staffordshire); Albrighton, Bridgnorth (West Mercia).
    ("WV", 5, 5, "staffordshire"),
    ("WV", 8, 8, "staffordshire"),
    ("WV", 7, 7, "west-mercia"),
    ("WV", 15, 16, "west-mercia"),
    // Leeds: Tadcaster.
    ("LS", 24, 24, "north-yorkshire"),
    // York: Bridlington, Driffield, Pocklington, Market Weighton (East Riding).
    ("YO", 15, 16, "humberside"),
    ("YO", 25, 25, "humberside"),
    ("YO", 42, 43, "humberside"),
];

/// Sub-districts (area, district, letter) where the letter decides the force.
///
/// The City of London Police covers the Square Mile, which is most of EC2 to EC4; EC1 is
/// mostly Clerkenwell and Finsbury (Islington and Camden, the Met) except EC1A (Barbican,
/// Smithfield), and EC2A is Shoreditch (Hackney, the Met). Streets on the City's edge in
/// EC1M/EC1Y/EC4A can still be routed to the wrong one of the two.
static SUB_DISTRICTS: &[(&str, u8, char, &str)] =
    &[("EC", 1, 'A', "city-of-london"), ("EC", 2, 'A', "met")];

/// Upper case without white space, if the rest is ASCII letters and digits.
fn compact(s: &str) -> Option<String> {
    let c: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    c.chars().all(|c| c.is_ascii_alphanumeric()).then_some(c)
}

/// The area as it is spelt in [`AREAS`], so it can be returned as `&'static str`.
fn known_area(letters: &str) -> Option<&'static str> {
    AREAS.iter().map(|(a, _)| *a).find(|a| *a == letters)
}

/// A parsed outward code: area, district number and optional sub-district letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Outward {
    area: &'static str,
    district: u8,
    sub: Option<char>,
}

/// Parses an outward code in one of the forms A9, A99, A9A, AA9, AA99, AA9A (upper case,
/// no spaces) whose area exists.
fn parse_outward(s: &str) -> Option<Outward> {
    let letters = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !(1..=2).contains(&letters) {
        return None;
    }
    let area = known_area(&s[..letters])?;
    let rest = &s.as_bytes()[letters..];
    let (district, sub) = match rest {
        [d] if d.is_ascii_digit() => (d - b'0', None),
        [d, e] if d.is_ascii_digit() && e.is_ascii_digit() => ((d - b'0') * 10 + (e - b'0'), None),
        [d, l] if d.is_ascii_digit() && l.is_ascii_uppercase() => {
            // The letters allowed after the digit differ between A9A and AA9A.
            let allowed: &[u8] = if letters == 1 {
                b"ABCDEFGHJKPSTUW"
            } else {
                b"ABEHMNPRVWXY"
            };
            if !allowed.contains(l) {
                return None;
            }
            (d - b'0', Some(char::from(*l)))
        }
        _ => return None,
    };
    Some(Outward {
        area,
        district,
        sub,
    })
}

/// An inward code: a digit then two letters, none of C, I, K, M, O, V.
fn is_inward(s: &str) -> bool {
    match s.as_bytes() {
        [d, a, b] => {
            let ok = |l: &u8| l.is_ascii_uppercase() && !b"CIKMOV".contains(l);
            d.is_ascii_digit() && ok(a) && ok(b)
        }
        _ => false,
    }
}

/// Splits a compacted full postcode into its outward code and inward code.
fn split_full(c: &str) -> Option<(Outward, &str)> {
    if !(5..=7).contains(&c.len()) {
        return None;
    }
    let (outward, inward) = c.split_at(c.len() - 3);
    if !is_inward(inward) {
        return None;
    }
    Some((parse_outward(outward)?, inward))
}

/// A full UK postcode, validated and written the standard way: upper case, one space before
/// the inward code (`"m11aa"` → `"M1 1AA"`, `" sw1a1aa "` → `"SW1A 1AA"`). Spaces may be
/// missing or extra. `None` for anything that is not a full postcode of a known area,
/// including an outward code alone. The Girobank postcode `GIR 0AA` is accepted. Special
/// forms (`BFPO` numbers, overseas territories' `ASCN 1ZZ` etc.) are not.
pub fn normalise_postcode(s: &str) -> Option<String> {
    let c = compact(s)?;
    if c == "GIR0AA" {
        return Some("GIR 0AA".to_string());
    }
    split_full(&c)?;
    let (outward, inward) = c.split_at(c.len() - 3);
    Some(format!("{outward} {inward}"))
}

/// Where a piece of text points: an area, and a district if the text had one.
fn locate(s: &str) -> Option<(&'static str, Option<Outward>)> {
    // A postcode sector ("SK1 7"): without this, compacting would read it as "SK17".
    let words: Vec<&str> = s.split_whitespace().collect();
    if let [outward, sector] = words[..] {
        if sector.len() == 1 && sector.bytes().all(|b| b.is_ascii_digit()) {
            let o = parse_outward(&outward.to_ascii_uppercase())?;
            return Some((o.area, Some(o)));
        }
    }
    let c = compact(s)?;
    if let Some((outward, _)) = split_full(&c) {
        return Some((outward.area, Some(outward)));
    }
    if let Some(outward) = parse_outward(&c) {
        return Some((outward.area, Some(outward)));
    }
    if c.bytes().all(|b| b.is_ascii_alphabetic()) {
        return known_area(&c).map(|area| (area, None));
    }
    None
}

/// The postcode area (the leading letters: `"M"`, `"B"`, `"SW"`, `"BT"`) of a full
/// postcode, an outward code alone (`"M1"`, `"sw1a"`), a postcode sector (`"M1 1"`) or an
/// area alone (`"sw"`). `None` if
/// the text is none of those or the area does not exist (`GIR 0AA` has no area).
pub fn postcode_area(s: &str) -> Option<String> {
    locate(s).map(|(area, _)| area.to_string())
}

/// The police force that covers a full postcode, an outward code, a sector or an area —
/// approximately: see the module documentation. `None` for text that is not one of those,
/// for the Channel Islands (`GY`, `JE`) and the Isle of Man (`IM`), whose own police
/// forces are outside the 45, and for non-geographic areas (`BF`, `BX`, `GIR 0AA`).
pub fn force_for_postcode(s: &str) -> Option<&'static Force> {
    let (area, outward) = locate(s)?;
    force_by_code(force_code_for(area, outward)?)
}

/// Postcode districts (`M1`, `B21`…) that the routing sends to a force: for synthetic
/// data and tests that need a plausible postcode in a force's area.
pub fn districts_of(force_code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (area, _) in AREAS {
        for d in 1..=30 {
            let district = format!("{area}{d}");
            if force_for_postcode(&format!("{district} 1AA")).is_some_and(|f| f.code == force_code)
            {
                out.push(district);
            }
        }
    }
    out
}

fn force_code_for(area: &'static str, outward: Option<Outward>) -> Option<&'static str> {
    let default = AREAS.iter().find(|(a, _)| *a == area)?.1?;
    let Some(o) = outward else {
        return Some(default);
    };
    if let Some(sub) = o.sub {
        if let Some((.., code)) = SUB_DISTRICTS
            .iter()
            .find(|(a, d, l, _)| *a == area && *d == o.district && *l == sub)
        {
            return Some(*code);
        }
    }
    DISTRICTS
        .iter()
        .find(|(a, lo, hi, _)| *a == area && (*lo..=*hi).contains(&o.district))
        .map(|(.., code)| *code)
        .or(Some(default))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn force_code(postcode: &str) -> Option<&'static str> {
        force_for_postcode(postcode).map(|f| f.code)
    }

    #[test]
    fn forty_five_forces_with_unique_codes_and_names() {
        assert_eq!(FORCES.len(), 45);
        let codes: HashSet<_> = FORCES.iter().map(|f| f.code).collect();
        assert_eq!(codes.len(), 45);
        let names: HashSet<_> = FORCES.iter().map(|f| f.name).collect();
        assert_eq!(names.len(), 45);
        for f in FORCES {
            assert!(
                f.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                f.code
            );
            assert!(REGIONS.contains(&f.region), "{}: {}", f.code, f.region);
        }
        let count = |n: Nation| FORCES.iter().filter(|f| f.nation == n).count();
        assert_eq!(count(Nation::England), 39);
        assert_eq!(count(Nation::Wales), 4);
        assert_eq!(count(Nation::Scotland), 1);
        assert_eq!(count(Nation::NorthernIreland), 1);
        // Every region has a force.
        for r in REGIONS {
            assert!(FORCES.iter().any(|f| f.region == *r), "{r}");
        }
    }

    #[test]
    fn nation_labels_and_codes() {
        assert_eq!(Nation::NorthernIreland.label(), "Northern Ireland");
        assert_eq!(Nation::NorthernIreland.code(), "northern_ireland");
        assert_eq!(Nation::Wales.to_string(), "Wales");
        assert_eq!(Nation::ALL.len(), 4);
    }

    #[test]
    fn every_table_entry_names_a_real_force() {
        let codes = AREAS
            .iter()
            .filter_map(|(_, c)| *c)
            .chain(DISTRICTS.iter().map(|(.., c)| *c))
            .chain(SUB_DISTRICTS.iter().map(|(.., c)| *c))
            .chain(ALIASES.iter().map(|(_, c)| *c));
        for code in codes {
            assert!(force_by_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn areas_are_unique_and_complete() {
        let areas: HashSet<_> = AREAS.iter().map(|(a, _)| *a).collect();
        assert_eq!(areas.len(), AREAS.len());
        // 121 UK areas, the 3 Crown Dependency areas and 2 non-geographic ones.
        assert_eq!(AREAS.len(), 126);
        let geographic = AREAS.iter().filter(|(_, c)| c.is_some()).count();
        assert_eq!(geographic, 121);
        for (a, _) in AREAS {
            assert!((1..=2).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_uppercase()));
        }
    }

    #[test]
    fn district_rules_are_needed_and_do_not_overlap() {
        for (i, (a, lo, hi, code)) in DISTRICTS.iter().enumerate() {
            assert!(lo <= hi, "{a}{lo}-{hi}");
            let default = AREAS.iter().find(|(x, _)| x == a).unwrap().1;
            assert!(default.is_some(), "{a} has rules but no force");
            assert_ne!(
                default,
                Some(*code),
                "{a}{lo}-{hi} repeats the area's force"
            );
            for (b, lo2, hi2, _) in DISTRICTS.iter().skip(i + 1) {
                assert!(
                    a != b || hi < lo2 || hi2 < lo,
                    "{a}{lo}-{hi} overlaps {b}{lo2}-{hi2}"
                );
            }
        }
    }

    /// Every force is the target of at least one postcode area (so none is unreachable from
    /// an area alone), and also of at least one full postcode.
    #[test]
    fn every_force_is_reachable() {
        let by_area: HashSet<_> = AREAS.iter().filter_map(|(_, c)| *c).collect();
        for f in FORCES {
            assert!(by_area.contains(f.code), "{} is no area's force", f.code);
        }
        // Through full postcodes, districts included.
        let mut reached = HashSet::new();
        for (area, _) in AREAS {
            for d in 0..=99u8 {
                if let Some(f) = force_for_postcode(&format!("{area}{d} 1AA")) {
                    reached.insert(f.code);
                }
            }
        }
        assert_eq!(reached.len(), 45);
    }

    #[test]
    fn normalises_postcodes() {
        assert_eq!(normalise_postcode("m11aa").as_deref(), Some("M1 1AA"));
        assert_eq!(
            normalise_postcode(" SW1A 1AA ").as_deref(),
            Some("SW1A 1AA")
        );
        assert_eq!(normalise_postcode("sw1a1aa").as_deref(), Some("SW1A 1AA"));
        assert_eq!(
            normalise_postcode("SW1A   1AA").as_deref(),
            Some("SW1A 1AA")
        );
        assert_eq!(normalise_postcode("s w1a1aa").as_deref(), Some("SW1A 1AA"));
        assert_eq!(normalise_postcode("ec1a 1bb").as_deref(), Some("EC1A 1BB"));
        assert_eq!(normalise_postcode("W1A 0AX").as_deref(), Some("W1A 0AX"));
        assert_eq!(normalise_postcode("b33 8th").as_deref(), Some("B33 8TH"));
        assert_eq!(normalise_postcode("cr2 6xh").as_deref(), Some("CR2 6XH"));
        assert_eq!(normalise_postcode("DN55 1PT").as_deref(), Some("DN55 1PT"));
        assert_eq!(normalise_postcode("bt1 1aa").as_deref(), Some("BT1 1AA"));
        assert_eq!(normalise_postcode("gir0aa").as_deref(), Some("GIR 0AA"));
    }

    #[test]
    fn rejects_junk() {
        for junk in [
            "",
            "   ",
            "12345",
            "ABC",
            "M1",
            "SW1A",
            "M1 1A",
            "M1 1AAA",
            "M1-1AA",
            "QQ1 1AA",
            "XX1 1AA",
            "M1 1CA",
            "M1 1AI",
            "M1 AAA",
            "MA 1AA",
            "SW1I 1AA",
            "W1Z 1AA",
            "SW123 1AA",
            "SWA1 1AA",
            "1M1 1AA",
            "M£1 1AA",
            "ＭＩ 1AA",
        ] {
            assert_eq!(normalise_postcode(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn postcode_areas() {
        assert_eq!(postcode_area("M1 1AA").as_deref(), Some("M"));
        assert_eq!(postcode_area("B33 8TH").as_deref(), Some("B"));
        assert_eq!(postcode_area("SW1A 1AA").as_deref(), Some("SW"));
        assert_eq!(postcode_area("bt7 1nn").as_deref(), Some("BT"));
        assert_eq!(postcode_area("M1").as_deref(), Some("M"));
        assert_eq!(postcode_area("sw1a").as_deref(), Some("SW"));
        assert_eq!(postcode_area("SW").as_deref(), Some("SW"));
        assert_eq!(postcode_area(" bt ").as_deref(), Some("BT"));
        assert_eq!(postcode_area("GY1 1AA").as_deref(), Some("GY"));
        assert_eq!(postcode_area("M1 1").as_deref(), Some("M"));
        for none in ["", "12345", "ABC", "XX", "XX1", "GIR 0AA", "M1 X", "M 1"] {
            assert_eq!(postcode_area(none), None, "{none:?}");
        }
    }

    #[test]
    fn spot_checks() {
        let cases = [
            ("M1 1AA", "gmp"),
            ("B1 1AA", "west-midlands"),
            ("LS1", "west-yorkshire"),
            ("LS1 4AP", "west-yorkshire"),
            ("CF10", "south-wales"),
            ("CF10 1EP", "south-wales"),
            ("SA1 1AA", "south-wales"),
            ("SA1", "south-wales"),
            ("SA31 1AA", "dyfed-powys"),
            ("SA", "dyfed-powys"),
            ("EH1 1YZ", "scotland"),
            ("EH1", "scotland"),
            ("BT1 1AA", "psni"),
            ("BT1", "psni"),
            ("EC2", "city-of-london"),
            ("EC2V 7HH", "city-of-london"),
            ("EC3M 1AA", "city-of-london"),
            ("EC4M 7AA", "city-of-london"),
            ("EC1A 1BB", "city-of-london"),
            ("EC1V 2NX", "met"),
            ("EC2A 4NE", "met"),
            ("SW1A", "met"),
            ("SW1A 1AA", "met"),
            ("WC2N 5DU", "met"),
            ("ME", "kent"),
            ("ME14 1XX", "kent"),
            ("CB", "cambridgeshire"),
            ("CB2 1TN", "cambridgeshire"),
            ("PE1 1AA", "cambridgeshire"),
            ("PE", "cambridgeshire"),
            ("PE21 6AA", "lincolnshire"),
            ("PE30 1AA", "norfolk"),
            ("PE8 4AA", "northamptonshire"),
            ("NG", "nottinghamshire"),
            ("NG1 5FS", "nottinghamshire"),
            ("NG31 6AA", "lincolnshire"),
            ("DE", "derbyshire"),
            ("DE1 1AA", "derbyshire"),
            ("DE14 1AA", "staffordshire"),
            ("OX", "thames-valley"),
            ("OX1 1AA", "thames-valley"),
            // A sector is read as its district, not run together ("SK1 7" is not SK17).
            ("SK1 7", "gmp"),
            ("SK17", "derbyshire"),
        ];
        for (postcode, code) in cases {
            assert_eq!(force_code(postcode), Some(code), "{postcode}");
        }
    }

    #[test]
    fn split_areas() {
        let cases = [
            ("CH1 1AA", "cheshire"),
            ("CH41 1AA", "merseyside"),
            ("CH7 1AA", "north-wales"),
            ("CW1 1AA", "cheshire"),
            ("SY1 1AA", "west-mercia"),
            ("SY23 1AA", "dyfed-powys"),
            ("LD1 5AA", "dyfed-powys"),
            ("NP20 1AA", "gwent"),
            ("NP8 1AA", "dyfed-powys"),
            ("CF83 1AA", "gwent"),
            ("LL57 1AA", "north-wales"),
            ("HR1 1AA", "west-mercia"),
            ("TN1 1AA", "kent"),
            ("TN34 1AA", "sussex"),
            ("RH1 1AA", "surrey"),
            ("RH10 1AA", "sussex"),
            ("GU1 1AA", "surrey"),
            ("GU14 1AA", "hampshire"),
            ("GU29 1AA", "sussex"),
            ("KT1 1AA", "met"),
            ("KT13 1AA", "surrey"),
            ("TW18 1AA", "surrey"),
            ("TW1 1AA", "met"),
            ("DA1 1AA", "kent"),
            ("DA15 1AA", "met"),
            ("CV1 1AA", "west-midlands"),
            ("CV34 1AA", "warwickshire"),
            ("B79 1AA", "staffordshire"),
            ("B98 1AA", "west-mercia"),
            ("TS1 1AA", "cleveland"),
            ("TS28 1AA", "durham"),
            ("DH1 1AA", "durham"),
            ("DL1 1AA", "durham"),
            ("DL10 1AA", "north-yorkshire"),
            ("SR1 1AA", "northumbria"),
            ("NE1 1AA", "northumbria"),
            ("TD1 1AA", "scotland"),
            ("TD15 1AA", "northumbria"),
            ("CA1 1AA", "cumbria"),
            ("LA9 1AA", "cumbria"),
            ("LA1 1AA", "lancashire"),
            ("PR1 1AA", "lancashire"),
            ("PR9 1AA", "merseyside"),
            ("L1 1AA", "merseyside"),
            ("WA1 1AA", "cheshire"),
            ("WA10 1AA", "merseyside"),
            ("HU1 1AA", "humberside"),
            ("DN15 1AA", "humberside"),
            ("DN1 1AA", "south-yorkshire"),
            ("S1 1AA", "south-yorkshire"),
            ("S41 1AA", "derbyshire"),
            ("S80 1AA", "nottinghamshire"),
            ("YO1 1AA", "north-yorkshire"),
            ("YO16 1AA", "humberside"),
            ("BD1 1AA", "west-yorkshire"),
            ("BD23 1AA", "north-yorkshire"),
            ("LE1 1AA", "leicestershire"),
            ("LN1 1AA", "lincolnshire"),
            ("NN1 1AA", "northamptonshire"),
            ("ST1 1AA", "staffordshire"),
            ("WR1 1AA", "west-mercia"),
            ("GL1 1AA", "gloucestershire"),
            ("SN1 1AA", "wiltshire"),
            ("BA14 1AA", "wiltshire"),
            ("BA1 1AA", "avon-somerset"),
            ("BS1 1AA", "avon-somerset"),
            ("BH1 1AA", "dorset"),
            ("DT1 1AA", "dorset"),
            ("EX1 1AA", "devon-cornwall"),
            ("TR1 1AA", "devon-cornwall"),
            ("SO14 1AA", "hampshire"),
            ("PO30 1AA", "hampshire"),
            ("PO19 1AA", "sussex"),
            ("RG1 1AA", "thames-valley"),
            ("RG21 1AA", "hampshire"),
            ("MK9 1AA", "thames-valley"),
            ("MK40 1AA", "bedfordshire"),
            ("LU1 1AA", "bedfordshire"),
            ("AL1 1AA", "hertfordshire"),
            ("SG1 1AA", "hertfordshire"),
            ("HP1 1AA", "hertfordshire"),
            ("HP20 1AA", "thames-valley"),
            ("CM1 1AA", "essex"),
            ("SS1 1AA", "essex"),
            ("RM17 1AA", "essex"),
            ("IP1 1AA", "suffolk"),
            ("NR1 1AA", "norfolk"),
            ("NR32 1AA", "suffolk"),
            ("BN1 1AA", "sussex"),
            ("CT1 1AA", "kent"),
        ];
        for (postcode, code) in cases {
            assert_eq!(force_code(postcode), Some(code), "{postcode}");
        }
        // Every Scottish area is Police Scotland.
        for area in [
            "AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH",
            "TD", "ZE",
        ] {
            assert_eq!(force_code(area), Some("scotland"), "{area}");
            assert_eq!(
                force_code(&format!("{area}1 1AA")),
                Some("scotland"),
                "{area}"
            );
        }
        // Every London area is the Met's, except EC.
        for area in ["E", "N", "NW", "SE", "SW", "W", "WC"] {
            assert_eq!(force_code(area), Some("met"), "{area}");
        }
    }

    #[test]
    fn outside_the_forty_five() {
        for s in [
            "GY1 1AA", "JE2 3AB", "IM1 1AA", "GY", "JE", "IM", "BF1 2AA", "BX1 1LT",
        ] {
            assert_eq!(force_for_postcode(s), None, "{s}");
        }
        for s in ["", "12345", "ABC", "GIR 0AA", "XX1 1AA"] {
            assert_eq!(force_for_postcode(s), None, "{s:?}");
        }
    }

    #[test]
    fn finds_forces_by_code() {
        assert_eq!(
            force_by_code("met").unwrap().name,
            "Metropolitan Police Service"
        );
        assert_eq!(
            force_by_code(" GMP ").unwrap().name,
            "Greater Manchester Police"
        );
        assert_eq!(
            force_by_code("west-midlands").unwrap().name,
            "West Midlands Police"
        );
        assert_eq!(force_by_code("nope"), None);
        assert_eq!(force_by_code(""), None);
    }

    #[test]
    fn finds_forces_by_name() {
        let cases = [
            ("Metropolitan Police Service", "met"),
            ("metropolitan police", "met"),
            ("the Met", "met"),
            ("MET", "met"),
            ("GMP", "gmp"),
            ("Greater Manchester", "gmp"),
            ("greater manchester police", "gmp"),
            ("PSNI", "psni"),
            ("Police Service of Northern Ireland", "psni"),
            ("West Mids", "west-midlands"),
            ("West Midlands Police", "west-midlands"),
            ("west midlands", "west-midlands"),
            ("City of London Police", "city-of-london"),
            ("City of London", "city-of-london"),
            ("Devon & Cornwall Police", "devon-cornwall"),
            ("devon and cornwall", "devon-cornwall"),
            ("Dyfed Powys", "dyfed-powys"),
            ("dyfed-powys police", "dyfed-powys"),
            ("Cheshire Police", "cheshire"),
            ("Kent", "kent"),
            ("Police Scotland", "scotland"),
            ("Hampshire Constabulary", "hampshire"),
            ("Hampshire", "hampshire"),
            ("Avon and Somerset Constabulary", "avon-somerset"),
            ("  north   wales police ", "north-wales"),
        ];
        for (name, code) in cases {
            assert_eq!(force_by_name(name).map(|f| f.code), Some(code), "{name}");
        }
        for none in [
            "",
            "the",
            "police",
            "constabulary",
            "Gotham City Police",
            "Wales",
        ] {
            assert_eq!(force_by_name(none), None, "{none:?}");
        }
    }

    #[test]
    fn every_force_is_found_by_its_own_name_and_code_and_names_are_unambiguous() {
        for f in FORCES {
            assert_eq!(force_by_name(f.name), Some(f), "{}", f.name);
            assert_eq!(force_by_name(f.code), Some(f), "{}", f.code);
            assert_eq!(force_by_code(f.code), Some(f), "{}", f.code);
        }
        let stems: HashSet<_> = FORCES
            .iter()
            .map(|f| name_stem(&normalise_name(f.name)).to_string())
            .collect();
        assert_eq!(stems.len(), FORCES.len());
        for (alias, code) in ALIASES {
            assert_eq!(force_by_name(alias).map(|f| f.code), Some(*code), "{alias}");
        }
    }
}

#[cfg(test)]
mod district_tests {
    use super::*;

    #[test]
    fn every_force_has_districts_that_route_back_to_it() {
        for f in FORCES {
            let d = districts_of(f.code);
            assert!(!d.is_empty(), "{} has no district", f.code);
            assert_eq!(
                force_for_postcode(&format!("{} 2BD", d[0])).unwrap().code,
                f.code
            );
        }
    }
}
