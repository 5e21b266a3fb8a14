import Foundation

/// Draws a chart as an inline SVG element for the HTML report page.
///
/// Bar charts are vertical bars on a value axis with gridlines, value labels and category labels;
/// line charts a polyline with a point and a value label per category; pie charts slices with
/// percentages and a legend. Each series (or each pie slice) has its own colour from a palette
/// that starts with the party red. Text uses the page's font, so Chinese labels render with the
/// page's CJK font stack. Coordinates are rounded to one decimal: the same chart always gives the
/// same SVG.
struct SVGChartRenderer: Sendable {
    /// Colours for series and slices, in order; repeated when a chart has more.
    static let palette = [
        "#c62828", "#1565c0", "#f9a825", "#2e7d32", "#6a1b9a",
        "#00838f", "#ef6c00", "#5d4037", "#ad1457", "#546e7a",
    ]

    /// The width of the drawing in SVG units (CSS pixels at 100%).
    var width: Double = 640
    /// The height of bar and line charts, and the least height of a pie chart.
    var height: Double = 320

    /// Returns the `<svg>` element of `chart`, ending with a line break.
    func svg(for chart: Chart) -> String {
        guard !chart.labels.isEmpty, !chart.drawnSeries.isEmpty else {
            return placeholder(chart.title, height: 80, x: width / 2)
        }
        switch chart.kind {
        case .bar, .line: return cartesian(chart)
        case .pie: return pie(chart)
        }
    }

    // MARK: - Shared pieces

    /// The opening `<svg>` tag and the accessible `<title>`.
    func open(_ title: String, height: Double) -> String {
        let size = "\(Self.format(width)) \(Self.format(height))"
        return "<svg viewBox=\"0 0 \(size)\" width=\"\(Self.format(width))\" height=\"\(Self.format(height))\" "
            + "role=\"img\" aria-label=\"\(title.htmlEscaped)\" font-size=\"12\" fill=\"#333\">\n"
            + "<title>\(title.htmlEscaped)</title>\n"
    }

    /// A drawing that says there is nothing to chart, the words centred at `x`.
    func placeholder(_ title: String, height: Double, x: Double) -> String {
        open(title, height: height)
            + Self.element("text", ["x": Self.format(x), "y": Self.format(height / 2 + 4),
                                    "text-anchor": "middle", "fill": "#888"], "无数据")
            + "\n</svg>\n"
    }

    /// Colour swatches and names in a row from (`x`, `y`), or in a column when `vertical`.
    func legend(_ names: [String], x: Double, y: Double, vertical: Bool = false) -> String {
        var svg = "<g class=\"legend\">\n"
        var left = x, baseline = y
        for (index, name) in names.enumerated() {
            svg += Self.element("rect", ["x": Self.format(left), "y": Self.format(baseline - 10),
                                         "width": "12", "height": "12", "fill": Self.color(index)])
            svg += Self.element("text", ["x": Self.format(left + 16), "y": Self.format(baseline)], name.htmlEscaped)
            svg += "\n"
            if vertical {
                baseline += 22
            } else {
                left += 16 + Self.textWidth(name) + 18
            }
        }
        return svg + "</g>\n"
    }

    /// One SVG element with its attributes in the given order, empty when `content` is `nil`.
    ///
    /// Attribute values and content are written as they are: escape text before passing it.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String>, _ content: String? = nil) -> String {
        var text = "<" + name
        for (key, value) in attributes {
            text += " \(key)=\"\(value)\""
        }
        guard let content else { return text + "/>" }
        return text + ">" + content + "</" + name + ">"
    }

    /// The colour of series or slice `index`.
    static func color(_ index: Int) -> String {
        palette[index % palette.count]
    }

    /// An SVG number: rounded to one decimal, without trailing zeros.
    static func format(_ value: Double) -> String {
        ReportValue.decimalText(value, fractionDigits: 1)
    }

    /// The approximate width of `text` at the 12-unit font size: 6 units per display column.
    static func textWidth(_ text: String, fontSize: Double = 12) -> Double {
        Double(text.displayWidth) * fontSize / 2
    }

    /// A value as its label: at most two decimals, as in the report's tables.
    static func label(_ value: Double) -> String {
        ReportValue.number(value).displayText
    }

    // MARK: - Pie charts

    /// A pie of the first series: one slice per category, starting at twelve o'clock and going
    /// clockwise, with percentages on slices large enough to hold them and a legend on the right.
    func pie(_ chart: Chart) -> String {
        let shares = chart.shares
        let rows = Double(chart.labels.count)
        let height = max(self.height, 40 + rows * 22)
        let centerX = 160.0, centerY = height / 2
        let radius = min(130, height / 2 - 20)
        guard shares.contains(where: { $0 > 0 }) else {
            return placeholder(chart.title, height: 80, x: width / 2)
        }
        var slices = "<g class=\"slices\" stroke=\"#fff\" stroke-width=\"1.5\">\n"
        var labels = "<g class=\"slice-labels\" fill=\"#fff\" font-size=\"11\" text-anchor=\"middle\">\n"
        var angle = -Double.pi / 2
        for (index, share) in shares.enumerated() where share > 0 {
            let percent = ReportValue.percent(share).displayText
            let tip = "<title>" + "\(chart.labels[index])：\(percent)".htmlEscaped + "</title>"
            let end = angle + share * 2 * Double.pi
            let whole = share > 0.99999
            if whole {
                slices += Self.element("circle", ["cx": Self.format(centerX), "cy": Self.format(centerY),
                                                  "r": Self.format(radius), "fill": Self.color(index)], tip)
            } else {
                let path = "M\(Self.format(centerX)) \(Self.format(centerY)) L\(point(centerX, centerY, radius, angle)) "
                    + "A\(Self.format(radius)) \(Self.format(radius)) 0 \(share > 0.5 ? 1 : 0) 1 "
                    + "\(point(centerX, centerY, radius, end)) Z"
                slices += Self.element("path", ["d": path, "fill": Self.color(index)], tip)
            }
            slices += "\n"
            if share >= 0.05 {
                let middle = (angle + end) / 2, distance = whole ? 0 : radius * 0.65
                let x = centerX + cos(middle) * distance, y = centerY + sin(middle) * distance + 4
                labels += Self.element("text", ["x": Self.format(x), "y": Self.format(y)], percent) + "\n"
            }
            angle = end
        }
        let entries = chart.labels.indices.map { index in
            let value = Self.label(chart.value(series: 0, category: index))
            return "\(chart.labels[index]) \(ReportValue.percent(shares[index]).displayText) (\(value))"
        }
        let legendTop = centerY - rows * 11 + 15
        return open(chart.title, height: height) + slices + "</g>\n" + labels + "</g>\n"
            + legend(entries, x: 330, y: legendTop, vertical: true) + "</svg>\n"
    }

    /// The point on the circle at `angle` radians, as "x y".
    private func point(_ centerX: Double, _ centerY: Double, _ radius: Double, _ angle: Double) -> String {
        "\(Self.format(centerX + cos(angle) * radius)) \(Self.format(centerY + sin(angle) * radius))"
    }
}
