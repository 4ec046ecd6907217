"""Pakistan's trade in goods with Russia and with China, one record per partner and year.

Amounts are US dollars, written as plain numbers.  A value no source gives is left out
(``None``): a gap stays a gap, and nothing is computed from two other values.  Where
sources disagree, the record keeps the better-supported set and its ``note`` gives the
other.  ``period`` is a calendar year ("2014") or Pakistan's fiscal year, July to June
("FY2020-21"); ``basis`` says which, and whose statistics.  To add a year, copy a record
(see docs/how-to-correct.md); each amount becomes a figure ``trade-<id>-<measure>``.
"""

from pakru_data.model import Partner, Status, TradeYear

TRADE = [
    # Pakistan and Russia
    TradeYear(
        id="russia-1997",
        partner=Partner.RUSSIA,
        period="1997",
        basis="calendar year, as reported (whose statistics not stated)",
        total="81e6",
        status=Status.VERIFIED,
        sources=("jamestown-sharif-moscow-1999",),
    ),
    TradeYear(
        id="russia-1998",
        partner=Partner.RUSSIA,
        period="1998",
        basis="calendar year, as reported (whose statistics not stated)",
        total="56e6",
        status=Status.VERIFIED,
        sources=("jamestown-sharif-moscow-1999",),
    ),
    TradeYear(
        id="russia-2012",
        partner=Partner.RUSSIA,
        period="2012",
        basis="calendar year, Russian statistics (Russia's trade representation in Pakistan)",
        exports="332e6",
        imports="210e6",
        total="542e6",
        status=Status.VERIFIED,
        sources=("brecorder-trade-2012-strekalov",),
        note=(
            "Given from Russia's side: its \u201cexport\u201d of $210 million is Pakistan's import, its "
            "\u201cimport\u201d of $332 million Pakistan's export, as the goods he lists confirm."
        ),
    ),
    TradeYear(
        id="russia-2013",
        partner=Partner.RUSSIA,
        period="2013",
        basis="calendar year, as stated by the Russian ambassador",
        total="547e6",
        status=Status.VERIFIED,
        sources=("thenews-dedov-downturn-2015",),
        note=(
            "The Lahore Chamber of Commerce's president said that from 2013 Pakistan's exports fell "
            "from $188 million (Pakistan Observer); the years of his later figures are not stated."
        ),
    ),
    TradeYear(
        id="russia-2014",
        partner=Partner.RUSSIA,
        period="2014",
        basis="calendar year, as stated by the Russian ambassador",
        total="474e6",
        status=Status.VERIFIED,
        sources=("thenews-dedov-downturn-2015",),
        note=(
            "A Pakistan Business Council report (reported by Dawn) gives $454 million; the "
            "ambassador's figure is kept as the one given with the year before it."
        ),
    ),
    TradeYear(
        id="russia-2015",
        partner=Partner.RUSSIA,
        period="2015",
        basis="calendar year, Pakistan Business Council report",
        exports="285e6",
        imports="95.7e6",
        total="381e6",
        difference="The report rounds the total to the nearest million.",
        status=Status.VERIFIED,
        sources=("dawn-pbc-trade-falters",),
        note=(
            "The Lahore Chamber of Commerce's president gave about $331 million, with imports "
            "from Russia of $170 million (Pakistan Observer), which would put Russia ahead; "
            "the report's figures, whose parts add up to its total, are kept."
        ),
    ),
    TradeYear(
        id="russia-2016",
        partner=Partner.RUSSIA,
        period="2016",
        basis="calendar year, as stated by the Lahore Chamber of Commerce's president",
        imports="258e6",
        total="403e6",
        status=Status.VERIFIED,
        sources=("pakobserver-lcci-kozlov",),
        note="Exports are left empty: the speaker's $145 million \u201clast year\u201d cannot be dated.",
    ),
    TradeYear(
        id="russia-fy2020-21",
        partner=Partner.RUSSIA,
        period="FY2020-21",
        basis="fiscal year July\u2013June, Pakistan's statistics (Commerce Minister to the National Assembly)",
        exports="171.94e6",
        imports="773.93e6",
        total="945.87e6",
        status=Status.UNVERIFIED,
        sources=("tapetrader-trade-balance-2021",),
        note=(
            "Read only in a trade-press site reporting the minister's written answer, so "
            "unverified until a Pakistani newspaper or the Assembly's record is found."
        ),
    ),
    TradeYear(
        id="russia-fy2022-23",
        partner=Partner.RUSSIA,
        period="FY2022-23",
        basis="fiscal year July\u2013June, Pakistan's statistics (Ministry of Commerce)",
        exports="74e6",
        imports="846e6",
        total_fact="trade-pak-russia-fy2023",
        status=Status.VERIFIED,
        sources=("app-ganich-ejaz-2023", "nation-russia-trade-fy2023", "dawn-long-term-oil-2023"),
    ),
    TradeYear(
        id="russia-2023",
        partner=Partner.RUSSIA,
        period="2023",
        basis="calendar year, as stated by Russian officials",
        stated="more than $1 billion, a record (no exact figure given)",
        status=Status.VERIFIED,
        sources=("tass-trade-exceeded-1bn-2024", "brecorder-matviyenko-2024", "prime-pavlovsky-2025"),
        note=(
            "Russia's Federation Council speaker called it the highest ever; Russia's foreign "
            "ministry said in December 2025 that the level was not held afterwards."
        ),
    ),
    # Pakistan and China
    TradeYear(
        id="china-2009",
        partner=Partner.CHINA,
        period="2009",
        basis="calendar year, China Customs (as reported by Pakistan's ambassador)",
        exports="1.2e9",
        total="6.7e9",
        status=Status.UNVERIFIED,
        sources=("jxxfw-pakistan-china-trade-2010",),
        note="Read only in a weak copy (a periodical index's scan of the article).",
    ),
    TradeYear(
        id="china-2010",
        partner=Partner.CHINA,
        period="2010",
        basis="calendar year, China Customs (as reported by Pakistan's ambassador)",
        exports="1.7e9",
        imports="6.9e9",
        total="8.7e9",
        difference="As reported: the rounded parts add up to $8.6 billion.",
        status=Status.UNVERIFIED,
        sources=("jxxfw-pakistan-china-trade-2010",),
        note="Read only in a weak copy (a periodical index's scan of the article).",
    ),
    TradeYear(
        id="china-fy2012-13",
        partner=Partner.CHINA,
        period="FY2012-13",
        basis="fiscal year July\u2013June, Pakistan's statistics (Commerce Minister to the National Assembly)",
        imports="6642.28e6",
        status=Status.VERIFIED,
        sources=("nation-no-fta-russia-2017",),
        note="The excerpt read breaks off after the imports.",
    ),
    TradeYear(
        id="china-2017",
        partner=Partner.CHINA,
        period="2017",
        basis="calendar year, China's General Administration of Customs",
        total="20e9",
        status=Status.UNVERIFIED,
        sources=("chinadaily-mirror-key-status-2018",),
        note="Read only on an unofficial mirror of China Daily.",
    ),
    TradeYear(
        id="china-2019",
        partner=Partner.CHINA,
        period="2019",
        basis="calendar year, China's General Administration of Customs",
        imports="16.17e9",
        status=Status.VERIFIED,
        sources=("brecorder-china-trade-2021",),
    ),
    TradeYear(
        id="china-2020",
        partner=Partner.CHINA,
        period="2020",
        basis="calendar year, China's General Administration of Customs",
        exports="2.12e9",
        imports="15.36e9",
        status=Status.VERIFIED,
        sources=("brecorder-china-trade-2021",),
        note="The source gives no total, and none is computed here.",
    ),
    TradeYear(
        id="china-2021",
        partner=Partner.CHINA,
        period="2021",
        basis="calendar year, China's General Administration of Customs",
        exports="3.58e9",
        imports="24.23e9",
        total_fact="trade-pak-china-2021",
        difference="As reported: the rounded parts add up to $27.81 billion.",
        status=Status.VERIFIED,
        sources=("brecorder-china-trade-2021",),
    ),
    TradeYear(
        id="china-fy2020-21",
        partner=Partner.CHINA,
        period="FY2020-21",
        basis="fiscal year July\u2013June, State Bank of Pakistan",
        exports="2043.887e6",
        imports="13301.183e6",
        status=Status.VERIFIED,
        sources=("dailytimes-regional-exports-fy2022", "app-exports-china-4bn-2022"),
    ),
    TradeYear(
        id="china-fy2021-22",
        partner=Partner.CHINA,
        period="FY2021-22",
        basis="fiscal year July\u2013June, State Bank of Pakistan",
        exports="2781.48e6",
        imports="17296.838e6",
        status=Status.VERIFIED,
        sources=("dailytimes-regional-exports-fy2022", "app-exports-china-4bn-2022"),
    ),
    TradeYear(
        id="china-fy2022-23",
        partner=Partner.CHINA,
        period="FY2022-23",
        basis="fiscal year July\u2013June, State Bank of Pakistan",
        exports="2.025e9",
        imports="9.662e9",
        status=Status.VERIFIED,
        sources=("nation-china-trade-fy2024", "ary-regional-exports-fy2024"),
        note="ARY News gives the same year more precisely: exports $2,025.741 million, imports $9,662.911 million.",
    ),
    TradeYear(
        id="china-fy2023-24",
        partner=Partner.CHINA,
        period="FY2023-24",
        basis="fiscal year July\u2013June, State Bank of Pakistan",
        exports="2.707e9",
        imports="13.506e9",
        total_fact="trade-pak-china-fy2024",
        difference="The total is exports plus imports rounded to a tenth of a billion.",
        status=Status.VERIFIED,
        sources=("nation-china-trade-fy2024",),
        note=(
            "ARY News gives imports of $13,566.437 million for the same year, $60 million more "
            "than The Nation; The Nation's figure is kept, as the site's total uses it."
        ),
    ),
    TradeYear(
        id="china-fy2024-25",
        partner=Partner.CHINA,
        period="FY2024-25",
        basis="fiscal year July\u2013June, State Bank of Pakistan (as reported)",
        exports="2.47e9",
        imports="16.31e9",
        status=Status.UNVERIFIED,
        sources=("pakistancustoms-regional-exports-2025",),
        note=(
            "Read only on a customs-news site, which also labels the years in a way that needs "
            "checking against the State Bank's own."
        ),
    ),
]
