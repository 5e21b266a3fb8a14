import Testing
@testable import Reporting

/// Display width of CJK, fullwidth, emoji and combining text, and padding by display width.
struct DisplayWidthTests {
    @Test func asciiTakesOneColumnPerCharacter() {
        #expect("Hello, 2023!".displayWidth == 12)
        #expect("".displayWidth == 0)
    }

    @Test func cjkIdeographsTakeTwoColumns() {
        #expect("将军路街道".displayWidth == 10)
        #expect("淄川区A栋".displayWidth == 9)
        #expect("㐀".displayWidth == 2)            // Extension A
        #expect("𠀀".displayWidth == 2)            // Extension B, outside the BMP
    }

    @Test func cjkPunctuationAndIdeographicSpaceTakeTwoColumns() {
        #expect("、。「」".displayWidth == 8)      // U+3001, U+3002, U+300C, U+300D
        #expect("\u{3000}".displayWidth == 2)     // ideographic space
    }

    @Test func fullwidthFormsAreWideButHalfwidthFormsAreNarrow() {
        #expect("，：（）".displayWidth == 8)      // U+FF0C, U+FF1A, U+FF08, U+FF09
        #expect("ＡＢ１２".displayWidth == 8)
        #expect("￥￡".displayWidth == 4)          // U+FFE5, U+FFE1
        #expect("ｱｲｳ".displayWidth == 3)          // halfwidth katakana U+FF71…
    }

    @Test func hangulAndKanaAreWide() {
        #expect("한국어".displayWidth == 6)
        #expect("ひらがな".displayWidth == 8)
        #expect("カタカナ".displayWidth == 8)
    }

    @Test func emojiAreWideWhateverTheirSequence() {
        #expect("😀".displayWidth == 2)
        #expect("👍🏽".displayWidth == 2)                         // with a skin tone modifier
        #expect("👨\u{200D}👩\u{200D}👧".displayWidth == 2)      // family joined by ZWJ
        #expect("❤\u{FE0F}".displayWidth == 2)                  // emoji presentation selector
        #expect("🇨🇳".displayWidth == 2)                         // flag of two regional indicators
    }

    @Test func combiningMarksAndFormatCharactersTakeNoColumns() {
        #expect("e\u{301}".displayWidth == 1)
        #expect("a\u{0323}\u{0302}".displayWidth == 1)
        #expect("\u{301}".displayWidth == 0)
        #expect("a\u{200B}b".displayWidth == 2)                 // zero-width space
        #expect("\t\u{7}".displayWidth == 0)                    // controls
    }

    @Test func ambiguousCharactersCountAsNarrow() {
        #expect("·—“”".displayWidth == 4)
        #expect("█".displayWidth == 1)
    }

    @Test func scalarWidthsFollowTheTableAtRangeEdges() {
        let cases: [(UInt32, Int)] = [
            (0x10FF, 1), (0x1100, 2), (0x115F, 2), (0x1160, 0), (0x11FF, 0),
            (0x2FEF, 1), (0x3000, 2), (0x303E, 2), (0x303F, 1),
            (0x4E00, 2), (0x9FFF, 2), (0xAC00, 2), (0xD7A3, 2),
            (0xFF00, 1), (0xFF01, 2), (0xFF60, 2), (0xFF61, 1), (0xFFE0, 2), (0xFFE6, 2), (0xFFE7, 1),
            (0x1F300, 2), (0x1F64F, 2), (0x20000, 2), (0x3FFFD, 2), (0xE0001, 0),
        ]
        for (value, width) in cases {
            let scalar = Unicode.Scalar(value)
            #expect(scalar?.displayWidth == width, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func wideRangesAreSortedAndDisjoint() {
        let ranges = EastAsianWidth.wideRanges
        for index in ranges.indices.dropFirst() {
            #expect(ranges[index - 1].upperBound < ranges[index].lowerBound)
        }
    }

    @Test func paddingUsesDisplayWidth() {
        #expect("街道".padded(toDisplayWidth: 6) == "街道  ")
        #expect("街道".padded(toDisplayWidth: 6, alignment: .right) == "  街道")
        #expect("街道".padded(toDisplayWidth: 7, alignment: .center) == " 街道  ")
        #expect("12".padded(toDisplayWidth: 5, alignment: .right) == "   12")
        #expect("将军路街道".padded(toDisplayWidth: 4) == "将军路街道")
    }

    @Test func paddedCellsLineUpInColumns() {
        let names = ["将军路街道", "般阳路", "Songling Rd"]
        let width = names.map(\.displayWidth).max() ?? 0
        let lines = names.map { $0.padded(toDisplayWidth: width) + "|" }
        #expect(Set(lines.map(\.displayWidth)) == [12])
    }

    @Test func truncationCutsByDisplayWidthAndMarksTheCut() {
        #expect("淄川区将军路街道".truncated(toDisplayWidth: 9) == "淄川区将…")
        #expect("淄川区将军路街道".truncated(toDisplayWidth: 8) == "淄川区…")
        #expect("短".truncated(toDisplayWidth: 8) == "短")
        #expect("abcdef".truncated(toDisplayWidth: 4) == "abc…")
    }
}
