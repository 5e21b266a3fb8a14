import Foundation
import RedPropTesting
import Testing

@Suite("The report scripts shipped in scripts/reports run on the demo district")
struct ShippedReportTests {
    /// A folder holding the demo district, with the repository's scripts.
    static func demoWorkspace() throws -> (folder: URL, environment: [String: String]) {
        let folder = RedPropBinary.temporaryFolder()
        let environment = ["REDPROP_SCRIPTS": GeneratedDocsTests.repository.appendingPathComponent("scripts").path]
        let demo = try RedPropBinary.run(["demo"], in: folder, environment: environment)
        #expect(demo.status == 0, "\(demo.standardError)")
        return (folder, environment)
    }

    @Test("each report runs for the district and for one street given as --param")
    func reportsRunWithParameters() throws {
        let (folder, environment) = try Self.demoWorkspace()
        for name in ["district-overview", "organization-coverage", "coordination-meetings"] {
            for parameters in [[], ["--param", "street=将军路街道"]] {
                let outcome = try RedPropBinary.run(["report", name, "--format", "md"] + parameters,
                                                    in: folder, environment: environment)
                #expect(outcome.status == 0, "\(name) \(parameters): \(outcome.standardError)")
                #expect(outcome.standardOutput.hasPrefix("# "), "\(name) \(parameters)")
            }
        }
        let street = try RedPropBinary.run(["report", "organization-coverage", "--param", "street=将军路街道"],
                                           in: folder, environment: environment)
        #expect(street.standardOutput.contains("将军路街道 · 2023-02-27"))
        let overdue = try RedPropBinary.run(["report", "coordination-meetings", "--format", "csv"],
                                            in: folder, environment: environment)
        #expect(overdue.standardOutput.contains("XT-2022-006,和平里小区公共收益未公示,community,88,58"),
                "\(overdue.standardOutput)")
    }
}
