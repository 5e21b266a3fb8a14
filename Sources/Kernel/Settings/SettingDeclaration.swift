import LuaHost

/// A setting a district may change: its name, default, meaning and check.
///
/// The kernel and every module declare theirs; the values live in the database (`redprop setting
/// set NAME VALUE`, `redprop.set_setting(name, value)`), audited like any write.
///
/// ```swift
/// SettingDeclaration("grid.patrol_interval_days", default: 30,
///                    summary: "Days after which a compound not patrolled is a finding.",
///                    check: SettingDeclaration.positiveInteger)
/// ```
public struct SettingDeclaration: Sendable {
    /// Module-prefixed (`kernel.time_zone`, `sites.walking_speed`).
    public var name: String
    /// The value while none is stored.
    public var defaultValue: LuaValue
    /// What it means, with its unit.
    public var summary: String
    /// Returns why a value is not acceptable, or `nil`.
    public var check: @Sendable (LuaValue) -> String?

    /// A declaration.
    public init(_ name: String, default defaultValue: LuaValue, summary: String,
                check: @escaping @Sendable (LuaValue) -> String? = { _ in nil }) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
        self.check = check
    }

    /// A check for a whole number ≥ 1.
    public static let positiveInteger: @Sendable (LuaValue) -> String? = { value in
        guard let number = value.integerValue, number >= 1 else { return "expected a whole number ≥ 1" }
        return nil
    }

    /// A check for a number > 0.
    public static let positiveNumber: @Sendable (LuaValue) -> String? = { value in
        guard let number = value.numberValue, number > 0 else { return "expected a number > 0" }
        return nil
    }
}
