import Foundation
import GRDB
import LuaHost

/// The district's settings, as declared by the kernel and the modules and stored in the
/// database: read by everyone, changed by the district administrator, every change audited.
///
/// ```swift
/// let speed = try session.settings.value("sites.walking_speed").numberValue ?? 80
/// try session.settings.set("grid.patrol_interval_days", 14)
/// ```
public struct Settings {
    let session: Session

    /// The kernel's own settings.
    static let kernelDeclarations = [
        SettingDeclaration(
            "kernel.time_zone", default: "Asia/Shanghai",
            summary: "The district's time zone (an IANA name): audit times are shown in it.",
            check: { value in
                guard let name = value.stringValue, TimeZone(identifier: name) != nil else {
                    return "expected a time zone name such as Asia/Shanghai"
                }
                return nil
            }),
    ]

    /// Every declared setting: the kernel's, then each module's.
    public var declarations: [SettingDeclaration] {
        Self.kernelDeclarations + session.registry.settings
    }

    /// The declaration named `name`, or an error naming the known ones.
    public func declaration(_ name: String) throws -> SettingDeclaration {
        guard let declaration = declarations.first(where: { $0.name == name }) else {
            let known = declarations.map(\.name).joined(separator: ", ")
            throw KernelError(.notFound, "no setting named \(name) (known: \(known))")
        }
        return declaration
    }

    /// The stored value of `name`, or its default.
    public func value(_ name: String) throws -> LuaValue {
        let declaration = try declaration(name)
        let stored = try String.fetchOne(session.db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [name])
        return stored.map { LuaValue(jsonText: $0) } ?? declaration.defaultValue
    }

    /// Whether `name` holds a stored value (rather than its default).
    public func isStored(_ name: String) throws -> Bool {
        try Bool.fetchOne(session.db, sql: "SELECT count(*) > 0 FROM setting WHERE key = ?", arguments: [name]) ?? false
    }

    /// Stores `value` for `name` after its check; only an actor whose scope is the district may.
    public func set(_ name: String, _ value: LuaValue) throws {
        try session.requireWrite()
        let declaration = try declaration(name)
        guard session.scope.isWholeDatabase else {
            throw KernelError(.outOfScope, "settings are the district's: \(session.actor.name) may not change them",
                              at: "setting \(name)")
        }
        let normalized = Self.normalize(value, like: declaration.defaultValue)
        if let reason = declaration.check(normalized) {
            throw KernelError(.invalid, "\(reason), got \(value.describedForError)", at: "setting \(name)")
        }
        let before = try self.value(name)
        try session.atomically {
            try session.db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", arguments: [name, normalized.jsonText])
            try session.audit.record(.update, type: "setting", id: nil, key: name, area: session.scope.root?.id,
                                     before: ["value": before], after: ["value": normalized])
        }
    }

    /// Text from the command line read as the default's type: `"14"` for a number setting is 14.
    static func normalize(_ value: LuaValue, like model: LuaValue) -> LuaValue {
        guard case .string(let text) = value else { return value }
        switch model {
        case .integer: return Int64(text).map(LuaValue.integer) ?? Double(text).map(LuaValue.number) ?? value
        case .number: return Double(text).map(LuaValue.number) ?? value
        case .boolean: return ["true", "是", "1", "yes"].contains(text) ? true : ["false", "否", "0", "no"].contains(text) ? false : value
        default: return value
        }
    }
}

extension Session {
    /// The district's settings.
    public var settings: Settings { Settings(session: self) }
}
