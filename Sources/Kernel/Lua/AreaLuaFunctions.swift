import LuaHost

/// The `area` library: create, find, list and walk the area tree.
enum AreaLuaFunctions {
    static let declarations = [
        LuaFunctionDeclaration(
            "find", parameters: [LuaParameter("code_or_name", "string")], returns: "Area?",
            summary: "The area with this code or name, or nil when none lies in scope."
        ) { call, session in
            let area = try session.geography.find(try call.string(at: 1))
            call.push(try area.map { $0.luaValue(parentCode: try session.geography.parentCode(of: $0)) } ?? .nil)
        },
        LuaFunctionDeclaration(
            "list", parameters: [LuaParameter("filter", "{kind: AreaKind?, within: string?}?")], returns: "Area[]",
            summary: "Areas in scope, in tree order, optionally of one kind and within a subtree."
        ) { call, session in
            let options = try call.options(at: 1)
            let kind = try options["kind"].stringValue.map(Self.kind)
            let within = try options["within"].stringValue.map { try session.geography.require($0) }
            call.push(try luaList(try session.geography.list(kind: kind, within: within), session))
        },
        LuaFunctionDeclaration(
            "children", parameters: [LuaParameter("code_or_name", "string")], returns: "Area[]",
            summary: "The direct children of an area."
        ) { call, session in
            let area = try session.geography.require(try call.string(at: 1))
            call.push(try luaList(try session.geography.children(of: area), session))
        },
        LuaFunctionDeclaration(
            "ancestors", parameters: [LuaParameter("code_or_name", "string")], returns: "Area[]",
            summary: "The chain from the top of the actor's scope down to the area itself."
        ) { call, session in
            let area = try session.geography.require(try call.string(at: 1))
            call.push(try luaList(try session.geography.ancestors(of: area), session))
        },
        LuaFunctionDeclaration(
            "walk",
            parameters: [LuaParameter("code_or_name", "string"), LuaParameter("visit", "fun(area: Area, depth: integer)")],
            summary: "Calls visit for the area and every area below it, depth first (depth 0 is the area itself)."
        ) { call, session in
            let root = try session.geography.require(try call.string(at: 1))
            let visit = try call.function(at: 2)
            let areas = try session.geography.list(within: root)
            let values = try luaList(areas, session).tableValue?.sequence ?? []
            for (area, value) in zip(areas, values) {
                try visit.call([value, .integer(Int64(area.depth - root.depth))])
            }
        },
        LuaFunctionDeclaration(
            "create", parameters: [LuaParameter("fields", "{code: string, name: string, kind: AreaKind, parent: string?}")],
            returns: "Area", writes: true, summary: "Adds an area under its parent (code or name)."
        ) { call, session in
            let fields = try call.table(at: 1)
            guard let code = fields["code"].stringValue ?? fields["code"].integerValue.map(String.init),
                  let name = fields["name"].stringValue, let kindName = fields["kind"].stringValue
            else { throw KernelError(.invalid, "area.create needs code, name and kind") }
            let area = try session.geography.create(code: code, name: name, kind: try kind(kindName),
                                                    parentCode: fields["parent"].stringValue)
            call.push(area.luaValue(parentCode: try session.geography.parentCode(of: area)))
        },
    ]

    static func kind(_ name: String) throws -> AreaKind {
        guard let kind = AreaKind(identifier: name) else {
            let known = AreaKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw KernelError(.invalid, "unknown area kind '\(name)' (known: \(known))")
        }
        return kind
    }

    static func luaList(_ areas: [Area], _ session: Session) throws -> LuaValue {
        var codes: [Int64: String] = [:]
        for area in areas { codes[area.id] = area.code }
        // Parents outside the list (area.list{kind = …} has none of them) in one query, not one each.
        let missing = Set(areas.compactMap(\.parentID)).subtracting(codes.keys)
        codes.merge(try session.geography.codes(of: missing)) { listed, _ in listed }
        return .table(LuaTable(sequence: areas.map { area in area.luaValue(parentCode: area.parentID.flatMap { codes[$0] }) }))
    }
}
