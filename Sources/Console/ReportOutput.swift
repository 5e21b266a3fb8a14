import Foundation
import Kernel
import Reporting

/// Writes rendered reports to standard output or a file.
public struct ReportOutput {
    /// The format to render in.
    public var format: ReportFormat
    /// The file to write, or `nil` for standard output.
    public var path: String?

    /// An output.
    public init(format: ReportFormat, path: String?) {
        self.format = format
        self.path = path
    }

    /// Renders `reports` one after the other (HTML: one page each, joined) and writes them.
    public func write(_ reports: [Report]) throws {
        guard !reports.isEmpty else { return }
        let text = reports.map { format.render($0) }.joined(separator: format == .csv || format == .text ? "\n" : "\n\n")
        let ending = text.hasSuffix("\n") ? "" : "\n"
        if let path {
            do {
                try Data((text + ending).utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw KernelError(.invalid, "cannot write \(path): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data((text + ending).utf8))
        }
    }
}
