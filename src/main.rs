//! The `pyco` command line: argument handling only; the work is in the library crates.

use clap::{Parser, Subcommand};
use pyco_compiler::constant::str_repr;
use pyco_compiler::{CompileError, Mode};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: pyco_vm::alloc::PycoAlloc = pyco_vm::alloc::PycoAlloc;

/// Deep nesting in user code must never overflow the process stack, so the compiler runs on
/// a thread with a stack far larger than any input the parser's limits let through needs.
const COMPILER_STACK: usize = 256 << 20;
/// The interpreter's thread: Python-to-Python calls do not recurse in Rust, but native
/// code calling back into Python (`__init__`, `__eq__`, sort keys) does.
const VM_STACK: usize = 1 << 30;

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
    /// Run FILE (`-` for stdin, `-c CODE` for a command), like `python3.10 FILE ARGS...`
    Run {
        /// Run CODE instead of a file
        #[arg(short = 'c', value_name = "CODE")]
        command: Option<String>,
        /// The Python source file (`-` reads the script from stdin)
        file: Option<String>,
        /// Arguments passed to the script as sys.argv[1:]
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Dis { file } => dis(&file),
        Command::Run {
            command,
            file,
            args,
        } => match (command, file) {
            (Some(code), first) => {
                // `-c CODE ARGS`: argv[0] is "-c".
                let mut argv = vec!["-c".to_string()];
                argv.extend(first);
                argv.extend(args);
                run_source(code.into_bytes(), "<string>".into(), argv, String::new())
            }
            (None, Some(file)) if file == "-" => {
                let mut source = Vec::new();
                let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut source);
                let mut argv = vec!["-".to_string()];
                argv.extend(args);
                run_source(source, "<stdin>".into(), argv, String::new())
            }
            (None, Some(file)) => run(&file, args),
            (None, None) => {
                eprintln!("pyco run: give a script, `-` or `-c CODE`");
                ExitCode::from(2)
            }
        },
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

fn run(file: &str, args: Vec<String>) -> ExitCode {
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
    let dir = Path::new(&path)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut argv = vec![file.to_string()];
    argv.extend(args);
    run_source(source, path, argv, dir)
}

/// Runs a script on a thread with a large stack (native code that calls back into Python
/// recurses in Rust); `script_dir` becomes `sys.path[0]`.
fn run_source(source: Vec<u8>, path: String, argv: Vec<String>, script_dir: String) -> ExitCode {
    let handle = std::thread::Builder::new()
        .name("pyco-main".into())
        .stack_size(VM_STACK)
        .spawn(move || {
            let mut vm = pyco_vm::Vm::new();
            vm.set_native_stack(VM_STACK);
            let mut sys_path = vec![script_dir];
            if let Ok(extra) = std::env::var("PYTHONPATH") {
                sys_path.extend(
                    extra
                        .split(':')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string),
                );
            }
            pyco_vm::sysmodule::init(&mut vm, &argv, &sys_path);
            pyco_stdlib::register(&mut vm);
            pyco_vm::run_script(&mut vm, &source, &path)
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from((code & 0xff) as u8),
        Ok(Err(_)) => {
            eprintln!("pyco: internal error: the interpreter panicked");
            ExitCode::from(70)
        }
        Err(e) => {
            eprintln!("pyco: cannot start the interpreter thread: {e}");
            ExitCode::from(70)
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
