import Foundation

/// Builds RFC 4180 CSV text from a header and rows of fields.
///
/// A field is quoted when it contains a comma, a double quote, a carriage return or a line feed;
/// double quotes inside it are doubled. Other fields, spaces included, are written as they are.
///
/// ```swift
/// let writer = CSVWriter(includesBOM: true)
/// let csv = writer.write(header: ["小区", "备注"], rows: [["翠园小区", "门岗,24小时"]])
/// // "\u{FEFF}小区,备注\n翠园小区,\"门岗,24小时\"\n"
/// ```
///
/// Excel on Windows reads a CSV file without a byte order mark as GBK, which garbles Chinese;
/// set `includesBOM` for files meant to be opened there.
public struct CSVWriter: Sendable, Equatable, Hashable {
    /// The line break written after every record.
    public enum LineEnding: String, Sendable, Equatable, Hashable, CaseIterable {
        /// A line feed, "\n", as on Linux and macOS.
        case lf = "\n"
        /// A carriage return and line feed, "\r\n", as RFC 4180 and Windows have it.
        case crlf = "\r\n"
    }

    /// Whether the text starts with a UTF-8 byte order mark (U+FEFF).
    public var includesBOM: Bool
    /// The line break after every record.
    public var lineEnding: LineEnding

    /// Creates a writer; by default without a byte order mark and with "\n" line endings.
    public init(includesBOM: Bool = false, lineEnding: LineEnding = .lf) {
        self.includesBOM = includesBOM
        self.lineEnding = lineEnding
    }

    /// Returns CSV text of the header line (left out when `header` is empty) and the rows, each
    /// record ending with the line ending.
    public func write(header: [String], rows: [[String]]) -> String {
        var text = includesBOM ? "\u{FEFF}" : ""
        if !header.isEmpty {
            text += record(header) + lineEnding.rawValue
        }
        for row in rows {
            text += record(row) + lineEnding.rawValue
        }
        return text
    }

    /// Returns CSV text of the rows alone, without a header line.
    public func write(rows: [[String]]) -> String {
        write(header: [], rows: rows)
    }

    /// Returns the same CSV as `write(header:rows:)` as UTF-8 bytes, ready to save to a file.
    public func data(header: [String], rows: [[String]]) -> Data {
        Data(write(header: header, rows: rows).utf8)
    }

    /// Returns one record as a CSV line, without a line ending.
    public func record(_ fields: [String]) -> String {
        fields.map(Self.escape).joined(separator: ",")
    }

    /// Returns `field` as it is written in CSV: quoted, with quotes doubled, when it needs it.
    ///
    /// ```swift
    /// CSVWriter.escape("将军路街道")     // 将军路街道
    /// CSVWriter.escape("他说\"好\"")     // "他说""好"""
    /// ```
    public static func escape(_ field: String) -> String {
        guard needsQuoting(field) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `field` must be quoted: it contains a comma, a double quote, CR or LF.
    public static func needsQuoting(_ field: String) -> Bool {
        field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
    }
}
