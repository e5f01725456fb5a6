import CetakCore
import Foundation

extension Binder {
    /// Finds an image and checks it may be used; returns its real path (symbolic links resolved).
    ///
    /// A path that a data cell or the context gives (`origin`: that file) is resolved in the folder of that
    /// file, then in the folders of the context files (`contextFolders`), and must stay inside the folder it
    /// is found in once symbolic links are resolved: `../../secret.png` or `/etc/x.png` in a cell never reaches
    /// a file outside those folders. Any other path (written in the template, or
    /// computed) is looked up in the image folders in order, and must stay inside the folder it was found in.
    /// The file must be a regular file (a named pipe would block the run) of at most `ImageHeader.maxBytes`, and
    /// start like a PNG or a JPEG. The pixels are checked when the image is decoded (CetakPDF).
    ///
    /// An origin that is no file (a value typed on a page: `set:instansi.logo`) has no folder: its path is
    /// looked up in the image folders. With `confineImages` the image must also lie inside one of the image
    /// folders, wherever its path came from.
    public func resolveImage(_ name: String, origin: String? = nil) throws(Diagnostic) -> String {
        let roots: [String]
        let file = origin.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        if let file {
            // The file's own folder first, then the context files' folders (data cells name images as the
            // context does: relative to the context file), each confining what is found in it.
            let f = PathText.folder(of: file)
            var folders = [f.isEmpty ? "." : f]
            for c in options.contextFolders.map({ $0.isEmpty ? "." : $0 }) where !folders.contains(c) { folders.append(c) }
            roots = folders
        } else {
            roots = options.imageFolders
        }
        var outside: (String, String)?
        for root in roots {
            let candidate = name.hasPrefix("/") ? name : (root as NSString).appendingPathComponent(name)
            guard let real = FolderConfinement.realPath(candidate) else { continue }
            guard FolderConfinement.isInside(real, root) else {
                if outside == nil { outside = (real, root) }
                continue
            }
            if options.confineImages, !options.imageFolders.contains(where: { FolderConfinement.isInside(real, $0) }) {
                throw Diagnostic.eval(Self.notSent(name))
            }
            try Self.checkImageFile(real, name: name)
            options.files?.read(real)
            return real
        }
        if let (real, root) = outside {
            if options.confineImages { throw Diagnostic.eval(Self.notSent(name)) }
            let whose = file.map { "the folder of \(($0 as NSString).lastPathComponent) (\(root))" } ?? "the folder \(root)"
            throw Diagnostic.eval("image '\(name)' is outside \(whose) (it is \(real)): an image must be a file in that folder or below it")
        }
        throw Diagnostic.eval("image '\(name)' not found (looked in \(roots.joined(separator: ", ")))")
    }

    /// Checks the file is a regular file of a usable size that starts like a PNG or a JPEG.
    static func checkImageFile(_ path: String, name: String) throws(Diagnostic) {
        let fd: Int32
        do { fd = try InputFile.open(path) } catch { throw Diagnostic.eval("image '\(name)': \(error.message)") }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, Int(st.st_size) > ImageHeader.maxBytes {
            throw Diagnostic.eval("image '\(name)' is \(Int(st.st_size) >> 20) MB; an image may be at most \(ImageHeader.maxBytes >> 20) MB (save it smaller)")
        }
        // The header (and a JPEG's size marker after its metadata) is in the first 64 KB.
        var head = [UInt8](repeating: 0, count: 65_536)
        var got = 0
        while got < head.count {
            let n = head.withUnsafeMutableBytes { buf in buf.baseAddress.map { read(fd, $0 + got, buf.count - got) } ?? 0 }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        guard ImageHeader.format(of: head[..<got]) != nil else {
            throw Diagnostic.eval("image '\(path)' is neither a PNG nor a JPEG file (save it as PNG or JPEG)")
        }
        // Too many pixels: said here, at the cell, before anything is decoded (the decoder checks again).
        if let header = ImageHeader(head[..<got]), let problem = header.problem { throw Diagnostic.eval("image '\(name)': \(problem)") }
    }

    /// What a confined run says of an image outside what was sent (without the server's own paths).
    static func notSent(_ name: String) -> String {
        "image '\(name)': only images sent with the data can be used, not a file elsewhere on the server"
    }
}
