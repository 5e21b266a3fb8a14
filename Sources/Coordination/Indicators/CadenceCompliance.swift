import class GRDB.Row
import struct GRDB.StatementArguments
import Kernel
import LuaHost
import Organization

/// Which bodies missed a required meeting: every cadence (data, in `coord.cadence`) checked
/// against every body of its level, period by period.
///
/// Only periods wholly inside the window and already over are checked (a month in progress is
/// not yet missed), and none that ended before the body was established.
///
/// ```swift
/// let compliance = CadenceCompliance(session: session, filter: AreaFilter(area: street))
/// let gaps = try compliance.gaps(in: CadenceCompliance.Window(period: "2022Q4"))
/// ```
public struct CadenceCompliance {
    /// The session it reads in.
    public let session: Session
    /// The bodies' part of the scope.
    public let filter: AreaFilter

    /// A compliance check over `filter` (the whole scope by default).
    public init(session: Session, filter: AreaFilter = AreaFilter()) {
        self.session = session
        self.filter = filter
    }

    /// The days checked: from `from` through `through`, both included.
    public struct Window: Sendable, Equatable {
        /// The first day.
        public var from: CalendarDate
        /// The last day.
        public var through: CalendarDate

        /// A window.
        public init(from: CalendarDate, through: CalendarDate) {
            self.from = from
            self.through = through
        }

        /// The twelve months before today's month, through today.
        public static func lastTwelveMonths(before today: CalendarDate) -> Window {
            let start = CalendarDate(year: today.year - 1, month: today.month, day: 1) ?? today
            return Window(from: start, through: today)
        }

        /// Reads `period` (`2023`, `2023-01`, `2022Q4`) or `from` and `to`; the last twelve months
        /// when none is given. Errors name the option.
        public init(period: String?, from: String?, to: String?, today: CalendarDate, function: String) throws {
            if let period {
                guard let parsed = Period(parsing: period) else {
                    throw KernelError(.invalid, "option 'period' must be a year (2022), a month (2023-01) or a quarter "
                        + "(2022Q4), got '\(period)'", at: function)
                }
                self.init(from: parsed.start, through: parsed.end)
                return
            }
            let fallback = Window.lastTwelveMonths(before: today)
            func date(_ text: String?, _ name: String, _ otherwise: CalendarDate) throws -> CalendarDate {
                guard let text else { return otherwise }
                guard let date = CalendarDate(text) else {
                    throw KernelError(.invalid, "option '\(name)' must be a date YYYY-MM-DD, got '\(text)'", at: function)
                }
                return date
            }
            self.init(from: try date(from, "from", fallback.from), through: try date(to, "to", fallback.through))
        }
    }

    /// A required cadence as stored (read district-wide: the requirement holds for every actor).
    public struct Cadence: Sendable, Equatable {
        /// Its name.
        public var name: String
        /// The level of bodies it applies to.
        public var level: CoordinationLevel
        /// The meeting kind.
        public var kind: MeetingKind
        /// The period.
        public var period: Coordination.CadencePeriod
        /// Meetings per period.
        public var count: Int
    }

    /// The stored cadences, in id order.
    public func cadences() throws -> [Cadence] {
        try session.sql.unscoped(because: "cadences are the district's rules for every body")
            .rows("SELECT name, level, meeting_kind, period, count FROM coord_cadence ORDER BY id")
            .compactMap { row in
                guard let level = CoordinationLevel(rawValue: row["level"]), let kind = MeetingKind(rawValue: row["meeting_kind"]),
                      let period = Coordination.CadencePeriod(rawValue: row["period"]) else { return nil }
                return Cadence(name: row["name"], level: level, kind: kind, period: period, count: row["count"])
            }
    }

    /// Every (body, cadence, period) in `window` with fewer meetings than required, by body then period.
    public func gaps(in window: Window) throws -> [CadenceGap] {
        let today = session.clock.today
        let through = min(window.through, today)
        let cadences = try cadences()
        var gaps: [CadenceGap] = []
        for (body, level) in try bodies() {
            let established = body["established"].stringValue.flatMap(CalendarDate.init)
            for cadence in cadences where cadence.level == level {
                let dates = try meetingDates(body: body.id, kind: cadence.kind, window: window)
                for period in Period.all(cadence.period, from: window.from, through: through) {
                    if let established, period.end < established { continue }
                    let held = dates.filter(period.contains).count
                    if held < cadence.count {
                        gaps.append(CadenceGap(body: body, level: level, cadence: cadence.name, kind: cadence.kind,
                                               period: period, held: held, required: cadence.count))
                    }
                }
            }
        }
        return gaps.sorted { ($0.body.id, $0.period.start, $0.cadence) < ($1.body.id, $1.period.start, $1.cadence) }
    }

    /// The bodies in the filter with their level, in id order.
    public func bodies() throws -> [(Record, CoordinationLevel)] {
        let bodies = try session.sql.records(Coordination.body, within: filter)
        let kinds = try session.sql.rows("""
            SELECT b.id, a.kind FROM coord_body b JOIN area a ON a.id = b.area_id WHERE {scope b}
            """, within: filter)
        let kindByBody = Dictionary(uniqueKeysWithValues: kinds.map { (row: Row) -> (Int64, String) in (row["id"], row["kind"]) })
        return bodies.compactMap { body in
            guard let kind = kindByBody[body.id].flatMap(AreaKind.init(rawValue:)),
                  let level = CoordinationLevel(areaKind: kind) else { return nil }
            return (body, level)
        }
    }

    private func meetingDates(body: Int64, kind: MeetingKind, window: Window) throws -> [CalendarDate] {
        try session.sql.values(String.self, """
            SELECT m.date FROM coord_meeting m WHERE {scope m} AND m.body = ? AND m.kind = ? AND m.date BETWEEN ? AND ?
            """, [body, kind.rawValue, window.from.description, window.through.description])
            .compactMap(CalendarDate.init)
    }
}

/// A body that held fewer meetings of a kind than its cadence requires in one period.
public struct CadenceGap: Sendable, Equatable {
    /// The body.
    public var body: Record
    /// Its level.
    public var level: CoordinationLevel
    /// The cadence's name.
    public var cadence: String
    /// The meeting kind required.
    public var kind: MeetingKind
    /// The period.
    public var period: Period
    /// Meetings held.
    public var held: Int
    /// Meetings required.
    public var required: Int

    /// The gap as a Lua table.
    public var luaValue: LuaValue {
        ["body": body["name"], "area": body["area"], "area_name": body["area_name"],
         "level": .string(level.rawValue), "cadence": .string(cadence), "kind": .string(kind.rawValue),
         "kind_name": .string(kind.chineseName), "period": .string(period.description),
         "held": .integer(Int64(held)), "required": .integer(Int64(required))]
    }
}

// Not Sendable: it works inside one session, which never leaves the database access that made it.
@available(*, unavailable)
extension CadenceCompliance: Sendable {}
