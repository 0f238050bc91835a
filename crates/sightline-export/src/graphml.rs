//! todo
pub fn to_graphml(_b: &crate::Bundle) -> String {
    String::new()
}
