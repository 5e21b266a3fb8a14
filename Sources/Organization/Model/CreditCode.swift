/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character.
///
/// A code is built from the 31 characters `0-9` and `A`–`Y` without `I`, `O`, `Z`, `S` and `V`:
/// the registration authority (1), the kind of entity (1), the administrative division (6 digits),
/// the organization code (9), and a check character computed over the first 17.
///
/// ```swift
/// CreditCode.problem(in: "914403001922038216")   // nil: valid
/// CreditCode.problem(in: "914403001922038217")   // "the check character should be '6', not '7'"
/// CreditCode.checkCharacter(for: "91440300192203821") // "6"
/// ```
public enum CreditCode {
    /// The 31 characters a code may contain, in the order that gives each its value (0…30).
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// The weights of positions 1…17 (3^(i-1) mod 31).
    public static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The number of characters of a code.
    public static let length = 18

    /// Characters people often type in place of an allowed one (a letter O for a zero, …).
    private static let lookalikes: [Character: Character] = ["O": "0", "I": "1", "Z": "2", "S": "5", "V": "U"]

    /// The reason `code` is not a valid unified social credit code, or `nil` when it is.
    ///
    /// The reason names the position and character at fault, and for a wrong check character
    /// the one that was expected.
    public static func problem(in code: String) -> String? {
        let characters = Array(code)
        guard characters.count == length else {
            return "a unified social credit code has \(length) characters, this one has \(characters.count)"
        }
        var values: [Int] = []
        for (offset, character) in characters.enumerated() {
            guard let value = value(of: character) else {
                var reason = "character \(offset + 1) '\(character)' is not allowed"
                if let likely = lookalikes[character] {
                    reason += " (did you mean '\(likely)'?)"
                } else if character.isLowercase {
                    reason += " (letters are upper case)"
                }
                return reason + "; a code uses 0-9 and A-Y without I, O, Z, S and V"
            }
            values.append(value)
        }
        for offset in 2..<8 where values[offset] > 9 {
            return "characters 3-8 are the administrative division code and must be digits; "
                + "character \(offset + 1) is '\(characters[offset])'"
        }
        let expected = checkCharacter(forValues: Array(values.prefix(length - 1)))
        guard expected == characters[length - 1] else {
            return "the check character (the 18th) should be '\(expected)', not '\(characters[length - 1])'"
        }
        return nil
    }

    /// Whether `code` is a valid unified social credit code.
    public static func isValid(_ code: String) -> Bool {
        problem(in: code) == nil
    }

    /// The check character for the first 17 characters of a code, or `nil` when they are not
    /// 17 allowed characters.
    public static func checkCharacter(for prefix: String) -> Character? {
        let values = prefix.compactMap(value(of:))
        guard values.count == length - 1, prefix.count == length - 1 else { return nil }
        return checkCharacter(forValues: values)
    }

    /// The value (0…30) of an allowed character, `nil` for any other.
    public static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }

    /// `(31 - Σ value·weight mod 31) mod 31`, as a character.
    private static func checkCharacter(forValues values: [Int]) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }
}
