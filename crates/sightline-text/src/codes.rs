//! The fixed code lists the engine reports, with human labels for the UI.
//!
//! The order of each list is the order findings are reported in.

/// One code with its human label and a one-line description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Code {
    /// Stable snake_case code, as used in the JSON output.
    pub code: &'static str,
    /// Short human label.
    pub label: &'static str,
    /// What the code means.
    pub description: &'static str,
}

const fn c(code: &'static str, label: &'static str, description: &'static str) -> Code {
    Code {
        code,
        label,
        description,
    }
}

/// The 11 ILO indicators of forced labour.
pub const INDICATOR_CODES: &[Code] = &[
    c("abuse_of_vulnerability", "Abuse of vulnerability", "Exploiting a person's irregular status, poverty, addiction, disability, youth, language or dependency on the exploiter."),
    c("deception", "Deception", "False promises about the job, pay, conditions, accommodation, education or migration."),
    c("restriction_of_movement", "Restriction of movement", "Locked in, confined, escorted or watched, not allowed to leave or go out alone."),
    c("isolation", "Isolation", "Cut off from family, community or help: phone taken, no contact allowed, remote or hidden location, no language."),
    c("physical_sexual_violence", "Physical and sexual violence", "Beatings, assaults, injuries from the exploiter, rape, forced sex, forced drug or alcohol use."),
    c("intimidation_threats", "Intimidation and threats", "Threats of violence, against family, of denunciation to authorities or deportation; conditional threats count."),
    c("retention_of_documents", "Retention of identity documents", "Passports, ID, visas or other papers held by someone else."),
    c("withholding_wages", "Withholding of wages", "Unpaid, underpaid, wages held back, paid to someone else, unlawful deductions, no control of pay or bank account."),
    c("debt_bondage", "Debt bondage", "A debt (travel, recruitment, rent, food) used to keep the person working; a debt that keeps growing."),
    c("abusive_conditions", "Abusive working and living conditions", "Degrading, dangerous or overcrowded conditions, no food, no breaks, sleeping at the workplace."),
    c("excessive_overtime", "Excessive overtime", "Very long hours or days, no days off, on call around the clock."),
];

/// UK "spot the signs" and GLAA labour-exploitation signs.
pub const SIGN_CODES: &[Code] = &[
    c("physical_appearance", "Physical appearance", "Injuries, malnourished, unkempt, same clothes every day, untreated conditions."),
    c("isolated", "Isolation", "Rarely allowed out, no contact with friends or family, does not know the local area or address."),
    c("poor_living_conditions", "Poor living conditions", "Dirty, cramped, unsafe or unheated accommodation, no beds, mattresses on the floor."),
    c("overcrowded_accommodation", "Overcrowded accommodation", "Many people living at one address, often housing provided by the employer."),
    c("sleeps_at_workplace", "Lives or sleeps at the workplace", "Sleeping at the car wash, nail bar, restaurant, factory or farm."),
    c("few_personal_effects", "Few or no personal effects", "Few belongings, same clothes, no money, nothing of their own."),
    c("restricted_movement", "Restricted freedom of movement", "Not allowed to leave, escorted everywhere, locked in, watched."),
    c("collected_early_dropped_late", "Unusual travel times", "Collected very early and dropped off late at night, often in groups by minibus or van."),
    c("fear_of_authorities", "Reluctance to seek help", "Afraid of police, immigration, deportation or the exploiters; coached answers, will not speak."),
    c("upfront_fees", "Upfront fees", "Paid or owes fees for the job, travel, visa or recruitment."),
    c("documents_taken", "Documents taken", "Passport or ID held by the employer, landlord or a third party."),
    c("escorted_transport", "Escorted transport", "Driven to and from work by the controller, escorted or watched in transit."),
    c("charged_transport", "Charged transport", "Charged for the transport to work, deducted from wages."),
    c("long_hours", "Long hours", "Works very long hours, seven days a week, no days off."),
    c("ppe_charges", "Charges for PPE", "Charged for work clothes, boots, gloves, hi-vis or safety equipment."),
    c("no_control_of_wages", "No control of wages or bank account", "Wages paid into an account controlled by someone else, bank card or PIN taken."),
    c("speaks_for_workers", "Someone speaks for the workers", "A third party always answers, translates or speaks for them."),
    c("multiple_bank_cards", "Many bank cards at one ATM", "One person using many bank cards, or many workers' cards, at a cash machine."),
];

/// Exploitation types (top level of the NRM statistics).
pub const EXPLOITATION_TYPES: &[Code] = &[
    c("labour", "Labour exploitation", "Forced or compulsory labour: car washes, nail bars, agriculture, factories, construction, hospitality."),
    c("sexual", "Sexual exploitation", "Forced prostitution, brothels, online advertised sex work, child sexual exploitation."),
    c("criminal", "Criminal exploitation", "County lines, drug dealing, cannabis cultivation, begging, shoplifting, theft, fraud, money muling."),
    c("domestic_servitude", "Domestic servitude", "Unpaid or forced household work: cleaning, cooking, childcare in a private home."),
    c("organ_harvesting", "Organ harvesting", "Removal of organs, e.g. a kidney, or being brought for that purpose."),
];

/// Index of a code in a list, if present.
pub fn index_of(list: &[Code], code: &str) -> Option<usize> {
    list.iter().position(|c| c.code == code)
}

/// The human label of a code in a list (the code itself if unknown).
pub fn label_of(list: &'static [Code], code: &str) -> &'static str {
    list.iter()
        .find(|c| c.code == code)
        .map(|c| c.label)
        .unwrap_or("unknown")
}
