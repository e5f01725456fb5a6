import Cetak
import Foundation

/// The progress line on standard error — done/total, documents per second, time left — drawn from the
/// run's progress callback when standard error is a terminal and the run is not `--quiet`; redrawn at
/// most ten times a second, ended with a new line when the last document is done.
final class TerminalProgress: @unchecked Sendable {
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// A callback for `RenderOptions.progress`, or nil when nothing is to be drawn.
    static func callback(quiet: Bool) -> (@Sendable (RenderProgress) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let line = TerminalProgress()
        return { line.draw($0) }
    }

    private func draw(_ p: RenderProgress) {
        guard p.total > 1, p.done > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || p.done == p.total else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(p.done) / elapsed : 0
        let left = rate > 0 ? Double(p.total - p.done) / rate : 0
        var line = String(format: "\r%d/%d dokumen  %.1f dok/detik  sisa %02d:%02d ", p.done, p.total, rate, Int(left) / 60, Int(left) % 60)
        if p.done == p.total { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
