import Foundation

/// The repository root, found from this file (Tests/TestSupport/RunTool.swift).
public let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Runs a program (in the repository root unless `cwd` says otherwise) and returns its exit code,
/// standard output and standard error. The output goes through temporary files, not pipes: nothing
/// can fill up, and no read is interrupted by a signal.
@discardableResult
public func runTool(_ path: String, _ args: [String], env: [String: String] = [:],
                    cwd: String = repositoryRoot) throws -> (code: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: cwd)
    var e = ProcessInfo.processInfo.environment
    for (k, v) in env { e[k] = v }
    p.environment = e
    let stem = NSTemporaryDirectory() + "cetak-run-" + UUID().uuidString
    defer {
        try? FileManager.default.removeItem(atPath: stem + ".out")
        try? FileManager.default.removeItem(atPath: stem + ".err")
    }
    let out = try emptyFile(stem + ".out")
    let err = try emptyFile(stem + ".err")
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    try? out.close()
    try? err.close()
    let o = (try? Data(contentsOf: URL(fileURLWithPath: stem + ".out"))) ?? Data()
    let r = (try? Data(contentsOf: URL(fileURLWithPath: stem + ".err"))) ?? Data()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: r, as: UTF8.self))
}

/// Creates an empty file (replacing one of that name) and opens it for writing: where a child process's output goes.
public func emptyFile(_ path: String) throws -> FileHandle {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
}
