import Foundation
import GRDB
import LuaHost
import Reporting

/// Imports a CSV file of one record type: header-driven, UTF-8 (with or
/// without BOM), every row validated; all or nothing.
///
/// Headers are field names or their Chinese labels (`credit_code` or
/// `统一社会信用代码`; `area` or `所属区域`). A bad file writes nothing, and
/// the error names the line, the column and the reason.
public struct RecordImporter {
    /// At most this many row errors are collected before giving up.
    public static let maximumReportedErrors = 20

    let session: Session

    /// Imports `data` as records of `type`, returning how many were created.
    ///
    /// Throws ``ImportError`` listing the rows that failed; the caller's
    /// transaction then rolls back, so nothing is written.
    public func importCSV(_ data: Data, as type: RecordType, fileName: String) throws -> Int {
        try session.requireWrite()
        let parsed: (header: [String], records: [CSVRecord])
        do {
            parsed = try CSVReader.parse(data)
        } catch let error as CSVError {
            throw ImportError(file: fileName, problems: [.init(line: error.line, column: error.column, reason: error.reason)])
        }
        let columns = try mapHeader(parsed.header, type: type, fileName: fileName)
        var problems: [ImportError.Problem] = []
        var created = 0
        for record in parsed.records {
            var values: [String: LuaValue] = [:]
            for (index, field) in columns.enumerated() where index < record.fields.count {
                values[field] = .string(record.fields[index])
            }
            do {
                // Each write is its own savepoint: a failed row leaves nothing behind, and later rows are still checked.
                try session.records.create(type, values, by: .generated("CSV import"))
                created += 1
            } catch let error as KernelError {
                let column = error.field.flatMap { columns.firstIndex(of: $0) }.map { $0 + 1 }
                problems.append(.init(line: record.line, column: column, reason: error.description))
            } catch {
                problems.append(.init(line: record.line, column: nil, reason: String(describing: error)))
            }
            if problems.count >= Self.maximumReportedErrors { break }
        }
        guard problems.isEmpty else { throw ImportError(file: fileName, problems: problems) }
        return created
    }

    /// Field names for the header's columns; an unknown or repeated header is an error on line 1.
    private func mapHeader(_ header: [String], type: RecordType, fileName: String) throws -> [String] {
        var fields: [String] = []
        for (index, title) in header.enumerated() {
            let name: String
            if title == "area" || title == RecordType.areaLabel {
                name = "area"
            } else if let field = type.field(title) {
                name = field.name
            } else {
                let known = (["area"] + type.fields.map { "\($0.name) (\($0.label))" }).joined(separator: ", ")
                throw ImportError(file: fileName, problems: [
                    .init(line: 1, column: index + 1, reason: "unknown column '\(title)' for \(type.name); known: \(known)"),
                ])
            }
            if fields.contains(name) {
                throw ImportError(file: fileName, problems: [.init(line: 1, column: index + 1, reason: "column '\(title)' appears twice")])
            }
            fields.append(name)
        }
        return fields
    }
}

/// A CSV import that failed: every problem with its line and column.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// One failed row or cell.
    public struct Problem: Sendable, Equatable {
        /// The 1-based line in the file.
        public var line: Int
        /// The 1-based column, when known.
        public var column: Int?
        /// Why.
        public var reason: String
    }

    /// The file's name as given.
    public var file: String
    /// The problems, in file order.
    public var problems: [Problem]

    public var description: String {
        let lines = problems.map { problem in
            let column = problem.column.map { ", column \($0)" } ?? ""
            return "\(file): line \(problem.line)\(column): \(problem.reason)"
        }
        return (lines + ["nothing was imported"]).joined(separator: "\n")
    }
}
