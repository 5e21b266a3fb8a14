import Reporting

/// A built-in report of a module: `redprop report org.overview`.
public struct ReportDeclaration: Sendable {
    /// The report's name, module-prefixed (`org.overview`).
    public var name: String
    /// Its Chinese title, as `redprop report --list` shows it (`组织领导工作统计`).
    public var title: String
    /// What it shows, one sentence (English, for the docs).
    public var summary: String
    /// The `--param` keys it accepts, with what each means.
    public var parameters: [ReportParameter]
    /// Builds the report as the session's actor; `parameters` come from `--param KEY=VALUE`.
    public var build: @Sendable (Session, [String: String]) throws -> Report

    /// A declaration.
    public init(_ name: String, title: String, summary: String, parameters: [ReportParameter] = [],
                build: @escaping @Sendable (Session, [String: String]) throws -> Report) {
        self.name = name
        self.title = title
        self.summary = summary
        self.parameters = parameters
        self.build = build
    }
}

/// A `--param KEY=VALUE` a report accepts.
public struct ReportParameter: Sendable, Equatable {
    /// The key (`street`, `year`).
    public var name: String
    /// What it means, in Chinese (`街道（名称或代码）`).
    public var summary: String

    /// A parameter.
    public init(_ name: String, _ summary: String) {
        self.name = name
        self.summary = summary
    }
}
