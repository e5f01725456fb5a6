import Synchronization

/// The files of one run by identity (device and inode): what it reads and what it has written so far.
/// `OutputFile` consults it so that no output replaces an input of the run (`--merge calon.csv`) or another
/// output of the same run (`--merge` onto a document's file). One per run; shared by its workers.
public final class RunFiles: Sendable {
    private struct State { var inputs: [FileIdentity: String] = [:]; var outputs: [FileIdentity: String] = [:] }
    private let state = Mutex(State())

    /// An empty set.
    public init() {}

    /// Records an input of the run (a path that does not exist is ignored).
    public func read(_ path: String) {
        guard let id = FileIdentity(path: path) else { return }
        state.withLock { s in if s.inputs[id] == nil { s.inputs[id] = path } }
    }

    /// Records a file the run wrote.
    public func wrote(_ id: FileIdentity, _ path: String) {
        state.withLock { $0.outputs[id] = path }
    }

    /// The input path with this identity, if any.
    public func input(_ id: FileIdentity) -> String? { state.withLock { $0.inputs[id] } }

    /// The output path with this identity, if any.
    public func output(_ id: FileIdentity) -> String? { state.withLock { $0.outputs[id] } }
}
