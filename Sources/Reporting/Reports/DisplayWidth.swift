import Foundation

// MARK: - Display width of text

extension String {
    /// The number of terminal columns the text takes: 2 for each CJK or other wide character,
    /// 0 for combining marks and controls, 1 for the rest.
    ///
    /// ```swift
    /// "将军路街道".displayWidth   // 10
    /// "ABC".displayWidth         // 3
    /// "e\u{301}".displayWidth    // 1 (e + combining acute accent)
    /// ```
    public var displayWidth: Int {
        var width = 0
        for character in self {
            width += character.displayWidth
        }
        return width
    }

    /// Returns the text padded with spaces to `width` columns, placed as `alignment` says.
    ///
    /// Text already as wide as `width`, or wider, is returned unchanged: nothing is cut.
    ///
    /// ```swift
    /// "街道".padded(toDisplayWidth: 6)                      // "街道  "
    /// "12".padded(toDisplayWidth: 6, alignment: .right)    // "    12"
    /// ```
    public func padded(toDisplayWidth width: Int, alignment: ColumnAlignment = .left) -> String {
        let missing = width - displayWidth
        guard missing > 0 else { return self }
        switch alignment {
        case .left:
            return self + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + self
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + self + String(repeating: " ", count: missing - before)
        }
    }

    /// Returns the text cut to at most `width` columns, ending with `ellipsis` when it was cut.
    ///
    /// A wide character that would straddle the limit is left out, so the result can be one
    /// column narrower than `width`.
    ///
    /// ```swift
    /// "淄川区将军路街道".truncated(toDisplayWidth: 9)   // "淄川区将…"
    /// ```
    public func truncated(toDisplayWidth width: Int, ellipsis: String = "…") -> String {
        guard displayWidth > width else { return self }
        let budget = width - ellipsis.displayWidth
        guard budget >= 0 else { return "" }
        var result = ""
        var used = 0
        for character in self {
            let next = character.displayWidth
            if used + next > budget { break }
            result.append(character)
            used += next
        }
        return result + ellipsis
    }
}

extension Character {
    /// The number of terminal columns the character (a grapheme cluster) takes: 0, 1 or 2.
    ///
    /// A cluster is as wide as its widest code point, so "e" with a combining accent takes 1 and a
    /// family emoji joined by zero-width joiners takes 2. A cluster asking for emoji presentation
    /// (U+FE0F), such as "❤️", takes 2.
    public var displayWidth: Int {
        var width = 0
        var asksForEmoji = false
        for scalar in unicodeScalars {
            if scalar.value == 0xFE0F { asksForEmoji = true }
            width = max(width, scalar.displayWidth)
        }
        if asksForEmoji, width == 1, let first = unicodeScalars.first, first.properties.isEmoji {
            return 2
        }
        return width
    }
}

extension Unicode.Scalar {
    /// The number of terminal columns the code point takes on its own: 0, 1 or 2.
    ///
    /// - 0: controls, combining and enclosing marks (variation selectors among them), format
    ///   characters (zero-width space and joiners), Hangul medial vowels and final consonants;
    /// - 2: East Asian Wide and Fullwidth code points (CJK ideographs and punctuation, kana,
    ///   Hangul syllables, fullwidth forms, emoji) and regional indicators (halves of a flag);
    /// - 1: everything else, including East Asian Ambiguous characters.
    public var displayWidth: Int {
        let value = self.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if value == 0xAD { return 1 }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if EastAsianWidth.isWide(value) { return 2 }
        if (0x1F1E6...0x1F1FF).contains(value) { return 2 }
        return 1
    }
}
