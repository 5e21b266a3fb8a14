import Console
import Foundation
import Testing

extension ConsoleTests {
    @Suite("History")
    struct History {
        static func temporaryFile() -> String {
            FileManager.default.temporaryDirectory.appendingPathComponent("redprop-history-\(UUID().uuidString)").path
        }

        @Test("history survives a restart, Chinese and spaces included")
        func survivesRestart() throws {
            let path = Self.temporaryFile()
            let first = ConsoleHistory(path: path)
            #expect(first.entries.isEmpty)
            first.add("=area.find('颐泽社区')")
            first.add("x = 1   -- a comment")
            first.add("x = 1   -- a comment")
            first.add("   ")
            #expect(FileManager.default.fileExists(atPath: path))
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(permissions == 0o600)

            let reopened = ConsoleHistory(path: path)
            #expect(reopened.entries == ["=area.find('颐泽社区')", "x = 1   -- a comment"])
        }

        @Test("only the last entries are kept")
        func capacity() throws {
            let path = Self.temporaryFile()
            let history = ConsoleHistory(path: path, capacity: 3)
            for number in 1...5 { history.add("=\(number)") }
            #expect(history.entries == ["=3", "=4", "=5"])
            #expect(ConsoleHistory(path: path, capacity: 3).entries == ["=3", "=4", "=5"])
        }

        @Test("the file is $REDPROP_HISTORY, else ~/.redprop_history; empty turns it off")
        func defaultPath() {
            #expect(ConsoleHistory.defaultPath(environment: ["REDPROP_HISTORY": "/tmp/h", "HOME": "/home/a"]) == "/tmp/h")
            #expect(ConsoleHistory.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.redprop_history")
            #expect(ConsoleHistory.defaultPath(environment: ["REDPROP_HISTORY": ""]) == nil)
        }
    }
}
