import Console
import Testing

extension ConsoleTests {
    @Suite("Tab completion")
    struct Completion {
        @Test("a global completes from its first letters")
        func globals() throws {
            let harness = try ConsoleHarness()
            #expect(harness.console.completions(for: "str") == ["string"])
            #expect(harness.console.completions(for: "are") == ["area"])
            #expect(harness.console.completions(for: "fun") == ["function"])
        }

        @Test("a library's functions complete after its name and a dot")
        func libraryFunctions() throws {
            let harness = try ConsoleHarness()
            #expect(harness.console.completions(for: "string.fo") == ["string.format"])
            let area = harness.console.completions(for: "area.")
            for name in ["area.find", "area.list", "area.create", "area.children", "area.KINDS"] {
                #expect(area.contains(name))
            }
            #expect(area == area.sorted())
        }

        @Test("the word at the end of the line is completed")
        func wordAtEnd() throws {
            let harness = try ConsoleHarness()
            #expect(harness.console.completions(for: "print(string.up") == ["string.upper"])
            #expect(harness.console.completions(for: "x = area.fi") == ["area.find"])
        }

        @Test("the fields of a table the user made complete, nested ones too")
        func userTables() throws {
            let harness = try ConsoleHarness()
            harness.enter("cfg = {alpha = 1, beta = {gamma = true, delta = 2}, [3] = 'x', ['not a name'] = 0}")
            #expect(harness.console.completions(for: "cf") == ["cfg"])
            #expect(harness.console.completions(for: "cfg.") == ["cfg.alpha", "cfg.beta"])
            #expect(harness.console.completions(for: "cfg.beta.") == ["cfg.beta.delta", "cfg.beta.gamma"])
            #expect(harness.console.completions(for: "cfg.nothing.") == [])
        }

        @Test("a colon completes methods, found through the metatable too")
        func methods() throws {
            let harness = try ConsoleHarness()
            harness.enter("r = report.new{title = 't'}", "s = 'abc'")
            #expect(harness.console.completions(for: "r:sec") == ["r:section"])
            #expect(harness.console.completions(for: "s:up") == ["s:upper"])
        }

        @Test("completion works after a statement was stopped by a limit")
        func afterALimit() throws {
            let harness = try ConsoleHarness(limits: .init(memoryBytes: 0, instructions: 100_000, seconds: 0))
            #expect(harness.enterFailing("while true do end").contains("instruction limit"))
            #expect(harness.console.completions(for: "string.fo") == ["string.format"])
        }
    }
}
