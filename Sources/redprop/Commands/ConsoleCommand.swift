import ArgumentParser
import Console
import Foundation
import Kernel

/// `redprop console`: the interactive Lua console (or a script read from standard input).
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "An interactive Lua console over the database (read-only unless --write).",
        discussion: """
            Each statement runs in its own transaction and commits or rolls back whole. \
            On a terminal the console edits lines, keeps a history ($REDPROP_HISTORY, else \
            ~/.redprop_history) and completes names with Tab; Ctrl-C stops the running statement. \
            When standard input is not a terminal, statements are read from it without prompts \
            and the exit status is 1 if any of them failed. Type .help in the console for its commands.
            """)

    @OptionGroup var shared: SharedOptions
    @OptionGroup var limits: LimitOptions

    @Flag(help: "Let statements write. Each statement commits whole, or rolls back whole if it fails.")
    var write = false

    func run() throws {
        let failures = try failingWithStatusOne {
            let configuration = ConsoleConfiguration(actorName: shared.actor, writable: write,
                                                     limits: limits.luaLimits)
            let console = try Console(kernel: try shared.kernel(readOnly: !write), configuration: configuration)
            let failures = ConsoleLoop(console: console, historyPath: ConsoleHistory.defaultPath()).run()
            return ConsoleLoop.isInteractive ? 0 : failures
        }
        if failures > 0 {
            throw CommandFailure(message: "error: \(failures) statement\(failures == 1 ? "" : "s") failed")
        }
    }
}
