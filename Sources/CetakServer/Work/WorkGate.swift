import Foundation

/// At most `permits` pieces of work at a time; the others wait their turn, first come first served.
/// The server has two: one for batches (one batch at a time, with every core) and one for quick work
/// (previews and checks), so a preview never waits behind a long batch.
actor WorkGate {
    private let permits: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// A gate letting `permits` through at once.
    init(permits: Int) { self.permits = max(1, permits) }

    /// Pieces of work waiting their turn.
    var queued: Int { waiting.count }

    /// Runs `work` when its turn comes.
    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async rethrows -> T {
        await enter()
        defer { leave() }
        return try await work()
    }

    private func enter() async {
        if running < permits { running += 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }
}

/// Runs blocking work (reading data, laying out, writing PDFs) on a thread of its own, not on the
/// threads that answer requests.
enum Blocking {
    private static let queue = DispatchQueue(label: "cetak.serve.work", qos: .userInitiated, attributes: .concurrent)

    /// The value of `work`, computed off the request threads.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            queue.async { c.resume(with: Result { try work() }) }
        }
    }
}
