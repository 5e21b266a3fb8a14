import GRDB

/// Hand-written SQL that cannot forget the actor's scope.
///
/// A pillar's indicators and rules read through this type, not through the connection: every
/// statement must name, for each table of placed records it reads, a `{scope ALIAS}` condition,
/// which becomes "the row's area lies in the actor's scope (and in the filter's subtree)". A
/// statement without one is refused, so a rule written in a hurry cannot show a community office
/// the whole district.
///
/// ```swift
/// let rows = try session.sql.rows("""
///     SELECT c.name, c.employees FROM org_company c
///     WHERE {scope c} AND c.employees >= ? AND c.party_members = 0
///     """, [20], within: filter)
/// let companies = try session.sql.records(Organization.company, where: "t.employees >= ?", [20])
/// ```
///
/// - `{scope c}`: `c.area_id` lies in scope (every record table has `area_id`).
/// - `{scope_area a}`: for the `area` table itself, `a` lies in scope.
///
/// Reading records above or beside the scope on purpose (a district-wide category list) goes
/// through ``unscoped(because:)``, which says why in the code.
public struct ScopedSQL {
    let session: Session

    // MARK: - Reading rows

    /// Every row of `sql`, its `{scope …}` conditions expanded for the actor and `filter`.
    public func rows(_ sql: String, _ arguments: StatementArguments = [], within filter: AreaFilter = AreaFilter())
        throws -> [Row]
    {
        try Row.fetchAll(session.db, sql: try expand(sql, filter), arguments: arguments)
    }

    /// The first row of `sql`, or `nil`.
    public func row(_ sql: String, _ arguments: StatementArguments = [], within filter: AreaFilter = AreaFilter())
        throws -> Row?
    {
        try Row.fetchOne(session.db, sql: try expand(sql, filter), arguments: arguments)
    }

    /// The first column of the first row, or `nil` (`SELECT count(*) …`).
    public func value<Value: DatabaseValueConvertible>(
        _ type: Value.Type, _ sql: String, _ arguments: StatementArguments = [],
        within filter: AreaFilter = AreaFilter()
    ) throws -> Value? {
        try Value.fetchOne(session.db, sql: try expand(sql, filter), arguments: arguments)
    }

    /// The first column of every row.
    public func values<Value: DatabaseValueConvertible>(
        _ type: Value.Type, _ sql: String, _ arguments: StatementArguments = [],
        within filter: AreaFilter = AreaFilter()
    ) throws -> [Value] {
        try Value.fetchAll(session.db, sql: try expand(sql, filter), arguments: arguments)
    }

    // MARK: - Reading records

    /// The records of `type` (alias `t`, its area `a`) matching `condition`, in scope and in
    /// `filter`, fetched in one query.
    ///
    /// - Parameter order: an SQL ordering over `t` and `a` (`t.id` when `nil`).
    public func records(_ type: RecordType, where condition: String = "1", _ arguments: StatementArguments = [],
                        within filter: AreaFilter = AreaFilter(), order: String? = nil) throws -> [Record]
    {
        let sql = session.records.selectSQL(type, ["{scope_area a}", "(\(condition))"]) + " ORDER BY \(order ?? "t.id")"
        return try rows(sql, arguments, within: filter).map { RecordStore.record(type, from: $0) }
    }

    /// The records of `type` with row ids `ids` that lie in scope, in the order of `ids`, in one query.
    public func records(_ type: RecordType, ids: [Int64]) throws -> [Record] {
        let found = try records(type, where: "t.id IN (SELECT value FROM json_each(?))", [Self.jsonArray(ids)])
        let byID = Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
        return ids.compactMap { byID[$0] }
    }

    /// `[1,2,3]`: ids as one JSON argument, with no limit on their number (as `IN (?, ?, …)` has).
    static func jsonArray(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// How many records of `type` (alias `t`) match `condition`, in scope and in `filter`.
    public func count(_ type: RecordType, where condition: String = "1", _ arguments: StatementArguments = [],
                      within filter: AreaFilter = AreaFilter()) throws -> Int
    {
        try value(Int.self, "SELECT count(*) FROM \(type.table) t WHERE {scope t} AND (\(condition))", arguments,
                  within: filter) ?? 0
    }

    // MARK: - Across the scope, on purpose

    /// Reads that ignore the scope: say why (`"categories are the district's reference data"`).
    public func unscoped(because reason: StaticString) -> UnscopedSQL { UnscopedSQL(session: session) }

    // MARK: - Expansion

    /// `sql` with each `{scope ALIAS}` and `{scope_area ALIAS}` replaced; refused when it has none.
    func expand(_ sql: String, _ filter: AreaFilter) throws -> String {
        let patterns = [session.scope.isWholeDatabase ? nil : session.scope.pathPattern,
                        filter.area.map { $0.path + "*" }].compactMap { $0 }
        var expanded = ""
        var rest = Substring(sql)
        var found = false
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let words = rest[rest.index(after: open)..<close].split(separator: " ")
            guard words.count == 2, words[0] == "scope" || words[0] == "scope_area",
                  words[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            else {
                expanded += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            found = true
            expanded += rest[..<open]
            expanded += Self.condition(alias: String(words[1]), isArea: words[0] == "scope_area", patterns: patterns)
            rest = rest[rest.index(after: close)...]
        }
        guard found else {
            throw KernelError(.invalid, "a scoped query names no {scope ALIAS} condition: \(sql.prefix(80))…",
                              at: "ScopedSQL")
        }
        return expanded + rest
    }

    /// The condition for one alias. Paths hold only digits and slashes, so they are written as
    /// literals: the statement needs no extra arguments, whatever its own use of `?`.
    private static func condition(alias: String, isArea: Bool, patterns: [String]) -> String {
        guard !patterns.isEmpty else { return "1" }
        let globs = patterns.map { "path GLOB '\($0)'" }
        if isArea { return "(" + globs.map { "\(alias).\($0)" }.joined(separator: " AND ") + ")" }
        return "\(alias).area_id IN (SELECT id FROM area WHERE \(globs.joined(separator: " AND ")))"
    }
}

/// Reads across the actor's scope, for data that is the district's reference (categories,
/// cadences, formulas): made by ``ScopedSQL/unscoped(because:)``, which says why.
public struct UnscopedSQL {
    let session: Session

    /// Every row of `sql`.
    public func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try Row.fetchAll(session.db, sql: sql, arguments: arguments)
    }

    /// The first row of `sql`, or `nil`.
    public func row(_ sql: String, _ arguments: StatementArguments = []) throws -> Row? {
        try Row.fetchOne(session.db, sql: sql, arguments: arguments)
    }

    /// The first column of the first row, or `nil`.
    public func value<Value: DatabaseValueConvertible>(_ type: Value.Type, _ sql: String,
                                                       _ arguments: StatementArguments = []) throws -> Value? {
        try Value.fetchOne(session.db, sql: sql, arguments: arguments)
    }

    /// The first column of every row.
    public func values<Value: DatabaseValueConvertible>(_ type: Value.Type, _ sql: String,
                                                        _ arguments: StatementArguments = []) throws -> [Value] {
        try Value.fetchAll(session.db, sql: sql, arguments: arguments)
    }
}
