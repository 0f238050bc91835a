//! `sightline resolve`: entity resolution over CSV files.
use clap::Args as ClapArgs;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Input CSV (one: dedupe; two: link across them only).
    #[arg(long, required = true)]
    pub input: Vec<std::path::PathBuf>,
    /// Output `record_id,cluster_id` CSV.
    #[arg(long)]
    pub output: std::path::PathBuf,
}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("the resolution engine is not wired into this build yet (issue 4)")
}
