import CetakData
import Testing

@Suite("CSV delimiter")
struct CSVDelimiterTests {
    @Test(arguments: [
        ("a;b;c\n1,5;2;3", UInt8(ascii: ";")),
        ("a,b,c\n1;2,3", UInt8(ascii: ",")),
        ("a\tb\tc\n", UInt8(ascii: "\t")),
        ("\"x;y\",b,c\n", UInt8(ascii: ",")), // a delimiter inside quotes does not count
        ("solo\n1\n", UInt8(ascii: ",")),
        ("\n\na;b\n", UInt8(ascii: ";")),
    ])
    func detectsFromTheHeaderLine(text: String, expected: UInt8) {
        #expect(CSVDelimiter.detect(Array(text.utf8)) == expected)
    }
}
