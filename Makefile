# Feuillet: `make demo` sets up, builds and renders the sample article; `make test` sets up and tests.
SWIFT ?= swift
RELEASE := .build/release/feuillet

.PHONY: setup build demo test clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product feuillet

demo: build
	$(RELEASE)

test: setup
	$(SWIFT) test

clean:
	rm -rf .build Output/*/
