import Foundation
import Kernel
import LuaHost
import Reporting

/// The console's core: takes typed lines, runs each complete statement in
/// its own transaction, and prints the results.
///
/// One ``ScriptHost`` serves the whole session, so globals persist from one
/// statement to the next; each statement commits or rolls back whole, and
/// starts with a fresh budget of the configured limits. The core knows no
/// terminal: ``ConsoleLoop`` feeds it from libedit or standard input, and
/// tests feed it lines directly.
///
/// ```swift
/// let console = try Console(kernel: kernel, output: output)
/// console.handle("function f()")   // .continuing
/// console.handle("return 1 + 1")   // .continuing
/// console.handle("end")            // .ready
/// console.handle("f()")            // prints "2"
/// ```
public final class Console {
    /// The host statements run in.
    public let host: ScriptHost
    /// As whom and how statements run.
    public let configuration: ConsoleConfiguration
    /// The format of record lists and reports (`.format`).
    public var format: ReportFormat = .text
    /// Whether each statement's time is printed after it (`.time on`).
    public var showsTiming = false
    /// How many statements (and dot-commands) failed so far; piped input exits with 1 when any did.
    public private(set) var failureCount = 0
    /// Whether a terminal is attached: an interrupt's message then starts on a new line, after the echoed `^C`.
    var isOnTerminal = false

    let output: ConsoleOutput
    let runtime: ConsoleRuntime
    let compiler: ChunkCompiler
    private var pendingLines: [String] = []

    /// A console over `kernel`, as `configuration` says, writing to `output`.
    public init(kernel: Kernel, configuration: ConsoleConfiguration = ConsoleConfiguration(),
                output: ConsoleOutput = .standard) throws {
        self.configuration = configuration
        self.output = output
        // An unknown actor fails here, not at the first statement.
        try kernel.read(as: configuration.actorName) { _ in }
        host = try ScriptHost(kernel: kernel, actorName: configuration.actorName, limits: configuration.limits)
        host.state.output = output.write
        runtime = try ConsoleRuntime(host: host)
        compiler = ChunkCompiler(environment: host.environment)
    }

    // MARK: - Lines

    /// Whether a statement is half typed (the continuation prompt is due).
    public var isContinuing: Bool { !pendingLines.isEmpty }

    /// The prompt for the next line.
    public var prompt: String { isContinuing ? "      >> " : "redprop> " }

    /// Takes one typed line: a dot-command, a complete statement (run at once), or part of one.
    @discardableResult
    public func handle(_ line: String) -> ConsoleStep {
        if !isContinuing {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return .ready }
            if trimmed.hasPrefix(".") { return perform(command: trimmed) }
        }
        pendingLines.append(line)
        switch compiler.compile(pendingLines) {
        case .incomplete:
            return .continuing
        case .failed(let error):
            pendingLines.removeAll()
            fail(error)
        case .ready(let chunk):
            pendingLines.removeAll()
            execute(chunk)
        }
        return .ready
    }

    /// Drops a half-typed statement (Ctrl-C at the prompt).
    public func discardPendingInput() {
        pendingLines.removeAll()
    }

    /// Ends the input: a half-typed statement is reported as the syntax error it is.
    public func finishInput() {
        guard isContinuing else { return }
        let source = pendingLines.joined(separator: "\n")
        if case .failed(let error) = compiler.compileFile(source, chunkName: compiler.chunkName) {
            fail(error)
        }
        pendingLines.removeAll()
    }

    /// The candidates for the word at the end of `line`: globals, keywords, or the
    /// fields of the table a dotted prefix names (`string.fo` gives `string.format`).
    public func completions(for line: String) -> [String] {
        let word = String(line.reversed().prefix { $0.isCompletionCharacter }.reversed())
        return runtime.completions(of: word, limits: configuration.limits)
    }

    // MARK: - Running

    /// Runs a compiled chunk in one transaction and prints its results, reports and warnings.
    func execute(_ chunk: LuaFunctionReference) {
        LuaState.clearPendingInterrupt()
        let renderer = ResultRenderer(format: format)
        var settings = PrintSettings()
        if format == .csv || format == .json { settings.rows = 0 }
        let start = ContinuousClock.now
        do {
            let results = try runtime.run(chunk, settings: settings, writable: configuration.writable)
            output.write(renderer.render(results, reports: host.takeShownReports()))
        } catch {
            _ = host.takeShownReports()
            fail(error, rolledBack: configuration.writable)
        }
        for failure in host.events.takeFailures() {
            output.writeError("warning: \(failure)\n")
        }
        if showsTiming {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000
                + Double(elapsed.components.attoseconds) / 1e15
            output.write(String(format: "time: %.1f ms\n", milliseconds))
        }
    }

    /// Prints an error as the administrator reads it: `console:1: message`.
    ///
    /// - Parameter rolledBack: whether a writing transaction was undone (said after the message).
    func fail(_ error: any Error, rolledBack: Bool = false) {
        failureCount += 1
        var text = String(describing: error)
        if rolledBack { text += " (rolled back: nothing was saved)" }
        if isOnTerminal, let error = error as? LuaError, error.kind == .limit, error.message == "interrupted" {
            text = "\n" + text
        }
        output.writeError(text + "\n")
    }
}

extension Character {
    /// Whether the character can be part of a completed word: `org.companies`, `r:section`.
    fileprivate var isCompletionCharacter: Bool {
        (isASCII && (isLetter || isNumber)) || self == "_" || self == "." || self == ":"
    }
}
