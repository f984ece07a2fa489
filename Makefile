# Feuillet: `make demo` sets up, builds and runs the default batch (every article in Articles/,
# every style, leaflets and cards) into Output/; `make test` sets up and tests.
SWIFT ?= swift
RELEASE := .build/release/feuillet

.PHONY: setup build demo test fuzz golden clean

setup:
	@scripts/setup.sh

# The Swift runtime and Foundation linked in: a process starts in 12 ms instead of 25
# (no dynamic loading and relocation of 14 Swift libraries), which `render` and every batch
# worker pay once.
build: setup
	$(SWIFT) build -c release --product feuillet --static-swift-stdlib

demo: build
	$(RELEASE)

# One test at a time: run side by side, the suite crashed inside FreeType/cairo about once
# in 18 runs (tests create and drop font maps and font configurations on many threads at
# once, which a batch never does); serial runs have not crashed.
test: setup
	$(SWIFT) test --no-parallel

# `make golden`: record the reference pictures of Tests/FeuilletEndToEndTests/Golden again,
# after a change that is meant to alter what is drawn (look at them before committing).
golden: setup
	FEUILLET_RECORD_GOLDEN=1 $(SWIFT) test --no-parallel --filter GoldenRenderTests

# `make fuzz`: each target (markdown raw style style-aliases breaker paragraph layout) under libFuzzer with coverage
# for FUZZ_SECONDS (or FUZZ_RUNS inputs); corpora grow in .fuzz/<target>. A crash leaves
# (with Swift's own backtracer off, which would exit before libFuzzer saves the input)
# crash-* in the current folder: add it to Tests/FeuilletEndToEndTests/Corpus/fuzz/<target>-<what>.bin.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= markdown raw style style-aliases breaker paragraph layout
FUZZ_LIMIT = $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_SECONDS))
# Other libFuzzer flags; the paragraph target's million ran with -max_len=512 -timeout=60.
# Without -max_len, inputs are at most 4 KB (the layout target's 9 bytes: FuzzTarget.inputLength).
FUZZ_FLAGS ?= -timeout=10
fuzz: setup
	$(SWIFT) build -c release --scratch-path .build-fuzz --product feuillet-fuzz \
		-Xswiftc -sanitize=fuzzer -Xswiftc -DLIBFUZZER -Xswiftc -use-ld=lld
	for t in $(FUZZ_TARGETS); do \
		SWIFT_BACKTRACE=enable=no .build-fuzz/release/feuillet-fuzz $$t .fuzz/$$t $(FUZZ_LIMIT) $(FUZZ_FLAGS) -print_final_stats=1 || exit 1; \
	done

clean:
	rm -rf .build Output/*/
