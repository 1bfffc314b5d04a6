import Foundation
import Testing

/// Sizes gd cannot hold end in a message and a status, never in an abort (issue 9).
@Suite struct LimitEndToEndTests {
    @Test func hugeGenIsRefusedNotAborted() throws {
        let r = try GDProcess.shell(#""$1" -c 'gen 10000000000'"#)
        #expect(!r.signalled)
        #expect(r.status == 65)
        #expect(r.stderr.contains("error: 10000000000 points would need 298 GiB of memory (32 bytes a point, to hold and to train on); "))
        let overflow = try GDProcess.shell(#""$1" -c 'gen 9223372036854775807'"#)
        #expect(!overflow.signalled)
        #expect(overflow.status == 65)
    }

    /// Under a ulimit the refusal names it, with the same figure on every machine.
    @Test func theUlimitSetsTheLimitWhenLower() throws {
        let r = try GDProcess.shell(#"ulimit -v 4000000 && "$1" -c 'gen 200000000'"#)
        #expect(!r.signalled)
        #expect(r.status == 65)
        #expect(r.stderr.contains("200000000 points would need 5.96 GiB of memory (32 bytes a point, to hold and to train on); the ulimit allows 3.81 GiB"), "\(r.stderr)")
    }

    @Test func endlessFilesStopAtTheirLimits() throws {
        let test = try GDProcess.shell(#""$1" test /dev/zero"#)
        #expect(test.status == 1)
        #expect(test.stderr.contains("cannot open '/dev/zero': it is more than 64 MiB; a script or transcript may be at most 64 MiB"))
        let script = try GDProcess.shell(#""$1" /dev/zero"#)
        #expect(script.status == 66)
        #expect(script.stderr.contains("it is more than 64 MiB"))
        let stdin = try GDProcess.shell(#""$1" < /dev/zero"#)
        #expect(stdin.status == 66)
        let load = try GDProcess.shell(#""$1" -c 'load /dev/stdin' < /dev/zero"#)
        #expect(load.status == 66)
        #expect(load.stderr.contains("is a device, not a file or a pipe"))
    }
}
