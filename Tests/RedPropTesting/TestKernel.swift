import Foundation
import Kernel

/// Kernels over throw-away database files, with a small sample district.
public enum TestKernel {
    /// A date tests pin "today" to: the day the seed report was published.
    public static let today = CalendarDate(year: 2023, month: 2, day: 27) ?? CalendarDate(dayNumber: 19_415)

    /// A new database file in a fresh temporary folder.
    public static func temporaryLocation() -> DatabaseLocation {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redprop-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return DatabaseLocation(path: folder.appendingPathComponent("test.sqlite").path)
    }

    /// A kernel over a new database with `modules`, today pinned to ``today``.
    public static func make(modules: [any Module] = [], today: CalendarDate = TestKernel.today) throws -> Kernel {
        try Kernel(location: temporaryLocation(), modules: modules, create: true, clock: KernelClock(today: today))
    }

    /// A kernel with the sample district (see ``SampleDistrict``) already created.
    public static func withSampleDistrict(modules: [any Module] = [], today: CalendarDate = TestKernel.today) throws
        -> Kernel
    {
        let kernel = try make(modules: modules, today: today)
        try SampleDistrict.create(in: kernel)
        return kernel
    }
}

/// A small district: two streets, three communities, grids and compounds,
/// and actors for a street and a community.
///
/// ```
/// 370302 淄川区
/// ├─ 370302001 将军路街道 ── 370302001001 颐泽社区 (网格 G01, G02; 小区 颐泽花园)
/// │                       └─ 370302001002 雁阳社区 (网格 G01; 小区 雁阳御城)
/// └─ 370302002 般阳路街道 ── 370302002001 般阳社区 (网格 G01; 小区 般阳花苑)
/// ```
public enum SampleDistrict {
    /// The street actor's name (scope: 将军路街道).
    public static let streetActor = "jiangjunlu-street"
    /// The community actor's name (scope: 般阳社区).
    public static let communityActor = "banyang-community"

    /// Creates the areas and actors in `kernel`.
    public static func create(in kernel: Kernel) throws {
        try kernel.initialise(districtCode: "370302", districtName: "淄川区")
        try kernel.write(as: nil) { session in
            let geography = session.geography
            try geography.create(code: "370302001", name: "将军路街道", kind: .street, parentCode: "370302")
            try geography.create(code: "370302002", name: "般阳路街道", kind: .street, parentCode: "370302")
            try geography.create(code: "370302001001", name: "颐泽社区", kind: .community, parentCode: "370302001")
            try geography.create(code: "370302001002", name: "雁阳社区", kind: .community, parentCode: "370302001")
            try geography.create(code: "370302002001", name: "般阳社区", kind: .community, parentCode: "370302002")
            for community in ["370302001001", "370302001002", "370302002001"] {
                try geography.create(code: community + "G01", name: "第一网格", kind: .grid, parentCode: community)
            }
            try geography.create(code: "370302001001G02", name: "第二网格", kind: .grid, parentCode: "370302001001")
            try geography.create(code: "370302001001C01", name: "颐泽花园", kind: .compound, parentCode: "370302001001")
            try geography.create(code: "370302001002C01", name: "雁阳御城", kind: .compound, parentCode: "370302001002")
            try geography.create(code: "370302002001C01", name: "般阳花苑", kind: .compound, parentCode: "370302002001")
            try session.actors.add(name: streetActor, role: .street, scopeCode: "370302001")
            try session.actors.add(name: communityActor, role: .community, scopeCode: "370302002001")
        }
    }
}
