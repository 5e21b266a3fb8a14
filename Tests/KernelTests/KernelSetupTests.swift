import Foundation
import GRDB
import Kernel
import RedPropTesting
import Testing

@Suite("Modules, schema and database checks")
struct KernelSetupTests {
    struct Named: Module {
        var name: String
        var dependencies: [String]
        let title = "测试"
        let version = "1.0.0"
        var recordTypes: [RecordType] { [] }
        var migrations: [Migration] { [] }
    }

    @Test("modules are ordered by their dependencies")
    func ordering() throws {
        let registry = try ModuleRegistry([Named(name: "sup", dependencies: ["org"]), Named(name: "org", dependencies: [])])
        #expect(registry.modules.map(\.name) == ["org", "sup"])
    }

    @Test("a missing dependency or a cycle is refused")
    func badGraphs() {
        #expect(throws: KernelError.self) { try ModuleRegistry([Named(name: "sup", dependencies: ["org"])]) }
        #expect(throws: KernelError.self) {
            try ModuleRegistry([Named(name: "a", dependencies: ["b"]), Named(name: "b", dependencies: ["a"])])
        }
    }

    @Test("tables are STRICT, foreign keys are on and the journal is WAL")
    func storageSettings() throws {
        let location = TestKernel.temporaryLocation()
        _ = try Kernel(location: location, modules: [TestModule()], create: true)
        let queue = try DatabaseQueue(path: location.path)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let shopSQL = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'shop_shop'")
            #expect(shopSQL?.hasSuffix("STRICT") == true)
        }
        let kernel = try Kernel(location: location, modules: [TestModule()])
        #expect(try kernel.read(as: nil) { try Bool.fetchOne($0.db, sql: "PRAGMA foreign_keys") } == true)
    }

    @Test("a database written by a newer program is refused")
    func newerDatabase() throws {
        let location = TestKernel.temporaryLocation()
        _ = try Kernel(location: location, modules: [TestModule()], create: true)
        let queue = try DatabaseQueue(path: location.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('shop.v2')") }
        let error = #expect(throws: KernelError.self) { try Kernel(location: location, modules: [TestModule()]) }
        #expect(error?.description.contains("newer redprop") == true)
    }

    struct Later: Module {
        let name = "later"
        let title = "后加模块"
        let version = "1.0.0"
        var recordTypes: [RecordType] { [] }
        var migrations: [Migration] {
            [Migration("later.v1") { db in try db.execute(sql: "CREATE TABLE later_note (id INTEGER PRIMARY KEY) STRICT") }]
        }
    }

    @Test("a read-only open brings an older database up to date first")
    func readOnlyOpenMigrates() throws {
        let location = TestKernel.temporaryLocation()
        _ = try Kernel(location: location, modules: [TestModule()], create: true)
        let kernel = try Kernel(location: location, modules: [TestModule(), Later()], readOnly: true)
        #expect(try kernel.appliedMigrations().contains("later.v1"))
        #expect(try kernel.read(as: nil) { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM later_note") } == 0)
        #expect(throws: (any Error).self) { try kernel.write(as: nil) { try $0.db.execute(sql: "DELETE FROM later_note") } }
    }

    @Test("read-only kernels read the file through a memory map; writing ones do not")
    func readersMapTheFile() throws {
        let location = TestKernel.temporaryLocation()
        let writer = try Kernel(location: location, modules: [TestModule()], create: true)
        let reader = try Kernel(location: location, modules: [TestModule()], readOnly: true)
        #expect(try reader.read(as: nil) { try Int.fetchOne($0.db, sql: "PRAGMA mmap_size") } == 256 << 20)
        #expect(try writer.read(as: nil) { try Int.fetchOne($0.db, sql: "PRAGMA mmap_size") } == 0)
    }

    @Test("a missing database is not created without init")
    func missingDatabase() {
        let error = #expect(throws: KernelError.self) {
            try Kernel(location: DatabaseLocation(path: "/tmp/redprop-\(UUID().uuidString).sqlite"), modules: [])
        }
        #expect(error?.description.contains("run `redprop init` first") == true)
    }
}
