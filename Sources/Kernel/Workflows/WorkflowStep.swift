import LuaHost

/// One row of a record's workflow history: a transition (or the start), who made it, and when.
public struct WorkflowStep: Sendable, Equatable {
    /// The workflow (`coord.issue.level`).
    public var workflow: String
    /// The transition's name (`start` for the first row).
    public var transition: String
    /// The state left; `nil` for the start.
    public var from: String?
    /// The state entered.
    public var to: String
    /// When: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`, in the district's time.
    public var at: String
    /// Who.
    public var actor: String
    /// Why, or what was done (a reason, a result).
    public var note: String?
    /// Facts the module keeps with the step (the unit dispatched to, a satisfaction score).
    public var data: LuaValue

    /// The step as a Lua table.
    public var luaValue: LuaValue {
        var table = LuaTable(["workflow": .string(workflow), "transition": .string(transition), "to": .string(to),
                              "at": .string(at), "actor": .string(actor), "data": data])
        if let from { table["from"] = .string(from) }
        if let note { table["note"] = .string(note) }
        return .table(table)
    }
}

/// The time a record spent in one state: when it entered, when it left, how long.
public struct WorkflowStay: Sendable, Equatable {
    /// The state.
    public var state: String
    /// When it entered.
    public var entered: String
    /// When it left; `nil` while it is still there.
    public var left: String?
    /// Days from `entered` to `left` (or to now), fractional when the times have hours.
    public var days: Double

    /// The stay as a Lua table.
    public var luaValue: LuaValue {
        var table = LuaTable(["state": .string(state), "entered": .string(entered), "days": .number(days)])
        if let left { table["left"] = .string(left) }
        return .table(table)
    }
}
