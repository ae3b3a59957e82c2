//! The `saywho` binary: parse arguments, run, map the outcome to an exit code.

use clap::Parser;

fn main() {
    let cli = saywho::cli::Cli::parse();
    let code = match saywho::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("saywho: {e:#}");
            1
        }
    };
    std::process::exit(code);
}
