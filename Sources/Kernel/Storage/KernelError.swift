import LuaHost

/// An error of the kernel, written for the district official who reads it.
///
/// It names the place (record type, key, field, file line) and the reason, and keeps each part
/// as a value, so an importer can point at the column of the field and a script at its line.
///
/// ```
/// 物业企业 '淄川颐泽物业', field 'employees' (职工人数): expected a whole number, got "十二"
/// ```
public struct KernelError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable {
        /// A value or request is invalid.
        case invalid
        /// The record or area does not exist (or is out of scope).
        case notFound
        /// The actor's scope does not cover the target.
        case outOfScope
        /// The run is read-only, the actor may not write, or the writer is not the one for it.
        case readOnly
        /// The database cannot be used by this program.
        case database
        /// Another program holds the database's write lock for too long.
        case busy
        /// A handler vetoed the change.
        case vetoed
        /// A handler failed, so the change it guarded was undone.
        case handlerFailed
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// Where, as people read it: `物业企业 '淄川颐泽物业', field 'name' (企业名称)`, `line 12`.
    public var place: String?
    /// Why.
    public var reason: String
    /// The record type concerned (`org.company`), when the error concerns a record.
    public var recordType: String?
    /// The key of the record concerned, as text.
    public var recordKey: String?
    /// The field concerned (`employees`).
    public var field: String?

    /// An error of `kind` at `place`.
    public init(_ kind: Kind, _ reason: String, at place: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.place = place
    }

    /// An error about a record of `type` whose key is `key`, optionally about one of its fields.
    public init(_ kind: Kind, _ reason: String, record type: RecordType, key: LuaValue?, field: Field? = nil) {
        let keyText: String? = switch key {
        case .string(let text)?: text
        case .integer(let number)?: String(number)
        default: nil
        }
        var place = keyText.map { "\(type.title) '\($0)'" } ?? "\(type.title) (\(type.name))"
        if let field { place += ", field '\(field.name)' (\(field.label))" }
        self.init(kind, reason, at: place)
        recordType = type.name
        recordKey = keyText
        self.field = field?.name
    }

    public var description: String {
        guard let place else { return reason }
        return "\(place): \(reason)"
    }
}
