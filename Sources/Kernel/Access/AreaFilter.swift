import LuaHost

/// The part of the area tree an indicator covers: the actor's scope, optionally narrowed to one
/// area's subtree.
///
/// From Lua it is the trailing options table of an indicator function; from the command line the
/// `--param` pairs of a report:
///
/// ```lua
/// org.coverage{}                          -- the actor's whole scope
/// org.coverage{ street = "将军路街道" }    -- one street (an error if it is not a street)
/// org.coverage{ within = "370302001001" } -- any area's subtree, by code or name
/// ```
public struct AreaFilter: Sendable {
    /// The area whose subtree is covered; `nil` for the actor's whole scope.
    public var area: Area?

    /// The option names that select an area: `within`, `area` and the area kinds.
    public static let optionNames = ["within", "area"] + AreaKind.allCases.map(\.rawValue)

    /// The report parameters that select an area, for ``ReportDeclaration/parameters``.
    public static let reportParameters = [
        ReportParameter("street", "街道（名称或代码）"), ReportParameter("community", "社区（名称或代码）"),
        ReportParameter("within", "任一区域（名称或代码）及其下级"),
    ]

    /// A filter over `area`'s subtree (the whole scope when `nil`).
    public init(area: Area? = nil) {
        self.area = area
    }

    /// Reads the area options of `options`; other keys must be in `otherKeys`, or it is an error
    /// naming the unknown key and the known ones.
    public init(_ options: LuaTable, session: Session, function: String, otherKeys: [String] = []) throws {
        var names: [String] = []
        var values: [String: String] = [:]
        for (key, value) in options.fields {
            guard case .string(let name) = key else {
                throw KernelError(.invalid, "options are named; got a key of another type", at: function)
            }
            names.append(name)
            if let text = value.stringValue ?? value.integerValue.map(String.init) { values[name] = text }
        }
        try Self.rejectUnknown(names, as: "option", otherKeys: otherKeys, function: function)
        try self.init(checked: values, session: session, function: function)
    }

    /// Reads the area options of report parameters (`street=将军路街道`); other keys must be in
    /// `otherKeys`, or it is an error naming the unknown key and the known ones.
    public init(_ parameters: [String: String], session: Session, function: String, otherKeys: [String] = []) throws {
        try Self.rejectUnknown(parameters.keys, as: "parameter", otherKeys: otherKeys, function: function)
        try self.init(checked: parameters, session: session, function: function)
    }

    /// Refuses the first (in name order) of `names` that is neither an area option nor in `otherKeys`.
    private static func rejectUnknown(_ names: some Sequence<String>, as noun: String, otherKeys: [String],
                                      function: String) throws {
        for name in names.sorted() where !optionNames.contains(name) && !otherKeys.contains(name) {
            let known = (optionNames + otherKeys).joined(separator: ", ")
            throw KernelError(.invalid, "unknown \(noun) '\(name)' (known: \(known))", at: function)
        }
    }

    /// Reads parameters whose names are known.
    private init(checked parameters: [String: String], session: Session, function: String) throws {
        let given = Self.optionNames.filter { parameters[$0] != nil }
        guard given.count <= 1 else {
            throw KernelError(.invalid, "give one of \(given.joined(separator: ", ")), not several", at: function)
        }
        guard let name = given.first, let codeOrName = parameters[name] else {
            self.init()
            return
        }
        guard let area = try session.geography.find(codeOrName) else {
            throw KernelError(.notFound, "option '\(name)': no area '\(codeOrName)' in the scope of \(session.actor.name)",
                              at: function)
        }
        if let kind = AreaKind(identifier: name), area.kind != kind {
            throw KernelError(.invalid, "option '\(name)': \(area.name) is a \(area.kind.chineseName), not a \(kind.chineseName)",
                              at: function)
        }
        self.init(area: area)
    }

    /// The covered area's name, or the scope's (for report subtitles).
    public func label(in session: Session) -> String {
        area?.name ?? session.scope.root?.name ?? "全部"
    }

    /// The areas of `kind` inside the filter, in tree order (for breakdowns by street or community).
    public func areas(of kind: AreaKind, in session: Session) throws -> [Area] {
        try session.geography.list(kind: kind, within: area)
    }
}

extension Area {
    /// `370302001001 颐泽社区`: how findings and reports name an area.
    public var codeAndName: String { "\(code) \(name)" }
}
