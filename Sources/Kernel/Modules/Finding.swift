import LuaHost

/// Something a rule found: what, where, how serious, and what to do.
///
/// Build one from the record it concerns, so every rule names records the same way:
///
/// ```swift
/// Finding(rule: "org.zero-clearance", record: company, of: Organization.company,
///         message: "职工32人，无党员：发展或转入党员")
/// ```
public struct Finding: Sendable, Equatable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        /// Worth knowing (提示).
        case info
        /// To be put right (警告).
        case warning
        /// Breaks a hard requirement of the work standard (严重).
        case error

        /// The Chinese name.
        public var chineseName: String {
            switch self {
            case .info: "提示"
            case .warning: "警告"
            case .error: "严重"
            }
        }

        private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// The rule that found it.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// The record it concerns, as people name it (`物业企业 '淄川颐泽物业' (91370302…)`).
    public var subject: String
    /// The area's code and name (`370302001001 颐泽社区`).
    public var area: String
    /// What is wrong, and what to do about it (Chinese).
    public var message: String

    /// A finding about anything: name the subject and the area yourself.
    public init(rule: String, severity: Severity = .warning, subject: String, area: String, message: String) {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.area = area
        self.message = message
    }

    /// A finding about `record` of `type`: the subject is its title, its name and its key, the area its place.
    public init(rule: String, severity: Severity = .warning, record: Record, of type: RecordType, message: String) {
        self.init(rule: rule, severity: severity, subject: Self.subject(record, of: type),
                  area: Self.areaText(record), message: message)
    }

    /// A finding about an area itself (a grid without a full team, a community that missed a meeting).
    public init(rule: String, severity: Severity = .warning, area: Area, subject: String? = nil, message: String) {
        self.init(rule: rule, severity: severity, subject: subject ?? "\(area.kind.chineseName) '\(area.name)'",
                  area: "\(area.code) \(area.name)", message: message)
    }

    /// How a finding names a record: its title, its name (or title field) when it has one, and its key.
    public static func subject(_ record: Record, of type: RecordType) -> String {
        let key = record[type.key]
        let keyText = key.stringValue ?? key.integerValue.map { "#\($0)" } ?? "#\(record.id)"
        for nameField in ["name", "title"] where type.key != nameField {
            if let name = record[nameField].stringValue { return "\(type.title) '\(name)' (\(keyText))" }
        }
        return "\(type.title) '\(keyText)'"
    }

    /// `370302001001 颐泽社区`: the record's area code and name.
    static func areaText(_ record: Record) -> String {
        [record["area"].stringValue, record["area_name"].stringValue].compactMap { $0 }.joined(separator: " ")
    }

    /// The finding as a Lua table.
    public var luaValue: LuaValue {
        ["rule": .string(rule), "severity": .string(severity.rawValue), "subject": .string(subject),
         "area": .string(area), "message": .string(message)]
    }
}
