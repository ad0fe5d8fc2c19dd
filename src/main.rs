//! The `pyco` command line: argument handling only; the work is in the library crates.

use clap::{Parser, Subcommand};
use pyco_compiler::constant::str_repr;
use pyco_compiler::{CompileError, Mode};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Deep nesting in user code must never overflow the process stack, so the compiler runs on
/// a thread with a stack far larger than any input the parser's limits let through needs.
const COMPILER_STACK: usize = 256 << 20;

#[derive(Parser)]
#[command(
    name = "pyco",
    version,
    about = "A Python 3.10 compiler and interpreter"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the bytecode of FILE, like `python3.10 -m dis FILE`
    Dis {
        /// The Python source file
        file: String,
    },
    /// Run FILE, like `python3.10 FILE ARGS...`
    Run {
        /// The Python source file
        file: String,
        /// Arguments passed to the script as sys.argv[1:]
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Dis { file } => dis(&file),
        Command::Run { file, args: _ } => run(&file),
    }
}

fn dis(file: &str) -> ExitCode {
    let Some(source) = read_source(file) else {
        return ExitCode::from(2);
    };
    // `-m dis` names the code object by the path as given.
    let name = file.to_string();
    match compile_on_big_stack(source, name) {
        Ok(listing) => {
            write_stdout(&listing);
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprint!("{}", err.format_for_script());
            ExitCode::from(1)
        }
    }
}

fn run(file: &str) -> ExitCode {
    if Path::new(file).is_dir() {
        // python3.10 runs a directory's __main__.py, which pyco does not support.
        eprintln!(
            "pyco: can't find '__main__' module in {}",
            str_repr(&absolute(file))
        );
        return ExitCode::from(1);
    }
    let Some(source) = read_source(file) else {
        return ExitCode::from(2);
    };
    // A running script's code objects carry its absolute path, as CPython 3.9+ does.
    let path = absolute(file);
    match compile_on_big_stack(source, path) {
        Ok(_) => {
            eprintln!("pyco: run is not implemented yet");
            ExitCode::from(2)
        }
        Err(err) => {
            eprint!("{}", err.format_for_script());
            ExitCode::from(1)
        }
    }
}

/// Compiles source bytes and renders the listing `pyco dis` prints; SyntaxWarnings go to
/// stderr first, as CPython prints them while compiling.
fn compile_on_big_stack(source: Vec<u8>, filename: String) -> Result<String, CompileError> {
    let (warnings, result) = on_big_stack(move || {
        let mut warnings = Vec::new();
        let result =
            pyco_compiler::compile_reporting(&source, &filename, Mode::Exec, &mut warnings)
                .map(|code| pyco_compiler::dis::dis_recursive(&code));
        let text = String::from_utf8_lossy(&source);
        let shown: String = warnings
            .iter()
            .map(|w| w.format_for_script(&text))
            .collect();
        Ok((shown, result))
    })?;
    eprint!("{warnings}");
    result
}

/// Runs `f` on a thread with a large stack; a panic there becomes an internal error message.
fn on_big_stack<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, CompileError> + Send + 'static,
) -> Result<T, CompileError> {
    let handle = std::thread::Builder::new()
        .name("pyco-compile".into())
        .stack_size(COMPILER_STACK)
        .spawn(f);
    match handle.map(|h| h.join()) {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => {
            eprintln!("pyco: internal error: the compiler panicked");
            std::process::exit(70);
        }
        Err(e) => {
            eprintln!("pyco: cannot start the compiler thread: {e}");
            std::process::exit(70);
        }
    }
}

/// Reads the script, printing python3.10's message for an unreadable file.
fn read_source(file: &str) -> Option<Vec<u8>> {
    match std::fs::read(file) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            eprintln!(
                "pyco: can't open file {}: {}",
                str_repr(&absolute(file)),
                errno_text(&err, file)
            );
            None
        }
    }
}

/// `[Errno N] strerror` as Python's OSError prints it.
fn errno_text(err: &std::io::Error, file: &str) -> String {
    // Reading a directory fails with EISDIR on read, which python reports the same way.
    let code = match err.raw_os_error() {
        Some(code) => code,
        None if Path::new(file).is_dir() => 21,
        None => return err.to_string(),
    };
    let text = err.to_string();
    // Rust appends " (os error N)" to the C library's strerror text.
    let strerror = text
        .strip_suffix(&format!(" (os error {code})"))
        .unwrap_or(&text);
    format!("[Errno {code}] {strerror}")
}

fn absolute(file: &str) -> String {
    match std::path::absolute(file) {
        Ok(p) => p.to_string_lossy().into_owned(),
        Err(_) => file.to_string(),
    }
}

/// Writes the whole listing with one call; a closed pipe is not an error worth reporting.
fn write_stdout(text: &str) {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = lock.write_all(text.as_bytes());
    let _ = lock.flush();
}
