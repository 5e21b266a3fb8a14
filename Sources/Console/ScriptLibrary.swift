import Foundation
import Kernel

/// Finds the Lua scripts shipped with the program (`scripts/`): report
/// scripts in `scripts/reports`, the demo district in `scripts/demo`.
///
/// Looked for in `$REDPROP_SCRIPTS`, then `./scripts`, then beside the
/// executable and its ancestors (a build folder inside the checkout).
public struct ScriptLibrary: Sendable {
    /// The `scripts` folder.
    public let root: URL

    /// The first `scripts` folder found, or `nil`.
    public static func locate(environment: [String: String] = ProcessEnvironment.values("REDPROP_SCRIPTS")) -> ScriptLibrary? {
        var candidates: [URL] = []
        if let explicit = environment["REDPROP_SCRIPTS"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("scripts"))
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("scripts"))
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            var isFolder: ObjCBool = false
            let reports = candidate.appendingPathComponent("reports").path
            if FileManager.default.fileExists(atPath: reports, isDirectory: &isFolder), isFolder.boolValue {
                return ScriptLibrary(root: candidate)
            }
        }
        return nil
    }

    /// A report script: its name and the description on its first comment line.
    public struct ReportScript: Sendable {
        /// The name `redprop report` takes (the file name without `.lua`).
        public var name: String
        /// The first line's `-- description`.
        public var summary: String
        /// The file.
        public var path: String
    }

    /// The report scripts in `scripts/reports`, by name.
    public func reportScripts() -> [ReportScript] {
        let folder = root.appendingPathComponent("reports")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".lua") }.sorted().map { file in
            let path = folder.appendingPathComponent(file).path
            let text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            let summary = firstLine.hasPrefix("--") ? firstLine.dropFirst(2).trimmingCharacters(in: .whitespaces) : ""
            return ReportScript(name: String(file.dropLast(4)), summary: summary, path: path)
        }
    }

    /// The demo district's scripts, in the order they run.
    public var demoScripts: [String] {
        ["geography", "organization", "coordination"].map {
            root.appendingPathComponent("demo").appendingPathComponent("\($0).lua").path
        }
    }
}
