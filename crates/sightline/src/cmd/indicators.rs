//! `sightline indicators`: run the text engine over JSON Lines or one text.
use clap::Args as ClapArgs;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// JSON Lines input, one `{"id": …, "text": …}` per line.
    #[arg(long)]
    pub input: Option<std::path::PathBuf>,
    /// JSON Lines output.
    #[arg(long)]
    pub output: Option<std::path::PathBuf>,
    /// One text to analyse; prints a readable summary.
    #[arg(long)]
    pub text: Option<String>,
}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("the indicator engine is not wired into this build yet (issue 5)")
}
