//! Argument checking for native functions, with CPython's messages.
//!
//! Natives receive positional arguments followed by keyword values, and the keyword names
//! (`kwnames`); `args.len() - kwnames.len()` are positional.

use crate::object::*;
use crate::Vm;

/// The positional part of a native call's arguments.
pub fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len() - kwnames.len()]
}

/// A keyword argument by name.
pub fn keyword(args: &[Value], kwnames: &[Value], name: &str) -> Option<Value> {
    let base = args.len() - kwnames.len();
    kwnames
        .iter()
        .position(|k| k.as_str() == Some(name))
        .map(|i| args[base + i].clone())
}

impl Vm {
    /// Checks a positional-only native's argument count (`_PyArg_CheckPositional`).
    pub fn check_args<'a>(
        &self,
        name: &str,
        args: &'a [Value],
        kwnames: &[Value],
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        if !kwnames.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        let n = args.len();
        if n < min || n > max {
            let msg = if min == max {
                format!(
                    "{name} expected {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(self.type_error(msg));
        }
        Ok(args)
    }

    /// A METH_O native: exactly one argument.
    pub fn one_arg<'a>(
        &self,
        name: &str,
        args: &'a [Value],
        kwnames: &[Value],
    ) -> PyResult<&'a Value> {
        if !kwnames.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        if args.len() != 1 {
            return Err(self.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                args.len()
            )));
        }
        Ok(&args[0])
    }

    /// A METH_NOARGS native.
    pub fn no_args(&self, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
        if !kwnames.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        if !args.is_empty() {
            return Err(self.type_error(format!(
                "{name}() takes no arguments ({} given)",
                args.len()
            )));
        }
        Ok(())
    }

    /// Binds positional-or-keyword parameters (`names`, the first `required` mandatory)
    /// as Argument Clinic does; unknown keywords are an error. An empty name marks a
    /// positional-only parameter (as in Argument Clinic's keyword lists).
    pub fn bind_args(
        &self,
        fname: &str,
        args: &[Value],
        kwnames: &[Value],
        names: &[&str],
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let pos = positional(args, kwnames);
        if pos.len() > names.len() {
            return Err(self.type_error(format!(
                "{fname}() takes at most {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                pos.len() + kwnames.len()
            )));
        }
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        let base = pos.len();
        for (i, k) in kwnames.iter().enumerate() {
            let k = k.as_str().unwrap_or_default();
            match names.iter().position(|n| !n.is_empty() && *n == k) {
                Some(j) => {
                    if out[j].is_some() {
                        return Err(self.type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            j + 1
                        )));
                    }
                    out[j] = Some(args[base + i].clone());
                }
                None => {
                    return Err(self.type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
        for (j, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(self.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[j],
                    j + 1
                )));
            }
        }
        Ok(out)
    }
}
