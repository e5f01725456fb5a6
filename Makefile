# cetak — the two commands: `make run` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin

APT_PACKAGES := libcairo2-dev libharfbuzz-dev libxml2-dev libfreetype-dev libfontconfig-dev libqrencode-dev \
                fonts-liberation2 fonts-dejavu-core poppler-utils qpdf zbar-tools chromium chromium-driver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PDF_LINT := $(firstword $(wildcard ../shared/tools/pdf-lint) tools/pdf-lint-missing)
OUT ?= Output

.PHONY: deps build build-debug run test test-browser check-pdfs blanks bless clean fuzz test-asan

## deps: install the Debian packages cetak needs (only those missing)
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v swift >/dev/null || { echo "swift is not on PATH (expected /opt/swift/usr/bin)"; exit 1; }

build: deps
	swift build -c release --product cetak

build-debug: deps
	swift build

## run: render every form from the sample data in Data/ into Output/
run: build
	.build/release/cetak demo --out $(OUT)

## test: unit, layout, reference, CLI and HTTP tests, the page in headless Chromium, then pdf-lint on everything `make run` renders
test: build-debug
	swift test
	$(MAKE) --no-print-directory test-browser
	rm -rf .build/test-output
	.build/debug/cetak demo --out .build/test-output
	$(MAKE) --no-print-directory check-pdfs DIR=.build/test-output

## test-browser: the page of `cetak serve` in headless Chromium over WebDriver (chromedriver); screenshots in .build/browser-test/
test-browser: build-debug
	python3 Tests/browser/page_test.py .build/debug/cetak

check-pdfs:
	@if [ -x "$(PDF_LINT)" ]; then \
	  find $(DIR) -name '*.pdf' -print0 | xargs -0 $(PDF_LINT) --paper a4 --quiet; \
	else echo "pdf-lint not found beside the repository (../shared/tools/pdf-lint): PDF check skipped"; fi

## blanks: every form as an empty form for handwriting, in Output/blank/
blanks: build
	@for f in $$(.build/release/cetak list | awk '{print $$1}'); do \
	  .build/release/cetak render $$f --blank --out $(OUT)/blank --quiet || exit $$?; \
	done; echo "blank forms in $(OUT)/blank/"

## bless: re-record the reference page texts and PNGs (read the diff before committing)
bless: build-debug
	CETAK_BLESS=1 swift test --filter Reference

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build $(OUT)/*/

## bench: the benchmark of issue 6 — cetak vs raw Cairo, Typst and ReportLab, side by side (not part of `make test`),
## then the in-process parts (bench-inproc). N_CERT=1000 N_REPORT=200 REPEAT=3 JOBS=<cores> N_MERGE=10000
## N_SUMMARY=5000 N_SA04=5000 N_SHARD=1000; QUICK=1 for a smoke test of the first part only.
.PHONY: bench bench-inproc
bench: deps
	QUICK=$(QUICK) python3 bench/run.py
	@if [ -z "$(QUICK)" ] || [ "$(QUICK)" = 0 ]; then $(MAKE) --no-print-directory bench-inproc; fi

## bench-inproc: in-process benchmarks with ordo-one/benchmark (Benchmarks/): CSV reading vs SwiftCSV,
## bind + layout, shaping, PDF writing — see Benchmarks/README.md. The first build takes some minutes.
bench-inproc: deps
	swift package --package-path Benchmarks benchmark --no-progress

## fuzz: build the libFuzzer targets of Fuzz/ (CSV, JSON/context, template, expression) and run each
## for FUZZ_SECONDS (default 60); every crash input becomes a case Tests/CetakTests/Fixtures/bad-inputs/fuzz-*
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := csv json template expression
fuzz: deps
	cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	@status=0; for t in $(FUZZ_TARGETS); do Fuzz/run.sh $$t $(FUZZ_SECONDS) || status=1; done; \
	if [ $$status != 0 ]; then echo "fuzz: findings kept as fuzz-* cases in Tests/CetakTests/Fixtures/bad-inputs/"; exit 1; fi

## test-asan: the test suite under AddressSanitizer, then the parallel renderer (jobs = 2) under ThreadSanitizer;
## the CLI tests of BadInputTests run the cetak built beside the tests, so it is sanitized too
test-asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp swift test --scratch-path .build-asan --sanitize=address
	swift test --scratch-path .build-tsan --sanitize=thread --filter 'ParallelRenderTests|BadInputTests'
