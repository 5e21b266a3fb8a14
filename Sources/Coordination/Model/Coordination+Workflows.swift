import Kernel

extension Coordination {
    /// An issue's status (状态): open → resolved → closed, on the kernel's workflow mechanism.
    public static let issueStatus = Workflow(
        name: "coord.issue.status", recordType: issue, stateField: "status", initial: IssueStatus.open.rawValue,
        states: IssueStatus.allCases.map { WorkflowState($0.rawValue, $0.chineseName) },
        transitions: [
            WorkflowTransition("resolve", "解决", from: ["open"], to: "resolved"),
            WorkflowTransition("close", "办结", from: ["open", "resolved"], to: "closed"),
        ])

    /// An issue's level (当前层级): community → street → district, the joint meetings' chain.
    ///
    /// `escalate` goes one level up; `escalate_to_district` takes a category the district
    /// reserves (maintenance funds, re-elections) straight from the community to the district.
    /// Only an open issue moves.
    public static let issueLevel = Workflow(
        name: "coord.issue.level", recordType: issue, stateField: "level", initial: CoordinationLevel.community.rawValue,
        states: CoordinationLevel.allCases.map { WorkflowState($0.rawValue, $0.chineseName) },
        transitions: [
            WorkflowTransition("escalate", "上报", edges: [.init("community", "street"), .init("street", "district")],
                               check: requireOpen),
            WorkflowTransition("escalate_to_district", "直接提交区联席会议", from: ["community"], to: "district",
                               check: requireOpen),
        ])

    /// Refuses to move an issue that is no longer open.
    @Sendable static func requireOpen(_ issue: Record, _ session: Session) throws {
        let status = IssueStatus(rawValue: issue["status"].stringValue ?? "") ?? .open
        guard status == .open else {
            throw KernelError(.invalid, "it is \(status.rawValue) (\(status.chineseName)): only an open issue can be "
                + "escalated", record: Coordination.issue, key: issue["number"], field: Coordination.issue.field("status"))
        }
    }
}
