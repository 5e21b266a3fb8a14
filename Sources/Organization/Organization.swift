import Kernel

/// Pillar 1, organization leadership (组织领导): "1 district property-industry party committee +
/// N company party branches".
///
/// It stores property companies, party organizations and the companies they cover, owners'
/// committees, party-building instructors and their assignments, development plans, support
/// packages and the work standard; it computes coverage, "zero clearance", instructor, charter and
/// development indicators (``OrganizationIndicators``), lists findings of its rules, and builds the
/// `org.overview` report. Lua sees it as the global `org`.
///
/// ```swift
/// let kernel = try Kernel(location: .resolve(explicit: nil), modules: [Organization()])
/// let coverage = try kernel.read(as: nil) { session in
///     try OrganizationIndicators(session: session).companyCoverage()
/// }
/// ```
public struct Organization: Module {
    /// `org`: the Lua global and the prefix of its record types, events, rules and reports.
    public let name = "org"
    /// 组织领导.
    public let title = "组织领导"
    /// The module's version.
    public let version = "1.0.0"

    /// The module.
    public init() {}

    /// Its record types, each after the types it refers to.
    public var recordTypes: [RecordType] {
        [Self.company, Self.managedCompound, Self.partyOrganization, Self.ownersCommittee, Self.instructor,
         Self.instructorAssignment, Self.developmentPlan, Self.supportPackage, Self.workStandard,
         Self.standardCompliance]
    }

    /// Frozen as released (see ``OrganizationSchema``).
    public var migrations: [Migration] {
        [
            Migration("org.v1", sql: OrganizationSchema.v1),
            Migration("org.v2") { db in try OrganizationSchema.dropChoiceChecks(db) },
        ]
    }

    /// The indicator functions and the credit-code check.
    public var luaFunctions: [LuaFunctionDeclaration] { OrganizationLuaFunctions.declarations }

    /// `org.overview`.
    public var reports: [ReportDeclaration] { [OverviewReport.declaration] }

    /// Members without an organization, single-company joint branches, instructors on covered
    /// companies, zero clearance, uncovered companies without an instructor.
    public var rules: [RuleDeclaration] { OrganizationRules.declarations }
}
