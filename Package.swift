// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gd", targets: ["gd"]),
        .library(name: "GDCore", targets: ["GDCore"]),
        .library(name: "GDConsole", targets: ["GDConsole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure numerics: data, gradients, variants, generators, histories. No I/O, no text.
        .target(name: "GDCore", dependencies: ["CSinCos"]),
        // glibc's sincos (a GNU extension Swift's Glibc module does not declare): module map and shim header only.
        .systemLibrary(name: "CSinCos"),
        // The command language, the session, formatting, data readers, transcripts. No terminal calls.
        .target(name: "GDConsole", dependencies: ["GDCore"]),
        // libedit through pkg-config: module map and shim header only.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The executable: flags, isatty, libedit glue, signals. Thin.
        .executableTarget(
            name: "gd",
            dependencies: [
                "GDConsole", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What more than one test target uses: the repository's root, a seeded generator.
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "GDCoreTests", dependencies: ["GDCore", "TestSupport"]),
        .testTarget(name: "GDConsoleTests", dependencies: ["GDConsole", "TestSupport"]),
        .testTarget(name: "gdTests", dependencies: ["gd", "GDConsole", "TestSupport"]),
        // The libFuzzer targets' entry points (Tests/Fuzz, built by scripts/fuzz) replayed on
        // every seed of Tests/Fuzz/corpus by FuzzCorpusTests, without libFuzzer.
        .testTarget(
            name: "FuzzCorpusTests", dependencies: ["GDConsole", "GDCore"], path: "Tests/Fuzz",
            exclude: ["corpus", "data.dict", "line.dict", "lsan.supp"],
            swiftSettings: [.define("GD_FUZZ_REPLAY")]
        ),
    ]
)
