import LuaHost

/// Which generated writers a record type has, and which fields only its module's services set.
///
/// Every record type gets `create_…`, `update_…` and `delete_…` in Lua, and CSV import: the
/// *generated* writers. A record type with a workflow (an issue that is escalated, a case that is
/// dispatched) must not be moved around it by them: its policy closes what must go through the
/// module's services, and a refused write names the function to use instead.
///
/// ```swift
/// static let issue = RecordType(…, policy: WritePolicy(
///     delete: .closed(useInstead: "coord.resolve"),
///     serviceFields: ["status": "coord.resolve / coord.close", "level": "coord.escalate"]))
/// ```
public struct WritePolicy: Sendable {
    /// Whether a generated writer may be used.
    public enum Access: Sendable, Equatable {
        /// It may.
        case open
        /// It may not; the message names what to use instead (`coord.escalate`).
        case closed(useInstead: String)
    }

    /// `create_…` and CSV import of new records.
    public var create: Access
    /// `update_…` and CSV import that updates by key.
    public var update: Access
    /// `delete_…`.
    public var delete: Access
    /// Fields the generated writers may not change, with the function that changes them.
    public var serviceFields: [String: String]
    /// The module's service that a generated create goes through, when it must do more than store
    /// the record (start its workflow, enter it in the state it is in).
    public var creator: Creator?

    /// The type of ``creator``: the given fields in, the stored record out.
    public typealias Creator = @Sendable (Session, [String: LuaValue]) throws -> Record

    /// A policy; everything open by default.
    public init(create: Access = .open, creator: Creator? = nil, update: Access = .open, delete: Access = .open,
                serviceFields: [String: String] = [:]) {
        self.creator = creator
        self.create = create
        self.update = update
        self.delete = delete
        self.serviceFields = serviceFields
    }

    /// Every generated writer open, no service fields: plain reference data.
    public static let open = WritePolicy()
}

/// Who is writing a record: the module's own services (trusted), or a generated writer
/// (Lua's `create_…`/`update_…`/`delete_…`, CSV import), which the type's ``WritePolicy`` binds.
public enum RecordWriter: Sendable, Equatable {
    /// A module's Swift service: the policy does not apply.
    case service
    /// A generated writer, named as the user called it (`coord.update_issue`, `CSV import`).
    case generated(String)
}
