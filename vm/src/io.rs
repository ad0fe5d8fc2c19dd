//! Buffered standard streams. stdout is block-buffered and stderr written through, as
//! CPython does when output is not a terminal; both are flushed at exit.

use std::io::Write;

pub struct OutStream {
    buf: Vec<u8>,
    fd: Fd,
    line_buffered: bool,
}

#[derive(Clone, Copy)]
enum Fd {
    Out,
    Err,
}

impl OutStream {
    pub fn stdout() -> OutStream {
        use std::io::IsTerminal;
        OutStream {
            buf: Vec::with_capacity(8192),
            fd: Fd::Out,
            line_buffered: std::io::stdout().is_terminal(),
        }
    }

    pub fn stderr() -> OutStream {
        OutStream {
            buf: Vec::new(),
            fd: Fd::Err,
            line_buffered: true,
        }
    }

    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if matches!(self.fd, Fd::Err)
            || self.buf.len() >= 8192
            || (self.line_buffered && s.contains('\n'))
        {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let r = match self.fd {
            Fd::Out => {
                let mut out = std::io::stdout().lock();
                out.write_all(&self.buf).and_then(|_| out.flush())
            }
            Fd::Err => {
                let mut err = std::io::stderr().lock();
                err.write_all(&self.buf).and_then(|_| err.flush())
            }
        };
        let _ = r;
        self.buf.clear();
    }
}
