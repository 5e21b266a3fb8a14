import Foundation

/// Where `require(name)` finds the text of a module.
public protocol LuaSourceReader: Sendable {
    /// The text of module `name` and the chunk name its errors will carry.
    func source(forModule name: String) throws -> (text: String, chunkName: String)
}

/// Resolves `require("a.b")` to `ROOT/a/b.lua`, and never outside ROOT.
///
/// Module names are dotted identifiers; `..`, slashes and absolute paths
/// are refused, so a plugin can only load its own files.
public struct LuaFolderSourceReader: LuaSourceReader {
    /// The path of the folder modules resolve in.
    public let root: String
    /// The prefix error messages and tracebacks show for files under ``root`` (none when empty).
    public let displayPrefix: String

    /// A reader over `root`, naming its chunks `displayPrefix/a/b.lua`.
    public init(root: String, displayPrefix: String) {
        self.root = root
        self.displayPrefix = displayPrefix
    }

    public func source(forModule name: String) throws -> (text: String, chunkName: String) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }
        guard valid else {
            throw LuaError(kind: .refused, message: "module '\(name)' is not a valid module name")
        }
        let relative = parts.joined(separator: "/") + ".lua"
        let shown = Self.join(displayPrefix, relative)
        guard let data = FileManager.default.contents(atPath: Self.join(root, relative)) else {
            throw LuaError(kind: .runtime, message: "module '\(name)' not found (no \(shown))")
        }
        return (String(decoding: data, as: UTF8.self), "@" + shown)
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        folder.isEmpty ? relative : folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
