import Foundation

/// Reads RFC 4180 CSV from bytes, one record at a time, knowing the line of every record.
///
/// - Fields are separated by commas and records by CRLF, LF or a lone CR.
/// - A quoted field may hold commas, line breaks and doubled quotes (`""` for `"`).
/// - A UTF-8 byte order mark at the start is skipped; empty lines at the end are ignored.
/// - A quote inside an unquoted field is kept as text, as spreadsheets do.
/// - Bytes that are not UTF-8 are an error naming the line and field, not replaced silently.
///
/// ```swift
/// var reader = CSVReader(data: data)
/// while let record = try reader.next() {
///     print(record.line, record.fields)
/// }
/// let (header, records) = try CSVReader.parse(data)   // header checked against every record
/// ```
public struct CSVReader: Sendable {
    private let bytes: [UInt8]
    private var position: Int
    private var line = 1

    /// Creates a reader of `bytes`, skipping a leading UTF-8 byte order mark.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Creates a reader of `data`, skipping a leading UTF-8 byte order mark.
    public init(data: Data) {
        self.init(bytes: [UInt8](data))
    }

    /// Reads a header and its records: the header is the first record with its names trimmed of
    /// surrounding whitespace; every other record must have as many fields as the header.
    ///
    /// Empty lines are skipped when the header has more than one column.
    ///
    /// - Throws: `CSVError` for malformed input, invalid UTF-8, empty input, or a record with
    ///   another number of fields than the header, naming its line.
    public static func parse(_ data: Data) throws -> (header: [String], records: [CSVRecord]) {
        try parse(bytes: [UInt8](data))
    }

    /// Reads a header and its records from bytes; see `parse(_:)`.
    public static func parse(bytes: [UInt8]) throws -> (header: [String], records: [CSVRecord]) {
        var reader = CSVReader(bytes: bytes)
        guard let first = try reader.next() else { throw CSVError.missingHeader }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var records: [CSVRecord] = []
        while let record = try reader.next() {
            if record.fields.count != header.count {
                if record.isBlank { continue }
                throw CSVError.fieldCount(expected: header.count, found: record.fields.count, line: record.line)
            }
            records.append(record)
        }
        return (header, records)
    }

    /// Reads all remaining records.
    public mutating func readAll() throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() {
            records.append(record)
        }
        return records
    }

    /// Reads the next record, or returns `nil` at the end of the input.
    ///
    /// - Throws: `CSVError` for an unterminated quoted field, text after a closing quote, or
    ///   bytes that are not UTF-8. The reader should not be used after it throws.
    public mutating func next() throws -> CSVRecord? {
        skipTrailingLineBreaks()
        guard position < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        while true {
            fields.append(try readField(column: fields.count + 1))
            guard position < bytes.count else { break }
            let byte = bytes[position]
            position += 1
            if byte == Self.comma { continue }
            if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed {
                position += 1
            }
            line += 1
            break
        }
        return CSVRecord(line: start, fields: fields)
    }

    // MARK: - Fields

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// Reads one field and leaves the position on the comma or line break after it, or at the end.
    private mutating func readField(column: Int) throws -> String {
        let startLine = line
        var field: [UInt8] = []
        if position < bytes.count, bytes[position] == Self.quote {
            position += 1
            while true {
                guard position < bytes.count else { throw CSVError.unterminatedQuote(line: startLine, column: column) }
                let byte = bytes[position]
                position += 1
                if byte == Self.quote {
                    guard position < bytes.count, bytes[position] == Self.quote else { break }
                    position += 1
                } else if byte == Self.lineFeed
                    || (byte == Self.carriageReturn && (position >= bytes.count || bytes[position] != Self.lineFeed)) {
                    line += 1
                }
                field.append(byte)
            }
            if position < bytes.count, !Self.endsField(bytes[position]) {
                throw CSVError.textAfterQuote(bytes[position], line: line, column: column)
            }
        } else {
            while position < bytes.count {
                let byte = bytes[position]
                if Self.endsField(byte) { break }
                field.append(byte)
                position += 1
            }
        }
        return try Self.decode(field, line: startLine, column: column)
    }

    /// Moves past line breaks that end the input, so that they make no empty record.
    private mutating func skipTrailingLineBreaks() {
        var index = position
        while index < bytes.count, bytes[index] == Self.carriageReturn || bytes[index] == Self.lineFeed {
            index += 1
        }
        if index == bytes.count { position = index }
    }

    /// Whether `byte` ends a field: a comma or a line break.
    private static func endsField(_ byte: UInt8) -> Bool {
        byte == comma || byte == carriageReturn || byte == lineFeed
    }

    /// Decodes a field's bytes as UTF-8, or names the line of the first byte that is not UTF-8.
    private static func decode(_ field: [UInt8], line: Int, column: Int) throws -> String {
        guard let offset = firstInvalidUTF8Offset(in: field) else {
            return String(decoding: field, as: UTF8.self)
        }
        var breaks = 0
        for index in 0..<offset where field[index] == lineFeed
            || (field[index] == carriageReturn && (index + 1 == field.count || field[index + 1] != lineFeed)) {
            breaks += 1
        }
        throw CSVError.invalidUTF8(field[offset], line: line + breaks, column: column)
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8
    /// sequence (no overlong forms, no surrogates, nothing above U+10FFFF), or `nil` if none.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The sequence length and the allowed range of the second byte (Unicode Table 3-7).
            let length: Int, second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return index
            }
            guard index + 1 < bytes.count, second.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length {
                guard index + offset < bytes.count, (0x80...0xBF).contains(bytes[index + offset]) else { return index }
            }
            index += length
        }
        return nil
    }
}
