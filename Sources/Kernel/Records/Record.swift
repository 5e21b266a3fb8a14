import LuaHost

/// One stored record, as Swift and Lua see it.
///
/// Values are plain: references appear as the referenced record's key,
/// `area` as the area's code (with `area_name` beside it).
public struct Record: Sendable, Equatable {
    /// The record type's name (`org.company`).
    public var type: String
    /// The row id.
    public var id: Int64
    /// Every field, plus `id`, `area` and `area_name`.
    public var values: [String: LuaValue]

    /// A field's value, `.nil` when empty.
    public subscript(field: String) -> LuaValue {
        values[field] ?? .nil
    }

    /// The record as a Lua table.
    public var luaValue: LuaValue { .table(LuaTable(values)) }

    /// The key value as text, for messages and audit entries.
    func keyText(_ recordType: RecordType) -> String {
        switch self[recordType.key] {
        case .string(let text): text
        case .integer(let number): String(number)
        default: "#\(id)"
        }
    }
}
