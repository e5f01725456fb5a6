/// The shared strings of a workbook (`xl/sharedStrings.xml`): each `<si>` is one text, whether plain
/// (`<t>`) or rich (runs `<r><t>` of different fonts, joined); phonetic guides (`<rPh>`) are left out.
final class SharedStringsHandler: XMLStreamHandler {
    private(set) var strings: [String] = []
    private var buffer: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var inPhonetic = 0

    override func start(_ e: XMLStart) {
        if e.name.is("si") {
            inItem = true
            buffer.removeAll(keepingCapacity: true)
        } else if e.name.is("t") {
            inText = inItem
        } else if e.name.is("rPh") {
            inPhonetic += 1
        } else if e.name.is("sst"), let n = e.integer("uniqueCount") {
            strings.reserveCapacity(min(n, 1 << 20))
        }
    }

    override func end(_ name: XMLName) {
        if name.is("si") {
            strings.append(OOXMLText.decode(buffer))
            inItem = false
        } else if name.is("t") {
            inText = false
        } else if name.is("rPh") {
            inPhonetic -= 1
        }
    }

    override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText, inPhonetic == 0 { buffer.append(contentsOf: bytes) }
    }
}

/// Text as OOXML stores it: UTF-8 with `_xHHHH_` escapes for characters XML cannot hold (a tab
/// written by Excel as `_x0009_`); `_x005F_` escapes a literal underscore before such a pattern.
enum OOXMLText {
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(0x5F) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5F, i + 6 < bytes.count, bytes[i + 1] == 0x78, bytes[i + 6] == 0x5F, let v = hex(bytes[(i + 2)..<(i + 6)]) {
                if let scalar = Unicode.Scalar(v) { out.append(contentsOf: Array(String(Character(scalar)).utf8)) }
                i += 7
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ s: ArraySlice<UInt8>) -> UInt32? {
        var v: UInt32 = 0
        for b in s {
            switch b {
            case 0x30...0x39: v = v << 4 | UInt32(b - 0x30)
            case 0x41...0x46: v = v << 4 | UInt32(b - 0x37)
            case 0x61...0x66: v = v << 4 | UInt32(b - 0x57)
            default: return nil
            }
        }
        return v
    }
}
