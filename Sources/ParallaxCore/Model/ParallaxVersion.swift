/// The version of Parallax, written into reports so they can be reproduced.
public enum ParallaxVersion {
  public static let string = "0.1.0"
}
