import LuaHost

/// Filters, order and limit for listing records.
///
/// From Lua it is the trailing options table of a list function:
///
/// ```lua
/// org.companies{ street = "将军路街道", has_party_charter = true, order = "-employees", limit = 10 }
/// ```
///
/// - a field name: records whose field equals the value (for a reference,
///   the referenced record's key; for a list of references, one of them);
/// - `area`: records placed exactly in that area (code or name);
/// - `within`, or an area kind (`street`, `community`, `grid`, …): records in
///   that area's subtree;
/// - `order`: a field name, `-name` for descending; `limit`: at most so many.
public struct RecordQuery: Sendable {
    /// Field name → required value.
    public var equals: [String: LuaValue] = [:]
    /// Records placed exactly in this area (code or name).
    public var area: String?
    /// Areas (code or name) whose subtrees the records must lie in, optionally of a kind.
    public var within: [(area: String, kind: AreaKind?)] = []
    /// The field to order by; descending when `descending`.
    public var orderBy: String?
    /// Whether ``orderBy`` is descending.
    public var descending = false
    /// At most so many records.
    public var limit: Int?

    /// Everything, in id order.
    public init() {}

    /// Parses a Lua options table, naming an unknown key in the error.
    public init(_ options: LuaTable, for type: RecordType) throws {
        for (key, value) in options.fields {
            guard case .string(let name) = key else {
                throw KernelError(.invalid, "filters are named; got a key of another type", at: type.plural)
            }
            switch name {
            case "area": area = value.stringValue ?? value.integerValue.map(String.init)
            case "within": within.append((value.stringValue ?? "", nil))
            case "limit":
                guard let count = value.integerValue, count >= 0 else {
                    throw KernelError(.invalid, "limit must be a whole number ≥ 0", at: type.plural)
                }
                limit = Int(count)
            case "order":
                guard var field = value.stringValue else {
                    throw KernelError(.invalid, "order must be a field name", at: type.plural)
                }
                if field.hasPrefix("-") {
                    descending = true
                    field.removeFirst()
                }
                guard field == "id" || field == "area" || type.field(field) != nil else {
                    throw KernelError(.invalid, "cannot order by unknown field '\(field)'", at: type.plural)
                }
                orderBy = field
            default:
                if let kind = AreaKind(identifier: name) {
                    within.append((value.stringValue ?? value.integerValue.map(String.init) ?? "", kind))
                } else if let field = type.field(name) {
                    equals[field.name] = value
                } else {
                    let known = (["area", "within", "order", "limit"] + type.fields.map(\.name)).joined(separator: ", ")
                    throw KernelError(.invalid, "unknown filter '\(name)' (known: \(known))", at: type.plural)
                }
            }
        }
    }
}
