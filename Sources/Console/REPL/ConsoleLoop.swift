import Foundation
import Kernel
import LuaHost

/// Feeds a ``Console`` until `.quit` or the end of input.
///
/// - On a terminal: a banner, prompts, libedit line editing, history and Tab
///   completion; Ctrl-C stops the running statement (or drops the line being
///   typed) and the console goes on; Ctrl-D at an empty prompt leaves.
/// - Otherwise (standard input is a pipe or a file): statements are read
///   from standard input with no prompt, so the console can be scripted.
///   Results go to standard output, errors to standard error.
///
/// ```swift
/// let failures = ConsoleLoop(console: console, historyPath: ConsoleHistory.defaultPath()).run()
/// ```
public struct ConsoleLoop {
    /// The console fed.
    public let console: Console
    /// The history file for terminal sessions (`nil`: none).
    public let historyPath: String?

    /// A loop over `console`.
    public init(console: Console, historyPath: String?) {
        self.console = console
        self.historyPath = historyPath
    }

    /// Whether standard input is a terminal.
    public static var isInteractive: Bool { isatty(STDIN_FILENO) != 0 }

    /// Runs until `.quit` or the end of input; returns how many statements failed.
    @discardableResult
    public func run() -> Int {
        LuaState.installInterruptHandler()
        defer { LuaState.restoreInterruptHandler() }
        Self.unblockInterrupts()
        if Self.isInteractive {
            runInteractive()
        } else {
            runPiped()
        }
        return console.failureCount
    }

    /// Lets SIGINT through to this thread: a process started from a thread that blocks
    /// signals (a thread pool's worker) inherits the block, and Ctrl-C would never arrive.
    private static func unblockInterrupts() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Reads standard input line by line, without prompts.
    private func runPiped() {
        while let line = readLine(strippingNewline: true) {
            if console.handle(line) == .quit { return }
        }
        console.finishInput()
    }

    /// Reads the terminal through libedit.
    private func runInteractive() {
        let console = self.console
        console.isOnTerminal = true
        let editor = LineEditor { console.completions(for: $0) }
        let history = ConsoleHistory(path: historyPath)
        console.output.write(banner())
        while true {
            switch editor.read(prompt: console.prompt) {
            case .line(let line):
                history.add(line)
                if console.handle(line) == .quit { return }
            case .interrupted:
                console.discardPendingInput()
                console.output.write("\n")
            case .end:
                console.output.write("\n")
                if !console.isContinuing { return }
                console.discardPendingInput()
            }
        }
    }

    /// Who and where the session runs, and how to get help.
    func banner() -> String {
        let place = try? console.host.kernel.read(as: console.configuration.actorName) { session in
            (actor: session.actor.name, area: session.scope.root?.name ?? "(no district yet)")
        }
        var lines = "redprop \(Kernel.version) console"
        if let place {
            lines += " — \(place.area), as \(place.actor)"
        }
        lines += console.configuration.writable
            ? " (writing: each statement commits or rolls back whole)"
            : " (read-only; start with --write to change records)"
        return lines + "\nType .help for help, .quit to leave.\n"
    }
}
