//! The `sightline` binary: CLI, configuration and wiring. No business rules live here.
mod cmd;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "sightline", version, about = "Find, understand and stop modern slavery")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find modern slavery indicators, exploitation types, risk and entities in free text.
    Indicators(cmd::indicators::Args),
    /// Resolve people records across files into clusters (entity resolution).
    Resolve(cmd::resolve::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Indicators(a) => cmd::indicators::run(a),
        Command::Resolve(a) => cmd::resolve::run(a),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
