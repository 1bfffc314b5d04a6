#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The process's Ctrl-C flag: the one global state gd keeps.
///
/// A `SIGINT` handler installed without `SA_RESTART` sets it, so a blocking
/// terminal read returns `EINTR` (the prompt starts a fresh line) and a long
/// run can poll `isRaised` between updates and stop cleanly instead of the
/// process dying with its history unsaved.
enum InterruptFlag {
    /// Set from the signal handler; an atomic store is async-signal-safe.
    private static let raised = Atomic<Bool>(false)

    /// Installs the `SIGINT` handler. Idempotent; call it once at startup.
    ///
    /// `sa_flags` is 0 on purpose: glibc's `signal()` would add `SA_RESTART`,
    /// and then the kernel restarts the read and the key press is swallowed
    /// until Enter.
    static func install() {
        // Touch the static first so its lazy initialisation never runs
        // inside the handler.
        raised.store(false, ordering: .relaxed)
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptFlag.raise() }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptFlag.raise() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started gd with SIGINT blocked (Foundation's Process does);
        // a blocked signal never reaches the handler, so unblock it.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Reads and clears the flag: true once per Ctrl-C.
    static func take() -> Bool {
        raised.exchange(false, ordering: .acquiringAndReleasing)
    }

    /// Whether Ctrl-C was pressed since the last `take()`, without clearing it.
    static var isRaised: Bool {
        raised.load(ordering: .acquiring)
    }

    /// Sets the flag; what the signal handler calls.
    static func raise() {
        raised.store(true, ordering: .releasing)
    }
}
