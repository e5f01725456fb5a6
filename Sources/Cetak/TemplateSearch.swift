import CetakCore
import Foundation

/// Where cetak finds its forms (docs/cli.md, "Where the forms come from").
///
/// The built-in forms are in the first of these folders that exists:
/// 1. `--templates DIR`;
/// 2. `$CETAK_TEMPLATES`;
/// 3. `../share/cetak/Templates` beside the executable (what `make install` and the .deb lay out);
/// 4. `Templates/` of the source tree the executable was built from.
///
/// A `Templates/` folder in the current directory only adds to them: its forms are listed beside the
/// built-in ones, and where both have a form of the same id the local one is used and cetak says so.
/// With `--templates` the given folder is the only one.
public struct TemplateSearch: Sendable, Equatable {
    /// The folder of the built-in forms, or nil when none of the places exists.
    public var builtIn: String?
    /// Folders whose forms come before the built-in ones (the local `./Templates`).
    public var local: [String]
    /// Every place looked at for the built-in forms, in order (for the message when none exists).
    public var lookedAt: [String]

    /// Every folder, the one whose forms win first.
    public var folders: [String] { local + (builtIn.map { [$0] } ?? []) }

    /// Applies the order above.
    public static func find(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                            executable: String? = TemplateSearch.executablePath(),
                            currentDirectory: String = FileManager.default.currentDirectoryPath) -> TemplateSearch {
        if let explicit {
            return TemplateSearch(builtIn: isFolder(explicit) ? explicit : nil, local: [], lookedAt: [explicit])
        }
        var candidates: [String] = []
        if let env = environment["CETAK_TEMPLATES"], !env.isEmpty { candidates.append(env) }
        if let exe = executable {
            let bin = PathText.folder(of: exe)
            candidates.append(((bin as NSString).appendingPathComponent("../share/cetak/Templates") as NSString).standardizingPath)
        }
        candidates.append(sourceTreeTemplates)
        let builtIn = candidates.first(where: isFolder)
        var local: [String] = []
        let here = (currentDirectory as NSString).appendingPathComponent("Templates")
        if isFolder(here), builtIn.map({ !sameFolder($0, here) }) ?? true { local.append("Templates") }
        return TemplateSearch(builtIn: builtIn, local: local, lookedAt: candidates)
    }

    /// `Templates/` of the source tree this file was compiled in.
    static let sourceTreeTemplates: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Sources/Cetak/TemplateSearch.swift
        return url.appendingPathComponent("Templates").path
    }()

    /// The running executable, symbolic links resolved (`/proc/self/exe`), else as it was called.
    public static func executablePath() -> String? {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }

    static func isFolder(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }

    static func sameFolder(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).resolvingSymlinksInPath().standardizedFileURL.path
            == URL(fileURLWithPath: b).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
