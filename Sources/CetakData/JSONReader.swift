import CetakCore
import Foundation

/// Parses JSON into a located tree: every value knows its file, line and column.
///
/// Hand-written over bytes because JSONSerialization gives no locations. Strict JSON (RFC 8259):
/// no comments, no trailing commas, no duplicate keys in an object, strings in UTF-8 (a
/// byte-order mark is allowed). Nesting deeper than `maxDepth` is an error, not a crash: the
/// parser keeps its own stack instead of recursing. Columns count characters, not bytes.
public enum JSONReader {
    /// The deepest nesting of arrays and objects accepted.
    public static let maxDepth = 512

    /// Parses a JSON document; a syntax error names file:line:column and what was expected.
    public static func parse(_ bytes: [UInt8], file: String) throws(Diagnostics) -> JSONNode {
        let result: Result<JSONNode, Diagnostic> = bytes.withUnsafeBufferPointer { buf in
            var parser = JSONParser(buf: buf, file: file)
            do throws(Diagnostic) {
                return .success(try parser.document())
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let node): return node
        case .failure(let d): throw Diagnostics([d])
        }
    }

    /// Parses JSON data.
    public static func parse(_ data: Data, file: String) throws(Diagnostics) -> JSONNode {
        try parse([UInt8](data), file: file)
    }

    /// Parses JSON text (for tests and generated input).
    public static func parse(text: String, file: String) throws(Diagnostics) -> JSONNode {
        try parse(Array(text.utf8), file: file)
    }
}
