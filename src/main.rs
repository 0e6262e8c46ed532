use clap::Parser;
use liseuse::cli::{self, Cli, Command};

fn main() {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Entities(a)) => cli::entities::run(a),
        Some(Command::Filter(a)) => cli::filter::run(a),
        Some(Command::Annotations(a)) => cli::annotations::run(a),
        None => Ok(()),
    };
    if let Err(e) = result {
        eprintln!("liseuse: {e}");
        std::process::exit(1);
    }
}
