// swift-tools-version: 6.0
import PackageDescription

/// RedProperty (`redprop`): a district office's "Red Property" governance tool.
///
/// The arrows point one way: redprop → Console → pillars → Kernel → LuaHost → CLua
/// (and Kernel → CRowIterator, its C iterator over SQLite rows; Kernel → Reporting, the report
/// model, its renderers and CSV, which import only Foundation).
let package = Package(
    name: "redprop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "redprop", targets: ["redprop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "CLua",
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("lua5.4"), .linkedLibrary("m")]
        ),
        .target(name: "LuaHost", dependencies: ["CLua"]),
        .target(
            name: "CRowIterator",
            dependencies: ["CLua", .product(name: "GRDBSQLite", package: "GRDB.swift")],
            cSettings: [.unsafeFlags(["-O2"])]
        ),
        .target(name: "Reporting"),
        .target(
            name: "Kernel",
            dependencies: [
                "LuaHost", "CRowIterator", "Reporting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "Organization", dependencies: ["Kernel", "Reporting"]),
        .target(name: "Coordination", dependencies: ["Kernel", "Organization", "Reporting"]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "Console", dependencies: ["Kernel", "LuaHost", "Reporting", "CEditLine"]),
        .executableTarget(
            name: "redprop",
            dependencies: [
                "Console", "Kernel", "LuaHost", "Reporting", "Organization", "Coordination",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Start-up time is user experience: the release binary is one static
            // executable, with no dynamic loader to find and relocate libraries and no
            // start-up relocation of its (large) metadata. libedit's own dependencies
            // are named because a static link does not follow them.
            linkerSettings: [.unsafeFlags(["-static-executable", "-ltinfo", "-lbsd", "-lmd"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(name: "lua-call-bench", dependencies: ["LuaHost"], path: "Benchmarks/LuaCallBenchmark"),
        .target(
            name: "RedPropTesting",
            dependencies: ["Kernel", "LuaHost"],
            path: "Tests/RedPropTesting"
        ),
        .testTarget(name: "LuaHostTests", dependencies: ["LuaHost", "CLua"], resources: [.copy("Resources")]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "LuaHost", "RedPropTesting"]),
        .testTarget(name: "OrganizationTests", dependencies: ["Organization", "RedPropTesting"]),
        .testTarget(name: "CoordinationTests", dependencies: ["Coordination", "Organization", "RedPropTesting"]),
        .testTarget(name: "ConsoleTests", dependencies: ["Console", "RedPropTesting"]),
        .testTarget(name: "redpropTests", dependencies: ["RedPropTesting", "redprop"]),
    ]
)
