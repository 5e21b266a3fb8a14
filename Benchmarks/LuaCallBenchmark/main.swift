// Calls one function a million times from Lua: either a Swift function
// registered through the host's trampoline, or the same function written
// in Lua. `scripts/bench.sh` times the two processes side by side.
//
// Usage: lua-call-bench swift|lua [CALLS]
import Foundation
import LuaHost

let mode = CommandLine.arguments.dropFirst().first ?? "swift"
let calls = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 1_000_000

do {
    let state = try LuaState()
    let env = try state.makeEnvironment(name: "bench")
    state.beginRun(limits: .reportScript)
    switch mode {
    case "swift":
        env.setFunction("add") { call in
            call.push(integer: try call.integer(at: 1) &+ call.integer(at: 2))
        }
    case "lua":
        try env.run("function add(a, b) return a + b end", chunkName: "=bench")
    default:
        FileHandle.standardError.write(Data("usage: lua-call-bench swift|lua [CALLS]\n".utf8))
        exit(2)
    }
    let result = try env.run("""
        local add, total = add, 0
        for i = 1, \(calls) do total = add(total, i) end
        return total
        """, chunkName: "=bench")
    print(mode, calls, result.first?.integerValue ?? -1)
} catch {
    FileHandle.standardError.write(Data("lua-call-bench: \(error)\n".utf8))
    exit(1)
}
