import Foundation
import RedPropTesting
import Testing

@Suite("The Lua reference in docs/ is what the program generates")
struct GeneratedDocsTests {
    /// The repository's root, from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("docs/lua-api.md and docs/lua/*.lua match `redprop docs` (run it after changing a declaration)")
    func noDrift() throws {
        let folder = RedPropBinary.temporaryFolder()
        let outcome = try RedPropBinary.run(["docs", "--output", folder.path], in: folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let generated = ["lua-api.md", "lua/kernel.lua", "lua/org.lua", "lua/coord.lua"]
        for file in generated {
            let fresh = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let committed = try String(contentsOf: Self.repository.appendingPathComponent("docs/\(file)"), encoding: .utf8)
            #expect(fresh == committed, "docs/\(file) is stale: run `redprop docs`")
        }
    }
}
