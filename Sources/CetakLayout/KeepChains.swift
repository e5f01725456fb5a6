/// Keep chains: runs of blocks that keep-with-next / keep-with-previous tie together (space between
/// them belongs to the run; a page break ends it). A chain goes on one page as: the end of its first
/// block (the last two data rows of a table, the last two lines of a paragraph, or all of anything
/// else), every block between whole, and the start of its last block (a table's header and first row,
/// a paragraph's first two lines). A chain holding a keep-with-previous block is closing matter from
/// its second block on: summary lines, legends, place and date, signatures.
struct KeepChains {
    /// For the first block of each chain: the index of its last block.
    private(set) var end: [Int: Int] = [:]
    /// Per element: part of closing matter.
    private(set) var closing: [Bool]

    init(_ elements: [FlowElement]) {
        closing = [Bool](repeating: false, count: elements.count)
        var next = [Int?](repeating: nil, count: elements.count)
        var linkedInto = [Bool](repeating: false, count: elements.count)
        for i in elements.indices where elements[i].isBlock {
            var j = i + 1
            while j < elements.count, case .spacer = elements[j] { j += 1 }
            guard j < elements.count, elements[j].isBlock, elements[i].keepWithNext || elements[j].keepWithPrevious else { continue }
            next[i] = j
            linkedInto[j] = true
        }
        for i in elements.indices where next[i] != nil && !linkedInto[i] {
            var members = [i]
            while let j = next[members[members.count - 1]] { members.append(j) }
            end[i] = members[members.count - 1]
            if members.dropFirst().contains(where: { elements[$0].keepWithPrevious }) {
                for m in members.dropFirst() { closing[m] = true }
            }
        }
    }
}
