import CetakBind
import CetakCore
import CetakLayout
import CetakTemplate

/// `cetak check`: what rendering a form would refuse, found without data — the template's XML and
/// schema, its expressions (`TemplateChecker`: functions, names, context keys, datasets, columns) and
/// its fonts. Every finding names the template file and line.
public enum TemplateCheck {
    /// The template (when it loads) and every problem found; errors mean `render` would stop.
    public static func run(_ o: RenderOptions) -> (template: Template?, findings: [Diagnostic]) {
        let t: Template
        do { t = try Renderer.loadTemplate(o) } catch { return (nil, error.all) }
        return (t, TemplateChecker.check(t) + fonts(t))
    }

    /// Styles naming a font family that is not installed and has no installed fallback (render would
    /// stop at the first text in that style). A style is blamed where it sets `font` or `fallback`.
    public static func fonts(_ t: Template) -> [Diagnostic] {
        guard let book = try? FontBook() else { return [Diagnostic(.warning, .system, at: t.location, "fontconfig is not working: fonts were not checked")] }
        let sheet = StyleSheet(t.styles)
        var found: [Diagnostic] = []
        func installed(_ family: String) -> Bool { ((try? book.resolve(family: family)) ?? nil) != nil }
        func check(_ style: TextStyle, at loc: SourceLocation) {
            if installed(style.family) { return }
            if let stand = style.fallbacks.first(where: installed) {
                found.append(Diagnostic(.warning, .system, at: loc, "font '\(style.family)' is not installed: its fallback '\(stand)' is used instead"))
                return
            }
            let named = style.fallbacks.isEmpty ? "and no fallback is named" : "nor is any fallback (\(style.fallbacks.joined(separator: ", ")))"
            found.append(Diagnostic(.error, .system, at: loc, "font '\(style.family)' is not installed, \(named): install it (`fc-list : family` lists the installed fonts) or add fallback=\"…\" naming one that is"))
        }
        let setsFont = t.styles.filter { $0.family != nil || $0.fallbacks != nil }
        for d in setsFont { check(sheet.style(d.name).text, at: d.location) }
        if !setsFont.contains(where: { $0.name == "body" }) { check(sheet.base.text, at: t.location) }
        return found
    }
}
