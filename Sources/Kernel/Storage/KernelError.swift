/// An error of the kernel, written for the district official who reads it.
///
/// It names the place (record type, key, field, file line) and the reason.
public struct KernelError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable {
        /// A value or request is invalid.
        case invalid
        /// The record or area does not exist (or is out of scope).
        case notFound
        /// The actor's scope does not cover the target.
        case outOfScope
        /// The run is read-only, or the actor may not write.
        case readOnly
        /// The database cannot be used by this program.
        case database
        /// A handler vetoed the change.
        case vetoed
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// Where: `物业企业 91370302MA3C01037M`, `line 12, column 3`, …
    public var place: String?
    /// Why.
    public var reason: String

    /// An error of `kind` at `place`.
    public init(_ kind: Kind, _ reason: String, at place: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.place = place
    }

    public var description: String {
        guard let place else { return reason }
        return "\(place): \(reason)"
    }
}
