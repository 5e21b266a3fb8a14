import Foundation

/// Today's date and the time stamps of audit entries.
///
/// `REDPROP_TODAY=2023-02-27` pins "today" (for demos, tests and
/// re-running a past period's reports).
public struct KernelClock: Sendable {
    /// The pinned date, if any.
    public var pinnedToday: CalendarDate?

    /// A clock, pinned by `REDPROP_TODAY` when set.
    public init(environment: [String: String] = ProcessEnvironment.values("REDPROP_TODAY")) {
        pinnedToday = environment["REDPROP_TODAY"].flatMap(CalendarDate.init)
    }

    /// A clock pinned to `today`.
    public init(today: CalendarDate) {
        pinnedToday = today
    }

    /// Today's date in the local time zone (or the pinned one).
    public var today: CalendarDate {
        if let pinnedToday { return pinnedToday }
        let secondsEast = TimeZone.current.secondsFromGMT()
        let seconds = Int(Date().timeIntervalSince1970) + secondsEast
        return CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// An ISO 8601 UTC time stamp for the audit log.
    public func timestamp() -> String {
        let now = Date()
        let seconds = Int64(now.timeIntervalSince1970)
        let days = Int(seconds.quotientAndRemainder(dividingBy: 86_400).quotient)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let date = CalendarDate(dayNumber: days)
        let milliseconds = Int((now.timeIntervalSince1970 - Double(seconds)) * 1000)
        return String(format: "%@T%02d:%02d:%02d.%03dZ", date.description, secondOfDay / 3600,
                      secondOfDay % 3600 / 60, secondOfDay % 60, milliseconds)
    }
}
