"""Pakistan's trade in goods with Russia and with China, one record per partner, statistic
and period.

Amounts are US dollars, written as plain numbers.  A value no source gives is left out
(``None``): a gap stays a gap, and nothing is computed from two other values.  ``period``
is a calendar year ("2014") or Pakistan's fiscal year, July to June ("FY2020-21");
``statistics`` says whose figures they are.  The two make a row's basis, and a series is
one partner's rows on one basis: figures on different bases are never drawn, compared or
added as one line.  Where two sources on the same basis disagree, the record keeps the
better-supported set and its ``note`` gives the other; a period that another publisher
counts differently is a row of its own (an id such as ``russia-pbc-2014``).  To add a
year, copy a record (see docs/how-to-correct.md); each amount becomes a figure
``trade-<id>-<measure>``.
"""

from pakru_data.model import Partner, Statistics, Status, TradeYear

TRADE = [
    # Pakistan and Russia
    TradeYear(
        id="russia-1997",
        partner=Partner.RUSSIA,
        period="1997",
        statistics=Statistics.NOT_STATED,
        total="81e6",
        status=Status.SINGLE_SOURCE,
        sources=("jamestown-sharif-moscow-1999",),
    ),
    TradeYear(
        id="russia-1998",
        partner=Partner.RUSSIA,
        period="1998",
        statistics=Statistics.NOT_STATED,
        total="56e6",
        status=Status.SINGLE_SOURCE,
        sources=("jamestown-sharif-moscow-1999",),
    ),
    TradeYear(
        id="russia-2012",
        partner=Partner.RUSSIA,
        period="2012",
        statistics=Statistics.RUSSIA,
        reported_by="Russia's trade representation in Pakistan",
        exports="332e6",
        imports="210e6",
        total="542e6",
        status=Status.SINGLE_SOURCE,
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
        statistics=Statistics.RUSSIA,
        reported_by="the Russian ambassador",
        total="547e6",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-dedov-downturn-2015",),
        note=(
            "The Lahore Chamber of Commerce's president said that from 2013 Pakistan's exports fell "
            "from $188 million (Pakistan Observer); the years of his later figures are not stated."
        ),
    ),
    TradeYear(
        id="russia-pbc-2014",
        partner=Partner.RUSSIA,
        period="2014",
        statistics=Statistics.BUSINESS_COUNCIL,
        total="454e6",
        status=Status.SINGLE_SOURCE,
        sources=("dawn-pbc-trade-falters",),
        note="The report puts trade since 2004 at an average of $420 million a year.",
    ),
    TradeYear(
        id="russia-2014",
        partner=Partner.RUSSIA,
        period="2014",
        statistics=Statistics.RUSSIA,
        reported_by="the Russian ambassador",
        total="474e6",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-dedov-downturn-2015",),
        note="The Pakistan Business Council's report gives $454 million, in its own series.",
    ),
    TradeYear(
        id="russia-2015",
        partner=Partner.RUSSIA,
        period="2015",
        statistics=Statistics.BUSINESS_COUNCIL,
        exports="285e6",
        imports="95.7e6",
        total="381e6",
        difference="The report rounds the total to the nearest million.",
        status=Status.SINGLE_SOURCE,
        sources=("dawn-pbc-trade-falters",),
        note="The Lahore Chamber of Commerce's president gave about $331 million, in its own series.",
    ),
    TradeYear(
        id="russia-lcci-2015",
        partner=Partner.RUSSIA,
        period="2015",
        statistics=Statistics.LAHORE_CHAMBER,
        reported_by="the Lahore Chamber's president",
        imports="170e6",
        total="331e6",
        status=Status.SINGLE_SOURCE,
        sources=("pakobserver-lcci-kozlov",),
        note="The president said \u201caround\u201d $331 million; he gave no exports for the year.",
    ),
    TradeYear(
        id="russia-2016",
        partner=Partner.RUSSIA,
        period="2016",
        statistics=Statistics.LAHORE_CHAMBER,
        reported_by="the Lahore Chamber's president",
        exports="145e6",
        imports="258e6",
        total="403e6",
        status=Status.SINGLE_SOURCE,
        sources=("pakobserver-lcci-kozlov",),
        note=(
            "The president gave exports of $145 million for \u201clast year\u201d, speaking in 2017 of 2016 as "
            "the latest year; his 2016 total less his 2016 imports is the same $145 million."
        ),
    ),
    TradeYear(
        id="russia-fy2012-13",
        partner=Partner.RUSSIA,
        period="FY2012-13",
        statistics=Statistics.PAKISTAN,
        reported_by="a Ministry of Commerce document",
        total="484.47e6",
        status=Status.SINGLE_SOURCE,
        sources=("photonews-russia-exports-decline",),
    ),
    TradeYear(
        id="russia-fy2013-14",
        partner=Partner.RUSSIA,
        period="FY2013-14",
        statistics=Statistics.PAKISTAN,
        reported_by="a Ministry of Commerce document",
        total="419.34e6",
        status=Status.SINGLE_SOURCE,
        sources=("photonews-russia-exports-decline",),
        note="A fall of $65.13 million (13.45%) from the year before, driven by Pakistan's exports.",
    ),
    TradeYear(
        id="russia-fy2020-21",
        partner=Partner.RUSSIA,
        period="FY2020-21",
        statistics=Statistics.PAKISTAN,
        reported_by="the Commerce Minister, to the National Assembly",
        exports="171.94e6",
        imports="773.93e6",
        total="945.87e6",
        status=Status.UNVERIFIED,
        sources=("tapetrader-trade-balance-2021",),
        note=(
            "Read only in a trade-press site reporting the minister's written answer, so "
            "unverified until a Pakistani newspaper or the Assembly's record is found. The same "
            "report gives a trade balance of \u2212$620.99 million, but its exports and imports give "
            "\u2212$601.99 million; which figure is wrong is not known."
        ),
    ),
    TradeYear(
        id="russia-fy2021-22",
        partner=Partner.RUSSIA,
        period="FY2021-22",
        statistics=Statistics.STATE_BANK,
        reported_by="WealthPK",
        total="388.492e6",
        status=Status.SINGLE_SOURCE,
        sources=("tdminews-wealthpk-russia-fy2022",),
    ),
    TradeYear(
        id="russia-2021",
        partner=Partner.RUSSIA,
        period="2021",
        statistics=Statistics.RUSSIA,
        reported_by="Russia's consul general in Karachi",
        total="697e6",
        status=Status.SINGLE_SOURCE,
        sources=("brecorder-fedorov-trade-2022",),
        note=(
            "The consul general did not name the year: speaking in June 2022, he gave the total as "
            "down 12% on the year before; the last whole calendar year, by which Russia counts, was 2021."
        ),
    ),
    TradeYear(
        id="russia-fy2022-23",
        partner=Partner.RUSSIA,
        period="FY2022-23",
        statistics=Statistics.PAKISTAN,
        reported_by="the Ministry of Commerce",
        exports="74e6",
        imports="846e6",
        total_fact="trade-pak-russia-fy2023",
        status=Status.SINGLE_SOURCE,
        sources=("app-ganich-ejaz-2023", "nation-russia-trade-fy2023", "dawn-long-term-oil-2023"),
        note=(
            "One Ministry of Commerce announcement, printed by APP, The Nation and Dawn. The total is "
            "disputed: the FPCCI's president gave $666.85 million for the same year."
        ),
    ),
    TradeYear(
        id="russia-2023",
        partner=Partner.RUSSIA,
        period="2023",
        statistics=Statistics.RUSSIA,
        reported_by="Russian officials",
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
        statistics=Statistics.CHINA_CUSTOMS,
        reported_by="Pakistan's ambassador",
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
        statistics=Statistics.CHINA_CUSTOMS,
        reported_by="Pakistan's ambassador",
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
        statistics=Statistics.PAKISTAN,
        reported_by="the Commerce Minister, to the National Assembly",
        imports="6642.28e6",
        status=Status.SINGLE_SOURCE,
        sources=("nation-no-fta-russia-2017",),
        note="The excerpt read breaks off after the imports.",
    ),
    TradeYear(
        id="china-2017",
        partner=Partner.CHINA,
        period="2017",
        statistics=Statistics.CHINA_CUSTOMS,
        total="20e9",
        status=Status.UNVERIFIED,
        sources=("chinadaily-mirror-key-status-2018",),
        note="Read only on an unofficial mirror of China Daily.",
    ),
    TradeYear(
        id="china-2019",
        partner=Partner.CHINA,
        period="2019",
        statistics=Statistics.CHINA_CUSTOMS,
        imports="16.17e9",
        status=Status.SINGLE_SOURCE,
        sources=("brecorder-china-trade-2021",),
    ),
    TradeYear(
        id="china-2020",
        partner=Partner.CHINA,
        period="2020",
        statistics=Statistics.CHINA_CUSTOMS,
        exports="2.12e9",
        imports="15.36e9",
        status=Status.SINGLE_SOURCE,
        sources=("brecorder-china-trade-2021",),
        note="The source gives no total, and none is computed here.",
    ),
    TradeYear(
        id="china-2021",
        partner=Partner.CHINA,
        period="2021",
        statistics=Statistics.CHINA_CUSTOMS,
        exports="3.58e9",
        imports="24.23e9",
        total_fact="trade-pak-china-2021",
        difference="As reported: the rounded parts add up to $27.81 billion.",
        status=Status.SINGLE_SOURCE,
        sources=("brecorder-china-trade-2021",),
    ),
    TradeYear(
        id="china-fy2020-21",
        partner=Partner.CHINA,
        period="FY2020-21",
        statistics=Statistics.STATE_BANK,
        exports="2043.887e6",
        imports="13301.183e6",
        status=Status.VERIFIED,
        sources=("dailytimes-regional-exports-fy2022", "app-exports-china-4bn-2022"),
    ),
    TradeYear(
        id="china-fy2021-22",
        partner=Partner.CHINA,
        period="FY2021-22",
        statistics=Statistics.STATE_BANK,
        exports="2781.48e6",
        imports="17296.838e6",
        status=Status.VERIFIED,
        sources=("dailytimes-regional-exports-fy2022", "app-exports-china-4bn-2022"),
    ),
    TradeYear(
        id="china-fy2022-23",
        partner=Partner.CHINA,
        period="FY2022-23",
        statistics=Statistics.STATE_BANK,
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
        statistics=Statistics.STATE_BANK,
        exports="2.707e9",
        imports="13.506e9",
        total_fact="trade-pak-china-fy2024",
        difference="The total is exports plus imports rounded to a tenth of a billion.",
        status=Status.SINGLE_SOURCE,
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
        statistics=Statistics.STATE_BANK,
        exports="2.476e9",
        imports="16.312e9",
        status=Status.SINGLE_SOURCE,
        sources=("profit-regional-exports-2025", "pakistancustoms-regional-exports-2025"),
        note=(
            "Profit's report of the State Bank's figures; the customs-news site rewords it, with the "
            "amounts rounded. The source gives no total, and none is computed here."
        ),
    ),
]
