//! The `pyco` command line (placeholder until the CLI lands).
fn main() {
    eprintln!("pyco: not implemented yet");
    std::process::exit(2);
}
