//! HTCDS: the Human Trafficking Case Data Standard (IOM, Polaris, Liberty Shared).
//!
//! **Source of the field list.** [`FIELDS`] is copied from *HTCDS Field Reference.md* in
//! the standard's repository, `UNMigration/HTCDS` on GitHub, at commit
//! `38195b927cfde98924b94b1fb159e24ecde68855` (the draft field reference with the tables
//! Organisation `org_`, Person `prs_`, Person Victim Context `vic_`, Person Perpetrator
//! Context `per_`, Historic Trafficking Events `hte_` and Case `cas_`). Field names are the
//! standard's *Field Name* with its *Field Name Prefix*, as the standard's own XForm
//! (`Toolkit/Survey/htcds_xform.xml`) writes them: `prs_Gender`, `cas_Status`. Where the
//! reference wrote a picklist's value names with spaces (MethodOfRecruitment,
//! Vulnerabilities) the camel-case names of `shared/domain.md` are used; its
//! "Labour Industry" is written `vic_LabourIndustry`. Later spreadsheet-only releases of
//! the standard (1.0, 2.0, `.ods`/`.xlsx`) renamed some fields (e.g. Nationality →
//! Citizenship) and are not followed here.
//!
//! **Document shape.** The standard defines tables, not a document, so this crate's JSON is
//! its own arrangement of them: an array of case objects. Each case holds its `cas_`
//! fields and three lists of person objects by their part in the case: `victims`
//! (`prs_` and `vic_` fields, and `traffickingEvents`, a list of `hte_` objects),
//! `perpetrators` (`prs_` and `per_` fields) and `otherPersons` (`prs_` fields: witnesses,
//! reporting persons, associates). A lookup field holds the looked-up object
//! (`per_Organisation: {"org_Name": …, "org_Type": "CorporateBusiness"}`).
//!
//! **Extension fields.** Values the standard has no field for are written in fields named
//! `x_sightline_…` (listed in [`EXTENSIONS`]): the record id (`sl-<uuid>`), the case
//! reference, the case's classification, the case's Sightline exploitation types, a
//! person's Sightline case role and a birth date known only to the year or month.
//!
//! **What is mapped.** Case status; people's names, full birth dates, gender, nationality,
//! phone (from a `uses_phone` link), email (`uses_email`) and address (`lives_at`, current
//! first); victims' labour exploitation type where Sightline's exploitation type names one
//! (criminal → IllicitActivities, domestic servitude → DomesticWork); perpetrators' role in
//! the process from their `recruited`, `transported` and `controls` links to the case's
//! victims, and the business they own, control or work at as `per_Organisation`; victims'
//! trafficking events from `recruited` and `transported` links to them (Recruitment,
//! Transit) and `works_at` links from them (Exploitation).
//!
//! **Left out.** Case titles and summaries, people's notes, intelligence reports, links'
//! sources, Sightline's own organisations (they appear in a case only as owners, which are
//! markings) and every marking but the classification. A labour case's victims get the case's
//! sectors as `vic_TypeOfLabourExploitation`; sexual exploitation has no HTCDS value without its kind (it stays in `x_sightline_ExploitationTypes`).

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value};
use sightline_core::{
    Case, CaseRole, CaseStatus, Classification, EntityKind, ExploitationType, Gender, Link,
    LinkType, NodeType, OrgType, Person,
};
use uuid::Uuid;

use crate::codes::{
    is_alpha2_upper, is_full_date, is_htcds_phone, is_iso_prefix_date, stable_id, uk_postcode,
};
use crate::{Bundle, Index};

/// The tables of the standard, by their field-name prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Organisation,
    Person,
    VictimContext,
    PerpetratorContext,
    TraffickingEvent,
    Case,
}

impl Table {
    pub fn prefix(self) -> &'static str {
        match self {
            Table::Organisation => "org_",
            Table::Person => "prs_",
            Table::VictimContext => "vic_",
            Table::PerpetratorContext => "per_",
            Table::TraffickingEvent => "hte_",
            Table::Case => "cas_",
        }
    }
}

/// The standard's field types, with phone and country fields told apart so their format
/// can be checked (the standard gives E.164 and ISO 3166 for them in its notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    LongText,
    Date,
    Number,
    Checkbox,
    /// Text in E.164, by the standard's regular expression `^\+?[1-9]\d{1,14}$`.
    Phone,
    /// ISO 3166-1 alpha-2, upper case.
    Country,
    Picklist,
    Multiselect,
    /// A reference to a record of another table: here the record itself, or a list of them.
    Lookup(Table),
}

/// One field of the standard.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub table: Table,
    /// Prefix and field name, e.g. `prs_Gender`.
    pub name: &'static str,
    pub field_type: FieldType,
    /// The value names of a picklist or multiselect; empty otherwise.
    pub values: &'static [&'static str],
}

const fn f(table: Table, name: &'static str, field_type: FieldType) -> Field {
    Field {
        table,
        name,
        field_type,
        values: &[],
    }
}

const fn pick(
    table: Table,
    name: &'static str,
    multi: bool,
    values: &'static [&'static str],
) -> Field {
    Field {
        table,
        name,
        field_type: if multi {
            FieldType::Multiselect
        } else {
            FieldType::Picklist
        },
        values,
    }
}

const APPS: &[&str] = &[
    "Facebook",
    "Instagram",
    "WhatsApp",
    "Telegram",
    "FacebookMessenger",
    "Viber",
    "SnapChat",
    "Line",
    "4Sale",
    "WeChat",
    "QQ",
    "QZone",
    "TikTok",
    "Twitter",
    "Other",
];
const REFERRAL_REASONS: &[&str] = &[
    "AdditionalServicesRequired",
    "MigrationOrChangeOfLocation",
    "Other",
];

use FieldType as T;
use Table::{
    Case as C, Organisation as O, PerpetratorContext as PER, Person as P, TraffickingEvent as E,
    VictimContext as V,
};

/// Every field of the standard this crate writes and checks (see the module docs for the
/// source).
pub static FIELDS: &[Field] = &[
    // Organisation
    f(O, "org_Name", T::Text),
    f(O, "org_ShippingCity", T::Text),
    f(O, "org_ShippingCountry", T::Country),
    f(O, "org_ShippingState", T::Text),
    f(O, "org_ShippingStreet", T::Text),
    f(O, "org_ShippingPostalCode", T::Text),
    f(O, "org_ShippingLongitude", T::Number),
    f(O, "org_ShippingLatitude", T::Number),
    f(O, "org_Phone", T::Phone),
    pick(
        O,
        "org_Type",
        false,
        &[
            "NGO",
            "LawEnforcement",
            "HealthServiceOrganisation",
            "CentralGovernmentOrganisation",
            "LocalGovernmentOrganisation",
            "ImmigrationService",
            "LegalService",
            "CorporateBusiness",
        ],
    ),
    // Person
    f(P, "prs_Salutation", T::Text),
    f(P, "prs_FirstName", T::Text),
    f(P, "prs_MiddleName", T::Text),
    f(P, "prs_SecondName", T::Text),
    f(P, "prs_Birthdate", T::Date),
    pick(
        P,
        "prs_Gender",
        false,
        &["Male", "Female", "Transgender/NonConforming", "Unknown"],
    ),
    f(P, "prs_Deceased", T::Checkbox),
    f(P, "prs_Nationality", T::Country),
    f(P, "prs_Title", T::Text),
    f(P, "prs_Email", T::Text),
    f(P, "prs_HomePhone", T::Phone),
    f(P, "prs_MobilePhone", T::Phone),
    f(P, "prs_MailingCity", T::Text),
    f(P, "prs_MailingCountry", T::Country),
    f(P, "prs_MailingState", T::Text),
    f(P, "prs_MailingStreet", T::Text),
    f(P, "prs_MailingPostalCode", T::Text),
    f(P, "prs_MailingLongitude", T::Number),
    f(P, "prs_MailingLatitude", T::Number),
    // Person Victim Context
    f(V, "vic_AgreementToManagePersonalData", T::Checkbox),
    pick(V, "vic_RecruitmentWebsitesAndApps", true, APPS),
    pick(
        V,
        "vic_MethodOfRecruitment",
        true,
        &[
            "Abduction",
            "EducationalFacility",
            "Familial",
            "Internet",
            "InternationalMarriageBroker",
            "IntimatePartnerOrMarriageProposition",
            "JobOffer",
            "PosingAsBenefactor",
            "PublicArea",
            "OfferOfAccommodation",
            "Shelter",
            "SmugglingOrRansom",
            "Work",
            "Other",
            "Unknown",
        ],
    ),
    f(V, "vic_LocationOfRecruitment", T::Lookup(O)),
    pick(
        V,
        "vic_MethodsOfControl",
        true,
        &[
            "DebtBondage",
            "TakesEarnings",
            "RestrictsFinancialAccess",
            "Threats",
            "PsychologicalAbuse",
            "PhysicalAbuse",
            "SexualAbuse",
            "FalsePromises",
            "PsychoactiveSubstances",
            "RestrictsMovement",
            "RestrictsMedicalCare",
            "ExcessiveWorkingHours",
            "UsesChildren",
            "ThreatOfLawEnforcement",
            "WithholdsNecessities",
            "WithholdsDocuments",
            "Other",
        ],
    ),
    pick(
        V,
        "vic_TypeOfLabourExploitation",
        true,
        &[
            "Agriculture",
            "Aquafarming",
            "Begging",
            "Construction",
            "DomesticWork",
            "Hospitality",
            "IllicitActivities",
            "Manufacturing",
            "MiningOrDrilling",
            "Peddling",
            "Transportation",
            "Other",
        ],
    ),
    pick(
        V,
        "vic_LabourIndustry",
        true,
        &[
            "A_AgricultureForestryAndFishing",
            "B_MiningAndQuarrying",
            "C_Manufacturing",
            "D_ElectricityGasSteamAndAirConditioningSupply",
            "E_WaterSupplySewerageWasteManagement",
            "F_Construction",
            "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
            "H_TransportationAndStorage",
            "I_AccommodationAndFoodServiceActivities",
            "J_InformationAndCommunication",
            "K_FinancialAndInsuranceActivities",
            "L_RealEstateActivities",
            "M_ProfessionalScientificAndTechnicalActivities",
            "N_AdministrativeAndSupportServiceActivities",
            "O_PublicAdministrationAndDefence",
            "P_Education",
            "Q_HumanHealthAndSocialWorkActivities",
            "R_ArtsEntertainmentAndRecreation",
            "S_OtherServiceActivities",
            "T_ActivitiesOfHouseholdsAsEmployers",
            "U_ActivitiesOfExtraterritorialOrganizations",
        ],
    ),
    pick(
        V,
        "vic_TypeOfSexExploitation",
        true,
        &[
            "Prostitution",
            "Pornography",
            "RemoteInteractiveServices",
            "PrivateSexualServices",
        ],
    ),
    f(V, "vic_LocationOfExploitation", T::Lookup(O)),
    pick(V, "vic_ExploitationWebsitesAndApps", true, APPS),
    pick(
        V,
        "vic_Vulnerabilities",
        true,
        &[
            "Addiction",
            "Caste",
            "Discrimination",
            "Poverty",
            "DisabilityAndPhysicalHealth",
            "MentalHealth",
            "Migration",
            "Homelessness",
            "AbuseSocialMedia",
            "AbusePhysical",
            "Education",
            "WorkEnvironment",
        ],
    ),
    f(V, "vic_DetailsOfVulnerabilities", T::LongText),
    // Person Perpetrator Context
    pick(
        PER,
        "per_RoleInProcess",
        true,
        &[
            "TravellingPartner",
            "Transporter",
            "RecruiterOrIntermediary",
            "BrokerTravelAgent",
            "TransferredIndividual",
            "HarbouredIndividual",
            "SoldIndividual",
            "BoughtIndividual",
            "ReceivedIndividual",
            "ControlledIndividual",
            "Smuggler",
            "Abuser",
            "Kidnapper",
            "Exploiter",
            "Other",
        ],
    ),
    f(PER, "per_RoleDetails", T::LongText),
    f(PER, "per_Organisation", T::Lookup(O)),
    // Historic Trafficking Events
    f(E, "hte_Longitude", T::Number),
    f(E, "hte_Latitude", T::Number),
    f(E, "hte_City", T::Text),
    f(E, "hte_Country", T::Text),
    f(E, "hte_State", T::Text),
    f(E, "hte_Street", T::Text),
    f(E, "hte_PostalCode", T::Text),
    f(E, "hte_Date", T::Date),
    pick(
        E,
        "hte_Type",
        false,
        &["Recruitment", "Transit", "Exploitation"],
    ),
    f(E, "hte_Description", T::LongText),
    // Case
    pick(
        C,
        "cas_Status",
        false,
        &["Active", "FollowUp", "Closed", "ClosedReferred"],
    ),
    f(C, "cas_ReferringOrganisation", T::Lookup(O)),
    f(C, "cas_IncomingReferralDate", T::Date),
    f(C, "cas_ReferringPrimaryCaseWorker", T::Lookup(P)),
    pick(C, "cas_ReasonForIncomingReferral", false, REFERRAL_REASONS),
    f(C, "cas_IncomingReferralDetails", T::LongText),
    f(C, "cas_ReferredOrganisation", T::Lookup(O)),
    f(C, "cas_ReferredPrimaryCaseWorker", T::Lookup(P)),
    pick(C, "cas_ReasonForOutgoingReferral", false, REFERRAL_REASONS),
    f(C, "cas_OutgoingReferralDate", T::Date),
    f(C, "cas_OutgoingReferralDetails", T::LongText),
    f(C, "cas_ReasonForCaseClosure", T::LongText),
];

/// Where an `x_sightline_…` extension field may stand, and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionKind {
    /// `sl-<uuid>`.
    Id,
    Text,
    /// A Sightline classification code (`OFFICIAL`, `OFFICIAL-SENSITIVE`).
    Classification,
    /// A list of Sightline exploitation type codes.
    ExploitationTypes,
    /// A Sightline case role code.
    CaseRole,
    /// `YYYY` or `YYYY-MM`.
    PartialDate,
}

/// The extension fields: (the table whose objects may hold it, name, kind).
pub static EXTENSIONS: &[(Table, &str, ExtensionKind)] = &[
    (C, "x_sightline_Id", ExtensionKind::Id),
    (C, "x_sightline_Reference", ExtensionKind::Text),
    (
        C,
        "x_sightline_Classification",
        ExtensionKind::Classification,
    ),
    (
        C,
        "x_sightline_ExploitationTypes",
        ExtensionKind::ExploitationTypes,
    ),
    (P, "x_sightline_Id", ExtensionKind::Id),
    (P, "x_sightline_CaseRole", ExtensionKind::CaseRole),
    (
        P,
        "x_sightline_PartialBirthdate",
        ExtensionKind::PartialDate,
    ),
    (O, "x_sightline_Id", ExtensionKind::Id),
    (E, "x_sightline_Id", ExtensionKind::Id),
];

// ---- vocabulary tables: one per Sightline vocabulary -------------------------------

/// Sightline gender → `prs_Gender` (Sightline's codes are the standard's).
pub fn gender_htcds(g: Gender) -> &'static str {
    match g {
        Gender::Male => "Male",
        Gender::Female => "Female",
        Gender::TransgenderNonConforming => "Transgender/NonConforming",
        Gender::Unknown => "Unknown",
    }
}

/// Sightline organisation type → `org_Type` (a police force is law enforcement).
pub fn org_type_htcds(t: OrgType) -> &'static str {
    match t {
        OrgType::PoliceForce | OrgType::LawEnforcement => "LawEnforcement",
        OrgType::Ngo => "NGO",
        OrgType::HealthServiceOrganisation => "HealthServiceOrganisation",
        OrgType::CentralGovernmentOrganisation => "CentralGovernmentOrganisation",
        OrgType::LocalGovernmentOrganisation => "LocalGovernmentOrganisation",
        OrgType::ImmigrationService => "ImmigrationService",
        OrgType::LegalService => "LegalService",
        OrgType::CorporateBusiness => "CorporateBusiness",
    }
}

/// Sightline case status → `cas_Status`.
pub fn case_status_htcds(s: CaseStatus) -> &'static str {
    match s {
        CaseStatus::Active => "Active",
        CaseStatus::FollowUp => "FollowUp",
        CaseStatus::Closed => "Closed",
        CaseStatus::ClosedReferred => "ClosedReferred",
    }
}

/// Sightline exploitation type → an HTCDS victim field and value, where one fits without
/// guessing the sector or kind.
pub fn exploitation_htcds(t: ExploitationType) -> Option<(&'static str, &'static str)> {
    match t {
        ExploitationType::Criminal => Some(("vic_TypeOfLabourExploitation", "IllicitActivities")),
        ExploitationType::DomesticServitude => {
            Some(("vic_TypeOfLabourExploitation", "DomesticWork"))
        }
        ExploitationType::Labour
        | ExploitationType::Sexual
        | ExploitationType::OrganHarvesting
        | ExploitationType::Unknown => None,
    }
}

/// Which list of a case object a person goes in, by their part in the case.
pub fn case_role_list(r: CaseRole) -> &'static str {
    match r {
        CaseRole::PotentialVictim => "victims",
        CaseRole::Suspect => "perpetrators",
        CaseRole::Witness | CaseRole::ReportingPerson | CaseRole::Associate => "otherPersons",
    }
}

/// A link from a perpetrator to a victim → the perpetrator's `per_RoleInProcess`.
pub fn link_role_in_process(t: LinkType) -> Option<&'static str> {
    match t {
        LinkType::Recruited => Some("RecruiterOrIntermediary"),
        LinkType::Transported => Some("Transporter"),
        LinkType::Controls => Some("ControlledIndividual"),
        _ => None,
    }
}

/// A link → the victim's trafficking event type: `recruited`/`transported` links to the
/// victim, `works_at` links from the victim.
pub fn link_event_type(t: LinkType) -> Option<&'static str> {
    match t {
        LinkType::Recruited => Some("Recruitment"),
        LinkType::Transported => Some("Transit"),
        LinkType::WorksAt => Some("Exploitation"),
        _ => None,
    }
}

// ---- export ---------------------------------------------------------------------------

/// The bundle's cases as an array of HTCDS case objects (see the module docs).
pub fn to_htcds(bundle: &Bundle) -> Value {
    let ix = Index::new(bundle);
    let mut parties: HashMap<Uuid, Vec<(&Person, CaseRole)>> = HashMap::new();
    for cp in &bundle.case_parties {
        if let Some(p) = ix.people.get(&cp.person_id) {
            parties.entry(cp.case_id).or_default().push((p, cp.role));
        }
    }
    let mut links_of: HashMap<Uuid, Vec<&Link>> = HashMap::new();
    for l in &bundle.links {
        if ix.has(&l.from) && ix.has(&l.to) {
            links_of.entry(l.from.id).or_default().push(l);
            links_of.entry(l.to.id).or_default().push(l);
        }
    }
    let cases = bundle
        .cases
        .iter()
        .map(|c| {
            let ctx = Ctx {
                ix: &ix,
                links_of: &links_of,
                parties: parties.get(&c.id).map(Vec::as_slice).unwrap_or(&[]),
            };
            case_object(c, &ctx)
        })
        .collect();
    Value::Array(cases)
}

/// The HTCDS export as pretty-printed JSON text.
pub fn to_htcds_json(bundle: &Bundle) -> String {
    serde_json::to_string_pretty(&to_htcds(bundle)).expect("a JSON value always serialises")
}

struct Ctx<'a> {
    ix: &'a Index<'a>,
    links_of: &'a HashMap<Uuid, Vec<&'a Link>>,
    parties: &'a [(&'a Person, CaseRole)],
}

impl<'a> Ctx<'a> {
    fn links(&self, id: Uuid) -> &[&'a Link] {
        self.links_of.get(&id).map(Vec::as_slice).unwrap_or(&[])
    }
    fn is_victim(&self, id: Uuid) -> bool {
        self.parties
            .iter()
            .any(|(p, r)| p.id == id && *r == CaseRole::PotentialVictim)
    }
}

fn case_object(c: &Case, ctx: &Ctx) -> Value {
    let classification = ctx
        .parties
        .iter()
        .map(|(p, _)| p.markings.classification)
        .chain([c.markings.classification])
        .max()
        .unwrap_or(Classification::OfficialSensitive);
    let mut o = Map::new();
    o.insert("x_sightline_Id".into(), json!(stable_id(c.id)));
    o.insert("x_sightline_Reference".into(), json!(c.reference));
    o.insert(
        "x_sightline_Classification".into(),
        json!(classification.code()),
    );
    o.insert(
        "x_sightline_ExploitationTypes".into(),
        json!(c
            .exploitation_types
            .iter()
            .map(|t| t.code())
            .collect::<Vec<_>>()),
    );
    o.insert("cas_Status".into(), json!(case_status_htcds(c.status)));
    let mut lists: BTreeMap<&str, Vec<Value>> = ["victims", "perpetrators", "otherPersons"]
        .into_iter()
        .map(|k| (k, Vec::new()))
        .collect();
    for (p, role) in ctx.parties {
        let mut po = person_object(p, *role, ctx);
        match role {
            CaseRole::PotentialVictim => victim_context(&mut po, p, c, ctx),
            CaseRole::Suspect => perpetrator_context(&mut po, p, ctx),
            _ => {}
        }
        lists
            .get_mut(case_role_list(*role))
            .expect("every list is present")
            .push(Value::Object(po));
    }
    for (k, v) in lists {
        o.insert(k.into(), Value::Array(v));
    }
    Value::Object(o)
}

/// The `prs_` fields of a person, and their id and part in the case.
fn person_object(p: &Person, role: CaseRole, ctx: &Ctx) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("x_sightline_Id".into(), json!(stable_id(p.id)));
    o.insert("x_sightline_CaseRole".into(), json!(role.code()));
    if !p.given_name.is_empty() {
        o.insert("prs_FirstName".into(), json!(p.given_name));
    }
    if !p.family_name.is_empty() {
        o.insert("prs_SecondName".into(), json!(p.family_name));
    }
    match p.date_of_birth.as_deref() {
        Some(d) if is_full_date(d) => {
            o.insert("prs_Birthdate".into(), json!(d));
        }
        Some(d) => {
            o.insert("x_sightline_PartialBirthdate".into(), json!(d));
        }
        None => {}
    }
    o.insert("prs_Gender".into(), json!(gender_htcds(p.gender)));
    if let Some(n) = &p.nationality {
        o.insert("prs_Nationality".into(), json!(n));
    }
    // Contact details from the person's links: the first of each, current ones first.
    let mut links: Vec<&Link> = ctx
        .links(p.id)
        .iter()
        .copied()
        .filter(|l| l.from.node_type == NodeType::Person && l.from.id == p.id)
        .collect();
    links.sort_by_key(|l| l.date_to.is_some());
    let first = |t: LinkType, k: EntityKind| {
        links
            .iter()
            .filter(|l| l.link_type == t)
            .filter_map(|l| ctx.ix.entity(&l.to))
            .find(|e| e.kind == k)
    };
    if let Some(e) = first(LinkType::UsesPhone, EntityKind::Phone) {
        if is_htcds_phone(&e.normalised) {
            o.insert("prs_MobilePhone".into(), json!(e.normalised));
        }
    }
    if let Some(e) = first(LinkType::UsesEmail, EntityKind::Email) {
        o.insert("prs_Email".into(), json!(e.normalised));
    }
    if let Some(e) = first(LinkType::LivesAt, EntityKind::Location) {
        address_fields(
            &mut o,
            &e.normalised,
            "prs_MailingStreet",
            "prs_MailingPostalCode",
        );
    }
    o
}

/// A normalised Sightline address as a street and, when it ends with a UK postcode, a
/// postal code.
fn address_fields(o: &mut Map<String, Value>, address: &str, street: &str, postcode: &str) {
    match uk_postcode(address) {
        Some(pc) => {
            let rest = address[..address.len() - pc.len()].trim_end();
            if !rest.is_empty() {
                o.insert(street.into(), json!(rest));
            }
            o.insert(postcode.into(), json!(pc));
        }
        None => {
            o.insert(street.into(), json!(address));
        }
    }
}

fn victim_context(o: &mut Map<String, Value>, p: &Person, c: &Case, ctx: &Ctx) {
    let mut fields: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for t in &c.exploitation_types {
        if let Some((field, value)) = exploitation_htcds(*t) {
            let v = fields.entry(field).or_default();
            if !v.contains(&value) {
                v.push(value);
            }
        }
    }
    // The case's sectors are HTCDS labour types already (`CaseDetails::validate` keeps them so).
    if c.exploitation_types.contains(&ExploitationType::Labour) {
        let v = fields.entry("vic_TypeOfLabourExploitation").or_default();
        for s in &c.details.sectors {
            if !v.contains(&s.as_str()) {
                v.push(s.as_str());
            }
        }
    }
    for (field, values) in fields {
        o.insert(field.into(), json!(values));
    }
    let events: Vec<Value> = ctx
        .links(p.id)
        .iter()
        .filter_map(|l| trafficking_event(l, p, ctx))
        .collect();
    o.insert("traffickingEvents".into(), Value::Array(events));
}

/// A trafficking event of the victim `p` from one of their links, if the link is one.
fn trafficking_event(l: &Link, p: &Person, ctx: &Ctx) -> Option<Value> {
    let kind = link_event_type(l.link_type)?;
    let to_victim = l.to.node_type == NodeType::Person && l.to.id == p.id;
    let from_victim = l.from.node_type == NodeType::Person && l.from.id == p.id;
    let place = match l.link_type {
        LinkType::WorksAt if from_victim => ctx.ix.entity(&l.to),
        LinkType::Recruited | LinkType::Transported if to_victim => None,
        _ => return None,
    };
    let mut o = Map::new();
    o.insert("x_sightline_Id".into(), json!(stable_id(l.id)));
    o.insert("hte_Type".into(), json!(kind));
    if let Some(d) = l.date_from.as_deref().filter(|d| is_full_date(d)) {
        o.insert("hte_Date".into(), json!(d));
    }
    let mut description = format!(
        "{} (confidence: {})",
        l.link_type.label(),
        l.confidence.code()
    );
    if let Some(d) = l.date_from.as_deref().filter(|d| !is_full_date(d)) {
        description.push_str(&format!("; from {d}"));
    }
    match place {
        Some(e) if e.kind == EntityKind::Location => {
            address_fields(&mut o, &e.normalised, "hte_Street", "hte_PostalCode")
        }
        Some(e) => description.push_str(&format!("; at {}", e.value)),
        None => {}
    }
    o.insert("hte_Description".into(), json!(description));
    Some(Value::Object(o))
}

fn perpetrator_context(o: &mut Map<String, Value>, p: &Person, ctx: &Ctx) {
    let from_p = |l: &&&Link| l.from.node_type == NodeType::Person && l.from.id == p.id;
    let mut roles: Vec<&str> = Vec::new();
    for l in ctx.links(p.id).iter().filter(from_p) {
        if l.to.node_type == NodeType::Person && ctx.is_victim(l.to.id) {
            if let Some(r) = link_role_in_process(l.link_type) {
                if !roles.contains(&r) {
                    roles.push(r);
                }
            }
        }
    }
    if !roles.is_empty() {
        o.insert("per_RoleInProcess".into(), json!(roles));
    }
    let business = ctx
        .links(p.id)
        .iter()
        .filter(from_p)
        .filter(|l| {
            matches!(
                l.link_type,
                LinkType::Owns | LinkType::Controls | LinkType::WorksAt
            )
        })
        .filter_map(|l| ctx.ix.entity(&l.to))
        .find(|e| e.kind == EntityKind::Business);
    if let Some(b) = business {
        o.insert(
            "per_Organisation".into(),
            json!({
                "x_sightline_Id": stable_id(b.id),
                "org_Name": b.value,
                "org_Type": "CorporateBusiness",
            }),
        );
    }
}

// ---- validation -----------------------------------------------------------------------

/// Checks an HTCDS export (an array of case objects) or one case object against
/// [`FIELDS`] and [`EXTENSIONS`]: unknown fields, values outside a picklist, phones not in
/// E.164, countries not ISO 3166-1 alpha-2, dates not `YYYY-MM-DD`, wrong JSON types.
/// Returns one message per problem, each starting with where it is; empty when it passes.
pub fn validate_htcds(v: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    match v {
        Value::Array(cases) => {
            for (i, c) in cases.iter().enumerate() {
                check_case(c, &format!("[{i}]"), &mut errs);
            }
        }
        Value::Object(_) => check_case(v, "case", &mut errs),
        _ => errs.push("the HTCDS export should be an array of case objects".into()),
    }
    errs
}

fn check_case(v: &Value, path: &str, errs: &mut Vec<String>) {
    let lists: &[(&str, &[Table])] = &[
        ("victims", &[P, V]),
        ("perpetrators", &[P, PER]),
        ("otherPersons", &[P]),
    ];
    check_object(v, path, &[C], lists, errs);
}

fn check_object(
    v: &Value,
    path: &str,
    tables: &[Table],
    lists: &[(&str, &[Table])],
    errs: &mut Vec<String>,
) {
    let Some(obj) = v.as_object() else {
        errs.push(format!("{path}: should be an object"));
        return;
    };
    for (key, value) in obj {
        let at = format!("{path}.{key}");
        if let Some((_, inner)) = lists.iter().find(|(k, _)| k == key) {
            let Some(items) = value.as_array() else {
                errs.push(format!("{at}: should be an array of objects"));
                continue;
            };
            for (i, item) in items.iter().enumerate() {
                let sub: &[(&str, &[Table])] = if inner.contains(&V) {
                    &[("traffickingEvents", &[E])]
                } else {
                    &[]
                };
                check_object(item, &format!("{at}[{i}]"), inner, sub, errs);
            }
        } else if let Some(field) = FIELDS
            .iter()
            .find(|f| f.name == key && tables.contains(&f.table))
        {
            check_value(field, value, &at, errs);
        } else if let Some((_, _, kind)) = EXTENSIONS
            .iter()
            .find(|(t, n, _)| *n == key && tables.contains(t))
        {
            check_extension(*kind, value, &at, errs);
        } else {
            let expected: Vec<&str> = tables.iter().map(|t| t.prefix()).collect();
            errs.push(format!(
                "{at}: not a field of HTCDS here (fields here begin {}, or are x_sightline_ extensions)",
                expected.join(" or ")
            ));
        }
    }
}

fn check_value(field: &Field, v: &Value, at: &str, errs: &mut Vec<String>) {
    let text = || v.as_str();
    let problem: Option<String> = match field.field_type {
        T::Text | T::LongText => text().is_none().then(|| "should be text".into()),
        T::Number => (!v.is_number()).then(|| "should be a number".into()),
        T::Checkbox => (!v.is_boolean()).then(|| "should be true or false".into()),
        T::Date => match text() {
            Some(s) if is_full_date(s) => None,
            _ => Some(format!("{v} is not a date as YYYY-MM-DD")),
        },
        T::Phone => match text() {
            Some(s) if is_htcds_phone(s) => None,
            _ => Some(format!(
                "{v} is not an E.164 phone number (+ country code and number, up to 15 digits)"
            )),
        },
        T::Country => match text() {
            Some(s) if is_alpha2_upper(s) => None,
            _ => Some(format!(
                "{v} is not an ISO 3166-1 alpha-2 country code such as GB or VN"
            )),
        },
        T::Picklist => match text() {
            Some(s) if field.values.contains(&s) => None,
            _ => Some(format!("{v} is not one of {}", field.values.join(", "))),
        },
        T::Multiselect => match v.as_array() {
            Some(items) => {
                let bad: Vec<String> = items
                    .iter()
                    .filter(|i| !i.as_str().is_some_and(|s| field.values.contains(&s)))
                    .map(|i| i.to_string())
                    .collect();
                (!bad.is_empty())
                    .then(|| format!("{} not one of {}", bad.join(", "), field.values.join(", ")))
            }
            None => Some("should be an array of values".into()),
        },
        T::Lookup(table) => {
            match v {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        check_object(item, &format!("{at}[{i}]"), &[table], &[], errs);
                    }
                }
                _ => check_object(v, at, &[table], &[], errs),
            }
            None
        }
    };
    if let Some(p) = problem {
        errs.push(format!("{at}: {p}"));
    }
}

fn check_extension(kind: ExtensionKind, v: &Value, at: &str, errs: &mut Vec<String>) {
    let s = v.as_str();
    let ok = match kind {
        ExtensionKind::Id => s.is_some_and(|s| {
            s.strip_prefix("sl-")
                .is_some_and(|u| Uuid::parse_str(u).is_ok())
        }),
        ExtensionKind::Text => s.is_some(),
        ExtensionKind::Classification => s.is_some_and(|s| s.parse::<Classification>().is_ok()),
        ExtensionKind::CaseRole => s.is_some_and(|s| CaseRole::ALL.iter().any(|r| r.code() == s)),
        ExtensionKind::PartialDate => s.is_some_and(|s| is_iso_prefix_date(s) && s.len() < 10),
        ExtensionKind::ExploitationTypes => v.as_array().is_some_and(|a| {
            a.iter().all(|i| {
                i.as_str()
                    .is_some_and(|s| ExploitationType::ALL.iter().any(|t| t.code() == s))
            })
        }),
    };
    if !ok {
        errs.push(format!(
            "{at}: {v} is not a valid value of this Sightline extension ({kind:?})"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn export() -> Value {
        to_htcds(&fixture::bundle())
    }

    #[test]
    fn a_labour_case_gives_its_victims_the_case_sectors_and_still_validates() {
        let mut b = fixture::bundle();
        b.cases[0].details.sectors = vec!["Hospitality".into()];
        let v = to_htcds(&b);
        let victim = &v[0]["victims"][0];
        assert_eq!(
            victim["vic_TypeOfLabourExploitation"],
            json!(["IllicitActivities", "Hospitality"])
        );
        assert!(validate_htcds(&v).is_empty(), "{:?}", validate_htcds(&v));
    }

    #[test]
    fn a_case_with_its_victim_perpetrator_and_witness_in_their_roles() {
        let v = export();
        let c = &v[0];
        assert_eq!(c["cas_Status"], "Active");
        assert_eq!(c["x_sightline_Reference"], "OP-2026-0042");
        assert_eq!(c["x_sightline_Classification"], "OFFICIAL-SENSITIVE");
        assert_eq!(
            c["x_sightline_ExploitationTypes"],
            json!(["labour", "criminal"])
        );

        let victim = &c["victims"][0];
        assert_eq!(victim["prs_FirstName"], "Thi Lan");
        assert_eq!(victim["prs_SecondName"], "Nguyen");
        assert_eq!(victim["prs_Birthdate"], "2004-05-17");
        assert_eq!(victim["prs_Gender"], "Female");
        assert_eq!(victim["prs_Nationality"], "VN");
        assert_eq!(
            victim["prs_MailingStreet"],
            "UNIT 3 COVENTRY ROAD BIRMINGHAM"
        );
        assert_eq!(victim["prs_MailingPostalCode"], "B10 0XX");
        assert_eq!(
            victim["vic_TypeOfLabourExploitation"],
            json!(["IllicitActivities"])
        );
        let events = victim["traffickingEvents"].as_array().unwrap();
        let kinds: Vec<&str> = events
            .iter()
            .map(|e| e["hte_Type"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["Recruitment", "Exploitation"]);
        assert_eq!(events[0]["hte_Date"], "2025-01-10");
        assert!(events[1]["hte_Description"]
            .as_str()
            .unwrap()
            .contains("Sparkle Hand Car Wash"));

        let perp = &c["perpetrators"][0];
        assert_eq!(perp["prs_SecondName"], "Hoxha");
        assert_eq!(perp["x_sightline_PartialBirthdate"], "1985");
        assert!(perp.get("prs_Birthdate").is_none());
        assert_eq!(perp["prs_MobilePhone"], "+447700900123");
        assert_eq!(perp["prs_Email"], "boss@example.com");
        assert_eq!(
            perp["per_RoleInProcess"],
            json!(["RecruiterOrIntermediary", "ControlledIndividual"])
        );
        assert_eq!(
            perp["per_Organisation"]["org_Name"],
            "Sparkle Hand Car Wash"
        );
        assert_eq!(perp["per_Organisation"]["org_Type"], "CorporateBusiness");

        let other = &c["otherPersons"][0];
        assert_eq!(other["x_sightline_CaseRole"], "witness");
        assert!(other.get("prs_FirstName").is_none());
    }

    #[test]
    fn no_marking_but_the_classification_and_no_free_text_leaves() {
        let text = to_htcds_json(&fixture::bundle());
        for secret in [
            fixture::FORCE.to_string(),
            "handling".into(),
            "speaks little English".into(),
            "housed above".into(),
            "debrief".into(),
            "Operation Bell".into(),
        ] {
            assert!(!text.contains(&secret), "{secret} leaked");
        }
    }

    #[test]
    fn the_validator_accepts_the_export() {
        let v = export();
        assert_eq!(validate_htcds(&v), Vec::<String>::new());
        assert_eq!(
            validate_htcds(&to_htcds(&Bundle::default())),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_validator_rejects_broken_objects_saying_where_and_why() {
        let mut v = export();
        let c = &mut v[0];
        c["cas_Status"] = json!("Open");
        c["cas_Colour"] = json!("red");
        c["victims"][0]["prs_Gender"] = json!("female");
        c["victims"][0]["prs_Nationality"] = json!("Vietnam");
        c["victims"][0]["vic_MethodsOfControl"] = json!(["DebtBondage", "Beatings"]);
        c["perpetrators"][0]["prs_MobilePhone"] = json!("07700 900123");
        c["perpetrators"][0]["vic_MethodsOfControl"] = json!(["Threats"]);
        c["perpetrators"][0]["per_Organisation"]["org_Type"] = json!("Gang");
        c["victims"][0]["traffickingEvents"][0]["hte_Date"] = json!("10/01/2025");
        c["x_sightline_Classification"] = json!("SECRET");
        let errs = validate_htcds(&v);
        let expect = [
            "[0].cas_Status: \"Open\" is not one of Active, FollowUp, Closed, ClosedReferred",
            "[0].cas_Colour: not a field of HTCDS here",
            "[0].victims[0].prs_Gender: \"female\" is not one of Male",
            "[0].victims[0].prs_Nationality: \"Vietnam\" is not an ISO 3166-1 alpha-2",
            "[0].victims[0].vic_MethodsOfControl: \"Beatings\" not one of DebtBondage",
            "[0].perpetrators[0].prs_MobilePhone: \"07700 900123\" is not an E.164",
            "[0].perpetrators[0].vic_MethodsOfControl: not a field of HTCDS here",
            "[0].perpetrators[0].per_Organisation.org_Type: \"Gang\" is not one of NGO",
            "[0].victims[0].traffickingEvents[0].hte_Date: \"10/01/2025\" is not a date",
            "[0].x_sightline_Classification: \"SECRET\" is not a valid value",
        ];
        for e in expect {
            assert!(
                errs.iter().any(|m| m.starts_with(e)),
                "missing {e} in {errs:#?}"
            );
        }
        assert_eq!(errs.len(), expect.len(), "{errs:#?}");
        assert_eq!(validate_htcds(&json!("cases")).len(), 1);
    }

    #[test]
    fn every_sightline_vocabulary_value_maps_into_the_standard() {
        let values = |name: &str| FIELDS.iter().find(|f| f.name == name).unwrap().values;
        for g in Gender::ALL {
            assert!(values("prs_Gender").contains(&gender_htcds(*g)));
        }
        for t in OrgType::ALL {
            assert!(values("org_Type").contains(&org_type_htcds(*t)));
        }
        for s in CaseStatus::ALL {
            assert!(values("cas_Status").contains(&case_status_htcds(*s)));
        }
        for t in ExploitationType::ALL {
            if let Some((field, value)) = exploitation_htcds(*t) {
                assert!(values(field).contains(&value));
            }
        }
        for t in LinkType::ALL {
            if let Some(r) = link_role_in_process(*t) {
                assert!(values("per_RoleInProcess").contains(&r));
            }
            if let Some(e) = link_event_type(*t) {
                assert!(values("hte_Type").contains(&e));
            }
        }
        let mut names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), FIELDS.len(), "field names are unique");
        assert!(FIELDS.iter().all(|f| f.name.starts_with(f.table.prefix())));
    }
}
