//! One module per CLI subcommand that is more than a few lines.
pub mod indicators;
pub mod resolve;
