import CetakCore

/// A JSON value with where it starts (file, line, column), as `JSONReader` parses it.
public struct JSONNode: Sendable, Equatable {
    /// The kinds of JSON value.
    public indirect enum Kind: Sendable, Equatable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, kept as written so no digit is lost (`82.5`, `1e3`).
        case number(String)
        /// A string, escapes resolved.
        case string(String)
        /// An array.
        case array([JSONNode])
        /// An object: members in file order.
        case object([JSONMember])
    }

    /// What the value is.
    public var kind: Kind
    /// Where the value starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The member of an object with this key, or nil.
    public subscript(_ key: String) -> JSONNode? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The members, when this is an object.
    public var members: [JSONMember]? { if case .object(let m) = kind { return m } else { return nil } }
    /// The elements, when this is an array.
    public var elements: [JSONNode]? { if case .array(let a) = kind { return a } else { return nil } }
    /// The text, when this is a string.
    public var string: String? { if case .string(let s) = kind { return s } else { return nil } }

    /// "an object", "an array", "a string", ... for messages.
    public var kindName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// One `"key": value` of a JSON object.
public struct JSONMember: Sendable, Equatable {
    /// The key, escapes resolved.
    public var key: String
    /// Where the key starts.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
