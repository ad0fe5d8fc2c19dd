//! pyco-vm: the object model, the eval loop and the built-in types (see `vm/DESIGN.md`).
//!
//! Layout: `object` (values, objects, types), `dict`/`set` (the hash tables), `eval`
//! (frames and the loop), `runtime` (the object protocols), `types` (one module per
//! built-in type), `builtins` and `sysmodule` (the two modules every script has),
//! `traceback` (printing exceptions), `format`/`text` (formatting and str algorithms).

pub mod alloc;
pub mod args;
mod bootstrap;
pub mod builtins;
pub mod dict;
pub mod eval;
pub mod finalize;
pub mod format;
pub mod io;
mod lookup_cache;
pub mod object;
pub mod runtime;
pub mod set;
pub mod signals;
mod sizes;
mod suggest;
pub mod sysmodule;
mod tbmodule;
pub mod text;
mod traceback;
pub mod types;
mod vm;

pub use object::{PyErr, PyResult, Value};
pub use vm::{ModuleInit, Vm};

/// The largest object CPython can build is `PY_SSIZE_T_MAX` bytes, and the reference
/// interpreter is a 32-bit build (`sys.maxsize == 2**31 - 1`): a bigger string, buffer or
/// list is a MemoryError there. Requests sized by user input are checked against the same
/// bound (less room for the object's header), so they raise that MemoryError instead of
/// aborting the process.
pub const MAX_OBJECT_BYTES: usize = i32::MAX as usize - 64;
/// CPython's list and tuple items are pointers: 4 bytes on the reference build.
pub const CPYTHON_ITEM_BYTES: usize = 4;

/// Frames the reference interpreter has on the stack below a script's module frame.
const MAIN_DEPTH: usize = 2;

/// How a script run ended: the process exit code.
pub fn run_script(vm: &mut Vm, source: &[u8], path: &str) -> i32 {
    signals::install_sigint_handler();
    let main = vm.new_module("__main__");
    let modules = Value::Obj(vm.modules.clone());
    vm.dict_set_str(&modules, "__main__", Value::Obj(main.clone()));
    let globals = Value::Obj(main.dict.get().expect("module dict").clone());
    vm.dict_set_str(&globals, "__file__", vm.new_str(path));
    vm.dict_set_str(&globals, "__builtins__", Value::Obj(vm.builtins.clone()));
    vm.dict_set_str(&globals, "__annotations__", vm.new_dict());
    // The reference interpreter runs a script two Python frames deep (as `runpy` does), so
    // RecursionError strikes two frames earlier than under the bare `python3.10 script.py`;
    // count those frames so tracebacks and depths match it.
    vm.depth += MAIN_DEPTH;
    let result = vm
        .compile_source(source, path, pyco_compiler::Mode::Exec)
        .and_then(|code| vm.exec_code(&code, &globals, &globals));
    vm.depth -= MAIN_DEPTH;
    let code = match result {
        Ok(_) => 0,
        Err(e) => vm.handle_uncaught(&e),
    };
    vm.shutdown();
    code
}

impl Vm {
    /// Prints an uncaught exception (or handles SystemExit); returns the exit code.
    pub fn handle_uncaught(&mut self, e: &PyErr) -> i32 {
        if self.is_instance_of(e, "SystemExit") {
            let code = self
                .getattr_opt(&Value::Obj(e.clone()), "code")
                .ok()
                .flatten()
                .unwrap_or(Value::None);
            return match &code {
                Value::None => 0,
                Value::Int(i) => *i as i32,
                Value::Bool(b) => *b as i32,
                other => {
                    let s = self.str_string(other).unwrap_or_default();
                    self.stdout.borrow_mut().flush();
                    self.stderr.borrow_mut().write_str(&format!("{s}\n"));
                    1
                }
            };
        }
        self.call_excepthook(e)
    }

    /// Reports an uncaught exception through `sys.excepthook`, as `PyErr_Print` does: a
    /// hook that fails is reported, then the original exception. Returns the exit code.
    fn call_excepthook(&mut self, e: &PyErr) -> i32 {
        let Some(hook) = self.sys_attr("excepthook") else {
            self.stdout.borrow_mut().flush();
            self.stderr
                .borrow_mut()
                .write_str("sys.excepthook is missing\n");
            self.print_exception(e);
            return 1;
        };
        let args = [
            Value::Type(e.class.clone()),
            Value::Obj(e.clone()),
            self.exc_traceback(e),
        ];
        let Err(failure) = self.call(&hook, &args, &[]) else {
            return 1;
        };
        if self.is_instance_of(&failure, "SystemExit") {
            return self.handle_uncaught(&failure);
        }
        self.stdout.borrow_mut().flush();
        self.stderr
            .borrow_mut()
            .write_str("Error in sys.excepthook:\n");
        self.print_exception(&failure);
        self.stderr
            .borrow_mut()
            .write_str("\nOriginal exception was:\n");
        self.print_exception(e);
        1
    }

    /// Flushes output at exit.
    pub fn shutdown(&mut self) {
        if crate::finalize::pending() {
            self.run_finalizers();
        }
        self.stdout.borrow_mut().flush();
        self.stderr.borrow_mut().flush();
    }
}
