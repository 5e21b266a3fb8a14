import LuaHost

/// Compiles what was typed at the console the way `lua.c` does.
///
/// - A line is first tried as an expression (`return <line>`), so `1+1`
///   prints `2`; `=expr` is always `return expr`.
/// - Otherwise it is a statement (`x = 1`, `for … end`).
/// - When Lua reports the error at `<eof>`, the chunk is incomplete: the
///   console reads another line with the continuation prompt and compiles
///   all the lines again.
///
/// ```swift
/// let compiler = ChunkCompiler(environment: host.environment)
/// compiler.compile(["function f()"])                 // .incomplete
/// compiler.compile(["function f()", "return 1", "end"]) // .ready(chunk)
/// ```
struct ChunkCompiler {
    /// The environment chunks are compiled in (their globals).
    let environment: LuaEnvironment
    /// The chunk name errors give: `=console` makes `console:1: …`.
    var chunkName = "=console"

    /// What compiling typed lines gave.
    enum Outcome {
        /// A chunk ready to run.
        case ready(LuaFunctionReference)
        /// More lines are needed.
        case incomplete
        /// A syntax error (or a refused chunk).
        case failed(LuaError)
    }

    /// Compiles `lines` typed one after the other (the first may start with `=`).
    func compile(_ lines: [String]) -> Outcome {
        let source = lines.joined(separator: "\n")
        if source.hasPrefix("=") {
            let outcome = attempt("return " + source.dropFirst())
            if case .failed(let error) = outcome, Self.isIncomplete(error) { return .incomplete }
            return outcome
        }
        let expression = attempt("return " + source)
        if case .ready = expression { return expression }
        let statement = attempt(source)
        guard case .failed(let error) = statement else { return statement }
        if Self.isIncomplete(error) { return .incomplete }
        if case .failed(let expressionError) = expression, Self.isIncomplete(expressionError) { return .incomplete }
        return statement
    }

    /// Compiles a whole file's text as one statement (`.read FILE`).
    func compileFile(_ source: String, chunkName: String) -> Outcome {
        var compiler = self
        compiler.chunkName = chunkName
        return compiler.attempt(source)
    }

    private func attempt(_ source: String) -> Outcome {
        do {
            return .ready(try environment.load(source, chunkName: chunkName))
        } catch let error as LuaError {
            return .failed(error)
        } catch {
            return .failed(LuaError(kind: .syntax, message: String(describing: error)))
        }
    }

    /// Whether Lua stopped at the end of the text: `… expected near <eof>`.
    static func isIncomplete(_ error: LuaError) -> Bool {
        error.kind == .syntax && error.message.hasSuffix("<eof>")
    }
}
