import Cetak
import Foundation

/// One render of the page: its progress while it runs, then its result or its error. Updated from the
/// render's worker threads, read by the requests that poll it.
final class Job: @unchecked Sendable {
    /// Where a job is.
    enum State: String, Encodable { case queued = "antre", running = "berjalan", done = "selesai", failed = "gagal" }

    /// The job's id (random: only who started it knows it).
    let id = UUID().uuidString.lowercased()
    /// The upload, kept (and its folder with it) until the job is forgotten.
    let upload: Upload
    private let lock = NSLock()
    private var state = State.queued
    private var done = 0
    private var total = 0
    private var result: RenderResult?
    private var failure: ServeError?
    private var endedAt: ContinuousClock.Instant?

    init(upload: Upload) { self.upload = upload }

    /// The render has its turn.
    func start() { lock.withLock { state = .running } }

    /// A document is done.
    func progress(_ p: RenderProgress) { lock.withLock { done = p.done; total = p.total } }

    /// The render ended.
    func finish(_ outcome: Result<RenderResult, ServeError>) {
        lock.withLock {
            switch outcome {
            case .success(let r): result = r; state = .done; done = total
            case .failure(let e): failure = e; state = .failed
            }
            endedAt = .now
        }
    }

    /// When the render ended.
    var finished: ContinuousClock.Instant? { lock.withLock { endedAt } }

    /// The result, once done.
    var output: RenderResult? { lock.withLock { result } }

    /// What `GET /api/jobs/ID` answers.
    struct Status: Encodable {
        var id: String
        var state: State
        var done: Int
        var total: Int
        var error: String?
        var problems: [Problem]?
        var documents: Int?
        var pages: Int?
        var skipped: Int?
        var rejected: [Problem]?
        var warnings: Int?
        var seconds: Double?
    }

    /// The job as the page polls it.
    var status: Status {
        lock.withLock {
            var s = Status(id: id, state: state, done: done, total: total)
            if let failure { s.error = failure.message; s.problems = failure.problems }
            if let r = result?.report {
                s.documents = r.documents.count
                s.pages = r.pages
                s.skipped = r.skipped.count
                s.rejected = r.rejected.map(upload.folder.problem)
                s.warnings = r.warnings.count
                s.seconds = r.seconds
            }
            return s
        }
    }
}

/// The jobs of the page, forgotten (their folders removed) a while after they end.
actor JobStore {
    private var jobs: [String: Job] = [:]
    private let keep: Duration
    /// At most this many jobs are held; the oldest finished go first.
    private let limit = 64

    init(keep: Duration) { self.keep = keep }

    /// Holds a new job.
    func add(_ job: Job) {
        purge()
        jobs[job.id] = job
    }

    /// The job of an id.
    func job(_ id: String) -> Job? {
        purge()
        return jobs[id]
    }

    /// Forgets a job (its files go with it).
    func remove(_ id: String) { jobs[id] = nil }

    private func purge() {
        let now = ContinuousClock.now
        for (id, j) in jobs { if let f = j.finished, now - f > keep { jobs[id] = nil } }
        let ended = jobs.values.compactMap { j in j.finished.map { (j.id, $0) } }.sorted { $0.1 < $1.1 }
        for (id, _) in ended.prefix(max(0, jobs.count - limit)) { jobs[id] = nil }
    }
}
