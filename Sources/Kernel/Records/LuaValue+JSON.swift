import Foundation
import LuaHost

extension LuaValue {
    /// Compact JSON with sorted keys: the audit log's before/after format.
    ///
    /// A table with only a sequence becomes an array, any other table an object.
    public var jsonText: String {
        var output = ""
        appendJSON(to: &output)
        return output
    }

    private func appendJSON(to output: inout String) {
        switch self {
        case .nil: output += "null"
        case .boolean(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .number(let number): output += number.isFinite ? String(number) : "null"
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .table(let table):
            if table.fields.isEmpty {
                output += "["
                for (index, element) in table.sequence.enumerated() {
                    if index > 0 { output += "," }
                    element.appendJSON(to: &output)
                }
                output += "]"
            } else {
                var members: [(String, LuaValue)] = table.sequence.enumerated().map { (String($0.offset + 1), $0.element) }
                for (key, value) in table.fields {
                    switch key {
                    case .string(let name): members.append((name, value))
                    case .integer(let number): members.append((String(number), value))
                    case .boolean(let flag): members.append((flag ? "true" : "false", value))
                    }
                }
                output += "{"
                for (index, member) in members.sorted(by: { $0.0 < $1.0 }).enumerated() {
                    if index > 0 { output += "," }
                    Self.appendQuoted(member.0, to: &output)
                    output += ":"
                    member.1.appendJSON(to: &output)
                }
                output += "}"
            }
        }
    }

    private static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let control where control.value < 0x20:
                output += String(format: "\\u%04x", control.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// Parses JSON text written by ``jsonText``; `nil` or invalid text gives `.nil`.
    public init(jsonText: String?) {
        guard let jsonText, let data = jsonText.data(using: .utf8),
              let decoded = try? JSONDecoder().decode(JSONValue.self, from: data)
        else {
            self = .nil
            return
        }
        self = decoded.value
    }
}

/// Decodes any JSON into a ``LuaValue`` (objects become tables with string keys).
private struct JSONValue: Decodable {
    let value: LuaValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .nil
        } else if let flag = try? container.decode(Bool.self) {
            value = .boolean(flag)
        } else if let number = try? container.decode(Int64.self) {
            value = .integer(number)
        } else if let number = try? container.decode(Double.self) {
            value = .number(number)
        } else if let text = try? container.decode(String.self) {
            value = .string(text)
        } else if let array = try? container.decode([JSONValue].self) {
            value = .table(LuaTable(sequence: array.map(\.value)))
        } else {
            let object = try container.decode([String: JSONValue].self)
            value = .table(LuaTable(object.mapValues(\.value)))
        }
    }
}
