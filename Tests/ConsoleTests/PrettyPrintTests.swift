import Console
import Kernel
import Testing

extension ConsoleTests {
    @Suite("Results are pretty-printed")
    struct PrettyPrinting {
        @Test("a cyclic table prints a cycle marker and does not hang")
        func cyclicTable() throws {
            let harness = try ConsoleHarness()
            harness.enter("t = {name = 'a'}", "t.self = t", "t.list = {t, {t}}")
            #expect(harness.enter("=t") == "{ list = { <cycle>, { <cycle> } }, name = \"a\", self = <cycle> }\n")
        }

        @Test("a table shared twice but not cyclic prints in full both times")
        func sharedTableIsNotACycle() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("s = {1}; return {s, s}") == "{ { 1 }, { 1 } }\n")
        }

        @Test("keys are sorted: the sequence first, then numbers, strings and booleans")
        func keysSorted() throws {
            let harness = try ConsoleHarness()
            let text = harness.enter("={b = 1, a = {d = 1, c = 2}, 'x', [10] = 0, [true] = 0, ['a b'] = 2}")
            #expect(text == "{ \"x\", [10] = 0, a = { c = 2, d = 1 }, [\"a b\"] = 2, b = 1, [true] = 0 }\n")
        }

        @Test("a long table prints one entry a line, indented by nesting")
        func multiLineLayout() throws {
            let harness = try ConsoleHarness()
            let text = harness.enter("={name = '将军路街道', code = '370302001', communities = {'颐泽社区', '雁阳社区'}, grids = 12}")
            #expect(ConsoleHarness.lines(text) == [
                "{",
                "  code = \"370302001\",",
                "  communities = { \"颐泽社区\", \"雁阳社区\" },",
                "  grids = 12,",
                "  name = \"将军路街道\"",
                "}",
            ])
        }

        @Test("deep tables stop at the depth limit and long ones at the length limit")
        func limits() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("={a = {b = {c = {d = {e = 1}}}}}") == "{ a = { b = { c = { d = {…} } } } }\n")
            let long = harness.enter("t = {}; for i = 1, 60 do t[i] = i end; return t")
            #expect(long.contains("50,\n  … 10 more\n}"))
            #expect(!long.contains("51"))
        }

        @Test("strings are quoted inside tables with escapes, and printed as they are alone")
        func strings() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("={'a\"b\\n'}") == "{ \"a\\\"b\\n\" }\n")
            #expect(harness.enter("='颐泽花园'") == "颐泽花园\n")
        }

        @Test("functions print as builtin or with the place they were defined")
        func functions() throws {
            let harness = try ConsoleHarness()
            #expect(harness.enter("=string.format") == "function: builtin\n")
            #expect(harness.enter("=area.find") == "function: builtin\n")
            harness.enter("function f()", "end")
            #expect(harness.enter("=f") == "function: console:1\n")
            #expect(harness.enter("={f = f}") == "{ f = function: console:1 }\n")
        }

        @Test("a list of records prints as a table aligned by display width")
        func recordsAligned() throws {
            let harness = try ConsoleHarness()
            let text = harness.enter("={{name = '颐泽花园', n = 1}, {name = '雁阳御城', n = 20}, {name = 'Park', n = 300}}")
            let lines = ConsoleHarness.lines(text)
            #expect(lines == [
                "name        n",
                "--------  ---",
                "颐泽花园    1",
                "雁阳御城   20",
                "Park      300",
            ])
            #expect(Set(lines.map(\.displayWidth)).count == 1)
        }

        @Test("records from the kernel print as a table, id, code and name first")
        func kernelRecords() throws {
            let harness = try ConsoleHarness()
            let lines = ConsoleHarness.lines(harness.enter("=area.list{kind = 'compound'}"))
            #expect(lines.first?.hasPrefix("id  code             name      ") == true)
            #expect(lines.count == 5)
            #expect(lines.contains { $0.contains("370302001001C01  颐泽花园") })
        }

        @Test("a report a statement returns is shown in the console's format")
        func reportsAreShown() throws {
            let harness = try ConsoleHarness()
            let text = harness.enter("local r = report.new{title = '统计'}; r:figure('企业数', 12); return r")
            #expect(text == "统计\n====\n\n企业数  12\n")
        }
    }
}
