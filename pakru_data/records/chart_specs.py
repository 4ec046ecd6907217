"""The bar charts that pages draw: which figures each shows, in which order.

Charts are records, checked with the rest of the data (``python -m pakru_data check``):
an unknown figure, figures of different units, or an empty chart is reported here, at
its line.  :mod:`pakru_data.charts` draws them.
"""

from __future__ import annotations

from pakru_data.model import ChartSpec

CHART_SPECS = [
    ChartSpec(
        id="trade-china-russia",
        title="Pakistan's trade with China and with Russia, by the State Bank of Pakistan's figures",
        bars=(
            ("trade-pak-china-fy2024", "China"),
            ("trade-russia-fy2021-22-total", "Russia"),
        ),
        note=(
            "One statistic for both, the State Bank's fiscal years, in the latest year each total is "
            "given; the years differ, as no source read gives both for the same year."
        ),
    ),
    ChartSpec(
        id="india-arms-imports-from-russia",
        title="Russia's share of India's arms imports, by SIPRI period",
        bars=(
            ("russia-share-of-india-arms-imports-2009-13", ""),
            ("russia-share-of-india-arms-imports-2014-18", ""),
            ("russia-share-of-india-arms-imports-2018-22", ""),
            ("russia-share-of-india-arms-imports-2019-23", ""),
        ),
        scale_to_hundred=True,
        note=(
            "Each share comes from a different yearly SIPRI report, as the press reported it, not from "
            "one table: shares taken from different reports may not be strictly comparable."
        ),
    ),
]
