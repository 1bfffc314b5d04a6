/// gd's version, declared once: `--version`, the banner and the help read it.
public enum GDVersion {
    public static let current = "0.9.0"
}
