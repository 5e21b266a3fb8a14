import Kernel

extension Organization {
    /// Property company (物业企业): who it is, its staff and party members, whether its charter
    /// includes party building.
    ///
    /// Keyed by its unified social credit code, which is validated with its check character.
    /// Placed in the street or community where it is registered for supervision.
    ///
    /// ```lua
    /// org.create_company{ credit_code = "91370302MA3C01037M", name = "淄川颐泽物业服务有限公司",
    ///                     area = "颐泽社区", employees = 46, party_members = 5, has_party_charter = true }
    /// ```
    public static let company = RecordType(
        name: "org.company", title: "物业企业", singular: "company", plural: "companies",
        key: "credit_code", placement: [.district, .street, .community],
        fields: [
            Field("credit_code", "统一社会信用代码", .text, required: true, unique: true,
                  summary: "The unified social credit code (GB 32100-2015), 18 characters with its check character.",
                  check: FieldChecks.creditCode),
            Field("name", "企业名称", .text, required: true, unique: true,
                  summary: "The registered name.", check: FieldChecks.notBlank),
            Field("legal_representative", "法定代表人", .text, summary: "The legal representative."),
            Field("contact_phone", "联系电话", .text, summary: "A phone number for the office."),
            Field("employees", "员工人数", .integer,
                  summary: "Staff on the payroll; 20 or more with no party member breaks \"zero clearance\".",
                  check: FieldChecks.nonNegative),
            Field("party_members", "党员人数", .integer,
                  summary: "Party members among the staff (never more than the staff).",
                  check: FieldChecks.nonNegative),
            Field("has_party_charter", "党建写入公司章程", .boolean, default: false,
                  summary: "Whether the company's charter includes party building."),
            Field("star_rating", "星级", .integer,
                  summary: "The service star rating, 1 to 5, when rated.",
                  check: FieldChecks.integer(in: 1...5)),
        ],
        summary: "A property-management company: staff, party members, charter, credit code.")

    /// A compound a company manages (在管小区): placed in the compound itself.
    ///
    /// ```lua
    /// org.create_managed_compound{ company = "91370302MA3C01037M", area = "颐泽花园", since = "2019-05-01" }
    /// ```
    public static let managedCompound = RecordType(
        name: "org.managed_compound", title: "在管小区", singular: "managed_compound", plural: "managed_compounds",
        key: "id", placement: [.compound],
        fields: [
            Field("company", "物业企业", .reference("org.company"), required: true,
                  summary: "The company managing the compound (its credit code)."),
            Field("since", "进驻日期", .date, summary: "When the company took the compound over."),
            Field("until", "退出日期", .date, summary: "When it left; empty while it still manages it."),
            Field("contract_no", "服务合同编号", .text, summary: "The property-service contract's number."),
        ],
        summary: "Which company manages which compound, and since when.")
}
