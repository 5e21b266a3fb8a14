import Console
import Foundation
import Kernel
import Testing

extension ConsoleTests {
    @Suite("Dot-commands")
    struct DotCommands {
        static let rows = "={{name = '颐泽花园', n = 1}, {name = '雁阳御城', n = 20.5}}"

        @Test(".format md, csv and json change how records print")
        func formats() throws {
            let harness = try ConsoleHarness()
            harness.enter(".format md")
            #expect(harness.console.format == .md)
            #expect(harness.enter(Self.rows) == "| name | n |\n| --- | ---: |\n| 颐泽花园 | 1 |\n| 雁阳御城 | 20.5 |\n")
            harness.enter(".format csv")
            #expect(harness.enter(Self.rows) == "name,n\n颐泽花园,1\n雁阳御城,20.5\n")
            harness.enter(".format json")
            #expect(harness.enter(Self.rows) == "[\n  {\"n\":1,\"name\":\"颐泽花园\"},\n  {\"n\":20.5,\"name\":\"雁阳御城\"}\n]\n")
            #expect(harness.enter(".format") == "format is json\n")
        }

        @Test(".format refuses what the console cannot print")
        func unknownFormat() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enterFailing(".format html").contains("unknown format 'html'"))
            #expect(harness.console.format == .text)
        }

        @Test(".time on prints how long each statement took")
        func timing() throws {
            let harness = try ConsoleHarness()
            harness.enter(".time on")
            let text = harness.enter("=1")
            #expect(text.hasPrefix("1\ntime: "))
            #expect(text.hasSuffix(" ms\n"))
            harness.enter(".time off")
            #expect(harness.enter("=1") == "1\n")
        }

        @Test(".read runs a file as one statement")
        func readFile() throws {
            let harness = try ConsoleHarness()
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("console-\(UUID().uuidString).lua")
            try "#!/usr/bin/env redprop\nshared = '来自文件'\nreturn 1 + 1\n".write(to: file, atomically: true, encoding: .utf8)
            #expect(harness.enter(".read \(file.path)") == "2\n")
            #expect(harness.enter("=shared") == "来自文件\n")
            #expect(harness.enterFailing(".read /no/such/file.lua").contains("cannot read /no/such/file.lua"))
        }

        @Test(".help lists the commands, .quit ends, an unknown command is an error")
        func helpAndQuit() throws {
            let harness = try ConsoleHarness()
            let help = harness.enter(".help")
            for command in [".quit", ".read FILE", ".time on|off", ".format NAME"] {
                #expect(help.contains(command))
            }
            #expect(harness.console.handle(".quit") == .quit)
            #expect(harness.console.handle(".exit") == .quit)
            #expect(harness.enterFailing(".frobnicate").contains("unknown command .frobnicate"))
        }
    }
}
