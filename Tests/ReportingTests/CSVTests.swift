import Foundation
import Testing
@testable import Reporting

/// Reading and writing RFC 4180 CSV, and the lines that its errors name.
struct CSVTests {
    /// The UTF-8 bytes of `text`.
    private func bytes(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }

    /// The error that reading `input` with a header throws, if any.
    private func parseError(_ input: [UInt8]) -> CSVError? {
        do {
            _ = try CSVReader.parse(bytes: input)
            return nil
        } catch {
            return error as? CSVError
        }
    }

    // MARK: - Reading

    @Test func readsHeaderAndRecordsWithTheirLines() throws {
        let (header, records) = try CSVReader.parse(Data("小区 , 楼栋数\n翠园小区,12\n松龄小区,8\n".utf8))
        #expect(header == ["小区", "楼栋数"])
        #expect(records == [
            CSVRecord(line: 2, fields: ["翠园小区", "12"]),
            CSVRecord(line: 3, fields: ["松龄小区", "8"]),
        ])
    }

    @Test func stripsTheByteOrderMark() throws {
        let (header, records) = try CSVReader.parse(bytes: [0xEF, 0xBB, 0xBF] + bytes("名称,数量\r\n甲,1\r\n"))
        #expect(header == ["名称", "数量"])
        #expect(records.first?.fields == ["甲", "1"])
    }

    @Test func unquotesFieldsWithCommasQuotesAndLineBreaks() throws {
        var reader = CSVReader(bytes: bytes("\"门岗,24小时\",\"他说\"\"好\"\"\",\"第一行\n第二行\",\"\"\n"))
        let record = try reader.next()
        #expect(record?.fields == ["门岗,24小时", "他说\"好\"", "第一行\n第二行", ""])
        #expect(try reader.next() == nil)
    }

    @Test func recordsAfterAMultiLineFieldStartOnTheirPhysicalLine() throws {
        let input = "名称,备注\n翠园,\"第一行\n第二行\n第三行\"\n松园,普通\n"
        let (_, records) = try CSVReader.parse(bytes: bytes(input))
        #expect(records.map(\.line) == [2, 5])
        #expect(records[0].fields[1] == "第一行\n第二行\n第三行")
    }

    @Test func handlesCRLFAndKeepsItInsideQuotes() throws {
        let input = "名称,备注\r\n翠园,\"一\r\n二\"\r\n松园,普通\r\n"
        let (_, records) = try CSVReader.parse(bytes: bytes(input))
        #expect(records.map(\.line) == [2, 4])
        #expect(records[0].fields[1] == "一\r\n二")
        #expect(records[1].fields == ["松园", "普通"])
    }

    @Test func ignoresTrailingEmptyLinesButKeepsEmptyFields() throws {
        var reader = CSVReader(bytes: bytes("a,b\n1,\n,\n\n\n"))
        let records = try reader.readAll()
        #expect(records.map(\.fields) == [["a", "b"], ["1", ""], ["", ""]])
    }

    @Test func readsTheLastRecordWithoutALineBreak() throws {
        let (_, records) = try CSVReader.parse(bytes: bytes("a,b\n1,2"))
        #expect(records == [CSVRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func skipsBlankLinesBetweenRecords() throws {
        let (_, records) = try CSVReader.parse(bytes: bytes("a,b\n1,2\n\n3,4\n"))
        #expect(records.map(\.line) == [2, 4])
    }

    @Test func keepsAQuoteInsideAnUnquotedFieldAsText() throws {
        let (_, records) = try CSVReader.parse(bytes: bytes("a\n5\"门\n"))
        #expect(records.first?.fields == ["5\"门"])
    }

    @Test func recordsReadFieldsByHeaderName() throws {
        let (header, records) = try CSVReader.parse(bytes: bytes("小区,楼栋数\n翠园,12\n"))
        #expect(records[0].fields(keyedBy: header) == ["小区": "翠园", "楼栋数": "12"])
        #expect(records[0].field(named: "楼栋数", in: header) == "12")
        #expect(records[0][5] == nil)
    }

    // MARK: - Errors

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        let error = parseError(bytes("名称,备注\n翠园,普通\n松园,\"未闭合\n第四行\n第五行\n"))
        #expect(error == CSVError(line: 3, column: 2, reason: "unterminated quoted field"))
        #expect(error?.description == "line 3, column 2: unterminated quoted field")
    }

    @Test func errorsAfterAMultiLineRecordNameTheirPhysicalLine() {
        let input = "名称,备注,数量\n翠园,\"一\n二\n三\",1\n松园,缺一列\n"
        let error = parseError(bytes(input))
        #expect(error?.line == 5)
        #expect(error?.column == 3)
        #expect(error?.description == "line 5, column 3: expected 3 fields, found 2")
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let error = parseError(bytes("a,b\n\"x\"y,2\n"))
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(error?.reason.hasPrefix("unexpected character 'y' after closing quote") == true)
    }

    @Test func aFieldCountErrorOnLine1000Of2000IsReportedOnLine1000() {
        var lines = ["编号,小区,楼栋数"]
        for number in 2...2000 {
            lines.append(number == 1000 ? "\(number),第\(number)小区" : "\(number),第\(number)小区,\(number % 30)")
        }
        let error = parseError(bytes(lines.joined(separator: "\n") + "\n"))
        #expect(error?.description == "line 1000, column 3: expected 3 fields, found 2")
    }

    @Test func invalidUTF8OnLine1000Of2000IsReportedOnLine1000() {
        var input: [UInt8] = bytes("编号,小区\n")
        for number in 2...2000 {
            input += bytes("\(number),")
            input += number == 1000 ? [0xB4, 0xE4, 0xD4, 0xB0] : bytes("第\(number)小区")  // "翠园" in GBK
            input += bytes("\n")
        }
        let error = parseError(input)
        #expect(error?.line == 1000)
        #expect(error?.column == 2)
        #expect(error?.reason.contains("invalid UTF-8 byte 0xB4") == true)
    }

    @Test func invalidUTF8InsideAMultiLineFieldNamesItsOwnLine() {
        let input = bytes("a,b\n1,\"第一行\n第二行\n") + [0xFF] + bytes("\"\n")
        #expect(parseError(input)?.line == 4)
    }

    @Test func rejectsOverlongAndSurrogateEncodings() {
        #expect(CSVReader.firstInvalidUTF8Offset(in: [0x41, 0xC0, 0xAF]) == 1)          // overlong "/"
        #expect(CSVReader.firstInvalidUTF8Offset(in: [0xED, 0xA0, 0x80]) == 0)          // U+D800
        #expect(CSVReader.firstInvalidUTF8Offset(in: [0xF4, 0x90, 0x80, 0x80]) == 0)    // > U+10FFFF
        #expect(CSVReader.firstInvalidUTF8Offset(in: [0xE4, 0xB8]) == 0)                // cut short
        #expect(CSVReader.firstInvalidUTF8Offset(in: bytes("中文😀")) == nil)
    }

    @Test func emptyInputHasNoHeader() {
        #expect(parseError([])?.description == "line 1: empty input: expected a header line")
        #expect(parseError([0xEF, 0xBB, 0xBF, 0x0A])?.line == 1)
    }

    // MARK: - Writing

    @Test func writerQuotesOnlyFieldsThatNeedIt() {
        let csv = CSVWriter().write(header: ["小区", "备注"], rows: [
            ["翠园小区", "门岗,24小时"],
            ["松园", "他说\"好\""],
            ["泉园", "一\n二"],
            [" 空格 ", "回车\r"],
        ])
        #expect(csv == "小区,备注\n翠园小区,\"门岗,24小时\"\n松园,\"他说\"\"好\"\"\"\n泉园,\"一\n二\"\n 空格 ,\"回车\r\"\n")
    }

    @Test func writerAddsTheByteOrderMarkAndCRLFWhenAsked() {
        let writer = CSVWriter(includesBOM: true, lineEnding: .crlf)
        let data = writer.data(header: ["名称"], rows: [["甲"]])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(writer.write(header: ["名称"], rows: [["甲"]]) == "\u{FEFF}名称\r\n甲\r\n")
    }

    @Test func whatTheWriterWritesTheReaderReadsBack() throws {
        let rows = [["翠园, 一期", "他说\"好\""], ["第一行\r\n第二行", ""], ["普通", "😀"]]
        let data = CSVWriter(includesBOM: true, lineEnding: .crlf).data(header: ["名称", "备注"], rows: rows)
        let (header, records) = try CSVReader.parse(data)
        #expect(header == ["名称", "备注"])
        #expect(records.map(\.fields) == rows)
        #expect(records.map(\.line) == [2, 3, 5])
    }
}
