// Stands in for the `server-only` package in tests: the real one throws outside Next's server bundle.
export {};
