//! todo
pub fn to_ftm(_b: &crate::Bundle) -> Vec<serde_json::Value> {
    vec![]
}
pub fn validate_ftm(_v: &serde_json::Value) -> Vec<String> {
    vec![]
}
