import CetakBind
import CetakCore
import CetakPDF
import CetakTemplate
import Foundation

/// What every batch of a run shares.
struct BatchContext: Sendable {
    let plan: RunPlan
    /// Where files go, and the run's inputs and outputs (no file replaces one).
    let output: OutputPlan
    let date: Int64
    let merge: String?
    let writeFiles: Bool
}

/// How a run's documents are cut into units of work, and how one unit is rendered.
///
/// Files of a form with one document per record or group come from batches of
/// `RunPlan.documentsPerBatch` documents: a batch is drawn by cairo as one PDF (`PDFPart`) and each
/// document is then written from it as a PDF/A file of its own. Cairo subsets and compresses every
/// font once per batch instead of once per document: the dearest per-document work cairo does
/// (about a third of a certificate's instructions). A batch is the documents whose position in the
/// full run falls in one block of `documentsPerBatch`, so a file is the same bytes whatever
/// `--jobs`, and `--shard` hands out whole blocks (`RunPlan`) so that it is the same bytes as in a
/// full run too. (`--only` picks documents out of their blocks: their pages are the same, the font
/// subsets they carry may hold fewer glyphs.) Forms of one document (SA.04, F01.3, ...) write it
/// with `PDFWriter`, streaming page by page.
///
/// With `--merge`, a unit is the documents of one block of `MergeSink.documentsPerPart` (a multiple
/// of the batch), drawn into one part of the merged file as well.
struct Batches: Sendable {
    /// Ranges of the run's documents (positions in `docs`), one per unit, in order.
    let units: [Range<Int>]
    /// Whether files come from batches.
    let batchedFiles: Bool

    init(_ docs: [DocumentItem], merge: Bool, files: Bool, template: Template) {
        batchedFiles = files && template.documents.source != nil
        let unitSize = merge ? MergeSink.documentsPerPart : (batchedFiles ? RunPlan.documentsPerBatch : 1)
        units = Self.blocks(docs, size: unitSize)
    }

    /// Consecutive documents whose positions in the full run fall in the same block of `size`.
    static func blocks(_ docs: [DocumentItem], size: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in docs.indices where i > start && docs[i].index / size != docs[start].index / size {
            out.append(start..<i)
            start = i
        }
        if !docs.isEmpty { out.append(start..<docs.count) }
        return out
    }

    /// Renders unit `u`: its documents, their files, its part of the merged file.
    func run(_ u: Int, docs: [DocumentItem], context c: BatchContext, sink: MergeSink?, results: Results, progress: ProgressCounter) {
        let range = units[u]
        var part: PDFPart?
        if let sink, let m = c.merge {
            do throws(Diagnostic) { part = try PDFPart(name: m) } catch { sink.fail(error) }
        }
        // Within the unit: one batch at a time, or one document at a time.
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start + 1
            // The documents of one unit that share a batch: their positions in the full run fall in one block.
            let batch = docs[start].index / RunPlan.documentsPerBatch
            if batchedFiles { while end < range.upperBound, docs[end].index / RunPlan.documentsPerBatch == batch { end += 1 } }
            var rs = (start..<end).map { i in
                Renderer.renderOne(docs[i], plan: c.plan, output: c.output, date: c.date,
                                   writeFile: c.writeFiles && !batchedFiles, keepFrames: batchedFiles || sink != nil)
            }
            if batchedFiles { Self.write(&rs, output: c.output) }
            for (k, var r) in rs.enumerated() {
                if let sink, r.made {
                    if !c.writeFiles { r.file = c.merge ?? "" }
                    do throws(Diagnostic) { try part?.add(document: r.frames, bookmark: r.key) } catch {
                        sink.fail(error)
                        part = nil
                    }
                }
                r.frames = []
                r.metadata = nil
                results.set(start + k, r)
                progress.step(r.key)
            }
            start = end
        }
        if let sink {
            do throws(Diagnostic) { sink.offer(u, try part?.finish()) } catch {
                sink.fail(error)
                sink.offer(u, nil)
            }
        }
    }

    /// Draws the documents of one batch into one PDF and writes each to its own file; a document
    /// that cannot be drawn or written gets its error (the others are written all the same).
    static func write(_ rs: inout [DocResult], output: OutputPlan) {
        let folder = output.folder
        let made = rs.indices.filter { rs[$0].made }
        guard !made.isEmpty else { return }
        func fail(_ k: Int, _ error: Diagnostic) {
            rs[k].error = Renderer.problem(error, key: rs[k].key, folder: folder)
            rs[k].warnings = []
        }
        let part: PDFPart
        do throws(Diagnostic) { part = try PDFPart(name: folder) } catch { for k in made { fail(k, error) }; return }
        var wanted: [(document: Int, path: String, metadata: PDFMetadata)] = []
        var owners: [Int] = []
        for k in made {
            do throws(Diagnostic) {
                let n = try part.add(document: rs[k].frames)
                let path = output.path(of: rs[k].key)
                wanted.append((n, path, rs[k].metadata ?? PDFMetadata(title: rs[k].key, creationDate: 0)))
                owners.append(k)
            } catch {
                fail(k, error)
            }
        }
        guard !owners.isEmpty else { return }
        let finished: PDFPart.Finished
        do throws(Diagnostic) { finished = try part.finish() } catch { for k in owners { fail(k, error) }; return }
        for (j, error) in finished.write(documents: wanted, files: output.files).enumerated() {
            if let error { fail(owners[j], error) } else { rs[owners[j]].file = wanted[j].path }
        }
    }
}
