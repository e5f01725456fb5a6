extension Page {
    /// The script of the page. Data reaches the page only through `textContent` and attributes set one
    /// by one (never `innerHTML`), so whatever a cell holds is shown as text.
    static let script = #"""
    "use strict";
    (function () {
      const $ = (id) => document.getElementById(id);
      const token = new URLSearchParams(location.search).get("token") || "";
      const withToken = (url) => token ? url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token) : url;
      const authHeaders = () => token ? { "Authorization": "Bearer " + token } : {};

      const state = { forms: [], programmes: [], files: [], read: {}, edited: {}, switches: {}, docs: [], doc: 0, page: 1, pages: 1,
                      inspecting: 0, job: null };

      const labels = {
        tempat: "Tempat penandatanganan", tanggal: "Tanggal penandatanganan", tahun: "Tahun",
        nama: "nama", nip: "NIP", jabatan: "jabatan", pangkat: "pangkat"
      };
      function labelOf(key) {
        if (labels[key] && !key.includes(".")) return labels[key];
        return key.split(".").map((p, i) => {
          const t = (labels[p] && i > 0) ? labels[p] : p.replace(/_/g, " ");
          return i === 0 ? t.charAt(0).toUpperCase() + t.slice(1) : t;
        }).join(" · ");
      }
      function el(tag, props, ...children) {
        const e = document.createElement(tag);
        for (const [k, v] of Object.entries(props || {})) {
          if (k === "text") e.textContent = v; else if (k === "class") e.className = v; else e.setAttribute(k, v);
        }
        for (const c of children) if (c != null) e.append(c);
        return e;
      }
      function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
      function show(e, yes) { e.hidden = !yes; }

      async function api(path, options) {
        const r = await fetch(path, Object.assign({ headers: authHeaders() }, options || {}));
        return r;
      }
      async function errorText(r) {
        if (r.status === 413) return "Berkas terlalu besar untuk diunggah. Kirim berkas yang lebih kecil atau sedikit demi sedikit.";
        if (r.status === 401) return "Token salah atau tidak ada: buka alamat lengkap yang dicetak cetak serve (…?token=…).";
        try { const j = await r.json(); return { message: j.error || ("Galat " + r.status), problems: j.problems || [] }; }
        catch (e) { return "Galat " + r.status; }
      }

      // 1. Forms
      function currentForm() { return state.forms.find((f) => f.id === $("form").value); }
      function fillForms() {
        const prog = $("programme").value;
        const p = state.programmes.find((x) => x.id === prog);
        const sel = $("form");
        const keep = sel.value || localStorage.getItem("cetak.form");
        clear(sel);
        for (const id of (p ? p.forms : [])) {
          const f = state.forms.find((x) => x.id === id);
          sel.append(el("option", { value: id, text: f.title }));
        }
        if (keep && [...sel.options].some((o) => o.value === keep)) sel.value = keep;
        formChanged();
      }
      function formChanged() {
        const f = currentForm();
        if (!f) return;
        localStorage.setItem("cetak.form", f.id);
        $("form-title").textContent = f.title;
        $("form-needs").textContent = "Data yang dibaca: " + (f.datasets.length ? f.datasets.join(", ") : "tidak ada") + ".";
        // The programme's workbook to fill in (cetak workbook): a sheet per dataset and konteks, uploaded back as it is.
        const prog = state.programmes.find((p) => p.id === f.programme);
        const link = $("workbook-link");
        show(link, !!(prog && prog.workbook));
        link.href = withToken("/api/workbook?programme=" + encodeURIComponent(f.programme));
        link.setAttribute("download", f.programme + ".xlsx");
        $("workbook-note").textContent = prog && prog.workbook
          ? "— satu sheet per data dan sheet konteks; isi, lalu unggah kembali di sini."
          : "Program ini tidak punya contoh workbook.";
        state.read = {};
        state.switches = {};
        buildContextFields(f);
        resetResults();
        if (state.files.length) inspect();
      }
      function buildContextFields(f) {
        const box = $("context-fields");
        clear(box);
        if (!f.context.length) box.append(el("p", { class: "hint", text: "Formulir ini tidak memerlukan konteks." }));
        for (const k of f.context) {
          const id = "ctx-" + k.key.replace(/[^a-zA-Z0-9_-]/g, "-");
          const label = el("label", { for: id }, labelOf(k.key));
          if (k.required) label.append(" ", el("span", { class: "req", "aria-hidden": "true", text: "*" }));
          const input = el("input", { id: id, name: k.key, type: k.type === "date" ? "date" : k.type === "number" ? "text" : "text" });
          if (k.type === "number") input.setAttribute("inputmode", "decimal");
          if (k.required) input.setAttribute("aria-required", "true");
          input.dataset.key = k.key;
          if (state.edited[k.key] !== undefined) input.value = state.edited[k.key];
          input.addEventListener("change", () => { state.edited[k.key] = input.value; if (state.files.length) inspect(); });
          const note = el("span", { class: "note", id: id + "-note" });
          // A date is also shown in words: the browser's picker may show month first (mm/dd/yyyy).
          const words = el("span", { class: "words", id: id + "-words" });
          if (k.type === "date") input.addEventListener("input", () => { words.textContent = dateInWords(input.value); });
          input.setAttribute("aria-describedby", id + "-note " + id + "-words");
          box.append(el("div", { class: "field" }, label, input, words, note));
        }
        const sw = $("switch-fields");
        clear(sw);
        for (const s of f.switches) {
          const id = "sw-" + s.name;
          const input = el("input", { id: id, type: "checkbox" });
          input.checked = s.default;
          input.addEventListener("change", () => { state.switches[s.name] = input.checked; if (state.files.length) inspect(); });
          sw.append(el("label", { class: "check", for: id }, input, "Tampilkan bagian “" + s.name + "”"));
        }
      }
      const months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
      function dateInWords(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
        return m ? parseInt(m[3], 10) + " " + months[parseInt(m[2], 10) - 1] + " " + m[1] : "";
      }
      function fillContextValues(list) {
        for (const c of list) {
          const input = document.querySelector('#context-fields input[data-key="' + CSS.escape(c.key) + '"]');
          if (!input) continue;
          const note = document.getElementById(input.id + "-note");
          state.read[c.key] = c.value == null ? "" : c.value;
          if (state.edited[c.key] === undefined) input.value = state.read[c.key];
          if (c.type === "date") document.getElementById(input.id + "-words").textContent = dateInWords(input.value);
          if (c.items != null) { input.disabled = true; note.textContent = "Daftar " + c.items + " isian — ubah di lembar konteks."; }
          else { input.disabled = false; note.textContent = (c.required && !input.value) ? "Wajib diisi." : ""; }
          input.setAttribute("aria-invalid", note.textContent ? "true" : "false");
        }
      }

      function markRequired() {
        const f = currentForm();
        for (const k of (f ? f.context : [])) {
          const input = document.querySelector('#context-fields input[data-key="' + CSS.escape(k.key) + '"]');
          if (!input || !k.required) continue;
          document.getElementById(input.id + "-note").textContent = input.value ? "" : "Wajib diisi.";
          input.setAttribute("aria-invalid", input.value ? "false" : "true");
        }
      }

      // 2. Files
      function kindOf(name) {
        const n = name.toLowerCase();
        if (/\.(png|jpe?g)$/.test(n)) return "gambar";
        if (/^(konteks|context)[^/]*\.json$/.test(n)) return "konteks";
        if (n.endsWith(".xlsx")) return "workbook";
        return "data";
      }
      function addFiles(list) {
        // A new context (a konteks file or a workbook with its sheet) shows its own values again.
        if ([...list].some((f) => ["konteks", "workbook"].includes(kindOf(f.name)))) {
          state.edited = {};
          for (const input of document.querySelectorAll("#context-fields input")) input.value = "";
        }
        for (const file of list) {
          state.files = state.files.filter((f) => f.name !== file.name);
          state.files.push(file);
        }
        showFiles();
        inspect();
      }
      function showFiles() {
        const ul = $("file-list");
        clear(ul);
        for (const file of state.files) {
          const remove = el("button", { type: "button", "aria-label": "Hapus " + file.name, text: "Hapus" });
          remove.addEventListener("click", () => { state.files = state.files.filter((f) => f !== file); showFiles(); state.files.length ? inspect() : resetResults(); });
          ul.append(el("li", {}, el("span", {}, el("span", { text: file.name }), " ", el("span", { class: "kind", text: "(" + kindOf(file.name) + ", " + Math.ceil(file.size / 1024) + " KB)" })), remove));
        }
      }
      function formData(extra) {
        const fd = new FormData();
        fd.append("form", $("form").value);
        for (const file of state.files) fd.append(kindOf(file.name) === "konteks" ? "context" : "data", file, file.name);
        // What the clerk typed wins over the context file (the fields show it), for every document.
        for (const [k, v] of Object.entries(state.edited)) fd.append("set", k + "=" + v);
        const f = currentForm();
        for (const [k, v] of Object.entries(state.switches)) {
          const s = f && f.switches.find((x) => x.name === k);
          if (s && s.default !== v) fd.append("set", k + "=" + (v ? "ya" : "tidak"));
        }
        for (const [k, v] of Object.entries(extra || {})) fd.append(k, v);
        return fd;
      }

      // 4. Check
      function resetResults() {
        $("summary").textContent = state.files.length ? "Memeriksa…" : "Pilih formulir dan unggah data.";
        show($("error-box"), false); show($("rejected-box"), false); show($("warnings-box"), false);
        state.docs = []; fillDocs();
        $("render").disabled = true;
        show($("downloads"), false); $("render-status").textContent = ""; show($("progress"), false);
      }
      function problemRows(problems) {
        const body = $("rejected").tBodies[0];
        clear(body);
        for (const p of problems) {
          body.append(el("tr", {},
            el("td", { text: p.file || "" }), el("td", { class: "sheet", text: p.sheet || "" }), el("td", { class: "sheet", text: p.cell || "" }),
            el("td", { text: p.line ? String(p.line) : "" }),
            el("td", { text: p.column || "" }), el("td", { class: "value", title: p.value || "", text: p.value || "" }), el("td", { text: p.message })));
        }
        $("rejected").classList.toggle("no-sheet", !problems.some((p) => p.sheet));
        show($("rejected-box"), problems.length > 0);
      }
      function showError(e) {
        const box = $("error-box");
        if (typeof e === "string") { box.textContent = e; problemRows([]); }
        else { box.textContent = "Tidak ada dokumen yang bisa dibuat: perbaiki dulu yang di bawah ini."; problemRows(e.problems.length ? e.problems : [{ message: e.message }]); }
        show(box, true);
      }
      async function inspect() {
        if (!state.files.length || !$("form").value) return;
        const ticket = ++state.inspecting;
        resetResults();
        const r = await api("/api/inspect", { method: "POST", body: formData() }).catch(() => null);
        if (ticket !== state.inspecting) return;
        if (!r) { $("summary").textContent = ""; showError("Server tidak menjawab. Apakah cetak serve masih berjalan?"); return; }
        if (!r.ok) { $("summary").textContent = "Data belum bisa dipakai."; showError(await errorText(r)); markRequired(); return; }
        const j = await r.json();
        fillContextValues(j.context);
        const skipped = j.documents.filter((d) => d.skipped).length;
        const parts = [j.ready + " dokumen siap dibuat"];
        if (skipped) parts.push(skipped + " dilewati sesuai aturan formulir");
        if (j.rejected.length) parts.push(j.rejected.length + " data ditolak");
        if (j.warnings.length) parts.push(j.warnings.length + " peringatan");
        $("summary").textContent = parts.join(" · ") + ".";
        problemRows(j.rejected);
        const wl = $("warnings"); clear(wl);
        for (const w of j.warnings) wl.append(el("li", { text: (w.key ? w.key + ": " : "") + w.message }));
        show($("warnings-box"), j.warnings.length > 0);
        state.docs = j.documents.filter((d) => !d.skipped && !d.rejected);
        state.doc = 0; state.page = 1;
        fillDocs();
        $("render").disabled = state.docs.length === 0;
        if (state.docs.length) preview();
      }

      // 5. Preview
      function fillDocs() {
        const sel = $("doc");
        clear(sel);
        // A title is "<form> – <who>": the list shows who, then the key.
        const who = (d) => { const t = d.title || ""; const at = t.lastIndexOf(" – "); return at >= 0 ? t.slice(at + 3) : t; };
        state.docs.forEach((d, i) => sel.append(el("option", { value: String(i), text: (i + 1) + ". " + (who(d) && who(d) !== d.key ? who(d) + " · " + d.key : d.key) })));
        sel.disabled = state.docs.length === 0;
        if (!state.docs.length) {
          show($("preview"), false); $("preview-note").textContent = "Pratinjau muncul setelah data diperiksa."; show($("preview-note"), true);
          $("page-info").textContent = "Halaman –";
        }
        navButtons();
      }
      function navButtons() {
        $("prev-doc").disabled = state.doc <= 0;
        $("next-doc").disabled = state.doc >= state.docs.length - 1;
        $("prev-page").disabled = !state.docs.length || state.page <= 1;
        $("next-page").disabled = !state.docs.length || state.page >= state.pages;
      }
      let lastURL = null;
      async function preview() {
        const d = state.docs[state.doc];
        if (!d) return;
        $("doc").value = String(state.doc);
        $("preview-note").textContent = "Menyiapkan pratinjau…"; show($("preview-note"), true);
        const ticket = state.inspecting;
        const r = await api("/api/preview", { method: "POST", body: formData({ key: d.key, page: String(state.page), dpi: "110" }) }).catch(() => null);
        if (ticket !== state.inspecting) return;
        if (!r || !r.ok) {
          const e = r ? await errorText(r) : "Server tidak menjawab.";
          $("preview-note").textContent = typeof e === "string" ? e : e.message; show($("preview"), false); return;
        }
        state.pages = parseInt(r.headers.get("X-Cetak-Pages") || "1", 10);
        state.page = parseInt(r.headers.get("X-Cetak-Page") || "1", 10);
        const blob = await r.blob();
        if (lastURL) URL.revokeObjectURL(lastURL);
        lastURL = URL.createObjectURL(blob);
        const img = $("preview");
        img.src = lastURL;
        img.alt = "Halaman " + state.page + " dari dokumen " + d.key;
        show(img, true); show($("preview-note"), false);
        $("page-info").textContent = "Halaman " + state.page + " dari " + state.pages;
        navButtons();
      }

      // 6. Render
      async function renderAll() {
        $("render").disabled = true;
        show($("downloads"), false);
        const bar = $("progress"); bar.value = 0; bar.max = 1; show(bar, true);
        $("render-status").textContent = "Mengirim data…";
        const r = await api("/api/jobs", { method: "POST", body: formData() }).catch(() => null);
        if (!r || !r.ok) {
          const e = r ? await errorText(r) : "Server tidak menjawab.";
          $("render-status").textContent = typeof e === "string" ? e : e.message; show(bar, false); $("render").disabled = false; return;
        }
        const job = await r.json();
        state.job = job.id;
        poll(job.id);
      }
      async function poll(id) {
        const r = await api("/api/jobs/" + encodeURIComponent(id)).catch(() => null);
        if (state.job !== id) return;
        if (!r || !r.ok) { $("render-status").textContent = "Kemajuan tidak bisa dibaca."; $("render").disabled = false; return; }
        const s = await r.json();
        const bar = $("progress");
        if (s.total > 0) { bar.max = s.total; bar.value = s.done; }
        if (s.state === "antre") $("render-status").textContent = "Menunggu giliran (ada pekerjaan lain yang sedang berjalan)…";
        else if (s.state === "berjalan") $("render-status").textContent = s.done + " dari " + (s.total || "?") + " dokumen dibuat…";
        else if (s.state === "gagal") {
          $("render-status").textContent = "Gagal: " + s.error; show(bar, false); $("render").disabled = false; return;
        } else {
          const parts = [s.documents + " dokumen", s.pages + " halaman"];
          if (s.skipped) parts.push(s.skipped + " dilewati");
          if (s.rejected && s.rejected.length) parts.push(s.rejected.length + " ditolak");
          $("render-status").textContent = "Selesai: " + parts.join(", ") + " (" + s.seconds.toFixed(1) + " detik).";
          $("zip-link").href = withToken("/api/jobs/" + encodeURIComponent(id) + "/zip");
          $("pdf-link").href = withToken("/api/jobs/" + encodeURIComponent(id) + "/pdf");
          show($("downloads"), true); $("render").disabled = false;
          $("zip-link").focus();
          return;
        }
        setTimeout(() => poll(id), 300);
      }

      // Wiring
      async function start() {
        const r = await api("/api/forms").catch(() => null);
        if (!r || !r.ok) { showError(r ? await errorText(r) : "Server tidak menjawab."); return; }
        const j = await r.json();
        state.forms = j.forms; state.programmes = j.programmes;
        const prog = $("programme");
        for (const p of j.programmes) prog.append(el("option", { value: p.id, text: p.title }));
        const saved = localStorage.getItem("cetak.form");
        const f = saved && state.forms.find((x) => x.id === saved);
        if (f) prog.value = f.programme;
        fillForms();
      }
      $("programme").addEventListener("change", fillForms);
      $("form").addEventListener("change", formChanged);
      $("files").addEventListener("change", (e) => { addFiles([...e.target.files]); e.target.value = ""; });
      const drop = $("drop");
      drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
      drop.addEventListener("dragleave", () => drop.classList.remove("over"));
      drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); addFiles([...e.dataTransfer.files]); });
      $("context-form").addEventListener("submit", (e) => { e.preventDefault(); inspect(); });
      $("doc").addEventListener("change", () => { state.doc = parseInt($("doc").value, 10); state.page = 1; preview(); });
      $("prev-doc").addEventListener("click", () => { if (state.doc > 0) { state.doc--; state.page = 1; preview(); } });
      $("next-doc").addEventListener("click", () => { if (state.doc < state.docs.length - 1) { state.doc++; state.page = 1; preview(); } });
      $("prev-page").addEventListener("click", () => { if (state.page > 1) { state.page--; preview(); } });
      $("next-page").addEventListener("click", () => { if (state.page < state.pages) { state.page++; preview(); } });
      $("render").addEventListener("click", renderAll);
      start();
    })();
    """#
}
