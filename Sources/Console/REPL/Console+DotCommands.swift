import Foundation
import Kernel
import Reporting

/// The console's own commands: a line that starts with `.` (outside a half-typed statement).
enum DotCommand: Equatable {
    /// `.help`: the commands and keys.
    case help
    /// `.quit` (or `.exit`): leave.
    case quit
    /// `.read FILE`: run a file as one statement.
    case read(path: String)
    /// `.time on|off`: print each statement's time; `nil` shows the setting.
    case time(on: Bool?)
    /// `.format NAME`: how records and reports print; `nil` shows the setting.
    case format(name: String?)

    /// The formats `.format` accepts (HTML is a file format: use `redprop report --format html`).
    static let formats: [ReportFormat] = [.text, .md, .csv, .json]

    /// Parses `.name argument`; `nil` for an unknown name.
    init?(parsing line: String) {
        let parts = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        switch parts.first ?? "" {
        case "help", "h", "?": self = .help
        case "quit", "exit", "q": self = .quit
        case "read": self = .read(path: argument ?? "")
        case "time": self = .time(on: argument.map { ["on", "1", "yes", "true"].contains($0.lowercased()) })
        case "format": self = .format(name: argument)
        default: return nil
        }
    }

    /// What `.help` prints.
    static let helpText = """
        Type a Lua statement and press Enter; an expression prints its value (1+1, =expr).
        A statement that is not finished (function … without end) continues on the next line.
        Each statement runs in its own transaction: it commits whole, or rolls back whole on an error.
        Globals stay from one statement to the next; `local` variables last one statement.

          .help           this text
          .quit           leave the console (also .exit, or Ctrl-D at an empty prompt)
          .read FILE      run a Lua file as one statement
          .time on|off    print how long each statement took
          .format NAME    print lists of records and reports as text, md, csv or json

        Keys: Tab completes names (string.fo → string.format, area. → area's functions);
        Up/Down and Ctrl-R search the history; Ctrl-C stops the running statement,
        or drops the line being typed.

        """
}

extension Console {
    /// Performs a dot-command line.
    func perform(command line: String) -> ConsoleStep {
        guard let command = DotCommand(parsing: line) else {
            let name = line.split(separator: " ").first.map(String.init) ?? line
            failCommand("unknown command \(name) (type .help for the commands)")
            return .ready
        }
        switch command {
        case .help:
            output.write(DotCommand.helpText)
        case .quit:
            return .quit
        case .read(let path):
            read(path: path)
        case .time(let on):
            if let on { showsTiming = on }
            output.write("timing is \(showsTiming ? "on" : "off")\n")
        case .format(let name):
            guard let name else {
                output.write("format is \(format.rawValue)\n")
                break
            }
            guard let chosen = ReportFormat(name: name), DotCommand.formats.contains(chosen) else {
                failCommand("unknown format '\(name)' (text, md, csv or json)")
                break
            }
            format = chosen
        }
        return .ready
    }

    /// Runs a file's text as one statement.
    private func read(path: String) {
        guard !path.isEmpty else { return failCommand(".read needs a file name: .read report.lua") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failCommand("cannot read \(path)")
        }
        let source = ScriptRunner.strippingShebang(String(decoding: data, as: UTF8.self))
        switch compiler.compileFile(source, chunkName: "@" + path) {
        case .ready(let chunk): execute(chunk)
        case .failed(let error): fail(error)
        case .incomplete: break
        }
    }

    /// Reports a misused command; it counts as a failed statement.
    private func failCommand(_ message: String) {
        fail(KernelError(.invalid, message))
    }
}
