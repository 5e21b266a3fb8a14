import Kernel

extension Organization {
    /// The kinds of party organization (党组织类型).
    public enum PartyOrganizationKind: String, Sendable, CaseIterable, ChoiceEnumeration {
        /// The district property-industry party committee (区物业服务行业党委): the "1" of "1+N".
        case industryCommittee = "industry_committee"
        /// A party branch of one company (企业党支部).
        case companyBranch = "company_branch"
        /// A joint branch covering several companies (联合党支部).
        case jointBranch = "joint_branch"
        /// A branch in an owners' committee (业委会党支部).
        case ownersCommitteeBranch = "owners_committee_branch"

        /// The Chinese name.
        public var chineseName: String {
            switch self {
            case .industryCommittee: "行业党委"
            case .companyBranch: "企业党支部"
            case .jointBranch: "联合党支部"
            case .ownersCommitteeBranch: "业委会党支部"
            }
        }

        /// The kinds that count as company party branches (企业党支部, including joint ones).
        public static let companyBranches: [PartyOrganizationKind] = [.companyBranch, .jointBranch]
    }

    /// Party organization (党组织): the industry committee, company and joint branches, and
    /// owners'-committee branches; the companies each covers.
    ///
    /// ```lua
    /// org.create_party_organization{ name = "颐泽物业党支部", kind = "company_branch", area = "颐泽社区",
    ///     companies = { "91370302MA3C01037M" }, secretary = "王红", founded = "2021-07-01",
    ///     parent = "淄川区物业服务行业党委" }
    /// ```
    public static let partyOrganization = RecordType(
        name: "org.party_organization", title: "党组织", singular: "party_organization",
        plural: "party_organizations", key: "name", placement: [.district, .street, .community, .compound],
        fields: [
            Field("name", "党组织名称", .text, required: true, unique: true, summary: "The organization's name.",
                  check: FieldChecks.notBlank),
            Field("kind", "类型", .choice(PartyOrganizationKind.choices), required: true,
                  summary: "Industry committee, company branch, joint branch or owners'-committee branch."),
            Field("companies", "覆盖企业", .references("org.company"),
                  summary: "The companies it covers (one for a company branch, several for a joint branch)."),
            Field("secretary", "书记", .text, summary: "The secretary's name."),
            Field("members", "党员人数", .integer, summary: "Party members organised in it.",
                  check: FieldChecks.nonNegative),
            Field("founded", "成立日期", .date, summary: "When it was founded."),
            Field("parent", "上级党组织", .reference("org.party_organization"),
                  summary: "The organization it reports to (usually the industry committee)."),
        ],
        summary: "A party organization and the companies it covers.")

    /// Owners' committee (业主委员会): a compound's committee, its term and members, and its party
    /// organization if it has one.
    ///
    /// ```lua
    /// org.create_owners_committee{ name = "颐泽花园业主委员会", area = "颐泽花园", term_start = "2021-06-01",
    ///     term_end = "2026-05-31", members = 7, party_members = 3, party_organization = "颐泽花园业委会党支部" }
    /// ```
    public static let ownersCommittee = RecordType(
        name: "org.owners_committee", title: "业主委员会", singular: "owners_committee",
        plural: "owners_committees", key: "name", placement: [.compound],
        fields: [
            Field("name", "业委会名称", .text, required: true, unique: true, summary: "The committee's name.",
                  check: FieldChecks.notBlank),
            Field("term_start", "任期开始", .date, summary: "When the current term began."),
            Field("term_end", "任期届满", .date, summary: "When the current term ends."),
            Field("director", "主任", .text, summary: "The committee's director."),
            Field("members", "委员人数", .integer, summary: "How many members it has.", check: FieldChecks.nonNegative),
            Field("party_members", "党员委员人数", .integer, summary: "How many members are party members.",
                  check: FieldChecks.nonNegative),
            Field("party_organization", "党组织", .reference("org.party_organization"),
                  summary: "The party organization in the committee, if any; counts for owners'-committee coverage."),
        ],
        summary: "An owners' committee of a compound.")
}
