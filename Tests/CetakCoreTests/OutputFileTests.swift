import CetakTestSupport
import Foundation
import Glibc
import Testing
@testable import CetakCore

/// The one output door: temporary names, what it renames over, what it refuses.
@Suite struct OutputFileTests {
    static func folder() throws -> String {
        makeTemporaryFolder("cetak-out-")
    }

    static func names(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    @Test func writesUnderAnUnguessableNameThenRenames() throws {
        let dir = try Self.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = try OutputFile(path: dir + "/r.json"), b = try OutputFile(path: dir + "/r.json")
        let pattern = /\.r\.json\.tmp-[0-9a-f]{16}/
        #expect(a.temporaryPath != b.temporaryPath)
        #expect((a.temporaryPath as NSString).lastPathComponent.wholeMatch(of: pattern) != nil)
        #expect(TemporaryFiles.current.contains(a.temporaryPath))
        a.write(Array("eins".utf8))
        try a.commit()
        b.abandon()
        #expect(!TemporaryFiles.current.contains(a.temporaryPath) && !TemporaryFiles.current.contains(b.temporaryPath))
        #expect(Self.names(dir) == ["r.json"])
        #expect(try String(contentsOfFile: dir + "/r.json", encoding: .utf8) == "eins")
    }

    @Test func replacesARegularFileButNeverAPipeAFolderOrALink() throws {
        let dir = try Self.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        try "alt".write(toFile: dir + "/old.pdf", atomically: false, encoding: .utf8)
        let f = try OutputFile(path: dir + "/old.pdf")
        f.write(Array("neu".utf8))
        try f.commit()
        #expect(try String(contentsOfFile: dir + "/old.pdf", encoding: .utf8) == "neu")

        #expect(mkfifo(dir + "/pipe", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: false)
        try "secret".write(toFile: dir + "/target", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/target")
        for (name, words) in [("pipe", "named pipe"), ("folder", "a folder"), ("link", "symbolic link")] {
            #expect { _ = try OutputFile(path: dir + "/" + name) } throws: { e in
                (e as? Diagnostic)?.message.contains(words) == true
            }
        }
        #expect(FileKind.at(dir + "/pipe") == .fifo)
        #expect(try String(contentsOfFile: dir + "/target", encoding: .utf8) == "secret")
    }

    @Test func aPipeMadeWhileWritingIsNotReplacedAtCommit() throws {
        let dir = try Self.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        let f = try OutputFile(path: dir + "/x.pdf")
        #expect(mkfifo(dir + "/x.pdf", 0o644) == 0)
        #expect(throws: Diagnostic.self) { try f.commit() }
        #expect(FileKind.at(dir + "/x.pdf") == .fifo)
        #expect(Self.names(dir) == ["x.pdf"])
    }

    @Test func neverReplacesAnInputOrAnEarlierOutputOfTheRun() throws {
        let dir = try Self.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        try "id,nama\n".write(toFile: dir + "/calon.csv", atomically: false, encoding: .utf8)
        let files = RunFiles()
        files.read(dir + "/calon.csv")
        #expect { _ = try OutputFile(path: dir + "/./calon.csv", files: files) } throws: { e in
            (e as? Diagnostic)?.message.contains("input of this run") == true
        }
        // A hard link is the same file under another name.
        #expect(link(dir + "/calon.csv", dir + "/alias.pdf") == 0)
        #expect(throws: Diagnostic.self) { _ = try OutputFile(path: dir + "/alias.pdf", files: files) }
        let first = try OutputFile(path: dir + "/a.pdf", files: files)
        first.write(Array("1".utf8))
        try first.commit()
        #expect { _ = try OutputFile(path: dir + "/a.pdf", files: files) } throws: { e in
            (e as? Diagnostic)?.message.contains("already wrote") == true
        }
        #expect(try String(contentsOfFile: dir + "/calon.csv", encoding: .utf8) == "id,nama\n")
    }

    @Test func aMissingFolderIsSaidInWords() {
        #expect { _ = try OutputFile(path: "/nonexistent-cetak-dir/x.pdf") } throws: { e in
            (e as? Diagnostic)?.message == "the folder /nonexistent-cetak-dir/ does not exist"
        }
    }

    @Test func aLongNameKeepsTheTemporaryWithinNameMax() throws {
        let dir = try Self.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        let name = String(repeating: "é", count: 120) + ".pdf"  // 244 bytes
        let f = try OutputFile(path: dir + "/" + name)
        #expect((f.temporaryPath as NSString).lastPathComponent.utf8.count <= 255)
        try f.commit()
        #expect(Self.names(dir) == [name])
    }
}

/// Inputs: regular files only, without blocking, with a size limit.
@Suite struct InputFileTests {
    @Test func refusesWhatIsNotARegularFileAtOnce() throws {
        let dir = try OutputFileTests.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe.csv", 0o644) == 0)
        #expect { _ = try InputFile.read(dir + "/pipe.csv") } throws: { e in (e as? Diagnostic)?.message.contains("named pipe") == true }
        #expect { _ = try InputFile.read(dir) } throws: { e in (e as? Diagnostic)?.message == "it is a directory" }
        #expect { _ = try InputFile.read(dir + "/none") } throws: { e in (e as? Diagnostic)?.message == "no such file" }
        #expect { _ = try InputFile.read("/dev/zero") } throws: { e in (e as? Diagnostic)?.message.contains("character device") == true }
    }

    @Test func readsUpToTheLimit() throws {
        let dir = try OutputFileTests.folder(); defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(repeating: 65, count: 2048).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        #expect(try InputFile.read(dir + "/a.txt", limit: 2048).count == 2048)
        #expect { _ = try InputFile.read(dir + "/a.txt", limit: 2047) } throws: { e in (e as? Diagnostic)?.message.contains("more than") == true }
        try Data().write(to: URL(fileURLWithPath: dir + "/empty"))
        #expect(try InputFile.read(dir + "/empty").isEmpty)
    }
}
