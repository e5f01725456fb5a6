import Foundation

/// Puts what libxml2's RELAX NG validator says ("Expecting an element column, got nothing",
/// "Element cell has extra content: fields") into words a template author can act on, naming the
/// elements involved. Summaries that only repeat another finding ("Element table failed to validate
/// content", "Invalid sequence in interleave") are dropped when something more precise is said.
public enum SchemaWords {
    /// One validator message with the element it was raised on.
    public struct Raw: Sendable, Equatable {
        /// libxml2's message.
        public var message: String
        /// The element the validator was at, when known.
        public var element: String?
        /// Its parent element, when known.
        public var parent: String?

        /// Creates a raw message.
        public init(message: String, element: String? = nil, parent: String? = nil) {
            self.message = message; self.element = element; self.parent = parent
        }
    }

    /// The message in our words, or nil for a summary that adds nothing to the precise messages.
    public static func explain(_ raw: Raw) -> String? {
        let m = raw.message.trimmingCharacters(in: .whitespacesAndNewlines)
        let here = raw.element.map { "<\($0)>" } ?? "this element"
        if case let (attr, element)? = split(m, "Invalid attribute ", " for element ") {
            return "<\(element)> does not take \(attr)=\"…\" here, or not that value (see docs/templates.md for its attributes and values)"
        }
        if let x = between(m, "Expecting an element ", ", got nothing") {
            return "\(here) is missing a <\(x)> element here"
        }
        if case let (element, extra)? = split(m, "Element ", " has extra content: ") {
            if extra == "text" { return "text cannot stand directly inside <\(element)>" }
            return "<\(extra)> cannot stand inside <\(element)>"
        }
        if case let (expected, got)? = split(m, "Expecting element ", ", got ") {
            return "<\(got)> is not allowed here: <\(expected)> was expected"
        }
        if let x = between(m, "Did not expect element ", " there") {
            return "<\(x)> is not allowed here" + (raw.parent.map { " inside <\($0)>" } ?? "")
        }
        if let x = between(m, "Extra element ", " in interleave") {
            return "<\(x)> is not allowed here" + (raw.parent.map { " inside <\($0)>" } ?? "") + ", or is given twice"
        }
        if let x = between(m, "Did not expect text in element ", " content") {
            return "text cannot stand directly inside <\(x)>: put it in a <p> or a <cell>"
        }
        if case let (type, value)? = split(m, "Type ", " doesn't allow value '") {
            return "\(here): '\(value.hasSuffix("'") ? String(value.dropLast()) : value)' is not a valid \(type)"
        }
        if let x = between(m, "Element ", " failed to validate attributes") {
            return "<\(x)> lacks an attribute it needs, or has one it does not take"
        }
        if let x = between(m, "Element ", " failed to validate content") {
            return "the content of <\(x)> is not what a template allows there"
        }
        if m == "Invalid sequence in interleave" || m == "Expecting an element got text" { return nil }
        return m
    }

    /// True for the messages that only sum up others ("failed to validate", interleave).
    public static func isSummary(_ message: String) -> Bool {
        message.contains("failed to validate") || message.contains("Invalid sequence in interleave")
    }

    private static func between(_ m: String, _ head: String, _ tail: String) -> String? {
        guard m.hasPrefix(head), m.hasSuffix(tail), m.count > head.count + tail.count else { return nil }
        return String(m.dropFirst(head.count).dropLast(tail.count))
    }

    private static func split(_ m: String, _ head: String, _ middle: String) -> (String, String)? {
        guard m.hasPrefix(head), let r = m.range(of: middle, range: m.index(m.startIndex, offsetBy: head.count)..<m.endIndex) else { return nil }
        let a = String(m[m.index(m.startIndex, offsetBy: head.count)..<r.lowerBound])
        let b = String(m[r.upperBound...])
        return a.isEmpty || b.isEmpty ? nil : (a, b)
    }
}
