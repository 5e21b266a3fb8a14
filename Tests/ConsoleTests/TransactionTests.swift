import Console
import Testing

extension ConsoleTests {
    @Suite("Writes and transactions")
    struct Transactions {
        static let create = "area.create{code = '370302002002', name = '新村社区', kind = 'community', parent = '370302002'}"

        @Test("a read-only console refuses writes")
        func readOnlyRefusesWrites() throws {
            let harness = try ConsoleHarness()
            let errors = harness.enterFailing(Self.create)
            #expect(errors.contains("read-only"))
            #expect(harness.enter("=area.find('370302002002')") == "nil\n")
        }

        @Test("with --write a statement commits as soon as it ends")
        func statementCommits() throws {
            let harness = try ConsoleHarness(writable: true)
            #expect(harness.enterFailing(Self.create) == "")
            #expect(harness.enter("=area.find('370302002002').name") == "新村社区\n")
            let reopened = try ConsoleHarness(kernel: harness.kernel)
            #expect(reopened.enter("=area.find('370302002002').name") == "新村社区\n")
        }

        @Test("a statement that fails rolls back all of its writes")
        func failedStatementRollsBack() throws {
            let harness = try ConsoleHarness(writable: true)
            let errors = harness.enterFailing(
                "area.create{code = '370302002003', name = '东村社区', kind = 'community', parent = '370302002'}",
                Self.create + "; error('stop here')")
            #expect(errors.contains("stop here (rolled back: nothing was saved)"))
            #expect(harness.enter("=area.find('370302002003').name") == "东村社区\n")
            #expect(harness.enter("=area.find('370302002002')") == "nil\n")
        }

        @Test("the console runs as the actor it was given, within its scope")
        func actorScope() throws {
            let harness = try ConsoleHarness()
            let street = try Console(kernel: harness.kernel,
                                     configuration: ConsoleConfiguration(actorName: "jiangjunlu-street"),
                                     output: ConsoleOutput(write: { _ in }, writeError: { _ in }))
            var printed = ""
            street.host.state.output = { printed += $0 }
            street.handle("print(#area.list{kind = 'compound'})")
            #expect(printed == "2\n")
            #expect(throws: (any Error).self) {
                try Console(kernel: harness.kernel, configuration: ConsoleConfiguration(actorName: "nobody"))
            }
        }
    }
}
