import Console
import Foundation
import LuaHost
import Testing

extension ConsoleTests {
    @Suite("Ctrl-C stops the running statement, not the console")
    struct Interrupts {
        /// Keeps asking `state` to stop from another thread until told to quit.
        final class Interrupter: @unchecked Sendable {
            // @unchecked: `state` is only asked to interrupt (a flag its hook reads), and
            // `finished` is guarded by the lock.
            private let state: LuaState
            private let lock = NSLock()
            private var finished = false

            init(_ state: LuaState) { self.state = state }

            func start() {
                Thread.detachNewThread { [self] in
                    while !isFinished {
                        Thread.sleep(forTimeInterval: 0.05)
                        state.interrupt()
                    }
                }
            }

            func finish() { lock.withLock { finished = true } }
            private var isFinished: Bool { lock.withLock { finished } }
        }

        @Test("an endless loop is interrupted and the next statement works")
        func endlessLoop() throws {
            let harness = try ConsoleHarness()
            harness.enter("before = 1")
            let interrupter = Interrupter(harness.console.host.state)
            interrupter.start()
            let started = Date()
            let errors = harness.enterFailing("while true do end")
            interrupter.finish()
            #expect(errors == "console:1: interrupted\n")
            #expect(Date().timeIntervalSince(started) < 30)
            #expect(harness.enter("=before + 1") == "2\n")
            #expect(harness.console.failureCount == 1)
        }

        @Test("an interrupted write rolls back and the console can write again")
        func interruptedWriteRollsBack() throws {
            let harness = try ConsoleHarness(writable: true)
            let interrupter = Interrupter(harness.console.host.state)
            interrupter.start()
            let errors = harness.enterFailing(
                "area.create{code = '370302002009', name = '中断社区', kind = 'community', parent = '370302002'}"
                    + "; while true do end")
            interrupter.finish()
            #expect(errors.contains("interrupted (rolled back: nothing was saved)"))
            #expect(harness.enter("=area.find('370302002009')") == "nil\n")
            #expect(harness.enterFailing(
                "x = area.create{code = '370302002010', name = '续写社区', kind = 'community', parent = '370302002'}") == "")
            #expect(harness.enter("=area.find('370302002010').name") == "续写社区\n")
        }
    }
}
