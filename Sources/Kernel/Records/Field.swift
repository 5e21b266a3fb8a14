import LuaHost

/// One field of a record type: its name in Lua and CSV, its Chinese label, its kind.
public struct Field: Sendable {
    /// The snake_case name used in Lua, CSV headers and SQL (`credit_code`).
    public var name: String
    /// The Chinese label, also accepted as a CSV header (`统一社会信用代码`).
    public var label: String
    /// What values the field holds.
    public var kind: FieldKind
    /// Whether a record must have a value.
    public var isRequired: Bool
    /// Whether no two records may share a value.
    public var isUnique: Bool
    /// One sentence for the reference docs.
    public var summary: String
    /// An extra check: returns the reason a (normalised, non-nil) value is invalid, or `nil`.
    public var check: (@Sendable (LuaValue) -> String?)?
    /// The value a new record gets when none is given.
    public var defaultValue: LuaValue

    /// A field.
    public init(_ name: String, _ label: String, _ kind: FieldKind, required: Bool = false, unique: Bool = false,
                default defaultValue: LuaValue = .nil, summary: String = "",
                check: (@Sendable (LuaValue) -> String?)? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.isRequired = required
        self.isUnique = unique
        self.summary = summary
        self.check = check
        self.defaultValue = defaultValue
    }
}

/// The kinds of value a field can hold, and how each is stored.
public enum FieldKind: Sendable {
    /// UTF-8 text.
    case text
    /// A whole number.
    case integer
    /// A real number.
    case number
    /// Yes or no (CSV accepts 是/否, true/false, 1/0, yes/no).
    case boolean
    /// A calendar date, `YYYY-MM-DD` (CSV also accepts `YYYY/M/D`).
    case date
    /// One of a fixed list of values, each with a Chinese label.
    case choice([Choice])
    /// Another record, given by its key (or id); the record type's name.
    case reference(String)
    /// Several other records, given by their keys (CSV: separated by `、`, `;` or `|`).
    case references(String)

    /// The LuaCATS type of the field's value, for the generated annotations.
    public var luaType: String {
        switch self {
        case .text, .date: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .choice(let choices): choices.map { "\"\($0.value)\"" }.joined(separator: "|")
        case .reference: "string"
        case .references: "string[]"
        }
    }

    /// The SQLite STRICT column type.
    var columnType: String {
        switch self {
        case .text, .date, .choice: "TEXT"
        case .integer, .boolean, .reference: "INTEGER"
        case .number: "REAL"
        case .references: ""
        }
    }
}

/// One allowed value of a choice field.
public struct Choice: Sendable, Hashable {
    /// The stored value (`company_branch`).
    public var value: String
    /// The Chinese label (`企业党支部`), accepted on input.
    public var label: String

    /// A choice.
    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// An enumeration a choice field stores: its raw value, labelled with its Chinese name.
///
/// ```swift
/// Field("kind", "类型", .choice(MeetingKind.choices), required: true)
/// ```
public protocol ChoiceEnumeration: RawRepresentable<String>, CaseIterable {
    /// The Chinese label (`联席会议`), accepted on input.
    var chineseName: String { get }
}

extension ChoiceEnumeration {
    /// This case as a field choice.
    public var choice: Choice { Choice(rawValue, chineseName) }
    /// Every case as a field choice, in declaration order.
    public static var choices: [Choice] { allCases.map(\.choice) }
}
