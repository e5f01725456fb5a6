import Foundation
import Glibc
import Synchronization

/// The temporary files being written in this process (by `OutputFile`), so that a run stopped by SIGINT,
/// SIGTERM or SIGHUP removes them instead of leaving `.tmp-` files (megabytes for a merge) to pile up.
///
/// `stopOnSignals()` blocks the three signals in the calling thread — call it first thing in `main`, before
/// any other thread exists, so every thread inherits the mask — and waits for them on a thread of its own
/// with sigwait(2). That thread runs ordinary Swift (a signal handler could not take a lock): it stops new
/// temporaries from being created, removes the existing ones, says so on standard error and exits with
/// code 2 (the run did not complete). Files already renamed into place are complete and stay.
public enum TemporaryFiles {
    private struct State { var paths: Set<String> = []; var stopping = false }
    private static let state = Mutex(State())

    /// Creates `path` (new, not through a link) and lists it; returns the descriptor, or -1 with errno set.
    static func create(_ path: String) -> Int32 {
        state.withLock { s -> Int32 in
            guard !s.stopping else { errno = ECANCELED; return -1 }
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { s.paths.insert(path) }
            return fd
        }
    }

    /// Takes a path off the list (renamed into place or removed).
    public static func forget(_ path: String) {
        _ = state.withLock { $0.paths.remove(path) }
    }

    /// Lists a temporary file or folder made by other means (a private folder a library writes into);
    /// false when the process is stopping (then nothing new may be made).
    public static func track(_ path: String) -> Bool {
        state.withLock { s in
            guard !s.stopping else { return false }
            s.paths.insert(path)
            return true
        }
    }

    /// The temporaries listed now (for tests).
    public static var current: [String] { state.withLock { $0.paths.sorted() } }

    /// Stops new temporaries and removes the listed ones; returns how many were removed.
    @discardableResult
    public static func removeAll() -> Int {
        state.withLock { s -> Int in
            s.stopping = true
            var n = 0
            // Longest first: files inside a temporary folder before the folder.
            for p in s.paths.sorted(by: { $0.utf8.count > $1.utf8.count }) where unlink(p) == 0 || rmdir(p) == 0 { n += 1 }
            s.paths.removeAll()
            return n
        }
    }

    /// Blocks SIGINT, SIGTERM and SIGHUP in this thread (and the threads it will start) and handles them on
    /// a thread of their own: temporaries removed, a line on standard error, exit code 2.
    public static func stopOnSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for s in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, s) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let waiter = Thread { [set] in
            var waitFor = set
            var signal: Int32 = 0
            while sigwait(&waitFor, &signal) != 0 {}
            let removed = removeAll()
            let name = signal == SIGINT ? "SIGINT (Ctrl-C)" : signal == SIGTERM ? "SIGTERM" : "SIGHUP"
            let line = "cetak: stopped by \(name): \(removed) unfinished file(s) removed; files already written are complete\n"
            _ = line.withCString { Glibc.write(2, $0, strlen($0)) }
            _exit(2)
        }
        waiter.name = "cetak-signals"
        waiter.start()
    }
}
