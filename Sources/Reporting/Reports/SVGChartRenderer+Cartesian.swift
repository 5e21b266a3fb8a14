import Foundation

extension SVGChartRenderer {
    /// The frame of a bar or line chart: where the plot is and how values map to heights.
    struct Plot {
        var left: Double, right: Double, top: Double, bottom: Double
        var band: Double
        var scale: AxisScale

        /// The vertical position of `value`.
        func y(_ value: Double) -> Double {
            bottom - (value - scale.lower) / (scale.upper - scale.lower) * (bottom - top)
        }

        /// The horizontal centre of the band of `category`.
        func center(_ category: Int) -> Double {
            left + band * (Double(category) + 0.5)
        }
    }

    /// A bar or line chart: a value axis with gridlines, one band per category, a legend on top
    /// when there are several series, and category labels below (slanted when they are crowded).
    func cartesian(_ chart: Chart) -> String {
        let series = chart.drawnSeries
        let count = chart.labels.count
        let values = series.indices.flatMap { index in (0..<count).map { chart.value(series: index, category: $0) } }
        var plot = Plot(left: 60, right: width - 16, top: series.count > 1 ? 44 : 20, bottom: height - 36,
                        band: (width - 76) / Double(count), scale: AxisScale(including: values))
        let slanted = count > 12 || chart.labels.contains { Self.textWidth($0) > plot.band - 6 }
        if slanted, let first = chart.labels.first {
            // A slanted label reaches left of its category by its width times cos 35°.
            let reach = Self.textWidth(first.truncated(toDisplayWidth: 16)) * 0.82 - plot.band / 2
            plot.left = min(max(plot.left, reach + 6), width / 3)
            plot.band = (plot.right - plot.left) / Double(count)
            plot.bottom = height - 84
        }

        var svg = open(chart.title, height: height)
        if series.count > 1 {
            svg += legend(series.indices.map { series[$0].name.isEmpty ? "系列\($0 + 1)" : series[$0].name },
                          x: plot.left, y: 20)
        }
        svg += axes(plot)
        svg += chart.kind == .line ? lines(chart, plot) : bars(chart, plot)
        svg += "<g class=\"categories\" fill=\"#444\" text-anchor=\"\(slanted ? "end" : "middle")\">\n"
        for (category, label) in chart.labels.enumerated() {
            let x = Self.format(plot.center(category))
            if slanted {
                let y = Self.format(plot.bottom + 14)
                svg += Self.element("text", ["x": x, "y": y, "transform": "rotate(-35 \(x) \(y))"],
                                    label.truncated(toDisplayWidth: 16).htmlEscaped)
            } else {
                svg += Self.element("text", ["x": x, "y": Self.format(plot.bottom + 20)], label.htmlEscaped)
            }
            svg += "\n"
        }
        return svg + "</g>\n</svg>\n"
    }

    /// Gridlines and labels at each tick, the value axis, and the zero line.
    private func axes(_ plot: Plot) -> String {
        var grid = "<g class=\"grid\" stroke=\"#e3e3e3\">\n"
        var ticks = "<g class=\"ticks\" fill=\"#666\" font-size=\"11\" text-anchor=\"end\">\n"
        for tick in plot.scale.ticks {
            let y = Self.format(plot.y(tick))
            grid += Self.element("line", ["x1": Self.format(plot.left), "y1": y, "x2": Self.format(plot.right), "y2": y])
            grid += "\n"
            ticks += Self.element("text", ["x": Self.format(plot.left - 6), "y": Self.format(plot.y(tick) + 4)],
                                  Self.label(tick)) + "\n"
        }
        let zero = Self.format(plot.y(0))
        return grid + "</g>\n" + ticks + "</g>\n<g class=\"axes\" stroke=\"#888\">\n"
            + Self.element("line", ["x1": Self.format(plot.left), "y1": Self.format(plot.top),
                                    "x2": Self.format(plot.left), "y2": Self.format(plot.bottom)]) + "\n"
            + Self.element("line", ["x1": Self.format(plot.left), "y1": zero, "x2": Self.format(plot.right), "y2": zero])
            + "\n</g>\n"
    }

    /// Vertical bars, one group per category and one bar per series, with values over the bars.
    private func bars(_ chart: Chart, _ plot: Plot) -> String {
        let series = chart.drawnSeries
        let group = plot.band * 0.72
        let barWidth = group / Double(series.count)
        var svg = "<g class=\"bars\">\n"
        var labels = "<g class=\"values\" font-size=\"11\" text-anchor=\"middle\">\n"
        for category in chart.labels.indices {
            for index in series.indices {
                let value = chart.value(series: index, category: category)
                let x = plot.left + plot.band * Double(category) + (plot.band - group) / 2 + barWidth * Double(index)
                let top = plot.y(max(value, 0)), bottom = plot.y(min(value, 0))
                let tip = "\(chart.labels[category]) \(series[index].name)：\(Self.label(value))".htmlEscaped
                svg += Self.element("rect", ["x": Self.format(x), "y": Self.format(top), "width": Self.format(barWidth),
                                             "height": Self.format(bottom - top), "fill": Self.color(index)],
                                    "<title>\(tip)</title>") + "\n"
                if barWidth >= 10 {
                    let y = value < 0 ? bottom + 13 : top - 4
                    labels += Self.element("text", ["x": Self.format(x + barWidth / 2), "y": Self.format(y)],
                                           Self.label(value)) + "\n"
                }
            }
        }
        return svg + "</g>\n" + labels + "</g>\n"
    }

    /// One polyline per series through its values, with a point and a value label at each.
    private func lines(_ chart: Chart, _ plot: Plot) -> String {
        var svg = ""
        for (index, series) in chart.drawnSeries.enumerated() {
            let color = Self.color(index)
            let points = chart.labels.indices.map { category in
                "\(Self.format(plot.center(category))),\(Self.format(plot.y(chart.value(series: index, category: category))))"
            }
            svg += "<g class=\"series\">\n"
            svg += Self.element("polyline", ["points": points.joined(separator: " "), "fill": "none",
                                             "stroke": color, "stroke-width": "2"]) + "\n"
            for category in chart.labels.indices {
                let value = chart.value(series: index, category: category)
                let x = Self.format(plot.center(category)), y = plot.y(value)
                let tip = "\(chart.labels[category]) \(series.name)：\(Self.label(value))".htmlEscaped
                svg += Self.element("circle", ["cx": x, "cy": Self.format(y), "r": "3.5", "fill": color],
                                    "<title>\(tip)</title>")
                svg += Self.element("text", ["x": x, "y": Self.format(y - 8), "font-size": "11", "text-anchor": "middle"],
                                    Self.label(value)) + "\n"
            }
            svg += "</g>\n"
        }
        return svg
    }

    /// A value axis running from a round lower bound to a round upper bound in round steps.
    struct AxisScale: Sendable, Equatable {
        /// The lowest value on the axis; zero or below.
        var lower: Double
        /// The highest value on the axis; above `lower`.
        var upper: Double
        /// The distance between ticks: 1, 2, 2.5 or 5 times a power of ten.
        var step: Double

        /// An axis that includes zero and every value, with about five steps.
        init(including values: [Double]) {
            let low = min(0, values.min() ?? 0)
            var high = max(0, values.max() ?? 0)
            if high - low < 1e-9 { high = low + 1 }
            let rough = (high - low) / 5
            let magnitude = pow(10, floor(log10(rough)))
            let fraction = rough / magnitude
            let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
            step = nice * magnitude
            lower = (low / step).rounded(.down) * step
            upper = (high / step).rounded(.up) * step
        }

        /// The tick values from `lower` to `upper`.
        var ticks: [Double] {
            let count = Int(((upper - lower) / step).rounded())
            return (0...max(0, count)).map { lower + Double($0) * step }
        }
    }
}
