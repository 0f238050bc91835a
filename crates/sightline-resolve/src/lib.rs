//! Entity resolution engine (being built: see issue 4).
