import Kernel
import LuaHost

/// Recording meetings as they are held: the date may not be after today (by the session's clock),
/// the meeting is placed where its body is unless told otherwise, and `coord.meeting.held` is
/// emitted.
///
/// ```swift
/// try MeetingLog(session: session).hold([
///     "body": "将军路街道红色物业党建联盟", "kind": "joint", "date": "2023-02-10", "topic": "春节后环境整治",
/// ])
/// ```
public struct MeetingLog {
    /// The session the log writes in.
    public let session: Session

    /// A log in `session`.
    public init(session: Session) {
        self.session = session
    }

    /// Records a meeting that was held; the fields are those of ``Coordination/meeting``.
    ///
    /// `date` defaults to today; `area` to the body's area.
    /// - Throws: a ``KernelError`` naming the field: an unknown body, a date after today, or any
    ///   error of the record's own validation.
    @discardableResult
    public func hold(_ fields: [String: LuaValue]) throws -> Record {
        var input = fields
        let place = Coordination.meeting.title
        let bodyKey = fields["body"] ?? .nil
        guard bodyKey != .nil else {
            throw KernelError(.invalid, "field 'body' (联席会议): a value is required", at: place)
        }
        guard let body = try session.records.find(Coordination.body, bodyKey) else {
            throw KernelError(.notFound, "field 'body' (联席会议): no 联席会议 \(Self.text(bodyKey)) in the scope of "
                + session.actor.name, at: place)
        }
        let today = session.clock.today
        if let given = fields["date"], given != .nil {
            guard let text = given.stringValue, let date = CalendarDate(text) else {
                throw KernelError(.invalid, "field 'date' (会议日期): expected a date YYYY-MM-DD, got \(Self.text(given))",
                                  at: place)
            }
            guard date <= today else {
                throw KernelError(.invalid, "field 'date' (会议日期): \(date) is in the future (today is \(today)); "
                    + "record a meeting once it has been held", at: place)
            }
        } else {
            input["date"] = .string(today.description)
        }
        if input["area"] == nil { input["area"] = body["area"] }
        let meeting = try session.records.create(Coordination.meeting, input)
        try session.emit("coord.meeting.held", payload: [
            "meeting": meeting.luaValue, "body": body.luaValue, "kind": meeting["kind"], "date": meeting["date"],
        ])
        return meeting
    }

    private static func text(_ value: LuaValue) -> String {
        switch value {
        case .string(let text): "'\(text)'"
        case .integer(let number): String(number)
        default: "\(value)"
        }
    }
}

// Not Sendable: it works inside one session, which never leaves the database access that made it.
@available(*, unavailable)
extension MeetingLog: Sendable {}
