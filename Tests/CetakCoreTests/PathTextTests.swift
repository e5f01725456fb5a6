import CetakCore
import Testing

@Suite struct PathTextTests {
    @Test(arguments: [
        ("a/b", "a"), ("/a", "/"), ("a", ""), ("x", ""), ("o/", ""), ("a/b/", "a"), ("/", "/"), ("", ""),
        ("a//b", "a"), ("/a/b/c.pdf", "/a/b"), ("./r", "."), ("../m", ".."),
    ])
    func folderIsWhatFoundationMeansWithoutItsTrap(_ path: String, _ folder: String) {
        #expect(PathText.folder(of: path) == folder)
    }
}
