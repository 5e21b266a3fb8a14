import LuaHost

/// The Lua functions every record type gets, derived from its declaration.
///
/// For `org.company` (singular `company`, plural `companies`):
/// `org.companies{filters}`, `org.each_company{filters}`, `org.company(key)`,
/// `org.create_company{fields}`, `org.update_company(key, {changes})`,
/// `org.delete_company(key)`.
enum RecordLuaFunctions {
    static func declarations(for type: RecordType) -> [LuaFunctionDeclaration] {
        let record = type.luaClassName
        let filter = "\(record)Filter?"
        let module = type.name.split(separator: ".").first.map(String.init) ?? type.name
        /// What a generated writer's summary says, and the writer it binds the policy to.
        func writer(_ verb: String, _ access: WritePolicy.Access, _ summary: String) -> (String, RecordWriter) {
            let name = "\(verb)_\(type.singular)"
            guard case .closed(let instead) = access else { return (summary, .generated("\(module).\(name)")) }
            return ("Not available for \(type.title) records: use \(instead).", .generated("\(module).\(name)"))
        }
        let create = writer("create", type.policy.create, "Creates a \(type.title); an invalid field raises an error naming it.")
        let update = writer("update", type.policy.update, "Changes the given fields of a \(type.title).")
        let delete = writer("delete", type.policy.delete,
                            "Deletes a \(type.title); refused while other records refer to it.")
        return [
            LuaFunctionDeclaration(
                type.plural, parameters: [LuaParameter("filter", filter, "field values, area kinds, order, limit")],
                returns: "\(record)[]", summary: "Lists \(type.title) records in scope that match the filter."
            ) { call, session in
                let query = try RecordQuery(try call.options(at: 1), for: type)
                let records = try session.records.list(type, query)
                call.push(.table(LuaTable(sequence: records.map(\.luaValue))))
            },
            LuaFunctionDeclaration(
                "each_\(type.singular)", parameters: [LuaParameter("filter", filter)],
                returns: "fun(): \(record)?",
                summary: "Iterates \(type.title) records one at a time, for results too large to load whole."
            ) { call, session in
                let cursor = try session.records.cursor(type, try RecordQuery(try call.options(at: 1), for: type))
                try call.pushIterator(in: session) { call in
                    guard let record = try cursor.next() else { return false }
                    call.push(record.luaValue)
                    return true
                }
            },
            LuaFunctionDeclaration(
                type.singular, parameters: [LuaParameter("key", "string|integer", "its \(type.key) or id")],
                returns: "\(record)?", summary: "The \(type.title) with this \(type.key) (or id), or nil."
            ) { call, session in
                let record = try session.records.find(type, try call.value(at: 1))
                call.push(record?.luaValue ?? .nil)
            },
            LuaFunctionDeclaration(
                "create_\(type.singular)", parameters: [LuaParameter("fields", record)], returns: record, writes: true,
                summary: create.0
            ) { call, session in
                let created = try session.records.create(type, try call.table(at: 1).record, by: create.1)
                call.push(created.luaValue)
            },
            LuaFunctionDeclaration(
                "update_\(type.singular)",
                parameters: [LuaParameter("key", "string|integer"), LuaParameter("changes", record)],
                returns: record, writes: true, summary: update.0
            ) { call, session in
                let updated = try session.records.update(type, try call.value(at: 1), try call.table(at: 2).record,
                                                         by: update.1)
                call.push(updated.luaValue)
            },
            LuaFunctionDeclaration(
                "delete_\(type.singular)", parameters: [LuaParameter("key", "string|integer")], returns: "true",
                writes: true, summary: delete.0
            ) { call, session in
                try session.records.delete(type, try call.value(at: 1), by: delete.1)
                call.push(true)
            },
        ]
    }
}

extension RecordType {
    /// The LuaCATS class name of the record (`org.company` → `OrgCompany`).
    public var luaClassName: String {
        name.split(whereSeparator: { $0 == "." || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

extension LuaCall {
    /// Pushes a generic-`for` iterator over `step`, valid while the run lasts:
    /// `for record in org.each_company{} do … end`.
    mutating func pushIterator(in session: Session, _ step: @escaping IteratorStep) throws {
        let host = try session.requireScriptHost(for: "an iterator")
        let handle = host.keep(step)
        push(function: host.iteratorFunction)
        push(.integer(handle))
    }
}
