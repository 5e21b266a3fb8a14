import Foundation
import RedPropTesting
import Testing

@Suite("The redprop command line")
struct CommandLineTests {
    /// A folder with an initialised database, and a runner inside it.
    struct Workspace {
        let folder = RedPropBinary.temporaryFolder()

        init(initialised: Bool = true) throws {
            if initialised {
                let outcome = try run(["init"])
                #expect(outcome.status == 0, "\(outcome.standardError)")
            }
        }

        func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
            -> RedPropBinary.Outcome
        {
            try RedPropBinary.run(arguments, in: folder, input: input, environment: environment)
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    @Test("--help works on every command and exits 0", arguments: [
        [], ["init"], ["run"], ["import"], ["export"], ["actor"], ["actor", "add"], ["report"], ["check"], ["audit"],
    ])
    func help(command: [String]) throws {
        let outcome = try Workspace(initialised: false).run(command + ["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("USAGE:"))
    }

    @Test("a usage error exits 2", arguments: [["frobnicate"], ["run"], ["run", "--time-limit", "-1", "x.lua"], ["export"]])
    func usageErrors(arguments: [String]) throws {
        let outcome = try Workspace(initialised: false).run(arguments)
        #expect(outcome.status == 2, "\(outcome.standardError)")
    }

    @Test("init creates redprop.sqlite in the working folder, and refuses a second district")
    func initialise() throws {
        let workspace = try Workspace()
        #expect(FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("redprop.sqlite").path))
        let again = try workspace.run(["init"])
        #expect(again.status == 1)
        #expect(again.standardError.contains("already holds the district 淄川区"))
    }

    @Test("a script sees its arguments and prints to standard output")
    func runScript() throws {
        let workspace = try Workspace()
        try workspace.write("hello.lua", "print('你好', arg[1], select('#', ...), redprop.actor().name)\n")
        let outcome = try workspace.run(["run", "hello.lua", "淄川", "--x"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == "你好\t淄川\t2\tdistrict-admin\n")
    }

    @Test("require finds modules beside the script and names them in tracebacks; never outside its folder")
    func requireBesideScript() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(at: workspace.folder.appendingPathComponent("reports/lib"),
                                                withIntermediateDirectories: true)
        try workspace.write("reports/lib/format.lua", "return { title = function(s) return '【' .. s .. '】' end }\n")
        try workspace.write("reports/lib/broken.lua", "error('模块出错')\n")
        try workspace.write("reports/main.lua", "print(require('lib.format').title(arg[1]))\n")
        let found = try workspace.run(["run", "reports/main.lua", "街道"])
        #expect(found.status == 0, "\(found.standardError)")
        #expect(found.standardOutput == "【街道】\n")

        try workspace.write("reports/fails.lua", "require('lib.broken')\n")
        let failed = try workspace.run(["run", "reports/fails.lua"])
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("reports/lib/broken.lua:1: 模块出错"), "\(failed.standardError)")

        try workspace.write("escape.lua", "require('../redprop')\n")
        let refused = try workspace.run(["run", "escape.lua"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("not a valid module name"), "\(refused.standardError)")

        try workspace.write("missing.lua", "require('nowhere')\n")
        let missing = try workspace.run(["run", "missing.lua"])
        #expect(missing.standardError.contains("module 'nowhere' not found (no nowhere.lua)"), "\(missing.standardError)")
    }

    @Test("a failing script exits 1 with its message and traceback on standard error")
    func failingScript() throws {
        let workspace = try Workspace()
        try workspace.write("broken.lua", "local function f()\n  error('出错了')\nend\nf()\n")
        let outcome = try workspace.run(["run", "broken.lua"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("broken.lua:2: 出错了"))
        #expect(outcome.standardError.contains("stack traceback:"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("a script writes only with --write, and all of it or nothing")
    func writes() throws {
        let workspace = try Workspace()
        let script = "area.create{ code = '370302009', name = '新街道', kind = 'street', parent = '370302' }\n"
        try workspace.write("add.lua", script)
        try workspace.write("add-then-fail.lua", "area.create{ code = '370302010', name = '另一街道', kind = 'street', parent = '370302' }\nerror('stop')\n")
        let refused = try workspace.run(["run", "add.lua"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("read-only"))
        #expect(try workspace.run(["run", "--write", "add.lua"]).status == 0)
        #expect(try workspace.run(["run", "--write", "add-then-fail.lua"]).status == 1)
        try workspace.write("count.lua", "print(#area.list{ kind = 'street' })\n")
        #expect(try workspace.run(["run", "count.lua"]).standardOutput == "1\n")
    }

    @Test("--time-limit stops a runaway script")
    func timeLimit() throws {
        let workspace = try Workspace()
        try workspace.write("spin.lua", "while true do end\n")
        let outcome = try workspace.run(["run", "--time-limit", "0.3", "spin.lua"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("time limit exceeded"))
    }

    @Test("--db and REDPROP_DB choose the database")
    func databaseChoice() throws {
        let workspace = try Workspace(initialised: false)
        #expect(try workspace.run(["init", "--db", "other.sqlite", "--district", "测试区", "--code", "999"]).status == 0)
        try workspace.write("name.lua", "print(area.find('999').name)\n")
        #expect(try workspace.run(["run", "--db", "other.sqlite", "name.lua"]).standardOutput == "测试区\n")
        let viaEnvironment = try workspace.run(["run", "name.lua"], environment: ["REDPROP_DB": "other.sqlite"])
        #expect(viaEnvironment.standardOutput == "测试区\n")
        let missing = try workspace.run(["run", "name.lua"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("run `redprop init` first"))
    }

    @Test("actors are added, used with --as, listed and removed")
    func actors() throws {
        let workspace = try Workspace()
        try workspace.write("street.lua", "area.create{ code = '370302001', name = '将军路街道', kind = 'street', parent = '370302' }\n")
        #expect(try workspace.run(["run", "--write", "street.lua"]).status == 0)
        let added = try workspace.run(["actor", "add", "jjl", "--role", "street", "--scope", "将军路街道"])
        #expect(added.status == 0, "\(added.standardError)")
        try workspace.write("scope.lua", "print(#area.list{}, area.find('淄川区'))\n")
        #expect(try workspace.run(["run", "--as", "jjl", "scope.lua"]).standardOutput == "1\tnil\n")
        #expect(try workspace.run(["actor", "list"]).standardOutput.contains("jjl"))
        #expect(try workspace.run(["run", "--as", "nobody", "scope.lua"]).status == 1)
        #expect(try workspace.run(["actor", "remove", "jjl"]).status == 0)
        let audit = try workspace.run(["audit", "--type", "actor"])
        #expect(audit.standardOutput.contains("delete"))
    }

    @Test("import reads a Chinese-headed CSV, refuses a bad one whole, and export writes it back")
    func importAndExport() throws {
        let workspace = try Workspace()
        try workspace.write("areas.lua", """
            area.create{ code = "370302001", name = "将军路街道", kind = "street", parent = "370302" }
            area.create{ code = "370302001001", name = "颐泽社区", kind = "community", parent = "将军路街道" }
            """)
        #expect(try workspace.run(["run", "--write", "areas.lua"]).status == 0)
        try workspace.write("good.csv", "\u{FEFF}所属区域,统一社会信用代码,企业名称,员工人数\n颐泽社区,91370302MA3C01037M,淄川颐泽物业服务有限公司,36\n")
        let imported = try workspace.run(["import", "org.company", "good.csv"])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("Imported 1 物业企业"))

        try workspace.write("bad.csv", "area,credit_code,name,employees\n颐泽社区,91370302MA3C01045E,甲物业,10\n颐泽社区,91370302MA3C01037X,乙物业,12\n")
        let refused = try workspace.run(["import", "companies", "bad.csv"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("bad.csv: line 3, column 2:"), "\(refused.standardError)")
        #expect(refused.standardError.contains("nothing was imported"))

        let exported = try workspace.run(["export", "org.company"])
        #expect(exported.status == 0)
        #expect(exported.standardOutput.hasPrefix("\u{FEFF}所属区域,统一社会信用代码,企业名称"))
        #expect(exported.standardOutput.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 2)
    }

    @Test("version names the program and its modules")
    func version() throws {
        let outcome = try Workspace(initialised: false).run(["version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("redprop "))
    }
}
