import Foundation
import RedPropTesting
import Testing

extension ConsoleTests {
    @Suite("redprop console, the command")
    struct Binary {
        static func database() throws -> URL {
            let folder = RedPropBinary.temporaryFolder()
            let setUp = try RedPropBinary.run(["init"], in: folder)
            #expect(setUp.status == 0, "\(setUp.standardError)")
            return folder
        }

        @Test("with standard input piped it runs statements without prompts")
        func pipedInput() throws {
            let folder = try Self.database()
            let input = """
                1+1
                function f()
                  return '颐泽花园'
                end
                =f()
                t = {}; t.self = t; return t
                .format csv
                =area.list{kind = 'district'}

                """
            let outcome = try RedPropBinary.run(["console"], in: folder, input: input)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(!outcome.standardError.contains("console:"))
            #expect(outcome.standardOutput == "2\n颐泽花园\n{ self = <cycle> }\nid,code,name,depth,kind,kind_name\n1,370302,淄川区,0,district,区\n")
        }

        @Test("a failed statement goes to standard error and the exit status is 1")
        func failuresSetTheStatus() throws {
            let folder = try Self.database()
            let input = "street = area.create{code = '370302009', name = '新街道', kind = 'street', parent = '370302'}\n=2\n"
            let outcome = try RedPropBinary.run(["console"], in: folder, input: input)
            #expect(outcome.status == 1)
            #expect(outcome.standardOutput == "2\n")
            #expect(outcome.standardError.contains("read-only"))
            #expect(outcome.standardError.hasSuffix("error: 1 statement failed\n"))

            let writing = try RedPropBinary.run(["console", "--write"], in: folder,
                                                input: input + "=area.find('370302009').name\n")
            #expect(writing.status == 0, "\(writing.standardError)")
            #expect(writing.standardOutput == "2\n新街道\n")
        }

        @Test("on a terminal: Ctrl-C stops a loop, Tab completes, history survives a restart",
              .enabled(if: TerminalSession.isAvailable), .timeLimit(.minutes(1)))
        func terminal() throws {
            let folder = try Self.database()
            let history = folder.appendingPathComponent("history").path
            let session = try TerminalSession(["console"], in: folder, environment: ["REDPROP_HISTORY": history])
            #expect(session.waitFor("redprop> "))
            session.type("x = 40\r")
            #expect(session.waitFor("redprop> ", count: 2))
            session.type("while true do end\r")
            Thread.sleep(forTimeInterval: 0.5)
            session.type("\u{03}")
            #expect(session.waitFor("console:1: interrupted"))
            #expect(session.waitFor("redprop> ", count: 3))
            session.type("=x + 2\r")
            #expect(session.waitFor("42"))
            // Only "str" and ".fo" are typed: Tab writes the rest of "string.format".
            session.type("str\t")
            Thread.sleep(forTimeInterval: 0.2)
            session.type(".fo\t")
            Thread.sleep(forTimeInterval: 0.2)
            session.type("('%d件', 7)\r")
            #expect(session.waitFor("7件"))
            // Two Tabs list the candidates; Ctrl-C then drops the line.
            session.type("area.\t\t")
            #expect(session.waitFor("area.children"))
            session.type("\u{03}")
            #expect(session.waitFor("redprop> ", count: 7))   // the list showed the 6th
            session.type("=abc\r")
            #expect(session.waitFor("nil"), "\(session.text)")
            session.type("\u{04}")
            #expect(session.waitForExit())
            let saved = try String(contentsOfFile: history, encoding: .utf8)
            #expect(saved.contains("string.format('%d件',\\0407)"))

            let restarted = try TerminalSession(["console"], in: folder, environment: ["REDPROP_HISTORY": history])
            #expect(restarted.waitFor("redprop> "))
            restarted.type("\u{1b}[A\u{1b}[A\r")
            #expect(restarted.waitFor("7件"))
            restarted.type(".quit\r")
            #expect(restarted.waitForExit())
        }
    }
}
