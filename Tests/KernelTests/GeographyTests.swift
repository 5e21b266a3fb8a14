import Kernel
import RedPropTesting
import Testing

@Suite("The area tree and actors' scopes")
struct GeographyTests {
    @Test("areas form a tree whose paths make subtrees prefixes")
    func tree() throws {
        let kernel = try shopKernel()
        try kernel.read(as: nil) { session throws in
            let street = try session.geography.require("将军路街道")
            let communities = try session.geography.list(kind: .community, within: street)
            #expect(communities.map(\.name) == ["颐泽社区", "雁阳社区"])
            let compound = try session.geography.require("颐泽花园")
            #expect(street.contains(compound))
            #expect(try session.geography.ancestors(of: compound).map(\.name) == ["淄川区", "将军路街道", "颐泽社区", "颐泽花园"])
        }
    }

    @Test("an area must sit in a parent of the right kind and have a new code")
    func invalidAreas() throws {
        let kernel = try shopKernel()
        #expect(throws: KernelError.self) {
            try kernel.write(as: nil) { try $0.geography.create(code: "X1", name: "错层", kind: .grid, parentCode: "370302") }
        }
        let error = #expect(throws: KernelError.self) {
            try kernel.write(as: nil) { try $0.geography.create(code: "370302001", name: "重复", kind: .street, parentCode: "370302") }
        }
        #expect(error?.description.contains("exists already") == true)
    }

    @Test("a street actor sees only its street")
    func scopeFiltersReads() throws {
        let kernel = try shopKernel()
        try kernel.read(as: SampleDistrict.streetActor) { session throws in
            #expect(try session.geography.list(kind: .community).map(\.name) == ["颐泽社区", "雁阳社区"])
            #expect(try session.geography.find("般阳社区") == nil)
            #expect(try session.geography.find("淄川区") == nil)
        }
    }

    @Test("a write outside the actor's scope fails and says where the scope ends")
    func scopeRefusesWrites() throws {
        let kernel = try shopKernel()
        let error = #expect(throws: KernelError.self) {
            try kernel.write(as: SampleDistrict.communityActor) { session throws in
                try session.geography.create(code: "370302001001G09", name: "越界网格", kind: .grid, parentCode: "370302001001")
            }
        }
        #expect(error?.kind == .notFound || error?.kind == .outOfScope)
        let shopError = #expect(throws: KernelError.self) {
            try kernel.write(as: SampleDistrict.communityActor) { session throws in
                try session.records.create(TestModule.shop, ["code": "S1", "name": "越界", "area": "370302002001"])
                try session.records.create(TestModule.shop, ["code": "S2", "name": "越界", "area": "370302"])
            }
        }
        #expect(shopError?.description.contains("no area '370302' in the scope of banyang-community") == true)
        #expect(try kernel.read(as: nil) { try $0.records.count(TestModule.shop) } == 0)
    }

    @Test("actors are records added, listed and removed, with an audit entry")
    func actors() throws {
        let kernel = try shopKernel()
        try kernel.write(as: nil) { session throws in
            try session.actors.add(name: "viewer-1", role: .viewer, scopeCode: "颐泽社区", canWrite: false)
        }
        let names = try kernel.read(as: nil) { try $0.actors.list().map(\.principal.name) }
        #expect(names.contains("viewer-1"))
        let readOnly = #expect(throws: KernelError.self) {
            try kernel.write(as: "viewer-1") { session throws in
                try session.records.create(TestModule.shop, ["code": "S1", "name": "只读", "area": "颐泽社区"])
            }
        }
        #expect(readOnly?.kind == .readOnly)
        try kernel.write(as: nil) { try $0.actors.remove(name: "viewer-1") }
        #expect(try kernel.read(as: nil) { try $0.actors.find("viewer-1") } == nil)
        #expect(throws: KernelError.self) { try kernel.read(as: "viewer-1") { _ in } }
    }
}
