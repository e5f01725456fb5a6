import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// Reads a context JSON file into the rows of the `konteks` sheet: nested keys flattened with dots,
/// list items numbered from 1 (`penilai.1.nama`), each value typed by the contract.
enum ContextFill {
    /// One row of the konteks sheet.
    typealias Entry = (key: String, field: ProgrammeField, cell: SheetCell)

    /// The rows for the scope's keys, in the manifest's order (a numbered group once per item of the
    /// file, a key the file lacks with an empty value), and the warnings: values not of their type,
    /// and the file's keys the forms do not need (left out).
    static func entries(_ path: String, keys: [ProgrammeField], images: PathRebase) throws(Diagnostics) -> ([Entry], [Diagnostic]) {
        let node = try JSONReader.parse(try readBytes(path), file: path)
        guard node.members != nil else {
            throw Diagnostics([Diagnostic(at: node.location, "the context must be one JSON object { ... }")])
        }
        let leaves = flatten(node, prefix: "")
        var leaf: [String: JSONNode] = [:]
        for (k, n) in leaves where leaf[k] == nil { leaf[k] = n }
        var used = Set<String>()
        var warnings: [Diagnostic] = []
        var entries: [Entry] = []

        func add(_ key: String, _ field: ProgrammeField) {
            used.insert(key)
            guard let n = leaf[key] else { entries.append((key, field, SheetBuilder.blank(field.type))); return }
            var text = self.text(n)
            if field.type == .image {
                let moved = images.apply(text)
                text = moved.path
                if let p = moved.problem { warnings.append(Diagnostic(.warning, at: n.location, "context key '\(key)': \(p)", value: text)) }
            }
            let (cell, problem) = CellMaker.cell(text, as: field.type)
            if let problem { warnings.append(Diagnostic(.warning, at: n.location, "context key '\(key)': \(problem)", value: text)) }
            entries.append((key, field, cell))
        }

        var groupsDone = Set<String>()
        for k in keys {
            guard let g = ContextPath(k.name).numbered else { add(k.name, k); continue }
            guard groupsDone.insert(g.group).inserted else { continue }
            // The group's fields once each (penilai.1.nama and penilai.2.nama are one field), and its
            // items: those of the manifest and those of the file, in number order.
            var members: [(ProgrammeField, String)] = []
            var items: [String] = []
            for m in keys {
                guard let n = ContextPath(m.name).numbered, n.group == g.group else { continue }
                if !members.contains(where: { $0.1 == n.rest }) { members.append((m, n.rest)) }
                if !items.contains(n.item) { items.append(n.item) }
            }
            for (key, _) in leaves where key.hasPrefix(g.group + ".") {
                let item = String(key.dropFirst(g.group.count + 1).prefix { $0 != "." })
                if ContextPath.isNumber(item), !items.contains(item) { items.append(item) }
            }
            items.sort { (Int($0) ?? 0) < (Int($1) ?? 0) }
            for item in items {
                for (m, rest) in members { add(g.group + "." + item + (rest.isEmpty ? "" : "." + rest), m) }
            }
        }
        let unused = leaves.map(\.key).filter { !used.contains($0) }
        if !unused.isEmpty {
            // A group none of whose keys is read is named once (`diklat`); otherwise the keys themselves.
            func top(_ k: String) -> String { String(k.prefix { $0 != "." }) }
            let readTops = Set(used.map(top))
            var names: [String] = []
            for k in unused {
                let name = readTops.contains(top(k)) ? k : top(k)
                if !names.contains(name) { names.append(name) }
            }
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: path),
                                       "left out of the konteks sheet, as these forms do not read them: \(names.joined(separator: ", "))"))
        }
        return (entries, warnings)
    }

    /// Every scalar of a JSON value with its dotted key, in file order; list items numbered from 1.
    static func flatten(_ node: JSONNode, prefix: String) -> [(key: String, node: JSONNode)] {
        func join(_ k: String) -> String { prefix.isEmpty ? k : prefix + "." + k }
        switch node.kind {
        case .object(let members): return members.flatMap { flatten($0.value, prefix: join($0.key)) }
        case .array(let items): return items.enumerated().flatMap { flatten($1, prefix: join(String($0 + 1))) }
        default: return prefix.isEmpty ? [] : [(prefix, node)]
        }
    }

    /// A scalar as text: strings as they are, numbers as written, yes/no as ya/tidak, null as nothing.
    static func text(_ n: JSONNode) -> String {
        switch n.kind {
        case .string(let s): return s
        case .number(let literal): return literal
        case .bool(let b): return b ? "ya" : "tidak"
        case .null, .array, .object: return ""
        }
    }

    static func readBytes(_ path: String) throws(Diagnostics) -> [UInt8] {
        do { return try InputFile.read(path, limit: 16 << 20) } catch {
            throw Diagnostics(error.readFailure())
        }
    }
}
