import Foundation

/// One record of CSV input: its fields and the physical line where it starts.
///
/// A record can span several lines when a quoted field holds line breaks; `line` is the first of
/// them, so that an error about the record points where a person would look.
///
/// ```swift
/// let (header, records) = try CSVReader.parse(data)
/// for record in records {
///     let row = record.fields(keyedBy: header)   // ["小区": "翠园小区", "楼栋数": "12"]
///     guard let name = record[0], !name.isEmpty else {
///         throw CSVError(line: record.line, column: 1, reason: "missing compound name")
///     }
/// }
/// ```
public struct CSVRecord: Sendable, Equatable, Hashable {
    /// The 1-based physical line of the input where the record starts.
    public var line: Int
    /// The fields, in order, unquoted and decoded.
    public var fields: [String]

    /// Creates a record from its starting line and fields.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index` (0-based), or `nil` when the record has no such field.
    public subscript(index: Int) -> String? {
        fields.indices.contains(index) ? fields[index] : nil
    }

    /// Whether the record came from an empty line: one field, and that field empty.
    public var isBlank: Bool {
        fields.count == 1 && fields[0].isEmpty
    }

    /// The fields keyed by the header names at the same positions.
    ///
    /// Fields without a header name are left out; when a name repeats, the last field wins.
    public func fields(keyedBy header: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for (index, name) in header.enumerated() where index < fields.count {
            result[name] = fields[index]
        }
        return result
    }

    /// The field at `index` (0-based) trimmed of surrounding whitespace.
    ///
    /// - Throws: `CSVError` naming the record's line and the column when the field is missing
    ///   or empty.
    public func requiredField(at index: Int) throws -> String {
        let text = self[index]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !text.isEmpty else { throw CSVError(record: self, column: index + 1, reason: "missing value") }
        return text
    }

    /// The field at `index` (0-based) as an integer, or `nil` when it is missing or blank.
    ///
    /// - Throws: `CSVError` naming the record's line and the column when the field holds
    ///   something other than a whole number.
    public func integer(at index: Int) throws -> Int? {
        let text = self[index]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw CSVError(record: self, column: index + 1, reason: "expected a whole number, found \"\(text)\"")
        }
        return value
    }

    /// The field under the header name `name`, or `nil` when the header or record lacks it.
    public func field(named name: String, in header: [String]) -> String? {
        header.firstIndex(of: name).flatMap { self[$0] }
    }
}

extension CSVRecord: CustomStringConvertible {
    /// The record as a console prints it: its line and its fields, "line 3: 翠园小区 | 12".
    public var description: String {
        "line \(line): " + fields.joined(separator: " | ")
    }
}
