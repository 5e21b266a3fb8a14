#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Named variables of the process environment.
///
/// `ProcessInfo.processInfo.environment` copies the whole environment into a
/// dictionary, a measurable part of a short script's start-up; this reads only
/// the variables asked for.
public enum ProcessEnvironment {
    /// The values of `names` that are set.
    public static func values(_ names: String...) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
