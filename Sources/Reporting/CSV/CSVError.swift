import Foundation

/// An error in CSV input, with the line and field where it was found and what is wrong.
///
/// It prints the way an official can act on it, naming the physical line of the file as a text
/// editor counts it:
///
/// ```text
/// line 12, column 3: unterminated quoted field
/// line 1000: expected 5 fields, found 4
/// ```
public struct CSVError: Error, CustomStringConvertible, LocalizedError, Sendable, Equatable, Hashable {
    /// The 1-based physical line of the input where the problem is.
    public var line: Int
    /// The 1-based index of the field in its record, when known.
    public var column: Int?
    /// What is wrong, in a few words: "unterminated quoted field".
    public var reason: String

    /// Creates an error at `line` and, if known, `column`.
    public init(line: Int, column: Int? = nil, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// Creates an error about a field of `record`, for code that checks what it reads.
    ///
    /// ```swift
    /// throw CSVError(record: record, column: 3, reason: "楼栋数必须是整数")
    /// ```
    public init(record: CSVRecord, column: Int? = nil, reason: String) {
        self.init(line: record.line, column: column, reason: reason)
    }

    /// "line 12, column 3: reason", or "line 12: reason" when the column is not known.
    public var description: String {
        guard let column else { return "line \(line): \(reason)" }
        return "line \(line), column \(column): \(reason)"
    }

    /// The same text as `description`, for code that shows `localizedDescription`.
    public var errorDescription: String? {
        description
    }

    // MARK: - The errors the reader raises

    /// A quoted field that is still open at the end of the input; `line` is where it opened.
    static func unterminatedQuote(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column, reason: "unterminated quoted field")
    }

    /// A character other than a comma or line break right after a field's closing quote.
    static func textAfterQuote(_ byte: UInt8, line: Int, column: Int) -> CSVError {
        let shown = byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : byteName(byte)
        return CSVError(line: line, column: column,
                        reason: "unexpected character \(shown) after closing quote (double a quote inside a quoted field: \"\")")
    }

    /// Bytes that are not UTF-8, usually a file saved as GBK by Excel.
    static func invalidUTF8(_ byte: UInt8, line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column,
                 reason: "invalid UTF-8 byte \(byteName(byte)); save the file as UTF-8 (it may be GBK-encoded)")
    }

    /// A record with another number of fields than the header.
    static func fieldCount(expected: Int, found: Int, line: Int) -> CSVError {
        CSVError(line: line, column: min(expected, found) + 1,
                 reason: "expected \(expected) field\(expected == 1 ? "" : "s"), found \(found)")
    }

    /// Input with no header line at all.
    static var missingHeader: CSVError {
        CSVError(line: 1, reason: "empty input: expected a header line")
    }

    /// A byte written as "0xD6".
    private static func byteName(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }
}
