import LuaHost

/// `on(event, handler, options)` and `veto(reason)`.
enum EventLuaFunctions {
    static let declarations = [
        LuaFunctionDeclaration(
            "on",
            parameters: [
                LuaParameter("event", "string", "an event name, or a pattern ending in .* (`org.*`)"),
                LuaParameter("handler", "fun(event: Event)", "gets the event: name, actor, record, before"),
                LuaParameter("options", "{after_commit: boolean}?", "run after the commit, on committed data"),
            ],
            summary: "Registers an event handler; in the transaction by default, where it may write or veto."
        ) { call, session in
            let pattern = try call.string(at: 1)
            let handler = try call.function(at: 2)
            let options = try call.options(at: 3)
            let host = try session.requireScriptHost(for: "on()")
            host.addHandler(pattern, function: handler, afterCommit: options["after_commit"].isTruthy)
        },
        LuaFunctionDeclaration(
            "veto", parameters: [LuaParameter("reason", "string")],
            summary: "Refuses the change being handled: the whole transaction rolls back with this reason."
        ) { call, session in
            let reason = try call.string(at: 1)
            let host = try session.requireScriptHost(for: "veto()")
            throw host.veto(reason, at: call.callerLocation() ?? "?")
        },
    ]
}
