import FuzzDriver

/// The entry point: SwiftPM links an executable target with `main` renamed to `<target>_main`
/// (here `fuzz_joiner_main`), so the target provides it and hands over to libFuzzer.
@_cdecl("fuzz_joiner_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, { fuzz($0, $1) })
}
