import ArgumentParser
import Testing

@testable import redprop

@Suite("redprop run's arguments without ArgumentParser")
struct RunArgumentsTests {
    @Test("the common form reads as ArgumentParser reads it", arguments: [
        ["hello.lua"],
        ["hello.lua", "淄川", "--x", "-y", "--write"],
        ["hello.lua", "--", "---", "-=x"],
        ["--write", "fix.lua"],
        ["--db", "other.sqlite", "--as", "网格员", "report.lua", "2023"],
        ["--time-limit", "2.5", "--memory-limit", "64", "slow.lua"],
        ["--format", "md", "--output", "统计.md", "r.lua"],
        ["--format", "markdown", "r.lua"],
        ["--db", "a.sqlite", "--db", "b.sqlite", "r.lua"],
        ["--write", "--as", "street-admin", "--db", "d.sqlite", "--format", "html", "--output", "o.html",
         "--time-limit", "1", "--memory-limit", "8", "s.lua", "--db", "x"],
    ])
    func commonForm(arguments: [String]) throws {
        let fast = try #require(RunRequest(commonForm: arguments))
        #expect(fast == (try Run.parse(arguments).request))
    }

    @Test("anything else is left to ArgumentParser", arguments: [
        [], ["--help"], ["-h"], ["--write"], ["--db"], ["--db", "--write", "a.lua"], ["--db=x.sqlite", "a.lua"],
        ["--time-limit", "-1", "a.lua"], ["--time-limit", "0", "a.lua"], ["--time-limit", "soon", "a.lua"],
        ["--memory-limit", "1.5", "a.lua"], ["--memory-limit", "9223372036854775807", "a.lua"],
        ["--format", "pdf", "a.lua"], ["--verbose", "a.lua"], ["-w", "a.lua"], ["a.lua", "---"], ["a.lua", "-=x"],
    ])
    func uncommonForm(arguments: [String]) {
        #expect(RunRequest(commonForm: arguments) == nil)
    }

    @Test("every option of `redprop run` is known to the common form")
    func everyOption() throws {
        let help = Run.helpMessage()
        let options = Set(help.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }).subtracting(["--help"])
        #expect(options.count >= 7, "\(help)")
        for option in options {
            let value = option == "--format" ? ["csv"] : option == "--write" ? [] : ["1"]
            let arguments = [option] + value + ["a.lua"]
            #expect(RunRequest(commonForm: arguments) != nil, "\(option)")
            #expect(RunRequest(commonForm: arguments) == (try Run.parse(arguments).request), "\(option)")
        }
    }
}
