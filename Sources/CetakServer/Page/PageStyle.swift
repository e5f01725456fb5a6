extension Page {
    /// The style of the page: plain, large enough to read on a 1366×768 office screen, visible focus.
    static let style = #"""
    :root { --ink: #1b2430; --muted: #56606b; --line: #c9d1da; --accent: #1f5f8b; --bad: #a4262c; --warn: #8a5a00; --bg: #f3f5f7; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 15px/1.45 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
    .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 6px 10px; z-index: 2; }
    .skip:focus { left: 8px; }
    .top { display: flex; align-items: baseline; gap: 16px; padding: 8px 20px; background: var(--accent); color: #fff; }
    .top h1 { margin: 0; font-size: 22px; letter-spacing: .5px; }
    .top p { margin: 0; opacity: .95; }
    .grid { display: grid; grid-template-columns: minmax(320px, 400px) minmax(0, 1fr); gap: 14px; padding: 14px 20px; max-width: 1500px; margin: 0 auto; }
    @media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
    .col { display: flex; flex-direction: column; gap: 14px; min-width: 0; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
    h2 { font-size: 17px; margin: 0 0 8px; display: flex; align-items: center; gap: 8px; }
    h3 { font-size: 15px; margin: 12px 0 6px; }
    .num { display: inline-flex; width: 24px; height: 24px; border-radius: 50%; background: var(--accent); color: #fff;
           font-size: 14px; align-items: center; justify-content: center; flex: none; }
    label { display: block; font-weight: 600; margin: 8px 0 3px; }
    select, input[type=text], input[type=date], input[type=number] { width: 100%; font: inherit; padding: 6px 8px;
           border: 1px solid #8d99a6; border-radius: 4px; background: #fff; color: var(--ink); }
    .bar select { width: auto; max-width: 22em; }
    button, .button { font: inherit; padding: 6px 12px; border: 1px solid var(--accent); border-radius: 4px; background: #fff;
           color: var(--accent); cursor: pointer; text-decoration: none; display: inline-block; }
    button.primary, .button.primary { background: var(--accent); color: #fff; font-weight: 600; }
    button:disabled { opacity: .45; cursor: default; }
    :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
    .hint { color: var(--muted); font-size: 14px; margin: 6px 0; }
    .drop { border: 2px dashed #8d99a6; border-radius: 6px; padding: 10px 12px; text-align: center; }
    .drop.over { border-color: var(--accent); background: #e8f1f8; }
    .drop p { margin: 4px 0; }
    .drop input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .drop:focus-within .button { outline: 3px solid #f0a500; outline-offset: 2px; }
    .files { list-style: none; padding: 0; margin: 8px 0 0; }
    .files li { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 3px 0; border-bottom: 1px solid #eef1f4; }
    .files .kind { color: var(--muted); font-size: 13px; }
    .files button { padding: 2px 8px; font-size: 13px; }
    .field { margin-bottom: 4px; }
    .field .req { color: var(--bad); }
    .field .note { color: var(--bad); font-size: 13px; }
    .field .words { display: block; font-size: 13px; color: var(--muted); }
    input[aria-invalid=true] { border-color: var(--bad); }
    .check { display: flex; gap: 6px; align-items: center; font-weight: 400; }
    .check input { width: auto; }
    #check { margin-top: 10px; }
    .error { border-left: 4px solid var(--bad); background: #fbeced; padding: 8px 12px; margin: 8px 0; white-space: pre-wrap; }
    .table-wrap { max-height: 260px; overflow: auto; border: 1px solid var(--line); }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e4e8ec; vertical-align: top; }
    th { background: #eef2f6; position: sticky; top: 0; }
    td.value { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; white-space: nowrap;
               max-width: 16em; overflow: hidden; text-overflow: ellipsis; }
    table.no-sheet .sheet { display: none; }
    .form-title { margin: 6px 0 0; font-weight: 600; }
    #warnings { margin: 0; padding-left: 20px; max-height: 150px; overflow: auto; color: var(--warn); }
    .bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .sep { width: 12px; }
    .preview { margin-top: 10px; text-align: center; background: #e9edf1; border-radius: 4px; padding: 8px; min-height: 80px;
               max-height: 82vh; overflow: auto; }
    .preview img { max-width: 100%; box-shadow: 0 1px 4px rgba(0,0,0,.25); background: #fff; }
    #doc { min-width: 14em; }
    progress { width: 320px; height: 18px; }
    #summary { font-weight: 600; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    code { background: #eef1f4; padding: 0 3px; border-radius: 3px; }
    """#
}
