//! Conformance tests: `pyco dis` against CPython 3.10's `-m dis`, the compile errors of
//! `pyco run` against CPython's, and `pyco run` of whole programs (stdout, stderr and exit
//! code) against `python3.10`. The expected files next to each case come from the oracle
//! (tests/regen.py); this harness only runs pyco and compares.

#[path = "conformance/normalize.rs"]
mod normalize;
#[path = "conformance/runner.rs"]
mod runner;

use libtest_mimic::{Arguments, ColorSetting, Failed, Trial};
use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

const PYCO: &str = env!("CARGO_BIN_EXE_pyco");

fn main() {
    let mut args = Arguments::from_args();
    // Plain output when piped (CI logs are read for the closing `test result` line).
    if args.color.is_none() && !std::io::stdout().is_terminal() {
        args.color = Some(ColorSetting::Never);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut trials = normalize_self_checks();
    let cases = root.join("dis/cases");
    trials.extend(suite(&cases, &cases, "dis", check_dis));
    // The tutorial scripts are disassembled where they live, against listings kept in tests/.
    let examples = root.join("../examples");
    trials.extend(suite(
        &examples,
        &root.join("dis/examples"),
        "examples",
        check_dis,
    ));
    let errors = root.join("errors/cases");
    trials.extend(suite(&errors, &errors, "errors", check_error));
    let run = root.join("run/cases");
    trials.extend(suite(&run, &run, "run", check_run));
    // The tutorial scripts are also run where they live, as `python3.10 NAME.py` ran them.
    trials.extend(suite(
        &examples,
        &root.join("examples"),
        "examples_run",
        check_run,
    ));
    // Known failures, the run cases the VM does not pass yet (tests/update_pending.py
    // rewrites that list), and the examples that need what pyco lacks (asyncio, the
    // network; tests/examples/pending.txt gives each reason): all are ignored tests.
    let mut known = known_failures(&root.join("known_failures.txt"));
    known.extend(known_failures(&root.join("run/pending.txt")));
    known.extend(known_failures(&root.join("examples/pending.txt")));
    let trials = trials
        .into_iter()
        .map(|t| {
            let listed = known.iter().any(|k| k == t.name());
            t.with_ignored_flag(listed)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// Test names listed in `path` (tests/known_failures.txt or tests/run/pending.txt: one per
/// line, `#` comments), if that file exists: they are marked ignored, and still run with
/// `-- --include-ignored`.
fn known_failures(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The check of one case: the directory it runs in, the directory of its expected files,
/// and its stem.
type Check = fn(&Path, &Path, &str) -> Result<(), Failed>;

/// One trial per `*.py` in `dir`, named `PREFIX::STEM`, sorted by name; expected files are
/// read from `expected`.
fn suite(dir: &Path, expected: &Path, prefix: &str, check: Check) -> Vec<Trial> {
    let mut stems: Vec<String> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter_map(|name| name.strip_suffix(".py").map(str::to_string))
            .collect(),
        Err(_) => Vec::new(),
    };
    stems.sort();
    stems
        .into_iter()
        .map(|stem| {
            let dir = dir.to_path_buf();
            let expected = expected.to_path_buf();
            Trial::test(format!("{prefix}::{stem}"), move || {
                check(&dir, &expected, &stem)
            })
        })
        .collect()
}

/// `pyco dis STEM.py` run in the case directory, as the oracle ran `-m dis STEM.py`.
fn check_dis(dir: &Path, expected: &Path, stem: &str) -> Result<(), Failed> {
    let want_out = read_expected(expected, &format!("{stem}.dis"))?;
    let want_rc = expected_rc(expected, stem)?;
    let got = runner::run(PYCO, &["dis", &format!("{stem}.py")], dir)?;
    compare(
        "stdout",
        &normalize::listing(&want_out),
        &normalize::listing(&got.stdout),
        want_rc,
        got.rc,
        &got.stderr,
    )
}

/// `pyco run STEM.py` in the case directory: stderr (with the directory normalized) and rc.
fn check_error(dir: &Path, expected: &Path, stem: &str) -> Result<(), Failed> {
    let want_err = read_expected(expected, &format!("{stem}.stderr"))?;
    let want_rc = expected_rc(expected, stem)?;
    let got = runner::run(PYCO, &["run", &format!("{stem}.py")], dir)?;
    let abs = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let got_err = normalize::directory(&got.stderr, &abs.to_string_lossy());
    compare("stderr", &want_err, &got_err, want_rc, got.rc, "")
}

/// `pyco run STEM.py` in the case directory, as the oracle ran `python3.10 STEM.py`: stdout,
/// stderr and the exit code, with object addresses and the case directory normalized on both
/// sides. Subdirectories of the case directory hold modules the cases import; they are not
/// cases (only `*.py` files directly in it are).
fn check_run(dir: &Path, expected: &Path, stem: &str) -> Result<(), Failed> {
    let want_out = read_expected(expected, &format!("{stem}.stdout"))?;
    let want_err = read_expected(expected, &format!("{stem}.stderr"))?;
    let want_rc = expected_rc(expected, stem)?;
    let got = runner::run(PYCO, &["run", &format!("{stem}.py")], dir)?;
    let abs = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let abs = abs.to_string_lossy();
    let norm = |text: &str| normalize::directory(&normalize::object_addresses(text), &abs);
    let (want_out, got_out) = (norm(&want_out), norm(&got.stdout));
    let (want_err, got_err) = (norm(&want_err), norm(&got.stderr));
    if want_out == got_out && want_err == got_err && want_rc == got.rc {
        return Ok(());
    }
    let mut msg = String::new();
    if want_rc != got.rc {
        msg.push_str(&format!("exit code: expected {want_rc}, got {}\n", got.rc));
    }
    for (what, want, got) in [
        ("stdout", &want_out, &got_out),
        ("stderr", &want_err, &got_err),
    ] {
        if want != got {
            msg.push_str(&unified_diff(what, want, got));
        }
    }
    Err(msg.into())
}

fn unified_diff(what: &str, want: &str, got: &str) -> String {
    let diff = similar::TextDiff::from_lines(want, got);
    let unified = diff
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("expected {what} (CPython 3.10)"),
            &format!("pyco {what}"),
        )
        .to_string();
    first_lines(&unified, MAX_DIFF_LINES)
}

fn compare(
    what: &str,
    want: &str,
    got: &str,
    want_rc: i32,
    got_rc: i32,
    got_stderr: &str,
) -> Result<(), Failed> {
    if want == got && want_rc == got_rc {
        return Ok(());
    }
    let mut msg = String::new();
    if want_rc != got_rc {
        msg.push_str(&format!("exit code: expected {want_rc}, got {got_rc}\n"));
    }
    if want != got {
        msg.push_str(&unified_diff(what, want, got));
    }
    if !got_stderr.is_empty() {
        msg.push_str(&format!("pyco stderr:\n{}\n", tail(got_stderr, 2000)));
    }
    Err(msg.into())
}

/// Diffs longer than this are cut, so a compiler that prints nothing keeps the log readable.
const MAX_DIFF_LINES: usize = 150;

fn first_lines(text: &str, max: usize) -> String {
    let total = text.lines().count();
    if total <= max {
        return text.to_string();
    }
    let mut kept: String = text.lines().take(max).flat_map(|l| [l, "\n"]).collect();
    kept.push_str(&format!("... ({} more diff lines)\n", total - max));
    kept
}

fn tail(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut start = text.len() - max;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

fn read_expected(dir: &Path, name: &str) -> Result<String, Failed> {
    let path: PathBuf = dir.join(name);
    fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read {}: {e} (expected files come from tests/regen.py)",
            path.display()
        )
        .into()
    })
}

/// The exit code in `STEM.rc`, or 0 when there is no such file.
fn expected_rc(dir: &Path, stem: &str) -> Result<i32, Failed> {
    let path = dir.join(format!("{stem}.rc"));
    match fs::read_to_string(&path) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|e| format!("bad exit code in {}: {e}", path.display()).into()),
        Err(_) => Ok(0),
    }
}

/// Checks of the normalization itself, so that a broken normalizer cannot hide differences.
fn normalize_self_checks() -> Vec<Trial> {
    let mut trials = object_address_checks();
    let cases: [(&str, &str, &str); 6] = [
        (
            "addresses_idempotent",
            "at 0xADDR, at 0xa1b2",
            "at 0xADDR, at 0xADDR",
        ),
        (
            "addresses",
            "<code object f at 0xb592c8, file \"x.py\", line 1>",
            "<code object f at 0xADDR, file \"x.py\", line 1>",
        ),
        (
            "frozenset_sorted",
            "(frozenset({'gamma', 'delta', 'alpha'}))",
            "(frozenset({'alpha', 'delta', 'gamma'}))",
        ),
        (
            "frozenset_quotes",
            "frozenset({'b})', \"a'\", (2, 1)})",
            "frozenset({\"a'\", 'b})', (2, 1)})",
        ),
        (
            "frozenset_nested",
            "frozenset({frozenset({3, 1}), 0})",
            "frozenset({0, frozenset({1, 3})})",
        ),
        (
            "no_frozenset",
            "LOAD_CONST 0 ({1, 2})",
            "LOAD_CONST 0 ({1, 2})",
        ),
    ];
    trials.extend(cases.into_iter().map(|(name, input, want)| {
        Trial::test(format!("harness::{name}"), move || {
            let got = normalize::listing(input);
            if got == want {
                Ok(())
            } else {
                Err(format!("normalize({input:?}) = {got:?}, want {want:?}").into())
            }
        })
    }));
    trials
}

/// Checks of the run family's address normalization: only `at 0x...` (object reprs) changes.
fn object_address_checks() -> Vec<Trial> {
    let cases: [(&str, &str, &str); 4] = [
        (
            "run_addresses",
            "<__main__.C object at 0x7f3a2b1c>",
            "<__main__.C object at 0xADDR>",
        ),
        (
            "run_addresses_idempotent",
            "<function f at 0xADDR>",
            "<function f at 0xADDR>",
        ),
        ("run_hex_kept", "0xff 0x10 -0x1", "0xff 0x10 -0x1"),
        (
            "run_multiple",
            "[<A object at 0xab>, <B object at 0xCD>] 0x1f",
            "[<A object at 0xADDR>, <B object at 0xADDR>] 0x1f",
        ),
    ];
    cases
        .into_iter()
        .map(|(name, input, want)| {
            Trial::test(format!("harness::{name}"), move || {
                let got = normalize::object_addresses(input);
                if got == want {
                    Ok(())
                } else {
                    Err(format!("normalize({input:?}) = {got:?}, want {want:?}").into())
                }
            })
        })
        .collect()
}
