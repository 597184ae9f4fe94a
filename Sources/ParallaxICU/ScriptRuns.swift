internal import CICUShim

/// A maximal span of text in one script. Common and inherited characters (spaces, digits,
/// punctuation, combining marks) join the run around them.
public struct ScriptRun: Sendable, Hashable {
  public let range: Range<String.Index>
  /// The ISO 15924 code, such as `Latn` or `Cyrl`; `Zyyy` for text with no script at all.
  public let script: String
}

/// Script detection with ICU's `uscript` data.
public enum ScriptRuns {
  /// The ISO 15924 code of one scalar's script (`Zyyy` common, `Zinh` inherited).
  public static func script(of scalar: Unicode.Scalar) -> String {
    String(cString: pxicu_script_short_name(pxicu_script_of(Int32(bitPattern: scalar.value))))
  }

  /// The script runs of `text`, in order, covering it completely.
  public static func runs(in text: String) -> [ScriptRun] {
    var runs: [ScriptRun] = []
    let common = pxicu_script_code("Zyyy")
    let inherited = pxicu_script_code("Zinh")
    var start = text.unicodeScalars.startIndex
    var current: Int32 = common
    var index = start
    for scalar in text.unicodeScalars {
      let script = pxicu_script_of(Int32(bitPattern: scalar.value))
      if script != common, script != inherited {
        if current == common {
          current = script
        } else if script != current {
          runs.append(ScriptRun(range: start..<index, script: name(current)))
          start = index
          current = script
        }
      }
      index = text.unicodeScalars.index(after: index)
    }
    if start < text.endIndex || runs.isEmpty, !text.isEmpty {
      runs.append(ScriptRun(range: start..<text.endIndex, script: name(current)))
    }
    return runs
  }

  /// The distinct scripts of `text` other than common and inherited, sorted by code.
  public static func scripts(in text: String) -> [String] {
    Set(runs(in: text).map(\.script)).subtracting(["Zyyy"]).sorted()
  }

  private static func name(_ code: Int32) -> String {
    String(cString: pxicu_script_short_name(code))
  }
}
