//! The import system: `sys.modules`, native modules registered by the stdlib crate,
//! embedded Python sources, and `.py` files and packages on `sys.path`.

use crate::eval::Frame;
use crate::object::*;
use crate::Vm;
use std::path::{Path, PathBuf};
use std::rc::Rc;

thread_local! {
    /// Modules whose code is running (`__spec__._initializing` in CPython), innermost last.
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|i| i.borrow().iter().any(|n| n == name))
}

impl Vm {
    /// IMPORT_NAME.
    pub fn import_name_op(
        &mut self,
        f: &Frame,
        name: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult {
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let globals = Value::Obj(f.globals.clone());
        self.import(name.as_str().unwrap_or_default(), &globals, fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import(
        &mut self,
        name: &str,
        globals: &Value,
        fromlist: &Value,
        level: usize,
    ) -> PyResult {
        let absolute = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_module(&absolute)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            v => v.as_tuple().is_none_or(|t| !t.is_empty()),
        };
        if !has_fromlist {
            if level == 0 || !name.is_empty() {
                // `import a.b.c` binds `a`.
                let first = if level == 0 {
                    name.split('.').next().unwrap_or(name).to_string()
                } else {
                    let cut = absolute.len() - name.len();
                    let pkg = &absolute[..cut];
                    format!("{}{}", pkg, name.split('.').next().unwrap_or(name))
                };
                return self.import_module(&first);
            }
            return Ok(module);
        }
        // `from pkg import sub`: import submodules named in the fromlist.
        if self.getattr_opt(&module, "__path__")?.is_some() {
            let names = self.collect(fromlist)?;
            for n in names {
                let Some(s) = n.as_str() else { continue };
                if s == "*" {
                    continue;
                }
                if self.getattr_opt(&module, s)?.is_none() {
                    let sub = format!("{absolute}.{s}");
                    match self.import_module(&sub) {
                        Ok(_) => {}
                        Err(e) if self.is_instance_of(&e, "ModuleNotFoundError") => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        Ok(module)
    }

    fn resolve_relative(&mut self, name: &str, globals: &Value, level: usize) -> PyResult<String> {
        let package = match self.dict_get_str(globals, "__package__") {
            Some(p) if p.as_str().is_some() => p.as_str().unwrap_or_default().to_string(),
            _ => {
                let modname = self
                    .dict_get_str(globals, "__name__")
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_default();
                if self.dict_get_str(globals, "__path__").is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports a dotted absolute name (parents first); returns the named module.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        let key = self.new_str(name);
        let modules = Value::Obj(self.modules.clone());
        if let Some(m) = self.dict_get(&modules, &key)? {
            if m.is_none() {
                return Err(self.module_not_found(name));
            }
            return Ok(m);
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((p, _)) => {
                let pm = self.import_module(p)?;
                // The parent's import may have imported this module too.
                if let Some(m) = self.dict_get(&modules, &key)? {
                    return Ok(m);
                }
                let path = match self.getattr_opt(&pm, "__path__")? {
                    Some(p) => self.collect(&p)?,
                    None => {
                        return Err(self.module_not_found_msg(
                            name,
                            format!("No module named '{name}'; '{p}' is not a package"),
                        ))
                    }
                };
                (
                    Some(pm),
                    path.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                )
            }
            None => (None, self.sys_path()),
        };
        let module = self.load_module(name, &search)?;
        if let Some(pm) = parent {
            let short = name.rsplit_once('.').map_or(name, |(_, s)| s);
            self.setattr_str(&pm, short, module.clone())?;
        }
        Ok(module)
    }

    fn sys_path(&mut self) -> Vec<String> {
        let Some(sys) = self.sys.clone() else {
            return self.path.clone();
        };
        match self.getattr_opt(&Value::Obj(sys), "path") {
            Ok(Some(p)) => match p.as_list() {
                Some(l) => l
                    .borrow()
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                None => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn load_module(&mut self, name: &str, search: &[String]) -> PyResult {
        if let Some(init) = self.native_modules.get(name).copied() {
            let m = init(self)?;
            let v = Value::Obj(m);
            self.set_module_spec(&v, name, "built-in", None)?;
            let modules = Value::Obj(self.modules.clone());
            self.dict_set_str(&modules, name, v.clone());
            return Ok(v);
        }
        if let Some(src) = self.frozen_modules.get(name).copied() {
            let file = format!("<frozen {name}>");
            return self.exec_module_source(name, src.as_bytes(), &file, None, true);
        }
        let short = name.rsplit_once('.').map_or(name, |(_, s)| s);
        for dir in search {
            let base = if dir.is_empty() {
                PathBuf::from(".")
            } else {
                PathBuf::from(dir)
            };
            let pkg_init = base.join(short).join("__init__.py");
            if pkg_init.is_file() {
                let pkg_dir = base.join(short);
                return self.exec_module_file(name, &pkg_init, Some(&pkg_dir));
            }
            let file = base.join(format!("{short}.py"));
            if file.is_file() {
                return self.exec_module_file(name, &file, None);
            }
        }
        Err(self.module_not_found(name))
    }

    fn exec_module_file(&mut self, name: &str, file: &Path, pkg_dir: Option<&Path>) -> PyResult {
        let source =
            std::fs::read(file).map_err(|e| self.new_error("ImportError", e.to_string()))?;
        let abs = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let filename = abs.to_string_lossy().to_string();
        let pkg = pkg_dir.map(|d| {
            std::fs::canonicalize(d)
                .unwrap_or_else(|_| d.to_path_buf())
                .to_string_lossy()
                .to_string()
        });
        self.exec_module_source(name, &source, &filename, pkg, false)
    }

    fn exec_module_source(
        &mut self,
        name: &str,
        source: &[u8],
        filename: &str,
        pkg_dir: Option<String>,
        frozen: bool,
    ) -> PyResult {
        let module = self.new_module(name);
        let mv = Value::Obj(module.clone());
        let dict = Value::Obj(module.dict.get().expect("module dict").clone());
        self.dict_set_str(&dict, "__file__", self.new_str(filename));
        let package = match &pkg_dir {
            Some(d) => {
                let p = self.new_list(vec![self.new_str(d.as_str())]);
                self.dict_set_str(&dict, "__path__", p);
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        self.dict_set_str(&dict, "__package__", self.new_str(package));
        let modules = Value::Obj(self.modules.clone());
        self.dict_set_str(&modules, name, mv.clone());
        let origin = if frozen { "frozen" } else { filename };
        if let Err(e) = self.set_module_spec(&mv, name, origin, pkg_dir.as_deref()) {
            let k = self.new_str(name);
            self.dict_del(&modules, &k)?;
            return Err(e);
        }
        let code = match self.compile_source(source, filename, pyco_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                let k = self.new_str(name);
                self.dict_del(&modules, &k)?;
                return Err(e);
            }
        };
        INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
        let result = self.exec_code(&code, &dict, &dict);
        INITIALIZING.with(|i| i.borrow_mut().pop());
        if let Err(e) = result {
            let k = self.new_str(name);
            self.dict_del(&modules, &k)?;
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        let k = self.new_str(name);
        Ok(self.dict_get(&modules, &k)?.unwrap_or(mv))
    }

    /// Sets `__spec__` and `__loader__` from `_frozen_importlib._spec_for(name, origin,
    /// package_dir)` (an embedded Python module, so specs are ordinary `ModuleSpec`
    /// objects). Without that module (a bare VM), or while it is itself being imported
    /// (its function not defined yet), the attributes stay None.
    fn set_module_spec(
        &mut self,
        module: &Value,
        name: &str,
        origin: &str,
        pkg_dir: Option<&str>,
    ) -> PyResult<()> {
        const BOOTSTRAP: &str = "_frozen_importlib";
        if !self.frozen_modules.contains_key(BOOTSTRAP) {
            return Ok(());
        }
        let boot = self.import_module(BOOTSTRAP)?;
        let Some(spec_for) = self.getattr_opt(&boot, "_spec_for")? else {
            return Ok(());
        };
        let pkg = match pkg_dir {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        let args = [self.new_str(name), self.new_str(origin), pkg];
        let spec = self.call(&spec_for, &args, &[])?;
        let loader = self.getattr_str(&spec, "loader")?;
        self.setattr_str(module, "__spec__", spec)?;
        self.setattr_str(module, "__loader__", loader)?;
        Ok(())
    }

    /// A new module object with `__name__` and the usual attributes set.
    pub fn new_module(&self, name: &str) -> Rc<Object> {
        let m = Rc::new(Object::new(
            self.types.module.clone(),
            Payload::Module(name.into()),
        ));
        let d = self.new_dict_obj();
        if let Payload::Dict(t) = &d.payload {
            let mut t = t.borrow_mut();
            t.set_str(self.new_str("__name__"), self.new_str(name));
            t.set_str(self.new_str("__doc__"), Value::None);
            t.set_str(self.new_str("__package__"), Value::None);
            t.set_str(self.new_str("__loader__"), Value::None);
            t.set_str(self.new_str("__spec__"), Value::None);
        }
        let _ = m.dict.set(d);
        m
    }

    fn module_not_found(&self, name: &str) -> PyErr {
        self.module_not_found_msg(name, format!("No module named '{name}'"))
    }

    fn module_not_found_msg(&self, name: &str, msg: String) -> PyErr {
        let e = self.new_error("ModuleNotFoundError", msg);
        self.set_exc_attr(&e, "name", self.new_str(name));
        e
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult {
        let s = name.as_str().unwrap_or_default().to_string();
        if let Some(v) = self.getattr_opt(module, &s)? {
            return Ok(v);
        }
        let modname = self
            .getattr_opt(module, "__name__")?
            .and_then(|n| n.as_str().map(str::to_string));
        if let Some(m) = &modname {
            let full = self.new_str(format!("{m}.{s}"));
            let modules = Value::Obj(self.modules.clone());
            if let Some(v) = self.dict_get(&modules, &full)? {
                return Ok(v);
            }
        }
        let modname = modname.unwrap_or_else(|| "<unknown module name>".into());
        let partial = is_initializing(&modname);
        let msg = match self.getattr_opt(module, "__file__")? {
            Some(f) if f.as_str().is_some() && partial => format!(
                "cannot import name '{s}' from partially initialized module '{modname}' \
                 (most likely due to a circular import) ({})",
                f.as_str().unwrap_or_default()
            ),
            Some(f) if f.as_str().is_some() => format!(
                "cannot import name '{s}' from '{modname}' ({})",
                f.as_str().unwrap_or_default()
            ),
            _ => format!("cannot import name '{s}' from '{modname}' (unknown location)"),
        };
        let e = self.new_error("ImportError", msg);
        self.set_exc_attr(&e, "name", self.new_str(modname));
        Err(e)
    }

    /// IMPORT_STAR.
    pub fn import_star(&mut self, module: &Value, locals: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.getattr_opt(module, "__all__")? {
            Some(all) => self.collect(&all)?,
            None => {
                let d = self.getattr_str(module, "__dict__")?;
                self.mapping_items(&d)?
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| !k.as_str().unwrap_or("_").starts_with('_'))
                    .collect()
            }
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            self.setitem(locals, &n, v)?;
        }
        Ok(())
    }
}
