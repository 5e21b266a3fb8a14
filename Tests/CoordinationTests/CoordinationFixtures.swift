import Foundation
import Coordination
import Kernel
import LuaHost
import Organization
import RedPropTesting

/// Builders for coordination tests over the sample district (today pinned to 2023-02-27):
///
/// ```
/// 淄川区 (370302)            区联席会议
/// 将军路街道 (370302001)      将军路街道党建联盟
///   颐泽社区, 雁阳社区         颐泽社区三会, 雁阳社区三会
/// 般阳路街道 (370302002)      (no street body)
///   般阳社区                  般阳社区三会
/// ```
enum Fixtures {
    /// A kernel with both modules and no coordination records besides the seeded cadences.
    static func emptyKernel() throws -> Kernel {
        try TestKernel.withSampleDistrict(modules: [Organization(), Coordination()])
    }

    /// A kernel with the bodies above and two categories: C01 (ordinary) and C04 (reserved).
    static func kernel() throws -> Kernel {
        let kernel = try emptyKernel()
        try kernel.write(as: nil) { session in
            let bodies: [(String, String)] = [
                ("区联席会议", "370302"), ("将军路街道党建联盟", "将军路街道"),
                ("颐泽社区三会", "颐泽社区"), ("雁阳社区三会", "雁阳社区"), ("般阳社区三会", "般阳社区"),
            ]
            for (name, area) in bodies {
                try session.records.create(Coordination.body, [
                    "name": .string(name), "area": .string(area), "established": "2021-06-01",
                ])
            }
            try session.records.create(Coordination.issueCategory, [
                "code": "C01", "name": "业委会不依法履职", "body": "区联席会议", "area": "370302",
            ])
            try session.records.create(Coordination.issueCategory, [
                "code": "C04", "name": "维修资金使用审批", "body": "区联席会议", "area": "370302",
                "reserved_for_district": true, "time_limit_days": 15,
            ])
        }
        return kernel
    }

    /// Raises issue `number` in 颐泽花园 on `raisedOn`.
    @discardableResult
    static func raise(_ session: Session, _ number: String, category: String? = "C01", raisedOn: String = "2023-01-02",
                      due: String? = nil) throws -> Record {
        var fields: [String: LuaValue] = ["number": .string(number), "title": "测试事项", "area": "颐泽花园",
                                          "raised_on": .string(raisedOn)]
        if let category { fields["category"] = .string(category) }
        if let due { fields["due_on"] = .string(due) }
        return try IssueWorkflow(session: session).raise(fields)
    }

    /// Records a meeting of `body` of `kind` on `date`.
    static func meeting(_ session: Session, _ body: String, _ kind: MeetingKind, _ date: String) throws {
        try MeetingLog(session: session).hold(["body": .string(body), "kind": .string(kind.rawValue), "date": .string(date)])
    }
}
