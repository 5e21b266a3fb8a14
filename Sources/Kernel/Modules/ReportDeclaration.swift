import Reporting
/// A built-in report of a module: `redprop report org.coverage`.
public struct ReportDeclaration: Sendable {
    /// The report's name, module-prefixed (`org.coverage`).
    public var name: String
    /// A one-line description for `redprop report --list`.
    public var summary: String
    /// Builds the report as the session's actor; `parameters` come from `--param KEY=VALUE`.
    public var build: @Sendable (Session, [String: String]) throws -> Report

    /// A declaration.
    public init(_ name: String, summary: String, build: @escaping @Sendable (Session, [String: String]) throws -> Report) {
        self.name = name
        self.summary = summary
        self.build = build
    }
}

/// A rule: a check over the records that yields findings (`redprop check`).
public struct RuleDeclaration: Sendable {
    /// The rule's name, module-prefixed (`org.members-without-organization`).
    public var name: String
    /// What the rule looks for, one sentence.
    public var summary: String
    /// Runs the check as the session's actor.
    public var check: @Sendable (Session) throws -> [Finding]

    /// A declaration.
    public init(_ name: String, summary: String, check: @escaping @Sendable (Session) throws -> [Finding]) {
        self.name = name
        self.summary = summary
        self.check = check
    }
}

/// Something a rule found: what, where, and why it matters.
public struct Finding: Sendable, Equatable {
    /// The rule that found it.
    public var rule: String
    /// The record it concerns, as people name it (`物业企业 '淄川颐泽物业'`).
    public var subject: String
    /// The area's code and name.
    public var area: String
    /// What is wrong.
    public var message: String

    /// A finding.
    public init(rule: String, subject: String, area: String, message: String) {
        self.rule = rule
        self.subject = subject
        self.area = area
        self.message = message
    }
}
