#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory gd may use, and the checked arithmetic that decides whether a size fits.
///
/// An allocation that cannot be satisfied kills the process (Swift traps; Linux's OOM killer
/// ends it later still), and the session and its history die with it. So every size a user
/// can ask for (`gen N`, `load FILE`, `set history-limit N`) is multiplied out with
/// overflow checks and compared with this limit *before* anything is allocated, and the
/// refusal says how much it would have needed. The limit is the machine's physical memory,
/// or the process's `ulimit` (address space or data) when that is lower: read once, here.
public struct MemoryLimit: Sendable, Equatable {
    /// The most bytes a request may need.
    public var bytes: Int
    /// True when a `ulimit` rather than the machine's memory sets `bytes`.
    public var fromUlimit: Bool

    public init(bytes: Int, fromUlimit: Bool = false) {
        self.bytes = bytes
        self.fromUlimit = fromUlimit
    }

    /// The limit of this process on this machine: physical memory (`_SC_PHYS_PAGES` pages of
    /// `_SC_PAGESIZE` bytes), lowered by `RLIMIT_AS` or `RLIMIT_DATA` when they are set.
    public static func ofThisProcess() -> MemoryLimit {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        var limit = MemoryLimit(bytes: .max)
        if pages > 0, pageSize > 0 {
            let (product, overflow) = pages.multipliedReportingOverflow(by: pageSize)
            limit.bytes = overflow ? .max : product
        }
        #if os(Linux)
        for resource in [RLIMIT_AS, RLIMIT_DATA] {
            var value = rlimit()
            // RLIM_INFINITY is the largest value, so it never lowers the limit.
            if getrlimit(__rlimit_resource_t(resource.rawValue), &value) == 0, value.rlim_cur < UInt64(limit.bytes) {
                limit = MemoryLimit(bytes: Int(value.rlim_cur), fromUlimit: true)
            }
        }
        #endif
        return limit
    }

    /// What a data set costs per point, to hold and to train on: its two columns of
    /// doubles, and the largest buffer an epoch adds (`Trainer`'s shuffled (x, y) pairs;
    /// the shuffled order of indexes, 8 bytes a point, is freed before the pairs are made).
    public static let bytesPerPoint = 2 * MemoryLayout<Double>.stride + MemoryLayout<SIMD2<Double>>.stride

    /// `count × each` bytes, or nil when that does not fit in an `Int`.
    public static func product(_ count: Int, _ each: Int) -> Int? {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: each)
        return overflow || bytes < 0 ? nil : bytes
    }

    /// `a + b` bytes, or nil on overflow.
    public static func sum(_ a: Int?, _ b: Int?) -> Int? {
        guard let a, let b else { return nil }
        let (bytes, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : bytes
    }

    /// Whether `need` bytes (nil: more than an `Int` holds) fit.
    public func allows(_ need: Int?) -> Bool {
        guard let need else { return false }
        return need <= bytes
    }

    /// A refusal as parts ("would need 298 GiB of memory; this machine has 23.6 GiB"), for
    /// a `Message` to word in each language. A need past what an `Int` holds (nil) is
    /// refused whatever the machine, so that message leaves the machine out.
    public func refusalParts(need: Int?) -> MemoryRefusal {
        MemoryRefusal(need: need.map(ByteCount.init), limit: ByteCount(bytes), fromUlimit: fromUlimit)
    }

    /// A byte count for people: "512 bytes", "64 MiB", "23.6 GiB", three significant digits.
    ///
    /// The binary units (KiB, MiB, …) are the same in Korean, as Korean software writes
    /// them; only a count under 1 KiB is a word: "512 bytes", "512바이트".
    public static func describe(_ bytes: Int, in language: Language = .en) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        guard bytes >= 1024 else {
            if language == .ko { return "\(bytes)바이트" }
            return bytes == 1 ? "1 byte" : "\(bytes) bytes"
        }
        var value = Double(bytes)
        var unit = -1
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        var rounded = (value * scale).rounded() / scale
        if rounded >= 1024, unit < units.count - 1 { rounded /= 1024; unit += 1 }
        let text = digits == 0 || rounded == rounded.rounded() ? String(Int(rounded)) : NumberFormat.repr(rounded)
        return "\(text) \(units[unit])"
    }
}
