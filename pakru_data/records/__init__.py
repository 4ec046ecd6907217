"""The records: one module per kind of record (sources in a folder, by topic).

These are the only files a fact correction touches.  Which kind lives where is declared once,
in :mod:`pakru_data.kinds`; the loader imports exactly the modules declared there.
"""
