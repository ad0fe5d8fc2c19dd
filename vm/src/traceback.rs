//! Printing exceptions as CPython 3.10's default excepthook does: chained sections, the
//! traceback with source lines (repeats collapsed), "Did you mean" suggestions.

use crate::object::*;
use crate::Vm;
use pyco_compiler::code::flags;
use std::rc::Rc;

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

impl Vm {
    /// The full report of an uncaught exception, as `sys.excepthook` prints it: only this
    /// report adds "Did you mean" suggestions (3.10's traceback module does not).
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        let mut out = Vec::new();
        self.format_chain(e, Report::Excepthook, &mut Vec::new(), &mut out);
        out.concat()
    }

    /// The report as `traceback.format_exception` lists it: the header, one chunk per
    /// frame entry, the exception line(s), and the chained sections before them.
    pub fn exception_chunks(&mut self, e: &PyErr, chain: bool) -> Vec<String> {
        let report = if chain {
            Report::Chained
        } else {
            Report::Single
        };
        let mut out = Vec::new();
        self.format_chain(e, report, &mut Vec::new(), &mut out);
        out
    }

    fn format_chain(
        &mut self,
        e: &PyErr,
        report: Report,
        seen: &mut Vec<usize>,
        out: &mut Vec<String>,
    ) {
        seen.push(Rc::as_ptr(e) as *const u8 as usize);
        let (cause, context, suppress) = match &e.payload {
            Payload::Exception(d) => {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            }
            _ => (None, None, false),
        };
        let unseen = |v: &Option<Value>, seen: &Vec<usize>| -> Option<PyErr> {
            match v {
                Some(Value::Obj(o)) if !seen.contains(&(Rc::as_ptr(o) as *const u8 as usize)) => {
                    Some(o.clone())
                }
                _ => None,
            }
        };
        if report == Report::Single {
        } else if let Some(c) = unseen(&cause, seen) {
            self.format_chain(&c, report, seen, out);
            out.push(CAUSE.to_string());
        } else if !suppress {
            if let Some(c) = unseen(&context, seen) {
                self.format_chain(&c, report, seen, out);
                out.push(CONTEXT.to_string());
            }
        }
        self.format_single(e, report == Report::Excepthook, out);
    }

    fn format_single(&mut self, e: &PyErr, suggest: bool, out: &mut Vec<String>) {
        let tb = match &e.payload {
            Payload::Exception(d) => d.borrow().traceback.clone(),
            _ => None,
        };
        if let Some(tb) = tb {
            out.push("Traceback (most recent call last):\n".to_string());
            out.extend(self.format_tb(&tb, None));
        }
        let mut last = self.format_exception_only(e);
        if suggest {
            self.add_suggestion(e, &mut last);
        }
        out.push(last);
    }

    /// Puts ". Did you mean: 'name'?" before the final newline of `line` when a close
    /// name exists (for NameError and AttributeError).
    fn add_suggestion(&mut self, e: &PyErr, line: &mut String) {
        if let Some(s) = self.suggestion(e) {
            let end = line.len() - usize::from(line.ends_with('\n'));
            line.insert_str(end, &format!(". Did you mean: '{s}'?"));
        }
    }

    /// The `File ..., line N, in name` entries (with repeats collapsed as 3.10 does), at
    /// most `limit` of them.
    pub fn format_tb(&mut self, tb: &Value, limit: Option<usize>) -> Vec<String> {
        self.format_tb_entries(tb, limit, true)
    }

    /// `format_tb`, with or without the source lines.
    fn format_tb_entries(
        &mut self,
        tb: &Value,
        limit: Option<usize>,
        with_source: bool,
    ) -> Vec<String> {
        let mut entries = Vec::new();
        let mut cur = Some(tb.clone());
        while let Some(Value::Obj(o)) = cur {
            if limit.is_some_and(|l| entries.len() >= l) {
                break;
            }
            if let Payload::Traceback(t) = &o.payload {
                entries.push((t.code.clone(), t.lineno));
                cur = t.next.clone();
            } else {
                break;
            }
        }
        let mut out = Vec::new();
        let mut last: Option<(String, Option<u32>, String)> = None;
        let mut count = 0;
        for (code, line) in entries {
            let Some(shown) = self.shown_entry(&code, line, with_source) else {
                continue;
            };
            let key = (shown.file, shown.line, code.co.name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
                if count > 3 {
                    continue;
                }
            } else {
                if count > 3 {
                    out.push(repeated(count - 3));
                }
                last = Some(key);
                count = 1;
            }
            let (file, line, name) = last.as_ref().expect("set above");
            let lineno = line.map_or("?".to_string(), |l| l.to_string());
            let mut entry = format!("  File \"{file}\", line {lineno}, in {name}\n");
            if let Some(t) = shown.source.as_deref().map(str::trim) {
                if !t.is_empty() {
                    entry.push_str(&format!("    {t}\n"));
                }
            }
            out.push(entry);
        }
        if count > 3 {
            out.push(repeated(count - 3));
        }
        out
    }

    /// How a traceback entry shows: its file, line and (when asked for) source line. Frames
    /// of embedded stdlib modules stand in for CPython's C modules (or for library files
    /// whose paths the script cannot know), so they are left out, except on lines marked
    /// `# shown as line N`: there the module does what CPython's Python module of that name
    /// does on its line N, and shows as that file (see `py/contextlib.py`).
    fn shown_entry(&self, code: &Code, line: Option<u32>, with_source: bool) -> Option<ShownEntry> {
        let file = &code.co.filename;
        let Some(module) = file
            .strip_prefix("<frozen ")
            .and_then(|m| m.strip_suffix('>'))
        else {
            let source = line
                .filter(|_| with_source)
                .and_then(|l| self.source_line(file, l));
            return Some(ShownEntry {
                file: file.clone(),
                line,
                source,
            });
        };
        let text = self.source_line(file, line?)?;
        let (source, shown_line) = text.rsplit_once(SHOWN_AS)?;
        Some(ShownEntry {
            file: format!("{CPYTHON_LIB}/{}.py", module.replace('.', "/")),
            line: Some(shown_line.trim().parse().ok()?),
            source: with_source.then(|| source.to_string()),
        })
    }

    /// `Type: message` (with the SyntaxError layout).
    pub fn format_exception_only(&mut self, e: &PyErr) -> String {
        let t = e.class.clone();
        let module = self.type_module(&t);
        let qual = t.qualname.borrow().clone();
        let name = match module.as_deref() {
            Some("builtins") | None => qual,
            Some(m) => format!("{m}.{qual}"),
        };
        if t.is_subtype(&self.exc("SyntaxError")) {
            if let Some(s) = self.format_syntax_error(e, &name) {
                return s;
            }
        }
        let ev = Value::Obj(e.clone());
        let msg = match self.str_string(&ev) {
            Ok(m) => m,
            Err(_) => {
                return format!("{name}: <exception str() failed>\n");
            }
        };
        if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        }
    }

    fn format_syntax_error(&mut self, e: &PyErr, name: &str) -> Option<String> {
        let ev = Value::Obj(e.clone());
        let get =
            |vm: &mut Vm, n: &str| vm.getattr_opt(&ev, n).ok().flatten().unwrap_or(Value::None);
        let msg = get(self, "msg");
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let offset = get(self, "offset");
        let end_offset = get(self, "end_offset");
        let text = get(self, "text");
        let msg = self.str_string(&msg).ok()?;
        let mut out = String::new();
        if let (Some(f), Value::Int(l)) = (filename.as_str(), &lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(t) = text.as_str() {
            let err = pyco_compiler::CompileError::new(
                pyco_compiler::ErrorKind::SyntaxError,
                "",
                "",
                (
                    0,
                    match offset {
                        Value::Int(o) => o.max(0) as usize,
                        _ => 0,
                    },
                ),
                (
                    0,
                    match end_offset {
                        Value::Int(o) => o.max(0) as usize,
                        _ => 0,
                    },
                ),
                Some(t.to_string()),
            );
            let formatted = err.format_for_script();
            // Keep only the source and caret lines.
            for l in formatted.lines().skip(1) {
                if l.starts_with("SyntaxError") {
                    break;
                }
                out.push_str(l);
                out.push('\n');
            }
        }
        out.push_str(&format!("{name}: {msg}\n"));
        Some(out)
    }

    /// The source line `lineno` of `file`, if readable.
    /// Embedded modules (`<frozen name>`) are read from their embedded source.
    pub fn source_line(&self, file: &str, lineno: u32) -> Option<String> {
        let mut cache = self.source_cache.borrow_mut();
        let lines = cache.entry(file.to_string()).or_insert_with(|| {
            let frozen = file
                .strip_prefix("<frozen ")
                .and_then(|m| m.strip_suffix('>'))
                .and_then(|m| self.frozen_modules.get(m));
            let bytes = match frozen {
                Some(src) => src.as_bytes().to_vec(),
                None => std::fs::read(file).ok()?,
            };
            Some(Rc::new(
                String::from_utf8_lossy(&bytes)
                    .split_inclusive('\n')
                    .map(|s| s.to_string())
                    .collect(),
            ))
        });
        lines
            .as_ref()?
            .get(lineno.checked_sub(1)? as usize)
            .cloned()
    }

    /// Prints an uncaught exception to stderr.
    pub fn print_exception(&mut self, e: &PyErr) {
        let text = self.format_exception(e);
        self.stdout.borrow_mut().flush();
        self.stderr.borrow_mut().write_str(&text);
    }

    /// Reports an error in a finalizer ("Exception ignored in: ...") through
    /// `sys.unraisablehook`, as `PyErr_WriteUnraisable` does.
    pub fn print_unraisable(&mut self, e: &PyErr, obj: &Value) {
        // The exception's own traceback, or the running frame's line if it has none.
        let tb = match self.exc_traceback(e) {
            Value::None => self.current_frame().map_or(Value::None, |f| {
                self.obj(
                    &self.types.traceback,
                    Payload::Traceback(Box::new(Traceback {
                        next: None,
                        code: f.code.clone(),
                        lasti: f.lasti,
                        lineno: f.lineno(),
                        globals: f.globals.clone(),
                        frame: Default::default(),
                        live: crate::eval::LiveFrame::new(f),
                    })),
                )
            }),
            tb => tb,
        };
        let hook = match &self.sys {
            Some(sys) => self.getattr_opt(&Value::Obj(sys.clone()), "unraisablehook"),
            None => Ok(None),
        };
        let Ok(Some(hook)) = hook else {
            return self.write_unraisable(None, e, &tb, obj);
        };
        let args = self.unraisable_args(e, &tb, obj);
        if let Err(err) = self.call(&hook, &[args], &[]) {
            let tb = self.exc_traceback(&err);
            let msg = Some("Exception ignored in sys.unraisablehook".to_string());
            self.write_unraisable(msg, &err, &tb, &hook);
        }
    }

    /// The `sys.UnraisableHookArgs` the hook is called with.
    fn unraisable_args(&mut self, e: &PyErr, tb: &Value, obj: &Value) -> Value {
        let items = vec![
            Value::Type(e.class.clone()),
            Value::Obj(e.clone()),
            tb.clone(),
            Value::None,
            obj.clone(),
        ];
        let t = self.unraisable_args_type();
        self.obj(&t, Payload::Tuple(items.into_boxed_slice()))
    }

    pub(crate) fn unraisable_args_type(&self) -> Rc<Type> {
        const NAME: &str = "UnraisableHookArgs";
        if let Some(t) = self.aux_types.borrow().get(NAME) {
            return t.clone();
        }
        const FIELDS: &[&str] = &[
            "exc_type",
            "exc_value",
            "exc_traceback",
            "err_msg",
            "object",
        ];
        let t = crate::types::structseq::new_type(self, NAME, FIELDS);
        self.aux_types.borrow_mut().insert(NAME.into(), t.clone());
        t
    }

    /// CPython's default unraisable hook: "<err_msg>: <obj>" (by default "Exception ignored
    /// in"), the traceback (no chained exceptions), then the exception. The reference shows
    /// the entries of script files without their source lines.
    pub(crate) fn write_unraisable(
        &mut self,
        err_msg: Option<String>,
        e: &PyErr,
        tb: &Value,
        obj: &Value,
    ) {
        let msg = err_msg.unwrap_or_else(|| "Exception ignored in".to_string());
        let mut text = if obj.is_none() {
            format!("{msg}\n")
        } else {
            let r = self
                .repr_string(obj)
                .unwrap_or_else(|_| "<object repr() failed>".into());
            format!("{msg}: {r}\n")
        };
        if !tb.is_none() {
            text.push_str("Traceback (most recent call last):\n");
            text.push_str(&self.format_tb_entries(tb, None, false).concat());
        }
        text.push_str(&self.format_exception_only(e));
        self.stdout.borrow_mut().flush();
        self.stderr.borrow_mut().write_str(&text);
    }

    /// A RuntimeWarning printed as the default warning filters show it.
    pub fn warn_runtime(&mut self, msg: &str) {
        let (file, line) = match self.current_frame() {
            Some(f) => (f.code.co.filename.clone(), f.lineno().unwrap_or(0)),
            None => ("sys".to_string(), 0),
        };
        let mut text = format!("{file}:{line}: RuntimeWarning: {msg}\n");
        if let Some(src) = self.source_line(&file, line) {
            text.push_str(&format!("  {}\n", src.trim()));
        }
        self.stdout.borrow_mut().flush();
        self.stderr.borrow_mut().write_str(&text);
    }

    /// 3.10's `_Py_Offer_Suggestions` for NameError and AttributeError.
    fn suggestion(&mut self, e: &PyErr) -> Option<String> {
        let ev = Value::Obj(e.clone());
        let name = self.getattr_opt(&ev, "name").ok().flatten()?;
        let name = name.as_str()?.to_string();
        if e.class.is_subtype(&self.exc("AttributeError")) {
            let obj = self.getattr_opt(&ev, "obj").ok().flatten()?;
            let candidates = self.call_builtin_dir(&obj).ok()?;
            return crate::suggest::best_match(&name, &candidates);
        }
        if !e.class.is_subtype(&self.exc("NameError")) {
            return None;
        }
        // The innermost frame's locals, then its globals, then the builtins: each list is
        // searched on its own, the first with a match wins. The frame's locals are gone;
        // its code's local names stand in for them.
        let (code, globals) = innermost_entry(e)?;
        let mut scopes: Vec<Vec<String>> = vec![code.co.varnames.clone()];
        scopes.push(dict_str_keys(&globals));
        if let Some(b) = self.builtins.dict.get() {
            scopes.push(dict_str_keys(b));
        }
        scopes
            .iter()
            .find_map(|c| crate::suggest::best_match(&name, c))
    }

    fn call_builtin_dir(&mut self, obj: &Value) -> PyResult<Vec<String>> {
        let d = self.dir(obj)?;
        Ok(self
            .collect(&d)?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect())
    }
}

/// The marker on lines of embedded modules that show in tracebacks as CPython's own.
const SHOWN_AS: &str = "# shown as line ";

/// Where the reference interpreter (CPython 3.10.2 as the oracle's Pyodide build installs
/// it) keeps its Python library: tracebacks through its modules name files there.
const CPYTHON_LIB: &str = "/lib/python3.10";

/// Which report of an exception is formatted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Report {
    /// The exception alone (`chain=False`).
    Single,
    /// With its causes and contexts, as the traceback module formats it.
    Chained,
    /// As the default `sys.excepthook` prints it: chained, with name suggestions.
    Excepthook,
}

/// A traceback entry as printed.
struct ShownEntry {
    file: String,
    line: Option<u32>,
    source: Option<String>,
}

fn repeated(n: usize) -> String {
    format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n > 1 { "s" } else { "" }
    )
}

/// The code and globals of the innermost traceback entry of `e`.
fn innermost_entry(e: &PyErr) -> Option<(Rc<Code>, Rc<Object>)> {
    let Payload::Exception(d) = &e.payload else {
        return None;
    };
    let mut cur = d.borrow().traceback.clone()?;
    loop {
        let Value::Obj(o) = &cur else { return None };
        let Payload::Traceback(t) = &o.payload else {
            return None;
        };
        match &t.next {
            Some(n) => cur = n.clone(),
            None => return Some((t.code.clone(), t.globals.clone())),
        }
    }
}

fn dict_str_keys(d: &Object) -> Vec<String> {
    match &d.payload {
        Payload::Dict(d) => d
            .borrow()
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// A frame object as scripts see it (`tb_frame`, `sys._getframe()`): a snapshot of the
/// frame's code, globals and position; frames themselves live in the eval loop.
/// `FrameInfo::lasti` of a generator frame that has not started (`f_lasti == -1`).
const NOT_STARTED: usize = usize::MAX;

pub struct FrameInfo {
    pub code: Rc<Code>,
    pub globals: Rc<Object>,
    pub builtins: Rc<Object>,
    pub lineno: Option<u32>,
    pub lasti: usize,
    /// `f_locals` when known: live frames, and frames that raised out (their traceback
    /// entry keeps them).
    pub locals: Option<Value>,
    pub back: Value,
    /// The frame itself while it runs: position and locals are then read live.
    pub live: Option<crate::eval::LiveFrame>,
    /// The generator whose suspended frame this is (`clear()` closes it). Weak, as a
    /// frame does not keep its generator alive.
    pub generator: Option<std::rc::Weak<Object>>,
}

/// The `traceback` and `frame` types' attributes.
pub fn init(vm: &mut Vm) {
    let t = vm.types.traceback.clone();
    vm.add_getter(
        &t,
        "tb_next",
        |_, a, _| Ok(tb(&a[0]).next.clone().unwrap_or(Value::None)),
        None,
    );
    vm.add_getter(
        &t,
        "tb_lineno",
        |_, a, _| Ok(lineno_value(tb(&a[0]).lineno)),
        None,
    );
    vm.add_getter(
        &t,
        "tb_lasti",
        |_, a, _| Ok(Value::Int(tb(&a[0]).lasti as i64 * 2)),
        None,
    );
    vm.add_getter(
        &t,
        "tb_frame",
        |vm, a, _| {
            let t = tb(&a[0]);
            // A frame that raised out keeps its locals in the entry; one that is still
            // running is read live.
            let (locals, live) = match &*t.frame.borrow() {
                Some(f) => (Some(vm.fast_locals(f)?), None),
                None => (None, Some(t.live)),
            };
            let info = FrameInfo {
                code: t.code.clone(),
                globals: t.globals.clone(),
                builtins: vm.builtins_dict(),
                lineno: t.lineno,
                lasti: t.lasti,
                locals,
                back: Value::None,
                live,
                generator: None,
            };
            Ok(vm.frame_value(info))
        },
        None,
    );
    let f = vm.aux_type("frame");
    vm.add_getter(
        &f,
        "f_code",
        |vm, a, _| Ok(vm.code_object(&frame_info(&a[0]).code)),
        None,
    );
    vm.add_getter(
        &f,
        "f_globals",
        |_, a, _| Ok(Value::Obj(frame_info(&a[0]).globals.clone())),
        None,
    );
    vm.add_getter(
        &f,
        "f_builtins",
        |_, a, _| Ok(Value::Obj(frame_info(&a[0]).builtins.clone())),
        None,
    );
    vm.add_getter(
        &f,
        "f_lineno",
        |vm, a, _| {
            let fi = frame_info(&a[0]);
            let line = match vm.running_frame(fi) {
                Some(f) => f.lineno(),
                None => fi.lineno,
            };
            Ok(lineno_value(line))
        },
        None,
    );
    vm.add_getter(
        &f,
        "f_lasti",
        |vm, a, _| {
            let fi = frame_info(&a[0]);
            // A running frame's position is read live, as `f_lineno`'s.
            let lasti = vm.running_frame(fi).map_or(fi.lasti, |f| f.lasti);
            Ok(Value::Int(match lasti {
                NOT_STARTED => -1,
                lasti => lasti as i64 * 2,
            }))
        },
        None,
    );
    vm.add_getter(
        &f,
        "f_back",
        |vm, a, _| {
            let fi = frame_info(&a[0]);
            // A generator's frame is linked to its caller only while it runs (CPython
            // clears f_back when it suspends).
            let suspendable = fi.code.co.flags
                & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR)
                != 0;
            if suspendable && vm.running_frame(fi).is_none() {
                return Ok(Value::None);
            }
            Ok(fi.back.clone())
        },
        None,
    );
    vm.add_getter(
        &f,
        "f_locals",
        |vm, a, _| {
            let fi = frame_info(&a[0]);
            if let Some(f) = vm.running_frame(fi) {
                if let Some(l) = &f.locals {
                    return Ok(l.clone());
                }
                let f: *const crate::eval::Frame = f;
                // SAFETY: `f` is on the frame stack (see `live_frame`), so alive.
                return vm.fast_locals(unsafe { &*f });
            }
            Ok(fi.locals.clone().unwrap_or_else(|| vm.new_dict()))
        },
        None,
    );
    vm.add_method(&f, "clear", frame_clear);
    vm.add_method(&f, "__repr__", |vm, a, _| {
        let fi = frame_info(&a[0]);
        let line = match vm.running_frame(fi) {
            Some(f) => f.lineno(),
            None => fi.lineno,
        };
        let s = format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            a[0].id(),
            fi.code.co.filename,
            line.unwrap_or(0),
            fi.code.co.name
        );
        Ok(vm.new_str(s))
    });
}

fn tb(v: &Value) -> &Traceback {
    match v.payload() {
        Some(Payload::Traceback(t)) => t,
        _ => panic!("traceback attribute on a non-traceback"),
    }
}

/// `frame.clear()`: an executing frame refuses; a suspended generator's frame closes its
/// generator (`frame_tp_clear` finalizes it). Locals of finished frames are gone already.
fn frame_clear(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    vm.no_args("frame.clear", &a[1..], kw)?;
    let fi = frame_info(&a[0]);
    let gen = fi.generator.as_ref().and_then(|g| g.upgrade());
    let running = match &gen {
        Some(g) => crate::types::generator::gen_of(&Value::Obj(g.clone()))
            .running
            .get(),
        None => false,
    };
    if running || vm.running_frame(fi).is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    if let Some(g) = gen {
        vm.finalize_generator(&Value::Obj(g));
    }
    Ok(Value::None)
}

fn frame_info(v: &Value) -> &FrameInfo {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref().expect("frame object"),
        _ => panic!("frame attribute on a non-frame"),
    }
}

fn lineno_value(l: Option<u32>) -> Value {
    l.map_or(Value::None, |l| Value::Int(l as i64))
}

impl Vm {
    fn frame_value(&self, info: FrameInfo) -> Value {
        let t = self.aux_type("frame");
        self.obj(&t, Payload::Native(Box::new(info)))
    }

    /// `gen.gi_frame` of a suspended (or not yet started) generator or coroutine: a
    /// snapshot of its position and locals, with `f_lasti` -1 before the first resumption
    /// (the frame has not run an instruction yet), as `inspect.getgeneratorstate` expects.
    pub fn suspended_frame_object(
        &mut self,
        f: &crate::eval::Frame,
        generator: &Value,
    ) -> PyResult {
        let locals = match &f.locals {
            Some(l) => l.clone(),
            None => self.fast_locals(f)?,
        };
        // Suspended in `yield from`, 3.10's f_lasti is the instruction before YIELD_FROM
        // (the frame resumes at f_lasti + 1 to run it again).
        let lasti = if f.yielding_from { f.ip - 1 } else { f.lasti };
        let info = FrameInfo {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            // A frame not started yet is on its `def` line (CPython's f_lasti == -1).
            lineno: if f.ip == 0 {
                Some(f.code.co.firstlineno)
            } else {
                crate::eval::line_at(&f.code, lasti)
            },
            lasti: if f.ip == 0 { NOT_STARTED } else { lasti },
            locals: Some(locals),
            back: Value::None,
            live: None,
            generator: generator.as_obj().map(Rc::downgrade),
        };
        Ok(self.frame_value(info))
    }

    /// `sys._getframe(depth)`: the live frame `depth` calls below the innermost, with its
    /// callers as `f_back`.
    pub fn frame_object(&mut self, depth: usize) -> PyResult {
        let n = self.frames.len();
        if depth >= n {
            return Err(self.value_error("call stack is not deep enough"));
        }
        let mut back = Value::None;
        for i in 0..n - depth {
            // SAFETY: `frames` holds pointers to frames alive while they execute (see
            // `current_frame`); this reads them without keeping the references.
            let f: &crate::eval::Frame = unsafe { &*self.frames[i] };
            let locals = match &f.locals {
                Some(l) => l.clone(),
                None => self.fast_locals(f)?,
            };
            let info = FrameInfo {
                code: f.code.clone(),
                globals: f.globals.clone(),
                builtins: f.builtins.clone(),
                lineno: f.lineno(),
                lasti: f.lasti,
                locals: Some(locals),
                back,
                live: Some(crate::eval::LiveFrame::new(f)),
                generator: None,
            };
            back = self.frame_value(info);
        }
        Ok(back)
    }

    /// The running frame `fi` was made from, if it is still on the frame stack.
    fn running_frame(&self, fi: &FrameInfo) -> Option<&crate::eval::Frame> {
        self.live_frame(fi.live?)
    }

    /// A dict of a function frame's bound local and cell variables.
    fn fast_locals(&mut self, f: &crate::eval::Frame) -> PyResult {
        let d = self.new_dict();
        for (name, v) in f.code.varnames.iter().zip(&f.fast) {
            if let Some(v) = v {
                self.dict_set(&d, name.clone(), v.clone())?;
            }
        }
        let co = &f.code.co;
        for (name, cell) in co.cellvars.iter().chain(&co.freevars).zip(&f.cells) {
            if let Some(Payload::Cell(c)) = cell.payload() {
                if let Some(v) = c.borrow().clone() {
                    let k = self.new_str(name.as_str());
                    self.dict_set(&d, k, v)?;
                }
            }
        }
        Ok(d)
    }
}
