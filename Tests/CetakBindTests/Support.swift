@testable import CetakBind
import CetakCore
import CetakTemplate

/// A data source over records kept in memory, for evaluator tests.
struct MemoryData: DataSource {
    var sets: [String: [Record]]
    var keys: [String: String] = [:]

    func values(of dataset: String) -> [Value]? { sets[dataset]?.map(Value.record) }
    func record(in dataset: String, key: String) -> Value? {
        guard let k = keys[dataset] else { return nil }
        return sets[dataset]?.first { $0[k].text == key }.map(Value.record)
    }
    func records(in dataset: String, column: String, equals value: String) -> [Value]? {
        sets[dataset]?.filter { $0[column].text.lowercased() == value.lowercased() }.map(Value.record)
    }
    func columns(of dataset: String) -> Set<String> { Set(sets[dataset]?.first?.order ?? []) }
}

func rec(_ ds: String, _ fields: [String: Value]) -> Record { Record(dataset: ds, location: nil, fields: fields) }

func date(_ s: String) -> Value { .date(CivilDate.parse(s)!) }

/// Evaluates an expression text in a scope.
func ev(_ text: String, _ scope: Scope) throws -> Value { try Evaluator.eval(try ExprParser.parse(text), scope) }
