#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Arrays big enough that address translation, not arithmetic, sets the speed.
///
/// A shuffled epoch reads ten million points in random order: with 4 KiB pages nearly
/// every read also misses the TLB and walks the page table, which on this kind of
/// machine costs about a third of the epoch. Linux backs a region with 2 MiB pages when
/// asked (`madvise(MADV_HUGEPAGE)`, honoured in the default `madvise` mode of transparent
/// huge pages) before the pages are first touched. It is a hint: where it is not honoured
/// nothing changes but the speed, and the values are the same either way.
public enum LargeArray {
    /// Below this many bytes the hint is not worth a system call.
    public static let adviceThreshold = 4 << 20

    /// An array of `count` elements that `initialize` must set, every one, through the
    /// buffer it is given; large storage is advised to use huge pages before it is written.
    ///
    /// - Complexity: O(count) plus whatever `initialize` does.
    @inlinable
    public static func make<T: BitwiseCopyable>(
        count: Int, _ initialize: (UnsafeMutableBufferPointer<T>) -> Void
    ) -> [T] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slice = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            adviseHugePages(UnsafeMutableRawBufferPointer(slice))
            initialize(slice)
            initialized = count
        }
    }

    /// Asks for huge pages over the whole pages inside `region` (no effect when small).
    public static func adviseHugePages(_ region: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard region.count >= adviceThreshold, let base = region.baseAddress else { return }
        let page = max(4096, sysconf(Int32(_SC_PAGESIZE)))
        let first = (Int(bitPattern: base) + page - 1) & ~(page - 1)
        let last = (Int(bitPattern: base) + region.count) & ~(page - 1)
        guard last > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(start, last - first, 14)  // MADV_HUGEPAGE
        #endif
    }
}
