/// A Lua value copied out of (or into) a Lua state.
///
/// Tables become ``LuaTable`` values: plain data, safe to keep after the
/// state is gone and to send across threads.
///
/// ```swift
/// let row: LuaValue = ["name": "颐泽花园", "households": 812]
/// ```
public enum LuaValue: Sendable, Hashable {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case table(LuaTable)

    /// The name Lua's `type()` gives this value.
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        }
    }

    /// True for everything but `nil` and `false`, as in Lua.
    public var isTruthy: Bool {
        switch self {
        case .nil: false
        case .boolean(let value): value
        default: true
        }
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, if this is an integer or a float with an exact integer value.
    public var integerValue: Int64? {
        switch self {
        case .integer(let value): return value
        case .number(let value):
            guard value.rounded() == value, let exact = Int64(exactly: value) else { return nil }
            return exact
        default: return nil
        }
    }

    /// The number, if this is an integer or a float.
    public var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The table, if this is a table.
    public var tableValue: LuaTable? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// A field of a table value, `nil` for other values.
    public subscript(field: String) -> LuaValue {
        tableValue?.fields[.string(field)] ?? .nil
    }
}

/// A key of a Lua table that Swift can hold: a string, an integer or a boolean.
public enum LuaKey: Sendable, Hashable, Comparable {
    case integer(Int64)
    case string(String)
    case boolean(Bool)

    /// The key as a value.
    public var value: LuaValue {
        switch self {
        case .integer(let key): .integer(key)
        case .string(let key): .string(key)
        case .boolean(let key): .boolean(key)
        }
    }

    public static func < (lhs: LuaKey, rhs: LuaKey) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): a < b
        case (.string(let a), .string(let b)): a < b
        case (.boolean(let a), .boolean(let b)): !a && b
        case (.integer, _): true
        case (.string, .boolean): true
        default: false
        }
    }
}

/// A Lua table as data: its sequence part `1…n` and its other fields.
public struct LuaTable: Sendable, Hashable {
    /// The values at keys `1…n`, without holes.
    public var sequence: [LuaValue]
    /// Every other key.
    public var fields: [LuaKey: LuaValue]

    /// A table with the given sequence and fields.
    public init(sequence: [LuaValue] = [], fields: [LuaKey: LuaValue] = [:]) {
        self.sequence = sequence
        self.fields = fields
    }

    /// A record-like table from string keys.
    public init(_ record: [String: LuaValue]) {
        self.init(fields: Dictionary(uniqueKeysWithValues: record.map { (LuaKey.string($0.key), $0.value) }))
    }

    /// The value at a string key, `.nil` when absent.
    public subscript(key: String) -> LuaValue {
        get { fields[.string(key)] ?? .nil }
        set { fields[.string(key)] = newValue == .nil ? nil : newValue }
    }

    /// The string-keyed fields, as Swift reads a record.
    public var record: [String: LuaValue] {
        var result: [String: LuaValue] = [:]
        for (key, value) in fields {
            if case .string(let name) = key { result[name] = value }
        }
        return result
    }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .nil }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(sequence: elements)) }
    public init(dictionaryLiteral elements: (String, LuaValue)...) {
        self = .table(LuaTable(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}
