// libedit's settings and history are C globals; the console uses them from one thread only.
@preconcurrency import CEditLine
import Foundation
import LuaHost

/// Reads lines from the terminal through libedit's readline interface:
/// line editing, history (see ``ConsoleHistory``) and Tab completion.
///
/// Ctrl-C at the prompt drops the line being typed: libedit is told not to
/// catch signals, so the host's SIGINT handler (which only sets the flag the
/// Lua hook reads) stays in place, `read()` returns early, and `readline`
/// gives up; the flag tells that apart from Ctrl-D.
///
/// Make the editor before loading the history: libedit reads its settings
/// when it starts.
final class LineEditor {
    /// What a read gave.
    enum Input: Equatable {
        /// A line, without its line break.
        case line(String)
        /// Ctrl-C: the line was dropped.
        case interrupted
        /// Ctrl-D at an empty line, or the end of input.
        case end
    }

    /// Sets up libedit; `complete` gives the candidates for a word (``Console/completions(for:)``).
    init(complete: @escaping (String) -> [String]) {
        Self.useUTF8Locale()
        LineEditorCompletion.source = complete
        rl_readline_name = LineEditorCompletion.programName
        rl_catch_signals = 0
        rl_completion_append_character = 0
        rl_basic_word_break_characters = LineEditorCompletion.wordBreaks
        rl_attempted_completion_function = lineEditorComplete
        _ = rl_initialize()
    }

    deinit {
        LineEditorCompletion.source = nil
    }

    /// Shows `prompt` and reads one line.
    func read(prompt: String) -> Input {
        LuaState.clearPendingInterrupt()
        guard let raw = readline(prompt) else {
            if LuaState.hasPendingInterrupt {
                LuaState.clearPendingInterrupt()
                return .interrupted
            }
            return .end
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    /// Makes libedit read multi-byte (Chinese) input: the user's locale if it is UTF-8, else C.UTF-8.
    private static func useUTF8Locale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0).uppercased() } ?? ""
        if !chosen.contains("UTF-8") && !chosen.contains("UTF8") {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// The state libedit's C completion callback reaches (a C function pointer captures nothing).
enum LineEditorCompletion {
    // Only touched on the thread that runs readline, one editor at a time.
    nonisolated(unsafe) static var source: ((String) -> [String])?
    /// `rl_readline_name`, kept for the life of the process.
    nonisolated(unsafe) static let programName = UnsafePointer(strdup("redprop"))
    /// Word breaks without `.` and `:`, so `string.fo` is one word.
    nonisolated(unsafe) static let wordBreaks = UnsafePointer(strdup(" \t\n\"'`@$><=;|&{}()[]+-*/%^~#,"))
}

/// libedit's completion callback: the candidates for `text`, readline's way
/// (entry 0 the common prefix, then the candidates, then `NULL`; all malloc'd, libedit frees them).
private func lineEditorComplete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
{
    rl_attempted_completion_over = 1   // never fall back to file names
    guard let text, let source = LineEditorCompletion.source else { return nil }
    let candidates = source(String(cString: text))
    guard let first = candidates.first else { return nil }
    var prefix = first
    for candidate in candidates.dropFirst() {
        prefix = prefix.commonPrefix(with: candidate)
    }
    // A single candidate is given twice: libedit reads entry 2 before it looks at entry 1.
    let entries = [prefix] + candidates
    guard let matches = calloc(entries.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)?
        .assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
    else { return nil }
    for (index, entry) in entries.enumerated() {
        matches[index] = strdup(entry)
    }
    return matches
}
