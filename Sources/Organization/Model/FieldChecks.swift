import Kernel
import LuaHost

/// Reusable `check:` closures for record fields: each returns the reason a value is invalid, or `nil`.
///
/// ```swift
/// Field("employees", "员工人数", .integer, check: FieldChecks.nonNegative)
/// Field("year", "年度", .integer, check: FieldChecks.integer(in: 1921...2100))
/// ```
public enum FieldChecks {
    /// Whole numbers and numbers of zero or more.
    public static let nonNegative: @Sendable (LuaValue) -> String? = { value in
        guard let number = value.numberValue, number < 0 else { return nil }
        return "must be 0 or more, got \(Self.text(value))"
    }

    /// Whole numbers of one or more.
    public static let positive: @Sendable (LuaValue) -> String? = { value in
        guard let number = value.numberValue, number < 1 else { return nil }
        return "must be 1 or more, got \(Self.text(value))"
    }

    /// Whole numbers within `range`.
    public static func integer(in range: ClosedRange<Int64>) -> @Sendable (LuaValue) -> String? {
        { value in
            guard let number = value.integerValue, !range.contains(number) else { return nil }
            return "must be between \(range.lowerBound) and \(range.upperBound), got \(number)"
        }
    }

    /// Text that is a valid unified social credit code (see ``CreditCode``).
    public static let creditCode: @Sendable (LuaValue) -> String? = { value in
        guard let code = value.stringValue else { return nil }
        return CreditCode.problem(in: code)
    }

    /// Text that is not only spaces once trimmed (the kernel already treats empty text as no value).
    public static let notBlank: @Sendable (LuaValue) -> String? = { value in
        guard let text = value.stringValue, text.allSatisfy(\.isWhitespace) else { return nil }
        return "must not be blank"
    }

    /// A record check refusing any of `fields` dated after today by the session's clock
    /// (`REDPROP_TODAY` pins it): a meeting or an event cannot have happened yet.
    public static func notAfterToday(_ fields: String...)
        -> @Sendable ([String: LuaValue], Record?, Session) throws -> Void
    {
        { values, _, session in
            let today = session.clock.today
            for field in fields {
                guard let text = values[field]?.stringValue, let date = CalendarDate(text), date > today else { continue }
                throw KernelError(.invalid, "\(date) is in the future (today is \(today))", at: "field '\(field)'")
            }
        }
    }

    private static func text(_ value: LuaValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number): String(number)
        default: "\(value)"
        }
    }
}
