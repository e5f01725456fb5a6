/// A value held by reference: a large field that is rarely set costs the struct that holds it one
/// pointer (documents of a run of 50,000 each keep a few such fields).
public final class Boxed<Wrapped: Sendable>: Sendable {
    /// The value.
    public let value: Wrapped
    /// Boxes `value`.
    public init(_ value: Wrapped) { self.value = value }
}
