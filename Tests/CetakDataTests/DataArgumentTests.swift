import CetakData
import Testing

/// `--data FILE` and `--data NAME=FILE`, read the same way by `cetak render` and `cetak workbook`.
@Suite struct DataArgumentTests {
    @Test func nameEqualsFileGivesTheFileToThatDataset() {
        let a = DataArgument("Kegiatan=export(3).csv")
        #expect(a.dataset == "kegiatan" && a.path == "export(3).csv" && a.datasetName == "kegiatan")
        let b = DataArgument("rencana_tindak-2=x/y=z.csv")
        #expect(b.dataset == "rencana_tindak-2" && b.path == "x/y=z.csv")
    }

    @Test func aPlainFileIsTheDatasetOfItsBaseName() {
        let a = DataArgument("Data/kemitraan/peserta.csv")
        #expect(a.dataset == nil && a.path == "Data/kemitraan/peserta.csv" && a.datasetName == "peserta")
        // What stands before `=` is no dataset name (a folder, a dot, nothing): the whole is a path.
        for s in ["dir/a=b.csv", "a.b=c.csv", "=peserta.csv"] {
            #expect(DataArgument(s).dataset == nil && DataArgument(s).path == s, "\(s)")
        }
    }
}
