import Console
import Testing

extension ConsoleTests {
    @Suite("Statements, expressions and multi-line input")
    struct Statements {
        @Test("an expression prints its value, with or without =")
        func expressionsPrint() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("1+1") == "2\n")
            #expect(harness.enter("=1+1") == "2\n")
            #expect(harness.enter("= 'a' .. 'b'") == "ab\n")
            #expect(harness.enter("=1, nil, 'x'") == "1\tnil\tx\n")
        }

        @Test("a statement prints nothing and its globals stay for the next statement")
        func globalsPersist() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("x = 41") == "")
            #expect(harness.enter("local y = 1") == "")
            #expect(harness.enter("x + 1") == "42\n")
            #expect(harness.enter("=y") == "nil\n")
        }

        @Test("an unfinished chunk continues on the next line until it compiles")
        func multiLineFunction() throws {
            let harness = try ConsoleHarness()
            let console = harness.console
            #expect(console.handle("function f()") == .continuing)
            #expect(console.isContinuing)
            #expect(console.prompt.contains(">>"))
            #expect(console.handle("  return 1") == .continuing)
            #expect(console.handle("end") == .ready)
            #expect(!console.isContinuing)
            #expect(harness.enter("f()") == "1\n")
        }

        @Test("a table constructor and an =expr may span lines")
        func multiLineExpression() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("={", "  a = 1,", "  b = 2,", "}") == "{ a = 1, b = 2 }\n")
            #expect(harness.enter("1 +", "2") == "3\n")
        }

        @Test("a syntax error is reported and the console goes on")
        func syntaxError() throws {
            let harness = try ConsoleHarness()
            let errors = harness.enterFailing("x = = 1")
            #expect(errors.hasPrefix("console:1:"))
            #expect(harness.console.failureCount == 1)
            #expect(!harness.console.isContinuing)
            #expect(harness.enter("=2*3") == "6\n")
        }

        @Test("a runtime error names the line of the statement")
        func runtimeError() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enterFailing("error('坏了')") == "console:1: 坏了\n")
            #expect(harness.enterFailing("for i = 1, 2 do", "nothing()", "end")
                .contains("console:2: attempt to call a nil value (global 'nothing')"))
        }

        @Test("input that ends inside a statement is reported as incomplete")
        func endOfInputInsideStatement() throws {
            let harness = try ConsoleHarness()
            harness.console.handle("for i = 1, 3 do")
            harness.console.finishInput()
            #expect(harness.transcript.errors.contains("'end' expected near <eof>"))
            #expect(harness.console.failureCount == 1)
        }

        @Test("print writes through the console, before the results")
        func printGoesToOutput() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("print('颐泽', 1); return 2") == "颐泽\t1\n2\n")
        }

        @Test("Ctrl-C at the prompt drops the half-typed statement")
        func discardPendingInput() throws {
            let harness = try ConsoleHarness()
            harness.console.handle("function g()")
            harness.console.discardPendingInput()
            #expect(!harness.console.isContinuing)
            #expect(harness.enter("=g") == "nil\n")
        }
    }
}
