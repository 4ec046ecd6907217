"""Agreements, treaties, protocols and memorandums signed by Pakistan and the USSR or
Russia, oldest first.  ``standing`` is ``Standing.UNKNOWN`` unless a source read says
whether the agreement is in force: most were for fixed periods, but no source says so.
"""

from pakru_data.model import Agreement, DateVersion, Standing, Status

AGREEMENTS = [
    Agreement(
        id="trade-agreement-1956",
        label="Soviet-Pakistani trade agreement",
        date="1956-06-27",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="trade agreement",
        standing=Standing.SUPERSEDED,
        note=(
            "Status from a secondary web page (lead laytonforstatesenate) saying the 1999 trade document "
            'replaced "the 1956 agreement"; treat as unconfirmed.'
        ),
    ),
    Agreement(
        id="oil-gas-exploration-loan-1961",
        label="Agreement on economic and technical assistance (loan to prospect for oil and gas)",
        date="1961-03-04",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("gse-soviet-pakistani-agreements", "pakistan-times-oil-agreement-1961"),
        what="Soviet loan for oil and natural gas prospecting",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="air-transport-agreement-1963",
        label="Agreement on air transportation",
        date="1963-10-07",
        era="cold-war",
        status=Status.VERIFIED,
        sources=(
            "treaty-text-air-transport-1963",
            "gse-soviet-pakistani-agreements",
            "kodeks-air-transport-1963-status",
        ),
        place="Karachi",
        what="air services between the two countries",
        standing=Standing.SUPERSEDED,
        note=(
            "Signed at Karachi (the treaty's Russian text). A Russian legal database lists it as no longer in "
            "force from 19 August 2011 under the agreement of 12 May 2011 (air-traffic-agreement-2011)."
        ),
    ),
    Agreement(
        id="trade-agreement-1965-67",
        label="Trade agreement for 1965-67 (with a protocol on Soviet machinery and equipment)",
        date="1965-04-07",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="trade for 1965-67 and delivery of Soviet machinery and equipment",
        standing=Standing.UNKNOWN,
        note="Signed during Ayub Khan's April 1965 visit (dates in pakru_data); place not stated by the source.",
    ),
    Agreement(
        id="cultural-scientific-cooperation-1965",
        label="Agreement on cultural and scientific cooperation",
        date="1965-06-05",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="cultural and scientific exchanges",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="economic-technical-cooperation-1966",
        label="Agreement on economic and technical cooperation (1966-72)",
        date="1966-09-09",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="Soviet help with Pakistan's economic programmes and a number of facilities, 1966-72",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="fishing-cooperation-1968",
        label="Agreement on cooperation in fishing",
        date="1968-07-26",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="fisheries cooperation",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="machinery-protocol-1968-70",
        label="Protocol on delivery of Soviet machinery and equipment (1968-70)",
        date="1968-07-29",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="Soviet machinery and equipment deliveries for 1968-70",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="oil-gas-credit-1969",
        label="Credit for oil and gas prospecting",
        date="1969-01-22",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="Soviet credit to prospect for oil and natural gas",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="peaceful-nuclear-cooperation-1970",
        label="Agreement on cooperation in the peaceful use of nuclear energy",
        date="1970-05-20",
        era="cold-war",
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements",),
        what="civil nuclear cooperation",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="steel-mills-soviet-agreement",
        label="The USSR agrees to help build Pakistan Steel Mills",
        date="1971-01-22",
        era="cold-war",
        story=True,
        status=Status.SINGLE_SOURCE,
        sources=("gse-soviet-pakistani-agreements", "paksteel-history"),
        note="The Great Soviet Encyclopedia dates the Soviet credit for the plant to this day.",
        what="Soviet credit to build a steel plant in Karachi",
    ),
    Agreement(
        id="geneva-accords-1988",
        label="Geneva Accords on the settlement of the situation relating to Afghanistan",
        date="1988-04-14",
        era="cold-war",
        status=Status.VERIFIED,
        sources=(
            "shevardnadze-statement-geneva-1988",
            "csmonitor-geneva-signing-1988",
            "vlex-geneva-accords-signed-1988",
            "maley-afghanistan-wars",
        ),
        place="Geneva (Palais des Nations)",
        what=(
            "four instruments: non-interference between Afghanistan and Pakistan, the return of refugees, "
            "Soviet withdrawal from 15 May 1988 to 15 February 1989, and guarantees by the USSR and the US; "
            "signed for Pakistan by Zain Noorani and for the USSR, as a guarantor, by Eduard Shevardnadze"
        ),
        standing=Standing.UNKNOWN,
        note=(
            "Multilateral: Afghanistan and Pakistan signed, the USSR and the United States guaranteed. The "
            "Soviet withdrawal it set was completed on 15 February 1989 (soviet-withdrawal-afghanistan)."
        ),
    ),
    Agreement(
        id="trade-package-1999",
        label="Package of bilateral agreements on trade (Nawaz Sharif's Moscow visit)",
        date="1999-04",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("jamestown-sharif-moscow-1999",),
        place="Moscow",
        what="agreements to boost trade, including Russian participation in building power plants, roads and bridges",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="air-traffic-agreement-2011",
        label="Intergovernmental agreement on air traffic",
        date="2011-05-12",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-zardari-2011",),
        place="Moscow (Kremlin)",
        what="air services",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="energy-mou-2011",
        label=(
            "Memorandum of Understanding between the Ministry of Energy of the Russian Federation and the "
            "Ministry of Petroleum and Natural Resources of Pakistan"
        ),
        date="2011-05-12",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-zardari-2011",),
        place="Moscow (Kremlin)",
        what="energy cooperation",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="agriculture-mou-2011",
        label=(
            "Memorandum of Understanding between the Ministry of Agriculture of the Russian Federation and "
            "the Ministry of Food and Agriculture of Pakistan"
        ),
        date="2011-05-12",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-zardari-2011",),
        place="Moscow (Kremlin)",
        what="agricultural cooperation",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="defence-cooperation-agreement-2014",
        label="Agreement on military cooperation",
        date="2014-11-20",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("tribune-military-cooperation-pact-2014", "dawn-training-accord-2018"),
        place="Islamabad / Rawalpindi",
        what=(
            "exchange of information on politico-military issues, counter-terrorism, arms control, military "
            "education and medicine, peacekeeping experience"
        ),
        standing=Standing.IN_FORCE,
        note=(
            'Status "in force" because Dawn (Aug 2018) reviews "progress made in bilateral defence '
            'cooperation since they signed the defence cooperation pact in November 2014"; no later source '
            "read."
        ),
    ),
    Agreement(
        id="military-technical-cooperation-2015",
        label="Military-technical cooperation accord",
        date="2015-10",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("dawn-training-accord-2018",),
        what="arms supplies and cooperation in weapon development",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="pakistan-stream-agreement",
        label="Pakistan and Russia sign the gas pipeline agreement (later Pakistan Stream)",
        date="2015-10-16",
        era="new-beginning",
        story=True,
        status=Status.VERIFIED,
        sources=(
            "fdlx-north-south-pipeline-2015",
            "elbalad-north-south-pipeline-2015",
            "thenews-pakistan-stream-protocol",
            "tass-pakistan-stream-estimate",
        ),
        note=(
            "The intergovernmental agreement on the North-South pipeline, signed in Islamabad by the "
            "two countries' energy and petroleum ministers. No one source read gives the day, the "
            "place and the year together: one gives 16 October, one Islamabad on a Friday, one the year."
        ),
        place="Islamabad",
        what="Intergovernmental agreement to build the North-South gas pipeline",
        standing=Standing.SUPERSEDED,  # changed by the 2021 protocol (pakistan-stream-protocol)
    ),
    Agreement(
        id="igc-5-protocol-2017",
        label="Protocol of the 5th session of the Pakistan-Russia Inter-Governmental Commission",
        date="2017-11",
        era="new-beginning",
        status=Status.DISPUTED,
        versions=(
            DateVersion(
                date="2017-11",
                sources=("app-dastgir-manturov-2018",),
                said_by="Pakistan's Ministry of Defence via APP, 6 April 2018: the session was held in November 2017",
            ),
            DateVersion(
                date="2017-12-01",
                sources=("app-dastgir-igc-2017",),
                said_by="APP, Islamabad press release of Friday 1 December 2017: signed as the session concluded",
            ),
        ),
        place="Moscow",
        what=(
            "decisions on energy investment, trade liberalisation, standards, students, banking, customs, "
            "visa facilitation"
        ),
        standing=Standing.UNKNOWN,
        note=(
            "Signed after the closing plenary (APP). Sources disagree on its day: APP's release of Friday 1 "
            "December 2017 reports the signing as the session concluded; the ministry's release of April 2018 "
            "puts the session in November 2017, and Geo News gave 28-30 November (per the December 2026 audit, "
            "not read here)."
        ),
    ),
    Agreement(
        id="sbp-cbr-mou-2018",
        label=(
            "Memorandum of understanding between the State Bank of Pakistan and the Central Bank of the "
            "Russian Federation"
        ),
        date="2018-01",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-kozlov-800m-2018",),
        what=(
            "banking cooperation (direct banking channels); little implemented by end-2018 per the Russian "
            "trade representative"
        ),
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="military-training-contract-2018",
        label="Contract on Admission of Service Members of Pakistan in RF's Training Institutes",
        date="2018-08-07",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("dawn-training-accord-2018", "newindianexpress-training-2018"),
        place="Rawalpindi (Ministry of Defence)",
        what="Pakistani troops may train at Russian military institutes",
        standing=Standing.UNKNOWN,
        note=(
            'Dawn (8 Aug 2018) says "on Tuesday" = 7 Aug 2018; PTI places the JMCC meeting in the Ministry of '
            "Defence, Rawalpindi."
        ),
    ),
    Agreement(
        id="offshore-pipeline-isgs-gazprom-2019",
        label=(
            "Inter-corporate agreement between Inter State Gas Systems and Gazprom International (offshore pipeline)"
        ),
        date="2019-02-06",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("globaltimes-offshore-2019",),
        place="Islamabad",
        what=(
            "offshore gas exploration and a sea-link pipeline from the Middle East; company-level, not "
            "intergovernmental"
        ),
        standing=Standing.UNKNOWN,
        note='Global Times dated 2019-02-06 says "on Wednesday" (6 Feb 2019 was a Wednesday).',
    ),
    Agreement(
        id="pakistan-stream-protocol",
        label="A protocol renames the pipeline Pakistan Stream and changes its terms",
        date="2021-05-28",
        era="growing-friendship",
        story=True,
        status=Status.SINGLE_SOURCE,
        sources=("dawn-pakistan-stream-protocol",),
        what="Renames the North-South pipeline Pakistan Stream and changes its terms",
    ),
    Agreement(
        id="igc-8-protocol-2023",
        label=(
            "Protocol of the 8th session of the Pakistani-Russian Intergovernmental Commission on Trade, "
            "Economic, Scientific and Technical Cooperation"
        ),
        date="2023-01-20",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("brecorder-igc-8-2023", "ips-igc-8-signed-2023"),
        place="Islamabad",
        what="trade, energy, finance and banking, customs, agriculture, transport and education cooperation",
        standing=Standing.UNKNOWN,
        note=(
            "Business Recorder announces the signing for 20 Jan; the IPS (Urdu) report says the protocol was "
            'signed ("پروٹوکول پردستخط کردیئے ہیں"), without its own date in the excerpt.'
        ),
    ),
    Agreement(
        id="customs-statistics-mou-2023",
        label=(
            "Memorandum of understanding between Pakistan Customs and the Federal Customs Service of the "
            "Russian Federation"
        ),
        date="2023-06-15",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-customs-mou-2023",),
        place="Saint Petersburg (SPIEF)",
        what="exchange of trade statistics and methods",
        standing=Standing.UNKNOWN,
    ),
    Agreement(
        id="pmex-spimex-mou-2024",
        label=(
            "Memorandum of understanding between Pakistan Mercantile Exchange (PMEX) and Saint Petersburg "
            "International Mercantile Exchange (SPIMEX)"
        ),
        date="2024-09-18",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("express-pmex-spimex-2024", "sabahnews-mou-2024"),
        place="Islamabad (Ministry of Foreign Affairs)",
        what="commodity-exchange cooperation; signed during Deputy PM Overchuk's visit",
        standing=Standing.UNKNOWN,
        note=(
            "Dated 18 September 2024 from Express's report of that day, during Overchuk's visit, from the "
            "Foreign Office's statement; it names no other day. Company-level, not intergovernmental."
        ),
    ),
    Agreement(
        id="transport-corridor-mou-accession-2024",
        label=(
            "Pakistan's accession to the MoU on the Belarus-Russia-Kazakhstan-Uzbekistan-Afghanistan-Pakistan "
            "international transport corridor"
        ),
        date="2024-09-18",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("express-pmex-spimex-2024", "sabahnews-mou-2024"),
        place="Islamabad (Ministry of Foreign Affairs)",
        what=(
            "Pakistan joins a multilateral transport-corridor MoU; signed for Pakistan by the Secretary of "
            "Communications"
        ),
        standing=Standing.UNKNOWN,
        note=(
            "Multilateral rather than bilateral; listed because it was signed in the bilateral setting, at the "
            "same ceremony as the PMEX-SPIMEX memorandum on 18 September 2024."
        ),
    ),
    Agreement(
        id="overchuk-dar-mou-2024",
        label="Memorandum of understanding on expanding cooperation across multiple sectors",
        date="2024-09-19",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dawn-overchuk-mou-2024", "nation-overchuk-mou-2024"),
        place="Islamabad (PM House)",
        what="trade, investment, energy, IT, agriculture, science and technology, education",
        standing=Standing.UNKNOWN,
        note=(
            'Dawn published 20 Sep 2024, "on Thursday" = 19 Sep 2024; signed by the two deputy prime '
            "ministers, Overchuk and Dar."
        ),
    ),
    Agreement(
        id="first-barter-mou-2024",
        label=(
            "First Pakistan-Russia barter trade MoU (Astarta Agrotrading with Meskay & Femtee Trading and "
            "National Fruit Processing Factory)"
        ),
        date="2024-10-01",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("arabnews-first-barter-2024", "sputnik-india-first-barter-2024", "pakistantoday-barter-2024"),
        place="Moscow (Pakistan-Russia Trade and Investment Forum)",
        what="company-level barter of chickpeas, rice, mandarins, potatoes and red lentils",
        standing=Standing.UNKNOWN,
        note=(
            'Pakistan\'s embassy announced the signing "on Tuesday" (Arab News); the forum opened on Monday 30 '
            "September (Sputnik India, 2 October), so Tuesday is 1 October 2024. Company-level, not "
            "intergovernmental."
        ),
    ),
    Agreement(
        id="igc-9-agreements-2024",
        label="Eight agreements signed at the 9th session of the Intergovernmental Commission",
        date="2024-12-04",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("urdupoint-igc-9-2024",),
        place="Moscow",
        what="industrial cooperation, insulin production, academic exchanges (individual titles not given)",
        standing=Standing.UNKNOWN,
        note=(
            'APP via UrduPoint, dated 4 Dec 2024 ("on Wednesday" = 4 Dec 2024). The eight documents are not '
            "itemised in the excerpt; one record stands for all eight."
        ),
    ),
    Agreement(
        id="igc-10-mous-2025",
        label="Three memorandums of understanding signed at the 10th session of the Intergovernmental Commission",
        date="2025-11-27",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("pid-igc-10-2025", "dawn-igc-10-2025"),
        place="Islamabad",
        what="cooperation in quality standards, anti-monopoly regulation and the media sector",
        standing=Standing.UNKNOWN,
        note=(
            "The 10th session was held in Islamabad on 25-27 November 2025, co-chaired by Awais Leghari and "
            "Sergei Tsivilev (Press Information Department); Dawn reports the three memorandums signed at its "
            'conclusion on "Thursday", 27 November. One record stands for the three.'
        ),
    ),
]
