import Console
import Foundation
import Kernel
import LuaHost
import RedPropTesting
import Testing

/// Every console test, one at a time: libedit's history is one per process.
@Suite("The console", .serialized)
struct ConsoleTests {}

/// A console over the sample district whose output is collected, fed lines as if typed.
final class ConsoleHarness {
    /// What was written, standard output and standard error apart.
    final class Transcript {
        var output = ""
        var errors = ""
    }

    let console: Console
    let kernel: Kernel
    let transcript = Transcript()

    /// A console over a fresh sample district (or over `kernel`), read-only unless `writable`.
    init(writable: Bool = false, limits: LuaLimits = .reportScript, kernel: Kernel? = nil) throws {
        self.kernel = try kernel ?? TestKernel.withSampleDistrict()
        let transcript = transcript
        let output = ConsoleOutput(write: { transcript.output += $0 }, writeError: { transcript.errors += $0 })
        console = try Console(kernel: self.kernel,
                              configuration: ConsoleConfiguration(writable: writable, limits: limits),
                              output: output)
    }

    /// Feeds `lines` one by one and returns what they printed on standard output.
    @discardableResult
    func enter(_ lines: String...) -> String {
        let start = transcript.output.utf8.count
        for line in lines { console.handle(line) }
        return String(decoding: transcript.output.utf8.dropFirst(start), as: UTF8.self)
    }

    /// Feeds `lines` and returns what they printed on standard error.
    @discardableResult
    func enterFailing(_ lines: String...) -> String {
        let start = transcript.errors.utf8.count
        for line in lines { console.handle(line) }
        return String(decoding: transcript.errors.utf8.dropFirst(start), as: UTF8.self)
    }

    /// The printed lines of `text`, without the final line break.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
