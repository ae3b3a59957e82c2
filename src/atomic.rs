//! Output files that appear whole or not at all: written to a temporary file beside the
//! output and renamed into place. The temporary file is removed when writing fails, when the
//! writer is dropped unfinished, and when SIGTERM, SIGHUP or SIGINT end the process; one left
//! by a crash (SIGKILL, power loss) has a fixed name, so the next run replaces it.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary files being written, removed if a signal ends the process.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // a panic elsewhere while holding the lock leaves the list as valid as before
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Once per process: a thread that, on SIGTERM, SIGHUP or SIGINT, removes the pending
/// temporary files and then ends the process as the signal would have.
#[cfg(unix)]
fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // the handler stays installed for the life of the process: signal-hook cannot put
        // the default action back, and this one ends the process like the default does
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else { return };
        std::thread::spawn(move || {
            if let Some(sig) = signals.forever().next() {
                for tmp in pending().iter() {
                    let _ = fs::remove_file(tmp);
                }
                let _ = signal_hook::low_level::emulate_default_handler(sig);
                std::process::exit(128 + sig);
            }
        });
    });
}

#[cfg(not(unix))]
fn clean_up_on_signals() {}

/// The temporary file for `dest`: hidden, beside it (a rename is atomic only within one file
/// system), and the same for every run so that a crash leaves at most one.
pub fn temp_path(dest: &Path) -> PathBuf {
    let dir = dest.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    dir.join(format!(".{name}.saywho.tmp"))
}

/// A file being written; `commit` puts it in place.
pub struct AtomicFile {
    dest: PathBuf,
    tmp: PathBuf,
    out: Option<BufWriter<fs::File>>,
}

impl AtomicFile {
    /// Starts writing `dest`. Created first thing, so that an output that cannot be written
    /// fails the run before any work is done.
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        clean_up_on_signals();
        let tmp = temp_path(dest);
        pending().push(tmp.clone());
        // a stale temporary file of a crashed run is truncated and reused
        let f = match fs::File::create(&tmp) {
            Ok(f) => f,
            Err(e) => {
                pending().retain(|p| *p != tmp);
                return Err(e);
            }
        };
        Ok(AtomicFile { dest: dest.to_path_buf(), tmp, out: Some(BufWriter::new(f)) })
    }

    /// Flushes the file to disk and renames it into place.
    pub fn commit(mut self) -> io::Result<()> {
        let mut out = self.out.take().expect("committed once");
        out.flush()?;
        out.get_ref().sync_all()?;
        drop(out);
        fs::rename(&self.tmp, &self.dest)?;
        pending().retain(|p| *p != self.tmp);
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.as_mut().expect("not committed").write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.as_mut().expect("not committed").write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.as_mut().expect("not committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // not committed (an error, or a panic): no half file is left; what is still
        // buffered is dropped unwritten
        drop(self.out.take().map(BufWriter::into_parts));
        let mut list = pending();
        if let Some(i) = list.iter().position(|p| *p == self.tmp) {
            list.remove(i);
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Writes `path` through `write` atomically.
pub fn write(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut f = AtomicFile::create(path)?;
    write(&mut f)?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_neither_output_nor_temporary_file() {
        let d = std::env::temp_dir().join(format!("saywho-atomic-{}", std::process::id()));
        fs::create_dir_all(&d).unwrap();
        let dest = d.join("out.json");
        let r = write(&dest, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(r.is_err());
        assert!(!dest.exists() && !temp_path(&dest).exists());
        // a stale temporary file is replaced, and gone after a good run
        fs::write(temp_path(&dest), "stale").unwrap();
        write(&dest, |w| w.write_all(b"whole")).unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "whole");
        assert!(!temp_path(&dest).exists());
        fs::remove_dir_all(&d).unwrap();
    }
}
