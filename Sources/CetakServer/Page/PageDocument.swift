extension Page {
    /// The HTML of the page; `{Q}` becomes `?token=…` when the server has a token.
    static let document = #"""
    <!doctype html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>cetak — formulir dari data</title>
    <link rel="icon" href="/favicon.svg{Q}" type="image/svg+xml">
    <link rel="stylesheet" href="/app.css{Q}">
    <script src="/app.js{Q}" defer></script>
    </head>
    <body>
    <a class="skip" href="#langkah-data">Langsung ke unggah data</a>
    <header class="top">
      <h1>cetak</h1>
      <p>Formulir resmi dari data Excel: pilih formulir, unggah data, periksa, lihat, unduh PDF.</p>
    </header>
    <main class="grid">
      <div class="col">
        <section class="card" aria-labelledby="h-form">
          <h2 id="h-form"><span class="num" aria-hidden="true">1</span> Pilih formulir</h2>
          <label for="programme">Program</label>
          <select id="programme"></select>
          <label for="form">Formulir</label>
          <select id="form"></select>
          <p id="form-title" class="form-title"></p>
          <p id="form-needs" class="hint"></p>
          <p><a id="workbook-link" href="#">Unduh contoh workbook</a> <span id="workbook-note" class="hint" role="status"></span></p>
        </section>

        <section class="card" id="langkah-data" aria-labelledby="h-data">
          <h2 id="h-data"><span class="num" aria-hidden="true">2</span> Unggah data</h2>
          <div id="drop" class="drop">
            <p>Tarik berkas ke sini, atau</p>
            <label class="button" for="files">Pilih berkas…</label>
            <input id="files" type="file" multiple accept=".xlsx,.csv,.json,.png,.jpg,.jpeg">
            <p class="hint">Workbook Excel (.xlsx), CSV atau JSON per data; konteks dalam lembar <code>konteks</code>
              atau berkas <code>konteks.json</code>; gambar logo dan foto (.png).</p>
          </div>
          <ul id="file-list" class="files" aria-label="Berkas yang diunggah"></ul>
        </section>

        <section class="card" aria-labelledby="h-ctx">
          <h2 id="h-ctx"><span class="num" aria-hidden="true">3</span> Konteks surat</h2>
          <p class="hint">Tempat, tanggal, penanda tangan… dibaca dari lembar <code>konteks</code> atau konteks.json.
            Ubah di sini bila perlu; isian ini dipakai untuk semua dokumen.</p>
          <form id="context-form" novalidate>
            <div id="context-fields"></div>
            <div id="switch-fields"></div>
            <button id="check" type="submit">Periksa ulang</button>
          </form>
        </section>
      </div>

      <div class="col wide">
        <section class="card" aria-labelledby="h-check">
          <h2 id="h-check"><span class="num" aria-hidden="true">4</span> Hasil pemeriksaan</h2>
          <p id="summary" role="status">Pilih formulir dan unggah data.</p>
          <div id="error-box" class="error" role="alert" hidden></div>
          <div id="rejected-box" hidden>
            <h3>Data yang ditolak</h3>
            <div class="table-wrap">
              <table id="rejected" class="no-sheet">
                <thead><tr><th scope="col">Berkas</th><th scope="col" class="sheet">Lembar</th><th scope="col" class="sheet">Sel</th><th scope="col">Baris</th>
                  <th scope="col">Kolom</th><th scope="col">Nilai</th><th scope="col">Keterangan</th></tr></thead>
                <tbody></tbody>
              </table>
            </div>
          </div>
          <div id="warnings-box" hidden>
            <h3>Peringatan</h3>
            <ul id="warnings"></ul>
          </div>
        </section>

        <section class="card" aria-labelledby="h-render">
          <h2 id="h-render"><span class="num" aria-hidden="true">5</span> Cetak semua</h2>
          <div class="bar">
            <button id="render" type="button" class="primary" disabled>Buat semua PDF</button>
            <progress id="progress" max="1" value="0" hidden aria-label="Kemajuan pembuatan PDF"></progress>
          </div>
          <p id="render-status" role="status"></p>
          <p id="downloads" class="bar" hidden>
            <a id="zip-link" class="button primary" href="#">Unduh ZIP (semua PDF)</a>
            <a id="pdf-link" class="button" href="#">Unduh PDF gabungan untuk dicetak</a>
          </p>
        </section>
        <section class="card" aria-labelledby="h-preview">
          <h2 id="h-preview"><span class="num" aria-hidden="true">6</span> Pratinjau</h2>
          <div class="bar">
            <button id="prev-doc" type="button" disabled>‹ Sebelumnya</button>
            <label for="doc" class="sr-only">Dokumen</label>
            <select id="doc" disabled></select>
            <button id="next-doc" type="button" disabled>Berikutnya ›</button>
            <span class="sep"></span>
            <button id="prev-page" type="button" disabled aria-label="Halaman sebelumnya">‹</button>
            <span id="page-info" role="status">Halaman –</span>
            <button id="next-page" type="button" disabled aria-label="Halaman berikutnya">›</button>
          </div>
          <div class="preview"><img id="preview" alt="Pratinjau belum ada" hidden><p id="preview-note" class="hint">Pratinjau muncul setelah data diperiksa.</p></div>
        </section>

      </div>
    </main>
    </body>
    </html>
    """#
}
