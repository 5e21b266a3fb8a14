import LuaHost

/// The `check` library: run the modules' rules and list their findings.
enum CheckLuaFunctions {
    static let declarations = [
        LuaFunctionDeclaration(
            "rules", returns: "RuleInfo[]", summary: "Every rule: name and what it looks for."
        ) { call, session in
            let rules = session.registry.rules.map { rule -> LuaValue in
                ["name": .string(rule.name), "summary": .string(rule.summary)]
            }
            call.push(.table(LuaTable(sequence: rules)))
        },
        LuaFunctionDeclaration(
            "run", parameters: [LuaParameter("rule", "string?", "a rule name or a module prefix (`org`); all when nil")],
            returns: "Finding[]", summary: "Runs rules and returns their findings, in scope."
        ) { call, session in
            let findings = try RuleRunner.run(session, matching: try call.optionalString(at: 1))
            call.push(.table(LuaTable(sequence: findings.map(\.luaValue))))
        },
    ]
}

/// Runs the rules of the registry.
public enum RuleRunner {
    /// Findings of every rule whose name is `filter` or starts with `filter.` (all when `nil`).
    public static func run(_ session: Session, matching filter: String?) throws -> [Finding] {
        let rules = session.registry.rules.filter { rule in
            guard let filter else { return true }
            return rule.name == filter || rule.name.hasPrefix(filter + ".")
        }
        if let filter, rules.isEmpty { throw KernelError(.notFound, "no rule named \(filter)") }
        return try rules.flatMap { try $0.check(session) }
    }
}
