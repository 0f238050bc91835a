//! Indicator detection in free text (being built: see issue 5).
