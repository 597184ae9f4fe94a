import Foundation

#if PARALLAX_LIBFUZZER
  /// libFuzzer's entry: one input per call, the target chosen by `PARALLAX_FUZZ_TARGET`.
  nonisolated(unsafe) private var target: FuzzTarget?

  /// Loads the locale data before the first input, so that nothing it allocates is charged to
  /// an input.
  @_cdecl("LLVMFuzzerInitialize")
  public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    target = FuzzResources.selectedTarget()
    _ = FuzzResources.shared
    return 0
  }

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if target == nil {
      target = FuzzResources.selectedTarget()
      _ = FuzzResources.shared
    }
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    target?.run(data)
    return 0
  }

  /// libFuzzer's driver (in the toolchain's libclang_rt.fuzzer). SwiftPM links an executable's
  /// `main` to `ParallaxFuzz_main`, so libFuzzer's own `main` is not used: this one hands the
  /// command line to the driver. Three pointers and an int: the Swift and C conventions agree.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @_cdecl("ParallaxFuzz_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
  }
#else
  /// Replays files through a target without libFuzzer: `parallax-fuzz TARGET FILE…` (folders
  /// are read file by file), so seed corpora and crash inputs run in the plain build.
  @main
  struct FuzzReplay {
    static func main() {
      var arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(
          Data("usage: parallax-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE…\n".utf8))
        exit(64)
      }
      arguments.removeFirst()
      var count = 0
      for argument in arguments {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder)
        let files =
          isFolder.boolValue
          ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { argument + "/" + $0 }
          : [argument]
        for file in files {
          guard let data = FileManager.default.contents(atPath: file) else { continue }
          target.run(data)
          count += 1
        }
      }
      print("\(name): \(count) inputs replayed, no invariant broken")
    }
  }
#endif
