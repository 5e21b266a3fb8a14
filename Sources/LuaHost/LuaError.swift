/// An error raised by Lua code, or by the host while running it.
///
/// It prints the way an administrator reads it: the place first, then the
/// message, then (with ``fullDescription``) the traceback.
///
/// ```
/// report.lua:12: field 'credit_code' is required
/// ```
public struct LuaError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable {
        /// The chunk does not compile.
        case syntax
        /// Lua code raised an error (or a Swift function it called threw).
        case runtime
        /// A limit stopped the script: memory, instructions, time or Ctrl-C.
        case limit
        /// The host refused the request (for example a binary chunk).
        case refused
    }

    /// What went wrong.
    public var kind: Kind
    /// The message without its position prefix.
    public var message: String
    /// The chunk the error points to (`report.lua`), when known.
    public var chunk: String?
    /// The line in ``chunk``, when known.
    public var line: Int?
    /// Lua's traceback, `stack traceback:` and the frames, when available.
    public var traceback: String?

    /// An error of the given kind; position and traceback are optional.
    public init(kind: Kind, message: String, chunk: String? = nil, line: Int? = nil, traceback: String? = nil) {
        self.kind = kind
        self.message = message
        self.chunk = chunk
        self.line = line
        self.traceback = traceback
    }

    /// Splits Lua's `chunk:line: message\nstack traceback:…` into its parts.
    public init(kind: Kind, luaMessage: String) {
        var text = luaMessage
        var traceback: String?
        if let range = text.range(of: "\nstack traceback:") {
            traceback = String(text[range.lowerBound...].dropFirst())
            text = String(text[..<range.lowerBound])
        }
        let position = Self.position(in: text)
        self.init(kind: kind, message: position?.message ?? text, chunk: position?.chunk,
                  line: position?.line, traceback: traceback)
    }

    /// `chunk:line: message`, or just the message when there is no position.
    public var description: String {
        guard let chunk else { return message }
        guard let line else { return "\(chunk): \(message)" }
        return "\(chunk):\(line): \(message)"
    }

    /// ``description`` followed by the traceback.
    public var fullDescription: String {
        guard let traceback, !traceback.isEmpty else { return description }
        return description + "\n" + traceback
    }

    /// Finds a leading `chunk:line: ` the way `luaL_where` writes it.
    private static func position(in text: String) -> (chunk: String, line: Int, message: String)? {
        var searchStart = text.startIndex
        while let colon = text[searchStart...].firstIndex(of: ":") {
            let afterColon = text.index(after: colon)
            let digits = text[afterColon...].prefix(while: \.isASCIIDigitCharacter)
            let afterDigits = text.index(afterColon, offsetBy: digits.count)
            if !digits.isEmpty, afterDigits < text.endIndex, text[afterDigits] == ":",
               let line = Int(digits), colon > text.startIndex
            {
                var message = text[text.index(after: afterDigits)...]
                if message.first == " " { message = message.dropFirst() }
                return (String(text[..<colon]), line, String(message))
            }
            searchStart = afterColon
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
