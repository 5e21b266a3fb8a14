import Foundation
import Organization
import Testing

/// The unified social credit code (GB 32100-2015) and its check character.
struct CreditCodeTests {
    @Test("real codes of registered companies are valid")
    func realCodesAreValid() {
        #expect(CreditCode.problem(in: "914403001922038216") == nil)   // 华为技术有限公司
        #expect(CreditCode.problem(in: "9144030071526726XG") == nil)   // 深圳市腾讯计算机系统有限公司
        #expect(CreditCode.isValid("91330100716105852F"))
    }

    @Test("a wrong check character is refused, naming the one expected")
    func wrongCheckCharacterNamesTheExpectedOne() {
        let problem = CreditCode.problem(in: "914403001922038217")
        #expect(problem == "the check character (the 18th) should be '6', not '7'")
    }

    @Test("the check character is computed from the first seventeen")
    func computesTheCheckCharacter() {
        #expect(CreditCode.checkCharacter(for: "91440300192203821") == "6")
        #expect(CreditCode.checkCharacter(for: "9144030071526726X") == "G")
        #expect(CreditCode.checkCharacter(for: "9144030071526726") == nil)
        #expect(CreditCode.checkCharacter(for: "9144030071526726I") == nil)
    }

    @Test("a code of the wrong length says how long it is")
    func wrongLength() {
        #expect(CreditCode.problem(in: "91440300192203821")
            == "a unified social credit code has 18 characters, this one has 17")
        #expect(CreditCode.problem(in: "") == "a unified social credit code has 18 characters, this one has 0")
    }

    @Test("letters outside the alphabet are refused with a likely correction")
    func forbiddenLetters() {
        let withO = CreditCode.problem(in: "91440300I92203821O")
        #expect(withO?.hasPrefix("character 9 'I' is not allowed (did you mean '1'?)") == true)
        let lower = CreditCode.problem(in: "9144030071526726xg")
        #expect(lower?.contains("character 17 'x' is not allowed (letters are upper case)") == true)
        #expect(CreditCode.problem(in: "9144030071526726SG")?.contains("did you mean '5'") == true)
    }

    @Test("characters 3 to 8 must be the digits of an administrative division")
    func divisionCodeIsDigits() {
        let problem = CreditCode.problem(in: "9144A3001922038216")
        #expect(problem?.contains("character 5 is 'A'") == true)
    }

    @Test("every value of the alphabet round-trips through the check computation")
    func everyCheckValueIsReachable() {
        var seen = Set<Character>()
        for number in 0..<2000 {
            let prefix = "91370302MA3C" + String(format: "%05d", number)
            if let check = CreditCode.checkCharacter(for: prefix) {
                seen.insert(check)
                #expect(CreditCode.isValid(prefix + String(check)))
            }
        }
        #expect(seen.count == 31)
    }
}
