import Foundation
import CetakCore

/// A loaded form template: what data it reads, how documents are formed, and what each page shows.
public struct Template: Sendable {
    /// The form id (`laporan-bulanan`).
    public var id: String
    /// The official title, for `cetak list` and PDF metadata.
    public var title: String
    /// The template file.
    public var file: String
    /// Datasets the form reads, with their required columns.
    public var datasets: [DatasetDecl]
    /// Context keys the form needs.
    public var contextKeys: [ContextKeyDecl]
    /// How records become documents.
    public var documents: DocumentsDecl
    /// Paper, orientation, margins.
    public var page: PageDecl
    /// Named text styles, in declaration order.
    public var styles: [StyleDecl]
    /// Blocks at the top of every page.
    public var header: [Node]
    /// Blocks at the bottom of every page.
    public var footer: [Node]
    /// The flowing content.
    public var body: [Node]
    /// Named switches the template declares (`petunjuk`), with their defaults.
    public var options: [String: Bool]
    /// Where the root element is.
    public var location: SourceLocation
    /// The parts it includes (`<include src>`), as read: inputs of a run like the template file itself.
    public var parts: [String] = []
}

/// A dataset the form reads.
public struct DatasetDecl: Sendable {
    /// Base name of the data file (`kegiatan`).
    public var name: String
    /// The column that identifies a record, for `data.NAME[key]` look-ups.
    public var key: String?
    /// Declared columns.
    public var columns: [ColumnDecl]
    /// Columns computed per record after all datasets are read, in order.
    public var derives: [LetDecl]
    /// False when the form can render without this dataset.
    public var required: Bool
    /// Where it is declared.
    public var location: SourceLocation
    /// Column sets whose values no two records may share (`<unique columns="tingkat, wilayah"/>`).
    public var unique: [[String]] = []
    /// Conditions checked on every record, each adding a warning to the report (`<warn>` in `<data>`).
    public var warnings: [WarnDecl] = []
}

/// A declared column: its name, type and whether the file must have it.
public struct ColumnDecl: Sendable {
    /// Column name, lower-case.
    public var name: String
    /// How the cells are read.
    public var type: ValueType
    /// True when a file without this column is an error.
    public var required: Bool
    /// Smallest number allowed (a smaller one rejects the record).
    public var min: Decimal?
    /// Largest number allowed (a larger one rejects the record).
    public var max: Decimal?
    /// A dataset whose key the value must be (`ref="calon"`): a record that joins nothing is rejected.
    public var ref: String? = nil
}

/// How a cell or context value is read.
public enum ValueType: String, Sendable {
    /// Text as it is.
    case text
    /// A date (three forms of docs/data.md).
    case date
    /// A number, decimal point or comma.
    case number
    /// Yes/no.
    case bool
    /// A NIP: 18 digits (spaces allowed) whose birth date exists; anything else rejects the record.
    case nip
}

/// A context key the form needs (a dotted path into the context JSON).
public struct ContextKeyDecl: Sendable {
    /// `instansi.nama`.
    public var path: String
    /// How to read it.
    public var type: ValueType
    /// When false the key may be absent (then it reads as empty).
    public var required: Bool
    /// Where it is declared.
    public var location: SourceLocation
    /// The values it may take (`values="1, 2"`), when only some may: numbers compared as numbers, text
    /// without regard to case. A value outside them stops the run with a message (never read as a default).
    public var values: [String]?
    /// The least and greatest number it may be (`min`, `max`).
    public var min: Decimal?
    public var max: Decimal?
}

/// A `<let name value>` binding.
public struct LetDecl: Sendable {
    /// The variable name.
    public var name: String
    /// Its value.
    public var value: Expr
    /// Where it is declared.
    public var location: SourceLocation
}

/// How the records of a run become documents.
public struct DocumentsDecl: Sendable {
    /// The list of items, one document each (or per group); nil: one document for the whole run.
    public var source: Expr?
    /// The name each item (or each group's first item) is bound to.
    public var itemName: String
    /// Group the items by these values; then `rowsName` is bound to each group's items.
    public var groupBy: [Expr]
    /// The name of a group's items.
    public var rowsName: String
    /// Order of the documents (ascending, stable); empty keeps the source order.
    public var sort: [SortKey]
    /// The document key (file name stem).
    public var key: Interpolation
    /// The PDF title of each document (defaults to the form title).
    public var title: Interpolation?
    /// The PDF author of each document, e.g. the issuing office (`{kop.nama}`); nil: none.
    public var author: Interpolation? = nil
    /// Variables bound per document, in order.
    public var lets: [LetDecl]
    /// Conditions under which a document is left out on purpose (reported as skipped).
    public var skips: [SkipDecl]
    /// Conditions that add a warning to the report.
    public var warnings: [WarnDecl]
    /// Where it is declared.
    public var location: SourceLocation
    /// Conditions under which a document cannot be made (reported as rejected, exit code 1).
    public var rejects: [RejectDecl] = []
    /// Running numbers (`$seq`) count separately for each value of this expression (each office its own).
    public var seqBy: Expr? = nil
}

/// A sort key: an expression and a direction.
public struct SortKey: Sendable {
    /// What to sort by.
    public var expr: Expr
    /// Descending when true.
    public var descending: Bool
}

/// `<skip when reason>`: a document the form's rule leaves out.
public struct SkipDecl: Sendable {
    /// When to skip.
    public var when: Expr
    /// Why, printed in the report.
    public var reason: Interpolation
    /// Where it is declared.
    public var location: SourceLocation
}

/// `<warn when message>`: a document rendered with a warning in the report.
public struct WarnDecl: Sendable {
    /// When to warn.
    public var when: Expr
    /// The message.
    public var message: Interpolation
    /// Where it is declared.
    public var location: SourceLocation
    /// A short name of the cause, to print many such warnings as one line ("KS Mitra tanpa kegiatan OJL 1").
    public var group: String? = nil
}

/// `<reject when message at>`: a document that must not be made (an office with no row, …).
public struct RejectDecl: Sendable {
    /// When to reject.
    public var when: Expr
    /// The message, naming what is missing and where to add it.
    public var message: Interpolation
    /// The data cell the rejection points at (`k.pengusul`); nil: the document's record.
    public var at: Expr?
    /// Where it is declared.
    public var location: SourceLocation
}

/// Paper and margins.
public struct PageDecl: Sendable {
    /// Paper size.
    public var paper: Paper
    /// Landscape when true.
    public var landscape: Bool
    /// Margins top, right, bottom, left in points.
    public var margin: (Double, Double, Double, Double)
    /// A decorative border, if any.
    public var border: PageBorder?
    /// Where `<page>` is (nil when the template has none).
    public var location: SourceLocation?
}

/// A named text style; unset properties come from the parent (or the defaults).
public struct StyleDecl: Sendable {
    /// Its name.
    public var name: String
    /// The style it extends.
    public var parent: String?
    /// Font family.
    public var family: String?
    /// Fallback families.
    public var fallbacks: [String]?
    /// Size, points.
    public var size: Double?
    /// Bold.
    public var bold: Bool?
    /// Italic.
    public var italic: Bool?
    /// Underline.
    public var underline: Bool?
    /// Alignment.
    public var align: TextAlign?
    /// Line height multiple.
    public var lineHeight: Double?
    /// Space above paragraphs in this style.
    public var spaceBefore: FlexSpace?
    /// Space below paragraphs in this style.
    public var spaceAfter: FlexSpace?
    /// Where it is declared.
    public var location: SourceLocation
}
