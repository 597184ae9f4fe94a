// swift-tools-version: 6.1
// Parallax: compares what different sources say about the same events, across languages and
// scripts. See README.md for the pipeline and ../shared/ARCHITECTURE.md for the design.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
  name: "Parallax",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "parallax", targets: ["ParallaxCLI"]),
    .executable(name: "parallax-bench", targets: ["ParallaxBench"]),
    .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
    .library(name: "ParallaxICU", targets: ["ParallaxICU"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    // Documentation only (`swift package generate-documentation --target ParallaxCore`): a
    // command plugin, built when it runs, never part of `swift build` or a dependent's build.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
  ],
  targets: [
    // Links the system ICU (Debian's libicu-dev). Its header is deliberately empty: only the
    // C shim includes ICU headers, so Foundation's bundled ICU never meets the system one.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    // The only code that includes ICU headers; exports stable `pxicu_` names. No unsafeFlags
    // here or in any target a dependent builds (SwiftPM refuses them in a versioned dependency):
    // release builds already compile C with -O2 (checked in release.yaml), debug builds with -O0.
    .target(
      name: "CICUShim",
      dependencies: ["CICU"],
      linkerSettings: [.linkedLibrary("stdc++")]
    ),
    // Links libxml2 (Debian's libxml2-dev) for its HTML parser; the header is empty like CICU's.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // The only code that includes libxml2 headers: HTML pages to title, metadata and text.
    .target(
      name: "CHTMLShim",
      dependencies: ["CLibXML2"]
    ),
    // The ICU-from-C reference that parallax-bench measures against. Like CICUShim it includes
    // ICU headers; only ParallaxBench depends on it.
    .target(
      name: "ICUAnchor",
      dependencies: ["CICU"]
    ),
    .target(
      name: "ParallaxICU",
      dependencies: ["CICUShim"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ParallaxCore",
      dependencies: [
        "ParallaxICU",
        "CHTMLShim",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Collections", package: "swift-collections"),
      ],
      swiftSettings: swiftSettings
    ),
    // The batch history store: SQLite through GRDB, kept out of ParallaxCore so that only the
    // batch runner links it.
    .target(
      name: "ParallaxHistory",
      dependencies: [
        "ParallaxCore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "ParallaxCLI",
      dependencies: [
        "ParallaxCore",
        "ParallaxHistory",
        "ParallaxICU",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // What benchmarks and tests share: the seeded corpus generator and the alignment and
    // report benchmark workloads. Not part of the ParallaxCore library product.
    .target(
      name: "ParallaxBenchSupport",
      dependencies: ["ParallaxCore", "ParallaxICU"],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "ParallaxBench",
      dependencies: [
        "ICUAnchor",
        "ParallaxBenchSupport",
        "ParallaxCore",
        "ParallaxICU",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    // Fuzz targets over the readers, the extractor, check --fix and the manifest loader. The
    // plain build replays files; `.ci/fuzz` builds it with -sanitize=fuzzer,address (flags on
    // the command line, never unsafeFlags here, so ParallaxCore stays usable as a dependency).
    .executableTarget(
      name: "ParallaxFuzz",
      dependencies: ["ParallaxCore"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ParallaxICUTests",
      dependencies: ["ParallaxICU"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ParallaxCoreTests",
      dependencies: ["ParallaxCore", "ParallaxICU", "ParallaxBenchSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ParallaxHistoryTests",
      dependencies: ["ParallaxCore", "ParallaxHistory", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ParallaxCLITests",
      dependencies: ["ParallaxCore", "ParallaxHistory", "ParallaxICU", "ParallaxCLI", "ParallaxBenchSupport"],
      resources: [.copy("Fixtures")],
      swiftSettings: swiftSettings
    ),
  ]
)
