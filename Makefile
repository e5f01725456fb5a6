# cetak — the two commands: `make run` and `make test`. Both install what is missing first.
# Also: `make install [PREFIX=/usr/local]`, `make deb`, `make uninstall`.
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin

# To build and test (README.md lists the same).
APT_PACKAGES := libcairo2-dev libharfbuzz-dev libxml2-dev libfreetype-dev libfontconfig-dev libqrencode-dev libturbojpeg0-dev \
                libxlsxwriter-dev zlib1g-dev liblcms2-dev nettle-dev fonts-liberation2 fonts-dejavu-core fonts-noto-core poppler-utils qpdf \
                zbar-tools unzip libreoffice-calc-nogui chromium chromium-driver
# To make the Debian package (dpkg-shlibdeps computes its Depends).
DEB_TOOLS := dpkg-dev
# What the installed program needs: the shared libraries' packages (dpkg-shlibdeps must find each of
# them among the computed Depends) and the fonts the forms are set in, which no library check can see.
RUNTIME_LIBRARIES := libcairo2 libharfbuzz0b libharfbuzz-subset0 libxml2 libfontconfig1 libfreetype6 libqrencode4 libturbojpeg0 \
                     libxlsxwriter4 zlib1g liblcms2-2 libnettle8
RUNTIME_FONTS := fonts-liberation2 fonts-dejavu-core fonts-noto-core
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT ?= Output
PREFIX ?= /usr/local
DESTDIR ?=
# The version lives in one place, Sources/CetakCore/Version.swift.
VERSION := $(shell sed -n 's/.*static let number = "\([^"]*\)".*/\1/p' Sources/CetakCore/Version.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null || uname -m)
DEB := cetak_$(VERSION)_$(ARCH).deb
DEB_MAINTAINER ?= cetak developers <cetak@localhost>

.PHONY: deps deps-deb build build-debug run test test-browser check-pdfs check-pdfa blanks bless clean fuzz test-asan install install-files uninstall deb workbooks

## deps: install the Debian packages cetak needs (only those missing)
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"
	@command -v swift >/dev/null || { echo "swift is not on PATH (expected /opt/swift/usr/bin; see README.md)"; exit 1; }

deps-deb:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(DEB_TOOLS)"

.PHONY: apt-install
apt-install:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: the release program, with the Swift runtime linked in (it runs where Swift is not installed)
build: deps
	swift build -c release --product cetak --static-swift-stdlib

build-debug: deps
	swift build

## run: render every form from the sample data in Data/ into Output/
run: build
	.build/release/cetak demo --out $(OUT)

## test: unit, layout, reference, CLI and HTTP tests; every PDF of `cetak demo` and every blank form through
## the project's PDF checks (Tests/CetakTests/PDFChecks); the README's render examples; then the page of
## `cetak serve` in headless Chromium (test-browser)
test: build-debug
	swift test
	$(MAKE) --no-print-directory check-pdfa
	$(MAKE) --no-print-directory test-browser

## check-pdfa: veraPDF (PDF/A-2b) on every PDF of DIR (default: a fresh `cetak demo` in .build/test-output) when a
## verapdf command is installed; Debian packages none, so otherwise the tests' PDFAChecker is the only PDF/A check
check-pdfa:
	@if command -v verapdf >/dev/null; then \
	  dir="$(DIR)"; \
	  if [ -z "$$dir" ]; then dir=.build/test-output; rm -rf $$dir && .build/debug/cetak demo --out $$dir >/dev/null || exit 1; fi; \
	  find "$$dir" -name '*.pdf' -print0 | xargs -0 verapdf --flavour 2b --format text > .build/verapdf.txt; \
	  if grep -q '^FAIL' .build/verapdf.txt; then grep '^FAIL' .build/verapdf.txt; exit 1; fi; \
	  echo "veraPDF: every PDF passes PDF/A-2b"; \
	else echo "veraPDF not installed (not packaged in Debian): PDF/A-2b checked by the tests' PDFAChecker only"; fi

## test-browser: the page of `cetak serve` in headless Chromium over WebDriver (chromedriver); screenshots in .build/browser-test/
test-browser: build-debug
	python3 Tests/browser/page_test.py .build/debug/cetak

## check-pdfs: the PDF checks over the PDFs of a folder: make check-pdfs DIR=Output
check-pdfs: build-debug
	CETAK_PDF_CHECK_DIR="$(abspath $(DIR))" swift test --skip-build --filter RenderedPDFTests

## install: the program to PREFIX/bin, the forms and the sample data to PREFIX/share/cetak (DESTDIR for staging)
install: build install-files
	@echo "installed $(DESTDIR)$(PREFIX)/bin/cetak $(VERSION); forms in $(DESTDIR)$(PREFIX)/share/cetak/Templates"

install-files:
	@test -x .build/release/cetak || { echo "build first: make build"; exit 1; }
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/cetak" "$(DESTDIR)$(PREFIX)/share/doc/cetak"
	install -m 755 -s .build/release/cetak "$(DESTDIR)$(PREFIX)/bin/cetak"
	rm -rf "$(DESTDIR)$(PREFIX)/share/cetak/Templates" "$(DESTDIR)$(PREFIX)/share/cetak/Data"
	cp -R Templates Data "$(DESTDIR)$(PREFIX)/share/cetak/"
	install -m 644 README.md docs/*.md "$(DESTDIR)$(PREFIX)/share/doc/cetak/"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/cetak"
	rm -rf "$(DESTDIR)$(PREFIX)/share/cetak" "$(DESTDIR)$(PREFIX)/share/doc/cetak"

## deb: cetak_<version>_<arch>.deb (usr/bin/cetak, usr/share/cetak); Depends computed by dpkg-shlibdeps
deb: build deps-deb
	rm -rf .build/deb && mkdir -p .build/deb/root/DEBIAN .build/deb/debian
	$(MAKE) --no-print-directory install-files DESTDIR=$(CURDIR)/.build/deb/root PREFIX=/usr
	printf 'Source: cetak\n\nPackage: cetak\nArchitecture: any\n' > .build/deb/debian/control
	cd .build/deb && dpkg-shlibdeps -O root/usr/bin/cetak | sed -n 's/^shlibs:Depends=//p' > depends
	@for p in $(RUNTIME_LIBRARIES); do \
	  grep -Eq "(^|, )$$p( |,|$$)" .build/deb/depends || { echo "dpkg-shlibdeps does not list $$p: $$(cat .build/deb/depends)"; exit 1; }; \
	done
	{ echo "Package: cetak"; \
	  echo "Version: $(VERSION)"; \
	  echo "Architecture: $(ARCH)"; \
	  echo "Maintainer: $(DEB_MAINTAINER)"; \
	  echo "Installed-Size: $$(du -sk .build/deb/root/usr | cut -f1)"; \
	  echo "Depends: $$(cat .build/deb/depends), $$(echo $(RUNTIME_FONTS) | sed 's/ /, /g')"; \
	  echo "Section: utils"; \
	  echo "Priority: optional"; \
	  echo "Description: print official Indonesian education forms from spreadsheets"; \
	  echo " cetak reads the CSV/JSON exports that education secretariats keep and writes"; \
	  echo " print-ready, archivable PDF forms (Program Kemitraan, Diklat Calon Pengawas,"; \
	  echo " Sekolah Model) from XML templates. The forms and sample data are in"; \
	  echo " /usr/share/cetak; run 'cetak list' and 'cetak demo'."; \
	} > .build/deb/root/DEBIAN/control
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || date +%s) dpkg-deb --build --root-owner-group .build/deb/root $(DEB)
	@dpkg-deb --info $(DEB) | sed -n 's/^ Depends:/Depends:/p'

## blanks: every form as an empty form for handwriting, in Output/blank/
blanks: build
	@for f in $$(.build/release/cetak list | awk '{print $$1}'); do \
	  .build/release/cetak render $$f --blank --out $(OUT)/blank --quiet || exit $$?; \
	done; echo "blank forms in $(OUT)/blank/"

## workbooks: the sample data of each programme as one Excel workbook beside its CSVs (Data/<p>/<p>.xlsx),
## made by `cetak workbook` from Data/<p>/*.csv and konteks.json (a test checks they are up to date)
PROGRAMMES := kemitraan diklat sekolah-model
workbooks: build-debug
	@for p in $(PROGRAMMES); do \
	  env -u SOURCE_DATE_EPOCH .build/debug/cetak workbook $$p --out Data/$$p/$$p.xlsx --context Data/$$p/konteks.json \
	    $$(for f in Data/$$p/*.csv; do printf -- '--data %s ' "$$f"; done) || exit $$?; \
	done

## bless: re-record the reference page texts, geometry (.geom) and PNGs (read the diff before committing)
bless: build-debug
	CETAK_BLESS=1 swift test --filter Reference

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build $(OUT)/*/ cetak_*.deb

## bench: the benchmark of issues 6 and 15 — cetak vs raw Cairo, Typst (per document and one document) and ReportLab,
## side by side, CPU beside wall seconds (not part of `make test`), then reading a sheet of N_READ rows as .xlsx and
## as CSV (issue 11, bench/reading.py), then the in-process parts (bench-inproc). N_CERT=1000 N_REPORT=200 REPEAT=5
## JOBS=<cores> N_MERGE=20000 N_MERGE_BIG=50000 N_SUMMARY=5000 N_SA04=20000 N_SHARD=1000 N_READ=50000; QUICK=1 for a smoke test of the
## first two parts only. Typst and ReportLab come from PyPI into .build/bench-venv.
.PHONY: bench bench-inproc
bench: deps
	QUICK=$(QUICK) python3 bench/run.py
	QUICK=$(QUICK) python3 bench/reading.py
	@if [ -z "$(QUICK)" ] || [ "$(QUICK)" = 0 ]; then $(MAKE) --no-print-directory bench-inproc; fi

## bench-inproc: in-process benchmarks with ordo-one/benchmark (Benchmarks/): CSV reading vs SwiftCSV,
## bind + layout, shaping, PDF writing — see Benchmarks/README.md. The first build takes some minutes.
bench-inproc: deps
	swift package --package-path Benchmarks benchmark --no-progress

## fuzz: build the libFuzzer targets of Fuzz/ (CSV, JSON/context, template, expression, xlsx, the PDF joiner of cetak merge) and run each
## for FUZZ_SECONDS (default 60); every crash input becomes a case Tests/CetakTests/Fixtures/bad-inputs/fuzz-*
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := csv json template expression xlsx joiner
fuzz: deps
	cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	@status=0; for t in $(FUZZ_TARGETS); do Fuzz/run.sh $$t $(FUZZ_SECONDS) || status=1; done; \
	if [ $$status != 0 ]; then echo "fuzz: findings kept as fuzz-* cases in Tests/CetakTests/Fixtures/bad-inputs/"; exit 1; fi

## test-asan: the test suite under AddressSanitizer, then the parallel renderer (jobs = 2) under ThreadSanitizer;
## the CLI tests of BadInputTests run the cetak built beside the tests, so it is sanitized too
test-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp swift test --scratch-path .build-asan --sanitize=address
	swift test --scratch-path .build-tsan --sanitize=thread --filter 'ParallelRenderTests|BadInputTests'
