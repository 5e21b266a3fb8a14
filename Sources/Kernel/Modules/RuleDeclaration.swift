/// A rule: a check over the records that yields findings (`redprop check`).
///
/// ```swift
/// RuleDeclaration("org.zero-clearance", title: "20人以上企业无党员",
///                 summary: "A company with 20 or more employees and no party member.") { session in
///     try OrganizationIndicators(session: session).zeroClearance().map { company in
///         Finding(rule: "org.zero-clearance", record: company, of: Organization.company,
///                 message: "职工\(company["employees"])人，无党员")
///     }
/// }
/// ```
public struct RuleDeclaration: Sendable {
    /// The rule's name, module-prefixed (`org.zero-clearance`).
    public var name: String
    /// Its Chinese title, as `redprop check --list` shows it.
    public var title: String
    /// What the rule looks for, one sentence (English, for the docs).
    public var summary: String
    /// Runs the check as the session's actor.
    public var check: @Sendable (Session) throws -> [Finding]

    /// A declaration.
    public init(_ name: String, title: String, summary: String,
                check: @escaping @Sendable (Session) throws -> [Finding]) {
        self.name = name
        self.title = title
        self.summary = summary
        self.check = check
    }
}
