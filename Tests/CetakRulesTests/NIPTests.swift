import Testing
import CetakCore
@testable import CetakRules

@Suite struct NIPTests {
    @Test func parsesTheFourParts() throws {
        let nip = try NIP("19650810 198902 2 001")
        #expect(nip.digits == "196508101989022001")
        #expect(nip.birthDate == day("1965-08-10"))
        #expect(nip.tmtCPNS == day("1989-02-01"))
        #expect(nip.sex == .perempuan)
        #expect(nip.serial == "001")
        #expect(nip.grouped == "19650810 198902 2 001")
        #expect(try NIP("197205141998031006").sex == .lakiLaki)
    }

    @Test func wrongLengthIsRejected() {
        #expect(throws: NIPError.notEighteenDigits("19650810198902200")) { try NIP("19650810198902200") }
        #expect(throws: NIPError.notEighteenDigits("1965081019890220011")) { try NIP("1965081019890220011") }
        #expect(throws: NIPError.notEighteenDigits("")) { try NIP("") }
    }

    @Test func lettersAreRejected() {
        #expect(throws: NIPError.notEighteenDigits("1965081019890220A1")) { try NIP("1965081019890220A1") }
        #expect(throws: NIPError.notEighteenDigits("19650810-198902-2-001")) { try NIP("19650810-198902-2-001") }
        // Non-ASCII digits are not digits of a NIP.
        #expect(throws: NIPError.self) { try NIP("١٩٦٥٠٨١٠١٩٨٩٠٢٢٠٠١") }
    }

    @Test func birthDateMustExist() throws {
        #expect(throws: NIPError.invalidBirthDate("196502301989022001")) { try NIP("196502301989022001") }
        #expect(throws: NIPError.invalidBirthDate("197302291998031006")) { try NIP("197302291998031006") }
        #expect(throws: NIPError.invalidBirthDate("196513011989022001")) { try NIP("196513011989022001") }
        #expect(throws: NIPError.invalidBirthDate("000001011989022001")) { try NIP("000001011989022001") }
        #expect(try NIP("197202291998031006").birthDate == day("1972-02-29"))
    }

    @Test func tmtMonthAndSexDigit() {
        #expect(throws: NIPError.invalidTMT("196508101989132001")) { try NIP("196508101989132001") }
        #expect(throws: NIPError.invalidTMT("196508101989002001")) { try NIP("196508101989002001") }
        #expect(throws: NIPError.invalidSex("196508101989023001")) { try NIP("196508101989023001") }
        #expect(throws: NIPError.invalidSex("196508101989020001")) { try NIP("196508101989020001") }
    }

    @Test func messagesNameTheValue() {
        let e = NIPError.invalidBirthDate("196502301989022001")
        #expect(e.message.contains("196502301989022001"))
        #expect(e.message.contains("tanggal lahir"))
        #expect(NIPError.notEighteenDigits("123").description.contains("18 angka"))
    }

    @Test func groupLeavesOtherTextAlone() {
        #expect(NIP.group("196508101989022001") == "19650810 198902 2 001")
        #expect(NIP.group("19650810 198902 2 001") == "19650810 198902 2 001")
        #expect(NIP.group("1965 0810 1989 0220 01") == "19650810 198902 2 001")
        #expect(NIP.group("19650810198902200") == "19650810198902200")
        #expect(NIP.group("-") == "-")
        #expect(NIP.group("") == "")
        #expect(NIP.group("NIP belum ada") == "NIP belum ada")
        #expect(NIP.parse("x") == nil)
    }

    @Test func conflictsWithStatedValues() throws {
        let nip = try NIP("196508101989022001")
        #expect(nip.conflicts(tanggalLahir: day("1965-08-10"), jenisKelamin: .perempuan).isEmpty)
        #expect(nip.conflicts(tanggalLahir: nil, jenisKelamin: nil).isEmpty)
        let c = nip.conflicts(tanggalLahir: day("1965-08-11"), jenisKelamin: .lakiLaki)
        #expect(c.count == 2)
        #expect(c[0].description.contains("1965-08-11") && c[0].description.contains("1965-08-10"))
        #expect(JenisKelamin.parse(" l ") == .lakiLaki)
        #expect(JenisKelamin.parse("Perempuan") == .perempuan)
        #expect(JenisKelamin.parse("X") == nil)
    }
}
