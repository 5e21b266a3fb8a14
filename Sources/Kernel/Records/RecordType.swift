import LuaHost

/// A kind of record a module stores, declared once: the kernel derives its
/// table, its Lua functions, its CSV import and export, its audit entries
/// and its events from this declaration.
///
/// ```swift
/// static let company = RecordType(
///     name: "org.company", title: "物业企业", singular: "company", plural: "companies",
///     key: "credit_code", placement: [.street, .community],
///     fields: [
///         Field("credit_code", "统一社会信用代码", .text, required: true, unique: true,
///               check: CreditCode.problem),
///         Field("name", "企业名称", .text, required: true),
///     ])
/// ```
public struct RecordType: Sendable {
    /// Module-qualified name (`org.company`): events, audit entries and `redprop import` use it.
    public var name: String
    /// The Chinese name (`物业企业`).
    public var title: String
    /// Lua name of one record (`company`): `org.company(key)`, `org.create_company{…}`.
    public var singular: String
    /// Lua name of the list (`companies`): `org.companies{filters}`.
    public var plural: String
    /// The field that names a record for people and references (`credit_code`, `name`).
    public var key: String
    /// The kinds of area a record may be placed in (its `area` field).
    public var placement: [AreaKind]
    /// The fields besides `id` and `area`.
    public var fields: [Field]
    /// One sentence for the docs.
    public var summary: String
    /// A check of the whole record before it is written: the merged values
    /// (normalised, references as given), the record before an update (`nil`
    /// on create) and the session (for today's date, other records). Throw a
    /// ``KernelError`` naming the field to refuse.
    public var validate: RecordCheck?
    /// Which generated writers it has and which fields only its module's services set.
    public var policy: WritePolicy

    /// The type of ``validate``.
    public typealias RecordCheck = @Sendable (_ values: [String: LuaValue], _ before: Record?, _ session: Session) throws -> Void

    /// A record type.
    public init(name: String, title: String, singular: String, plural: String, key: String,
                placement: [AreaKind], fields: [Field], summary: String = "",
                validate: RecordCheck? = nil, policy: WritePolicy = .open) {
        self.validate = validate
        self.policy = policy
        self.name = name
        self.title = title
        self.singular = singular
        self.plural = plural
        self.key = key
        self.placement = placement
        self.fields = fields
        self.summary = summary
    }

    /// The SQL table (`org_company`).
    public var table: String { name.replacingOccurrences(of: ".", with: "_") }

    /// The field named `name` (or labelled so).
    public func field(_ nameOrLabel: String) -> Field? {
        fields.first { $0.name == nameOrLabel || $0.label == nameOrLabel }
    }

    /// The label of the placement field, also accepted as a CSV header.
    public static let areaLabel = "所属区域"

    /// The link table of a `.references` field.
    func linkTable(_ field: Field) -> String { "\(table)__\(field.name)" }
}
