import Benchmark
import Cetak
import CetakBind
import CetakCore
import CetakData
import CetakLayout
import CetakPDF
import Foundation
import SwiftCSV

/// In-process benchmarks of cetak's parts. Each iteration is one real piece of work; where a peer exists
/// it runs in the same suite on the same input, so the two tables read as a ratio. Inputs are made at
/// set-up time (Fixtures.swift). Run from the repository root:
///
///     swift package --package-path Benchmarks benchmark
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .threadCPU, .mallocCountTotal, .peakMemoryResident, .throughput],
        units: [.threadCPU: .count],
        warmupIterations: 3,
        maxDuration: .seconds(3),
        maxIterations: 5_000
    )

    // 1. CSV reading: 5,000 records of the shape of Data/diklat/calon.csv (30 columns, quoted fields with
    //    commas), 1.6 MB in memory. cetak's reader (binary and encoding checks, delimiter detection, rows
    //    of text with line numbers, width check) against SwiftCSV on the same bytes (decoding them to a
    //    String, guessing the delimiter, rows of fields).
    let csvRows = 5_000
    Benchmark("CSV read 5000 rows: cetak DataTable.load",
              closure: { benchmark, bytes in
                  try cpuTimed(benchmark) { () throws -> Void in
                      let table = try DataTable.load(bytes: bytes, file: "calon.csv")
                      guard table.rows.count == csvRows, table.rejected.isEmpty, table.columns.count == 30 else {
                          throw FixtureError("cetak read \(table.rows.count) rows × \(table.columns.count), rejected \(table.rejected.count)")
                      }
                      blackHole(table)
                  }
              },
              setup: { try Fixtures.calonCSV(rows: csvRows) })

    Benchmark("CSV read 5000 rows: SwiftCSV 0.10.0 (peer)",
              closure: { benchmark, bytes in
                  try cpuTimed(benchmark) { () throws -> Void in
                      let csv = try CSV<Enumerated>(string: String(decoding: bytes, as: UTF8.self), loadColumns: false)
                      guard csv.rows.count == csvRows, csv.header.count == 30, csv.rows.allSatisfy({ $0.count == 30 }) else {
                          throw FixtureError("SwiftCSV read \(csv.rows.count) rows × \(csv.header.count)")
                      }
                      blackHole(csv)
                  }
              },
              setup: { try Fixtures.calonCSV(rows: csvRows) })

    // 2. Bind + lay out one certificate (bench/templates/sertifikat.xml, the `make bench` workload): the
    //    documents of a 50-record run in turn, what one worker does per document before writing its PDF.
    //    The plan (template, data, font book) is made once, as in a run.
    let certs = 50
    let certDir = TempDir()
    let certItems = Cycle()
    Benchmark("Certificate bind + layout (RunPlan.layout)",
              closure: { benchmark, plan in
                  let item = certItems.next(of: plan)
                  try cpuTimed(benchmark) { () throws -> Void in
                      let (bound, frames) = try plan.layout(item)
                      guard frames.count == 1 else { throw FixtureError("\(item.key): \(frames.count) pages, skipped: \(bound.skipReason ?? "-")") }
                      blackHole(frames)
                  }
              },
              setup: { try Fixtures.certificatePlan(certs, dir: certDir.make()) },
              teardown: { certDir.remove() })

    // 3. Shaping and line breaking: one justified 60-word paragraph (the certificate's `uraian`, 12 pt
    //    Liberation Serif, A4 landscape) through the public Layouter.layout(Document). Warm: the same words
    //    every time, all in the font book's shaping cache after the first run, as in a batch. Cold: the 48
    //    generated words get a new suffix each iteration, so HarfBuzz shapes each of them (the cache grows).
    Benchmark("Paragraph 60 words: layout, warm shaping cache",
              closure: { benchmark, state in
                  try cpuTimed(benchmark) { () throws -> Void in
                      let frames = try state.layouter.layout(state.document)
                      guard frames.count == 1 else { throw FixtureError("\(frames.count) pages") }
                      blackHole(frames)
                  }
              },
              setup: { () throws -> (layouter: Layouter, document: Document) in
                  let layouter = Layouter(fonts: try FontBook())
                  let doc = Fixtures.paragraphDocument(Fixtures.uraian())
                  _ = try layouter.layout(doc)  // warms the cache
                  return (layouter, doc)
              })

    var coldRound = 0
    Benchmark("Paragraph 60 words: layout, cold shaping (new words)",
              closure: { benchmark, layouter in
                  coldRound += 1
                  let doc = Fixtures.paragraphDocument(Fixtures.uraian(tag: "q\(coldRound)"))
                  benchmark.startMeasurement()
                  try cpuTimed(benchmark) { () throws -> Void in
                      let frames = try layouter.layout(doc)
                      guard frames.count == 1 else { throw FixtureError("\(frames.count) pages") }
                      blackHole(frames)
                  }
                  benchmark.stopMeasurement()
              },
              setup: { () throws -> Layouter in
                  let layouter = Layouter(fonts: try FontBook())
                  _ = try layouter.layout(Fixtures.paragraphDocument(Fixtures.uraian()))  // fonts loaded, opening words shaped
                  return layouter
              })

    // 4. PDF writing: one laid-out certificate page drawn with cairo, fonts subset and embedded, the date
    //    fixed, written under a temporary name and renamed into place (PDFWriter); a new file each time, as
    //    a batch into an empty folder writes them.
    let pdfDir = TempDir()
    var pdfIndex = 0
    Benchmark("PDF write 1 certificate page (PDFWriter)",
              closure: { benchmark, page in
                  pdfIndex += 1
                  try cpuTimed(benchmark) { () throws -> Void in
                      try Fixtures.writePDF(page, to: pdfDir.path + "/sertifikat-\(pdfIndex).pdf")
                  }
              },
              setup: { try Fixtures.certificatePage(dir: pdfDir.make()) },
              teardown: { pdfDir.remove() })

    // All of one document's work in `cetak render` (Renderer.renderOne): bind, lay out, write the PDF as the
    // pages come — the in-process counterpart of bench/run.py's certificates workload, per document,
    // without process start, template and data loading.
    let allDir = TempDir()
    let allItems = Cycle()
    Benchmark("Certificate bind + layout + PDF write",
              closure: { benchmark, plan in
                  let item = allItems.next(of: plan)
                  try cpuTimed(benchmark) { () throws -> Void in
                      let bound = try plan.binder.bind(item)
                      guard let doc = bound.document else { throw FixtureError("\(item.key) skipped") }
                      let w = try PDFWriter(path: allDir.path + "/\(allItems.count)-\(item.key).pdf",
                                            metadata: PDFMetadata(title: doc.title, author: doc.author, creationDate: Fixtures.creationDate))
                      var failure: PDFError?
                      _ = try plan.layouter.layout(doc) { frame in
                          do throws(PDFError) { try w.add(page: frame) } catch { failure = error; return false }
                          return true
                      }
                      if let failure { throw failure }
                      try w.finish()
                  }
              },
              setup: { try Fixtures.certificatePlan(certs, dir: allDir.make()) },
              teardown: { allDir.remove() })
}

/// The documents of a plan in turn, one per iteration, round and round.
final class Cycle {
    /// Documents handed out so far.
    private(set) var count = 0
    /// The next document.
    func next(of plan: RunPlan) -> DocumentItem {
        defer { count += 1 }
        return plan.items[count % plan.items.count]
    }
}

extension BenchmarkMetric {
    /// CPU time of the benchmark's thread over the measured work, in µs, from CLOCK_THREAD_CPUTIME_ID
    /// (nanosecond resolution). The harness's own `cpuTotal` comes from /proc in 10 ms scheduler ticks on
    /// Linux, too coarse for iterations of a few milliseconds; every benchmark here runs on one thread.
    static var threadCPU: BenchmarkMetric { .custom("CPU thread (μs)") }
}

/// Runs `work` and records its thread CPU time as `.threadCPU`. The work keeps its results inside, so that
/// freeing them is counted, as it is in the wall clock.
@inline(__always)
func cpuTimed(_ benchmark: Benchmark, _ work: () throws -> Void) rethrows {
    let start = threadCPUNanoseconds()
    try work()
    benchmark.measurement(.threadCPU, (threadCPUNanoseconds() - start + 500) / 1_000)
}

func threadCPUNanoseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
}
