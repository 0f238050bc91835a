//! Name knowledge: transliteration variants, nicknames and short forms, particles,
//! address abbreviations.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Spelling variants of the same name, as recorded in Latin script from Arabic,
/// Tigrinya/Amharic, Vietnamese, Slavic, Romanian, Albanian and other sources. The first
/// entry is the canonical spelling; all others are rewritten to it before comparison.
const SPELLINGS: &[&[&str]] = &[
    &[
        "muhammad",
        "mohammed",
        "mohamed",
        "mohammad",
        "mohamad",
        "muhammed",
        "muhamed",
        "mohamud",
        "mohammod",
        "muhamad",
        "mohammud",
        "mahomed",
        "mohd",
        "md",
        "mohmed",
        "mouhamed",
        "mouhammad",
        "muhamud",
    ],
    &["ahmed", "ahmad", "ahmet", "ahmedd", "achmed"],
    &[
        "abdul",
        "abdel",
        "abdal",
        "abdoul",
        "abdoulaye",
        "abd",
        "abdool",
    ],
    &["abdullah", "abdallah", "abdulla", "abdalla", "abdellah"],
    &[
        "abdulrahman",
        "abdelrahman",
        "abdurrahman",
        "abdirahman",
        "abdrahman",
        "abdalrahman",
    ],
    &[
        "hussein", "husein", "hussain", "husain", "hossein", "husayn", "hossain", "houssein",
    ],
    &["hassan", "hasan", "hassen", "hasen"],
    &["mustafa", "mustapha", "moustafa", "mostafa", "mustefa"],
    &["ibrahim", "ebrahim", "ibraheem", "ibrahima", "ibrahem"],
    &[
        "yusuf", "yousef", "youssef", "yousif", "yusef", "yousuf", "yousaf", "youssouf", "yosef",
    ],
    &["osman", "usman", "othman", "uthman", "osmane"],
    &["omar", "umar", "omer"],
    &["khalid", "khaled", "kaled", "halid"],
    &["mahmoud", "mahmud", "mahmood", "mehmood", "mahamoud"],
    &["ali", "aly"],
    &["ismail", "ismael", "esmail", "ismaeel"],
    &[
        "suleiman", "sulaiman", "suleyman", "soliman", "sulayman", "sleiman",
    ],
    &["yasin", "yassin", "yaseen", "yassine", "yacine"],
    &["fatima", "fatma", "fatimah", "fatuma", "fatoumata"],
    &["aisha", "aysha", "ayesha", "aicha", "aishah", "ayisha"],
    &["khadija", "khadijah", "khadidja", "hadija"],
    &["maryam", "mariam", "meryem", "maryem"],
    &["zainab", "zaynab", "zeinab", "zenab"],
    &["hamid", "hamed"],
    &["rashid", "rasheed", "rachid", "rashed"],
    &["said", "saeed", "saed", "sayed", "sayyid", "saiid"],
    &["tariq", "tarik", "tareq", "tarek"],
    &["jamal", "gamal", "djamal"],
    &["nasser", "nasir", "naser", "nassir"],
    &["abu", "abou"],
    // Somali official orthography (x = ḥ, c = ʿ, doubled vowels long) beside the
    // Arabic-style spellings the same names take in UK records.
    &["muhammad", "maxamed", "maxammed", "mahamed", "maxamad"],
    &["ahmed", "axmed", "axmad"],
    &["hassan", "xasan", "xassan", "xasaan"],
    &["hussein", "xuseen", "xusseen", "huseen", "xusein"],
    &["ali", "cali", "caali"],
    &["omar", "cumar", "cumer"],
    &["osman", "cismaan", "cusmaan", "cusman"],
    &[
        "abdullah",
        "abdullahi",
        "abdulahi",
        "cabdullaahi",
        "cabdulaahi",
        "cabdullahi",
    ],
    &[
        "abdulrahman",
        "cabdiraxmaan",
        "abdiraxmaan",
        "cabdirahman",
        "cabdiraxman",
    ],
    &["ismail", "ismaaciil", "ismaciil"],
    &["yusuf", "yuusuf"],
    &["ibrahim", "ibraahim", "ibraahin"],
    &["khalid", "khaalid", "khaled"],
    &["mahmoud", "maxamuud", "mohamoud", "maxmuud"],
    &["fatima", "fadumo", "faduma", "fadhumo", "fatuma"],
    &["aisha", "caasha", "casha", "caisha"],
    &["khadija", "khadiija", "khadiijo"],
    &["abdi", "cabdi"],
    &["hawa", "xawo", "hawo", "xawa"],
    &["amina", "aamina", "ameena", "aminah"],
    &["jama", "jaamac", "jamac"],
    &["farah", "faarax", "farax"],
    &["aden", "aadan", "adan", "aadam"],
    &["hamza", "xamza", "hamzah", "xamsa"],
    // Persian / Dari / Pashto / Kurdish (a surname in -i is the adjective of a name:
    // Hosseini, Karimi, Haidari; see [`canonical_token`])
    &["haidar", "haider", "hyder", "heydar", "haydar", "heidar"],
    &["karim", "kareem", "kerim"],
    &["rahim", "raheem"],
    &["noor", "nur", "nour"],
    &["rezaei", "rezai", "rezayi", "rezaie", "rezaee"],
    &["qadir", "kadir", "kader", "qader", "qadeer"],
    &["aziz", "azeez", "azis"],
    &["salih", "saleh"],
    &["jawad", "javad"],
    &["zabiullah", "zabihullah", "zabiollah"],
    &["hekmatullah", "hikmatullah", "hekmatollah"],
    &["naqibullah", "naqeebullah"],
    &["farid", "fareed"],
    &["wahid", "waheed"],
    &["shafiq", "shafeeq", "shafik"],
    // Tigrinya / Amharic / Eritrean and Ethiopian
    &["tesfaye", "tesfay", "tesfai", "tesfa"],
    &["yohannes", "yohanes", "yohannis", "yohanis", "johannes"],
    &[
        "gebre", "gebray", "ghebre", "gebreh", "gabre", "ghebray", "gebrai",
    ],
    &["haile", "hailay", "hayle", "hailai"],
    &["tekle", "teklay", "tecle", "teklai"],
    &["berhane", "berhe", "birhane", "berhan", "brhane", "berhani"],
    &["tsegaye", "tsegay", "tsegai", "segaye"],
    &["welde", "wolde", "weldu", "woldu", "weldo"],
    &["mehari", "meharie", "mhari"],
    &["kidane", "kidan", "kidanu"],
    &["solomon", "selomon", "suleman"],
    &["mulugeta", "mulugueta"],
    &["tesfamariam", "tesfamarian"],
    &["ghirmay", "girmay", "ghirmai", "girmai"],
    &["mebrahtu", "mebrhatu", "mebratu"],
    &["habtom", "habtemariam"],
    &["semere", "semre"],
    &["yonas", "jonas"],
    &["dawit", "dawite"],
    &["filmon", "philemon", "filimon"],
    &["amanuel", "emanuel", "emmanuel", "amanual"],
    &["senait", "seniat"],
    &["helen", "hellen", "helena"],
    // Vietnamese
    &[
        "nguyen", "nguyn", "ngyuen", "nguen", "nugyen", "ngyen", "nguyenn",
    ],
    &["tran", "trann"],
    &["pham", "phamm"],
    &["huynh", "huyn"],
    &["hoang", "hoangg"],
    &["phuong", "phoung"],
    // South Asian
    &["singh", "sing", "sinhg"],
    &["kaur", "kour"],
    &["mohinder", "mohindar"],
    &["gurpreet", "gurprit"],
    &["harpreet", "harprit"],
    // Romanian / Balkan / Slavic / Albanian
    &["popescu", "popesku"],
    &["ionescu", "ionesku"],
    &["gheorghe", "ghiorghe", "gheorge"],
    &["constantin", "konstantin", "costantin"],
    &["alexandru", "aleksandru"],
    &["kowalski", "kowalsky", "kovalski"],
    &["kowalska", "kowalskaa"],
    &["wisniewski", "wisniewsky", "visnievski"],
    &["lewandowski", "lewandowsky"],
    &[
        "aleksander",
        "alexander",
        "aleksandr",
        "oleksandr",
        "alexandre",
        "alessandro",
        "alexandros",
    ],
    &["aleksandra", "alexandra", "oleksandra"],
    &["mikhail", "michail", "mihail", "mykhailo", "michal"],
    &["sergei", "sergey", "serhii", "serhiy", "sergiy", "sergiu"],
    &["yuri", "yuriy", "iurii", "jurij", "yurii"],
    &["dmitri", "dmitry", "dmytro", "dimitri", "dmitrij"],
    &["andrii", "andriy", "andrei", "andrey", "andrej"],
    &["olga", "olha"],
    &["tetiana", "tatiana", "tatyana", "tetyana"],
    &["natalia", "nataliya", "natalya", "natalija"],
    &["yevhen", "evgeny", "yevgeny", "evgeniy", "yevgen"],
    &["volodymyr", "vladimir", "wladimir"],
    &["mykola", "nikolai", "nikolay", "mikola"],
    &["ivan", "iwan"],
    &["petro", "petr", "pyotr", "piotr"],
    &["pavlo", "pavel", "pawel"],
    &["jozef", "josef", "iosif"],
    &["gjergj", "gjergji"],
    &["arben", "arbeni"],
    &["hoxha", "hoxhaj"],
    &["krasniqi", "krasniki"],
    &["berisha", "berishaj"],
    &["gashi", "gashaj"],
    &["ioan", "ion", "ionel", "ionut"],
    &["mihai", "mihaiu"],
    &["vasile", "vasilii", "vasily", "vasyl"],
    &["stefan", "stephan", "stefano", "stepan", "shtefan"],
];

/// Nickname / short-form groups: a token in a group matches any other token in it
/// at the "variant" comparison level. A token may sit in two groups (Chris, Alex).
const NICKNAMES: &[&[&str]] = &[
    &[
        "robert", "rob", "robbie", "bob", "bobby", "bert", "roberto", "robbert",
    ],
    &[
        "william", "will", "bill", "billy", "willie", "willy", "liam", "wil",
    ],
    &[
        "katherine",
        "catherine",
        "kathryn",
        "katharine",
        "kate",
        "katie",
        "kath",
        "cath",
        "cathy",
        "kathy",
        "kat",
        "kitty",
        "katarzyna",
        "kasia",
        "ekaterina",
        "katya",
        "katerina",
        "caterina",
    ],
    &[
        "elizabeth",
        "liz",
        "lizzie",
        "lizzy",
        "beth",
        "betty",
        "bet",
        "eliza",
        "libby",
        "elisabeth",
        "elzbieta",
        "ela",
        "lisa",
        "elise",
    ],
    &[
        "margaret",
        "maggie",
        "meg",
        "peggy",
        "marge",
        "margo",
        "malgorzata",
        "gosia",
        "margareta",
    ],
    &[
        "james", "jim", "jimmy", "jamie", "jem", "jakub", "jacob", "jake", "kuba", "jacques",
        "giacomo", "diego",
    ],
    &[
        "john", "jon", "johnny", "jack", "ian", "ivan", "jan", "janek", "juan", "giovanni", "ion",
        "ioan", "sean", "shaun", "yahya", "yohannes",
    ],
    &[
        "michael", "mike", "mick", "mickey", "micky", "mikey", "michal", "mikhail", "misha",
        "mihai", "miguel", "michele",
    ],
    &[
        "david", "dave", "davy", "davey", "dawid", "dawit", "daoud", "dawood", "dawud",
    ],
    &["thomas", "tom", "tommy", "tomek", "tomasz", "tomas"],
    &["anthony", "tony", "antony", "antonio", "antoni", "anton"],
    &[
        "stephen", "steven", "steve", "stevie", "stefan", "stephan", "stepan", "istvan", "esteban",
    ],
    &[
        "christopher",
        "chris",
        "kris",
        "christoph",
        "krzysztof",
        "cristian",
        "kristian",
        "christian",
    ],
    &[
        "christine",
        "christina",
        "chris",
        "kris",
        "chrissie",
        "tina",
        "krystyna",
        "kristina",
        "cristina",
    ],
    &[
        "alexander",
        "alex",
        "alec",
        "sasha",
        "sandy",
        "aleksander",
        "alexandru",
        "olek",
        "sandu",
        "iskander",
        "iskandar",
    ],
    &[
        "alexandra",
        "alex",
        "sasha",
        "sandra",
        "sandy",
        "ola",
        "aleksandra",
        "lexi",
    ],
    &["samuel", "sam", "sammy", "shmuel"],
    &["samantha", "sam", "sammy", "sammie"],
    &["daniel", "dan", "danny", "dani", "danilo", "daniil"],
    &[
        "joseph", "joe", "joey", "jozef", "josef", "jose", "yusuf", "giuseppe", "iosif", "józef",
        "pepe",
    ],
    &[
        "nicholas", "nick", "nicky", "nico", "nikolai", "mykola", "nicolae", "nikola", "niccolo",
    ],
    &[
        "matthew", "matt", "matty", "mateusz", "matteo", "mateo", "matei",
    ],
    &[
        "andrew", "andy", "drew", "andrzej", "andrii", "andrei", "andrea", "andres",
    ],
    &[
        "edward", "ed", "eddie", "eddy", "ted", "teddy", "ned", "edvard",
    ],
    &[
        "henry", "harry", "hal", "hank", "henryk", "enrique", "enrico",
    ],
    &["patrick", "pat", "paddy", "patryk"],
    &["patricia", "pat", "patty", "tricia", "trish"],
    &[
        "richard", "rick", "ricky", "rich", "richie", "dick", "ryszard", "riccardo", "ricardo",
    ],
    &["benjamin", "ben", "benny", "benji"],
    &[
        "charles", "charlie", "chuck", "chas", "karol", "carlos", "carlo", "karl",
    ],
    &["frederick", "fred", "freddie", "freddy", "fryderyk"],
    &["gregory", "greg", "grzegorz", "grigor", "grigory"],
    &["jeffrey", "jeff", "geoffrey", "geoff"],
    &["kenneth", "ken", "kenny"],
    &["lawrence", "laurence", "larry", "laurie", "wawrzyniec"],
    &["leonard", "len", "lenny", "leo"],
    &["ronald", "ron", "ronnie"],
    &["timothy", "tim", "timmy", "tymoteusz"],
    &["victoria", "vicky", "vicki", "tori", "wiktoria"],
    &["rebecca", "becky", "becca", "bex"],
    &["deborah", "debbie", "debra", "deb"],
    &["amanda", "mandy"],
    &["abigail", "abby", "abbie", "gail"],
    &["joanne", "jo", "joanna", "joan", "asia"],
    &["natalie", "nat", "natalia", "natasha", "tasha"],
    &[
        "peter", "pete", "piotr", "petr", "petro", "pietro", "pedro", "petru",
    ],
    &["philip", "phil", "filip", "phillip", "felipe"],
    &["raymond", "ray"],
    &["stanley", "stan", "stanislaw", "stas"],
    &["terence", "terry", "terrence"],
    &["zachary", "zach", "zack"],
    &["susan", "sue", "susie", "suzanne", "suzy"],
    &["jennifer", "jen", "jenny", "jenna"],
    &[
        "anne", "ann", "anna", "annie", "hanna", "hannah", "ania", "anya", "ana",
    ],
    &[
        "mary", "maria", "marie", "molly", "polly", "marysia", "mariam", "maryam",
    ],
    &["jessica", "jess", "jessie"],
    &["nathan", "nate", "nathaniel"],
    &["jonathan", "jon", "jonny", "johnny", "yonatan", "yonas"],
    &["gerald", "gerry", "jerry"],
    &[
        "jerzy", "jurek", "george", "gheorghe", "georgi", "jorge", "giorgio", "gjergj", "yuri",
        "georgios",
    ],
    &["albert", "al", "bert", "alberto"],
    &["alfred", "alf", "alfie", "fred"],
    &["donald", "don", "donnie"],
    &["douglas", "doug"],
    &["eugene", "gene", "yevhen", "evgeny", "eugen", "eugeniusz"],
    &[
        "francis",
        "frank",
        "frankie",
        "francisco",
        "franciszek",
        "francesco",
        "franz",
    ],
    &["frances", "fran", "frankie", "francesca", "franciszka"],
    &["gabriel", "gabe", "gabi", "gavril"],
    &["isabel", "isabella", "izzy", "bella", "izabela", "isobel"],
    &["jacqueline", "jackie", "jacky"],
    &["judith", "judy", "jude"],
    &["louise", "lou", "lulu", "luiza", "louisa"],
    &["lucy", "lucia", "lucie", "lucja"],
    &["maximilian", "max", "maks", "maksym", "maxim", "maksim"],
    &["nikita", "nik"],
    &["oliver", "ollie", "olly"],
    &["pamela", "pam"],
    &["penelope", "penny"],
    &["sarah", "sara", "sally", "sadie"],
    &["sophie", "sophia", "sofia", "zofia", "zosia"],
    &[
        "theodore", "theo", "ted", "teddy", "fyodor", "fedor", "teodor",
    ],
    &["valentina", "val", "valya"],
    &["walter", "walt", "wally"],
    &[
        "vladimir",
        "volodymyr",
        "vlad",
        "volodya",
        "wladimir",
        "wlodzimierz",
    ],
    &["dmitri", "dima", "dmytro", "dmitry"],
    &["ekaterina", "katya", "katerina"],
    &[
        "elena", "lena", "olena", "helena", "jelena", "yelena", "ilinca",
    ],
    &["irina", "ira", "iryna"],
    &["tatiana", "tanya", "tania", "tetiana"],
    &["yekaterina", "ekaterina"],
    &["magdalena", "magda", "madzia"],
    &["wojciech", "wojtek"],
    &["agnieszka", "aga", "agnes"],
    &["dorota", "dorothy", "dot", "dotty", "doris"],
    &["barbara", "basia", "barb", "babs"],
    &["ionela", "ioana", "ionelia"],
    &["florin", "florian"],
    &["ahmed", "ahmet", "hamid", "hamed"],
    &[
        "muhammad", "mo", "moe", "mohd", "hamudi", "hammoudi", "mehmet",
    ],
    &["abdullah", "abdi"],
    &["abdulrahman", "abdul"],
    &["ibrahim", "abraham", "avraham", "abe", "brahim"],
    &["yusuf", "joseph", "jusuf"],
    &["suleiman", "solomon", "selim"],
    &["musa", "moses", "moshe", "mussa"],
    &["isa", "jesus", "issa"],
    &["yahya", "john"],
    &["dawit", "david", "dawud"],
    &["mehmet", "muhammad"],
    &["mohinder", "mohan"],
    &["rajinder", "raj"],
    &["rajesh", "raj"],
    &["sukhwinder", "sukhi"],
    &["jaswinder", "jas", "jassi"],
    &["gurpreet", "gurps", "preet"],
    &["hoa", "hoai"],
    &["thi", "thy"],
    &["tuan", "tuan anh"],
];

/// Name particles that may be present, attached or dropped: El, Al-, Van, De, Di, Da, …
const PARTICLES: &[&str] = &[
    "al", "el", "ul", "van", "von", "der", "den", "de", "di", "da", "du", "del", "della", "la",
    "le", "bin", "ibn", "bint", "ben", "abu", "st", "mac", "mc",
];

struct Tables {
    spellings: HashMap<&'static str, &'static str>,
    nicknames: HashMap<&'static str, [u16; 2]>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut spellings = HashMap::new();
        for group in SPELLINGS {
            for v in group.iter() {
                spellings.entry(*v).or_insert(group[0]);
            }
        }
        let mut nicknames: HashMap<&'static str, [u16; 2]> = HashMap::new();
        for (i, group) in NICKNAMES.iter().enumerate() {
            let id = (i + 1) as u16;
            for v in group.iter() {
                let canon = spellings.get(v).copied().unwrap_or(v);
                let e = nicknames.entry(canon).or_insert([0, 0]);
                if e[0] == 0 {
                    e[0] = id;
                } else if e[1] == 0 && e[0] != id {
                    e[1] = id;
                }
            }
        }
        Tables {
            spellings,
            nicknames,
        }
    })
}

/// The canonical spelling of one folded name token (`mohamed` → `muhammad`).
pub fn canonical_spelling(tok: &str) -> &str {
    tables().spellings.get(tok).copied().unwrap_or(tok)
}

/// The canonical spelling of one folded token, also through a Persian/Arabic adjective
/// ending (nisba) in -i or -y: `hosseini`, `hussaini` → `husseini`; `ahmady` →
/// `ahmedi`; `noori`, `nuri` → `noori`.
pub fn canonical_token(tok: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let t = tables();
    if let Some(c) = t.spellings.get(tok) {
        return Cow::Borrowed(c);
    }
    if tok.len() >= 4 && (tok.ends_with('i') || tok.ends_with('y')) {
        if let Some(c) = t.spellings.get(&tok[..tok.len() - 1]) {
            return Cow::Owned(format!("{c}i"));
        }
    }
    Cow::Borrowed(tok)
}

/// Nickname groups of a canonical token (0 = none).
pub fn groups(tok: &str) -> [u16; 2] {
    tables().nicknames.get(tok).copied().unwrap_or([0, 0])
}

/// Whether two group sets share a group.
pub fn share_group(a: [u16; 2], b: [u16; 2]) -> bool {
    (a[0] != 0 && (a[0] == b[0] || a[0] == b[1])) || (a[1] != 0 && (a[1] == b[0] || a[1] == b[1]))
}

pub fn is_particle(tok: &str) -> bool {
    PARTICLES.contains(&tok)
}

/// Expand a folded address token's abbreviation (`rd` → `road`).
pub fn address_abbrev(tok: &str) -> &str {
    match tok {
        "rd" => "road",
        "st" | "str" => "street",
        "ave" | "av" | "avenue" => "avenue",
        "ln" => "lane",
        "dr" | "drv" => "drive",
        "cl" => "close",
        "ct" | "crt" => "court",
        "cres" | "cresc" | "crs" => "crescent",
        "gdns" | "gdn" => "gardens",
        "pl" => "place",
        "sq" => "square",
        "tce" | "terr" | "ter" => "terrace",
        "hse" => "house",
        "pde" => "parade",
        "gr" | "grv" => "grove",
        "pk" => "park",
        "wy" => "way",
        "hwy" => "highway",
        "bldg" | "bldgs" => "building",
        "ests" | "est" => "estate",
        "mt" => "mount",
        "nth" => "north",
        "sth" => "south",
        "apt" | "apartment" | "flt" | "fl" => "flat",
        "rm" => "room",
        "blvd" => "boulevard",
        "cir" => "circle",
        "cct" => "circuit",
        "esp" => "esplanade",
        "hts" => "heights",
        "wk" => "walk",
        "mws" => "mews",
        "nr" => "near",
        _ => tok,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_nicknames() {
        assert_eq!(canonical_spelling("mohamed"), "muhammad");
        assert_eq!(canonical_spelling("mohammad"), "muhammad");
        assert_eq!(canonical_spelling("tesfay"), "tesfaye");
        assert_eq!(canonical_spelling("abdel"), "abdul");
        assert_eq!(canonical_spelling("smith"), "smith");
        assert_eq!(canonical_spelling("maxamed"), "muhammad");
        assert_eq!(canonical_spelling("cabdi"), "abdi");
        assert_eq!(canonical_token("hosseini"), canonical_token("hussaini"));
        assert_eq!(canonical_token("ahmady"), canonical_token("ahmadi"));
        assert_eq!(canonical_token("nuri"), canonical_token("noori"));
        assert_eq!(canonical_token("bobby"), "bobby");
        assert!(share_group(groups("bob"), groups("robert")));
        assert!(share_group(groups("bill"), groups("william")));
        assert!(share_group(groups("kate"), groups("katherine")));
        assert!(share_group(groups("kasia"), groups("katarzyna")));
        assert!(share_group(groups("chris"), groups("christine")));
        assert!(share_group(groups("chris"), groups("christopher")));
        assert!(!share_group(groups("christopher"), groups("christine")));
        assert!(!share_group(groups("bob"), groups("william")));
        assert!(!share_group(groups("zzz"), groups("zzz")));
        assert!(is_particle("al") && is_particle("van"));
    }
}
