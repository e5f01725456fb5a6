/// The XMP metadata packet of a PDF/A-2b file (ISO 19005-2 §6.6): the PDF/A identification
/// (`pdfaid:part` 2, `pdfaid:conformance` B) and the same title, author, tool, producer and dates
/// as the Info dictionary, in the predefined schemas only (Dublin Core, XMP basic, Adobe PDF), so no
/// extension schema is needed. UTF-8, unfiltered, no `bytes` or `encoding` attribute in the header.
enum XMPPacket {
    /// The packet for `info` (the values already made archivable).
    static func make(_ info: PDFArchival.Info) -> [UInt8] {
        let date = iso8601UTC(epochSeconds: info.date)
        var x = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        x += "  <rdf:Description rdf:about=\"\"\n"
        x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        x += "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        x += "   <dc:format>application/pdf</dc:format>\n"
        x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(info.title))</rdf:li></rdf:Alt></dc:title>\n"
        if !info.author.isEmpty {
            x += "   <dc:creator><rdf:Seq><rdf:li>\(escape(info.author))</rdf:li></rdf:Seq></dc:creator>\n"
        }
        x += "   <xmp:CreatorTool>\(escape(info.creator))</xmp:CreatorTool>\n"
        x += "   <xmp:CreateDate>\(date)</xmp:CreateDate>\n"
        x += "   <xmp:ModifyDate>\(date)</xmp:ModifyDate>\n"
        x += "   <xmp:MetadataDate>\(date)</xmp:MetadataDate>\n"
        x += "   <pdf:Producer>\(escape(info.producer))</pdf:Producer>\n"
        x += "   <pdfaid:part>2</pdfaid:part>\n"
        x += "   <pdfaid:conformance>B</pdfaid:conformance>\n"
        x += "  </rdf:Description>\n"
        x += " </rdf:RDF>\n"
        x += "</x:xmpmeta>\n"
        x += "<?xpacket end=\"r\"?>"
        return Array(x.utf8)
    }

    /// XML character data: `&`, `<`, `>` and quotes as entities.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
