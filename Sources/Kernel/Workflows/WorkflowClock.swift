import Foundation

/// Times of workflow steps: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`, in the district's time zone,
/// so that they sort as text and a date alone reads as the start of its day.
enum WorkflowClock {
    /// Now: today's date when the clock is pinned (demos, tests), else the local date and time.
    static func now(_ session: Session) -> String {
        if let pinned = session.clock.pinnedToday { return pinned.description }
        let zone = (try? session.settings.value("kernel.time_zone").stringValue).flatMap { $0 }
            .flatMap(TimeZone.init(identifier:)) ?? .current
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date())
    }

    /// `time` as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (a `T` or a missing seconds accepted), or `nil`.
    static func normalize(_ time: String) -> String? {
        let text = time.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "T", with: " ")
        let parts = text.split(separator: " ", maxSplits: 1)
        guard let first = parts.first, let date = CalendarDate(String(first)) else { return nil }
        guard parts.count == 2 else { return date.description }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), let hour = clock[0], let minute = clock[1], (0..<24).contains(hour),
              (0..<60).contains(minute) else { return nil }
        let second = clock.count == 3 ? clock[2] : 0
        guard let second, (0..<60).contains(second) else { return nil }
        return date.description + String(format: " %02d:%02d:%02d", hour, minute, second)
    }

    /// Days since 1970-01-01 of a normalized time, fractional with the time of day.
    static func julianDay(_ time: String) -> Double? {
        guard let date = CalendarDate(String(time.prefix(10))) else { return nil }
        var fraction = 0.0
        if time.count >= 19 {
            let clock = time.dropFirst(11).split(separator: ":").compactMap { Double($0) }
            if clock.count == 3 { fraction = (clock[0] * 3600 + clock[1] * 60 + clock[2]) / 86_400 }
        }
        return Double(date.dayNumber) + fraction
    }
}
