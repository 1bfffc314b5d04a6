/// A size in bytes, written for people in each language (`MemoryLimit.describe`):
/// "298 GiB" in both, "512 bytes" / "512바이트" under 1 KiB.
///
/// Deliberately not `CustomStringConvertible`: a message must say `.english` or `.korean`.
public struct ByteCount: Sendable, Equatable {
    public var bytes: Int

    public init(_ bytes: Int) {
        self.bytes = bytes
    }

    var english: String { MemoryLimit.describe(bytes, in: .en) }
    var korean: String { MemoryLimit.describe(bytes, in: .ko) }
}
