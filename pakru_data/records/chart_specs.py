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
        title="Pakistan's trade with China and with Russia",
        bars=(
            ("trade-pak-china-fy2024", "China"),
            ("trade-pak-china-2021", "China"),
            ("trade-pak-russia-fy2023", "Russia"),
        ),
    ),
    ChartSpec(
        id="india-arms-imports-from-russia",
        title="Russia's share of India's arms imports, by SIPRI period",
        bars=(
            ("russia-share-of-india-arms-imports-2011-15", ""),
            ("russia-share-of-india-arms-imports-2016-20", ""),
            ("russia-share-of-india-arms-imports-2021-25", ""),
        ),
        scale_to_hundred=True,
        note=(
            "The three shares come from one SIPRI report (March 2026), as the press reported it, and "
            "cover five-year periods that do not overlap, so they can be read as a trend."
        ),
    ),
]
