import Foundation

/// The progress line on standard error — done/total, documents per second, time left — shown only
/// when standard error is a terminal and the run is not `--quiet`; redrawn at most ten times a second.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var count = 0
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && total > 1
    }

    /// One more document done.
    func step() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        count += 1
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || count == total else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(count) / elapsed : 0
        let left = rate > 0 ? Double(total - count) / rate : 0
        let line = String(format: "\r%d/%d dokumen  %.1f dok/detik  sisa %02d:%02d ", count, total, rate, Int(left) / 60, Int(left) % 60)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the line.
    func done() {
        guard enabled, count > 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
