import Cetak
import CetakBind
import CetakCore
import CetakTemplate
import Foundation
import Testing

/// `--only` and `--shard` choose documents before their `<let>`s are evaluated; the documents they
/// leave out are not kept, and the ones they keep bind as in a full run.
@Suite struct SelectionTests {
    func options(_ form: String) -> RenderOptions {
        var o = RenderOptions(form: form, templates: Repo.templates)
        let dir = Repo.fixtures + "/diklat"
        o.dataFiles = [dir + "/calon.csv"]
        o.contextFile = dir + "/konteks.json"
        return o
    }

    @Test func onlyKeepsOneDocumentWhoseLetsWaitForBinding() throws {
        let full = try RunPlan.make(options("sa03"))
        #expect(full.items.count > 3)
        #expect(full.items.allSatisfy { $0.letsPending })
        let key = full.items[2].key
        var o = options("sa03")
        o.only = [key]
        let one = try RunPlan.make(o)
        #expect(one.items.map(\.key) == [key])
        #expect(one.items[0].index == full.items[2].index)
        // The same document: the same pages, text for text.
        let (a, b) = (try full.layout(full.items[2]).frames, try one.layout(one.items[0]).frames)
        #expect(a.map(\.text) == b.map(\.text))
    }

    @Test func shardsKeepTheirSliceAndRunningNumbers() throws {
        // SA.05 has <skip> rules and running letter numbers: every document's lets are evaluated up front.
        let full = try RunPlan.make(options("sa05"))
        #expect(!full.items.isEmpty)
        #expect(full.items.allSatisfy { !$0.letsPending })
        var o = options("sa05")
        o.shard = (1, 3)
        let part = try RunPlan.make(o)
        // Whole blocks of RunPlan.documentsPerBatch documents (the batches files are drawn in).
        let expected = full.items.filter { ($0.index / RunPlan.documentsPerBatch) % 3 == 0 }.map(\.key)
        #expect(!expected.isEmpty)
        #expect(part.items.map(\.key) == expected)
        for item in part.items {
            let twin = try #require(full.items.first { $0.key == item.key })
            let (a, b) = (try Evaluator.eval(.name("$seq"), item.scope), try Evaluator.eval(.name("$seq"), twin.scope))
            #expect(a == b)
        }
    }
}
