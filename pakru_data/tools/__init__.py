"""Contributor tooling, apart from the records and the Sphinx adapter: the data check
(``python -m pakru_data check``), the translation workflow, the prose lint and the one
sphinx-build command line that nox, the tests and the benchmark share."""
