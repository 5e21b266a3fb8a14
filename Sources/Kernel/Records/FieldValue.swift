import Foundation
import GRDB
import LuaHost

/// Turns what people type (Lua values, CSV text) into what a field stores.
struct FieldValue {
    /// The normalised value for `field`, or a reason it is invalid. `.nil` stays `.nil`.
    static func normalize(_ value: LuaValue, for field: Field) -> Result<LuaValue, FieldProblem> {
        if case .string(let text) = value, text.trimmingCharacters(in: .whitespaces).isEmpty {
            return .success(.nil)
        }
        if value == .nil { return .success(.nil) }
        switch field.kind {
        case .text:
            switch value {
            case .string(let text): return .success(.string(text.trimmingCharacters(in: .whitespaces)))
            case .integer(let whole): return .success(.string(String(whole)))
            default: return .failure(.init("expected text, got \(value.typeName)"))
            }
        case .integer:
            if let whole = value.integerValue { return .success(.integer(whole)) }
            if case .string(let text) = value, let whole = Int64(text.trimmingCharacters(in: .whitespaces)) {
                return .success(.integer(whole))
            }
            return .failure(.init("expected a whole number, got \(value.describedForError)"))
        case .number:
            if let number = value.numberValue { return .success(.number(number)) }
            if case .string(let text) = value, let number = Double(text.trimmingCharacters(in: .whitespaces)) {
                return .success(.number(number))
            }
            return .failure(.init("expected a number, got \(value.describedForError)"))
        case .boolean:
            if case .boolean = value { return .success(value) }
            let text = value.stringValue?.trimmingCharacters(in: .whitespaces).lowercased()
                ?? value.integerValue.map(String.init) ?? ""
            if ["是", "true", "yes", "y", "1", "有"].contains(text) { return .success(true) }
            if ["否", "false", "no", "n", "0", "无"].contains(text) { return .success(false) }
            return .failure(.init("expected yes or no (是/否), got \(value.describedForError)"))
        case .date:
            guard case .string(let text) = value, let date = CalendarDate(text.trimmingCharacters(in: .whitespaces)) else {
                return .failure(.init("expected a date YYYY-MM-DD, got \(value.describedForError)"))
            }
            return .success(.string(date.description))
        case .choice(let choices):
            let text = value.stringValue?.trimmingCharacters(in: .whitespaces) ?? ""
            if let choice = choices.first(where: { $0.value == text || $0.label == text }) {
                return .success(.string(choice.value))
            }
            let allowed = choices.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
            return .failure(.init("expected one of \(allowed), got \(value.describedForError)"))
        case .reference:
            if let id = value.integerValue { return .success(.integer(id)) }
            if case .string(let text) = value { return .success(.string(text.trimmingCharacters(in: .whitespaces))) }
            return .failure(.init("expected the key of a record, got \(value.describedForError)"))
        case .references:
            if case .table(let table) = value { return .success(.table(LuaTable(sequence: table.sequence))) }
            if case .string(let text) = value {
                let keys = text.split(whereSeparator: { "、;；|".contains($0) })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return .success(.table(LuaTable(sequence: keys.map(LuaValue.string))))
            }
            return .failure(.init("expected a list of record keys, got \(value.describedForError)"))
        }
    }

    /// The database value of a normalised, non-reference value.
    static func databaseValue(_ value: LuaValue) -> DatabaseValue {
        switch value {
        case .nil, .table: .null
        case .boolean(let flag): (flag ? 1 : 0).databaseValue
        case .integer(let number): number.databaseValue
        case .number(let number): number.databaseValue
        case .string(let text): text.databaseValue
        }
    }
}

/// Why a value does not fit its field.
struct FieldProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

extension LuaValue {
    /// The value quoted for an error message: `'abc'`, `12`, `a table`.
    var describedForError: String {
        switch self {
        case .string(let text): "'\(text)'"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .boolean(let flag): String(flag)
        case .nil: "nothing"
        case .table: "a table"
        }
    }
}
