import Foundation
import RedPropTesting

/// `redprop console` on a pseudo-terminal, driven as a person would type.
///
/// `script` (util-linux) makes the terminal and gives it to the console as
/// its controlling terminal, so Ctrl-C (byte 0x03) reaches it as SIGINT.
final class TerminalSession: @unchecked Sendable {
    // @unchecked: `transcript` is only touched under `lock`; the rest is set once.
    static let scriptPath = "/usr/bin/script"
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var transcript = Data()

    /// Whether pseudo-terminal tests can run here.
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: scriptPath) }

    /// Starts `redprop arguments…` in `folder` on a new terminal.
    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
        let command = ([RedPropBinary.url.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: Self.scriptPath)
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["REDPROP_DB"] = nil
        merged["TERM"] = "xterm"
        merged["LANG"] = "C.UTF-8"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.transcript.append(data) }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Everything the terminal showed so far.
    var text: String { lock.withLock { String(decoding: transcript, as: UTF8.self) } }

    /// Types `keys`.
    func type(_ keys: String) {
        input.fileHandleForWriting.write(Data(keys.utf8))
    }

    /// Waits until the terminal has shown `needle` `count` times; false after `timeout` seconds.
    @discardableResult
    func waitFor(_ needle: String, count: Int = 1, timeout: TimeInterval = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if text.components(separatedBy: needle).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Waits for the console to end; false (and the process stopped) after `timeout` seconds.
    func waitForExit(timeout: TimeInterval = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            return false
        }
        output.fileHandleForReading.readabilityHandler = nil
        return true
    }
}
