//! todo
pub fn to_htcds(_b: &crate::Bundle) -> serde_json::Value {
    serde_json::Value::Null
}
pub fn validate_htcds(_v: &serde_json::Value) -> Vec<String> {
    vec![]
}
