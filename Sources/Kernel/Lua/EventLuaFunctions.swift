import LuaHost

/// `on(event, handler, options)` and `veto(reason)`.
enum EventLuaFunctions {
    static let declarations = [
        LuaFunctionDeclaration(
            "on",
            parameters: [
                LuaParameter("event", "string", "an event name, or a pattern ending in .* (`org.*`)"),
                LuaParameter("handler", "fun(event: Event)", "gets the event: name, actor, record, before"),
                LuaParameter("options", "{after_commit: boolean?, priority: integer?}?",
                             "after_commit: run after the commit, on committed data; priority: higher runs first (0)"),
            ],
            summary: "Registers an event handler; in the transaction by default, where it may write or veto."
        ) { call, session in
            let pattern = try call.string(at: 1)
            let handler = try call.function(at: 2)
            let options = try call.options(at: 3)
            let host = try session.requireScriptHost(for: "on()")
            for case .string(let key) in options.fields.keys where key != "after_commit" && key != "priority" {
                throw call.argumentError(3, "unknown option '\(key)' (known: after_commit, priority)")
            }
            guard options["priority"] == .nil || options["priority"].integerValue != nil else {
                throw call.argumentError(3, "priority must be a whole number")
            }
            host.addHandler(pattern, function: handler, afterCommit: options["after_commit"].isTruthy,
                            priority: Int(options["priority"].integerValue ?? 0))
        },
        LuaFunctionDeclaration(
            "veto", parameters: [LuaParameter("reason", "string")],
            summary: "Refuses the write being handled: it is undone with everything its handlers did, and the "
                + "writer gets an error with this reason."
        ) { call, session in
            let reason = try call.string(at: 1)
            let host = try session.requireScriptHost(for: "veto()")
            try host.veto(reason, at: call.callerLocation() ?? "?")
        },
    ]
}
