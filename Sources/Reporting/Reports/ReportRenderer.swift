import Foundation

/// Something that turns a report into text of one format.
///
/// Renderers are pure: the same report always gives the same output, byte for byte, with no dates,
/// random identifiers or locale-dependent formatting, so that output can be compared in tests
/// and kept under version control.
///
/// ```swift
/// struct TitleOnlyRenderer: ReportRenderer {
///     func render(_ report: Report) -> String { report.title + "\n" }
/// }
/// ```
public protocol ReportRenderer: Sendable {
    /// Returns the whole rendered report.
    func render(_ report: Report) -> String
}

extension ReportRenderer {
    /// Returns the rendered report as UTF-8 bytes, ready to write to a file.
    public func data(for report: Report) -> Data {
        Data(render(report).utf8)
    }
}

// MARK: - Helpers shared by the renderers

extension String {
    /// The text on one line: line breaks and tabs become single spaces.
    var singleLine: String {
        guard contains(where: { $0.isNewline || $0 == "\t" }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            result.append(character.isNewline || character == "\t" ? " " : character)
        }
        return result
    }

    /// The text without spaces at the end of the line.
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }

    /// The text's lines, with "\r\n", "\n" and "\r" all counted as line breaks.
    var physicalLines: [String] {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in HTML
    /// and SVG text and in quoted attribute values.
    var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text repeated `count` times; empty for zero or a negative count.
    func repeated(_ count: Int) -> String {
        count > 0 ? String(repeating: self, count: count) : ""
    }
}

extension Array where Element == String {
    /// The lines joined into text, each without trailing spaces, ending with one line break.
    var joinedAsLines: String {
        map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }
}
