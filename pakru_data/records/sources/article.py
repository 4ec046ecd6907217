"""The published works cited by the article's own sections: the history's events, the
figures, the challenges and opportunities, and the corrections.  (The visits, agreements,
exercises and trade cite the works in :mod:`pakru_data.records.sources.relations`.)

Addresses, titles and dates are as pakru's research saw them in stored copies of the
pages (``accessed`` is the day that copy was read).  A source read through a repost or
a mirror says so in ``via``.  A title in square brackets is pakru's description of a
work whose own headline was not seen.
"""

from pakru_data.model import Source

READ = "2026-11-28"  # the day pakru's research read the stored copies of these pages
AUDIT = "2026-11-29"  # the day the second audit's sources were read in stored copies
GUIDE = "2026-12-04"  # the day the sources of issue 22's new topics were read in stored copies

SOURCES = [
    Source(
        id="tribune-echoes-of-the-past",
        publisher="The Express Tribune",
        title="Echoes of the past",
        url="https://tribune.com.pk/story/445867/echoes-of-the-past/",
        published="2012-10-02",
        accessed=READ,
        note="An opinion piece by Tariq Fatemi, a former ambassador.",
    ),
    Source(
        id="dawn-letter-liaquat-invitation",
        publisher="Dawn",
        title="Soviet invitation to Liaquat recalled",
        url="https://www.dawn.com/news/1020592/soviet-invitation-to-liaquat-recalled",
        accessed=READ,
        note="A reader's letter, so a weak source.",
    ),
    Source(
        id="dawn-letter-visit-that-never-was",
        publisher="Dawn",
        title="Liaquat Ali Khan's visit",
        url="https://www.dawn.com/news/1003959",
        published="2008-12-02",
        accessed=AUDIT,
        note=(
            "A reader's letter, quoting Ambassador Sajjad Hyder's book: by August 1949 “there was a "
            "change of heart on the Soviet side”."
        ),
    ),
    Source(
        id="truman-welcome-liaquat",
        publisher="Harry S. Truman Library",
        title="[the President's remarks of welcome to the Prime Minister of Pakistan at Washington National Airport]",
        url="https://trumanlibrary.gov/library/public-papers/102/remarks-welcome-prime-minister-pakistan-washington-national-airport",
        published="1950-05-03",
        accessed=AUDIT,
        note=(
            "President Truman's public papers. Liaquat Ali Khan and his wife had arrived in "
            "Washington to begin an extended tour of the United States and Canada."
        ),
    ),
    Source(
        id="frus-1952-54-v13-d1168",
        publisher="US Department of State, Office of the Historian",
        title="Editorial Note (Foreign Relations of the United States, 1952–1954, Volume XIII, Part 2)",
        url="https://history.state.gov/historicaldocuments/frus1952-54v13p2/d1168",
        accessed=READ,
    ),
    Source(
        id="io-1956-baghdad-pact",
        publisher="International Organization (Cambridge University Press)",
        title="Baghdad Pact",
        published="1956",
        via="the EconPapers (RePEc) catalogue",
        note="Volume 10, issue 1. Named by pakru's research notes; not re-read.",
    ),
    Source(
        id="researcher-life-baghdad-pact",
        publisher="researcher.life",
        title="[abstract of a reference article on the Baghdad Pact, 1955–79]",
        url="https://discovery.researcher.life/article/baghdadpact-195579/2380b0413e183ce4a2d3f3d8e434e222",
        accessed=AUDIT,
        note=(
            "Only the abstract was read. It says Pakistan joined the pact on September 23, after "
            "the United Kingdom and before Iran. The second audit took this record for the 1956 "
            "International Organization summary, but the abstract covers the pact up to 1979."
        ),
    ),
    Source(
        id="wikipedia-u2-incident",
        publisher="Wikipedia",
        title="1960 U-2 incident",
        url="https://en.wikipedia.org/wiki/1960_U-2_incident",
        accessed=READ,
    ),
    Source(
        id="national-interest-u2",
        publisher="The National Interest",
        title="History, Explained: How Russia Shot Down a U-2 Spy Plane",
        url="https://m.ru24.net/english/211286509",
        via="a repost on m.ru24.net",
        accessed=AUDIT,
        note=(
            "By Dario Leone. Francis Gary Powers took off from Peshawar air base, Pakistan, on "
            "Sunday, May 1, 1960, on a flight across the Soviet Union. The RFE/RL article the "
            "second audit suggests was not found in a stored copy."
        ),
    ),
    Source(
        id="time-building-an-image",
        publisher="Time",
        title="Pakistan: Building an Image",
        url="https://time.com/archive/6874088/pakistan-building-an-image",
        published="1965-04",
        accessed=READ,
    ),
    Source(
        id="frus-1964-68-v25-d97",
        publisher="US Department of State, Office of the Historian",
        title=(
            "Telegram From the Department of State to Secretary of State Rusk in Tehran (Foreign "
            "Relations of the United States, 1964–1968, Volume XXV, document 97)"
        ),
        url="https://history.state.gov/historicaldocuments/frus1964-68v25/d97",
        accessed=AUDIT,
        note="It says: “Ayub does not return from Moscow until April 11”.",
    ),
    Source(
        id="gse-soviet-pakistani-agreements",
        publisher="The Great Soviet Encyclopedia",
        title="Soviet-Pakistani Agreements",
        url="http://ed.mdict.net/k2349053.html",
        via="a mirror on ed.mdict.net",
        accessed=AUDIT,
        note=(
            "An English translation of the encyclopedia's entry. It dates the notes that set up "
            "diplomatic relations from Apr. 27 to May 1, 1948, and the Soviet credit for the "
            "construction of a metallurgical plant to Jan. 22, 1971."
        ),
    ),
    Source(
        id="wikipedia-tashkent-declaration",
        publisher="Wikipedia",
        title="Tashkent Declaration",
        url="https://en.wikipedia.org/wiki/Tashkent_Declaration",
        accessed=READ,
    ),
    Source(
        id="dawn-tashkent-fifty-years",
        publisher="Dawn",
        title="From the past pages of Dawn: 1966: Fifty years ago: Tashkent Declaration signed",
        url="https://www.dawn.com/news/1232099/from-the-past-pages-of-dawn-1966-fifty-years-ago-tashkent-declaration-signed",
        accessed=READ,
    ),
    Source(
        id="hindu-indo-soviet-treaty",
        publisher="The Hindu",
        title="From the Archives (August 10, 1971): Indo-Soviet Defence Treaty signed",
        url="https://www.thehindu.com/archives/from-the-archives-august-10-1971-indo-soviet-defence-treaty-signed/article35821239.ece",
        published="2021-08-10",
        accessed=READ,
        note="A reprint of the newspaper's report of 10 August 1971.",
    ),
    Source(
        id="tass-afghanistan-withdrawal",
        publisher="TASS",
        title="Soviet withdrawal from Afghanistan",
        url="https://tass.com/world/856745",
        published="2016",
        accessed=READ,
    ),
    Source(
        id="wikipedia-dissolution-of-the-ussr",
        publisher="Wikipedia (Scots edition)",
        title="Dissolution o the Soviet Union",
        url="https://sco.m.wikipedia.org/wiki/Dissolution_o_the_Soviet_Union",
        accessed=READ,
    ),
    Source(
        id="archontology-ussr-polity",
        publisher="Archontology.org",
        title="Soviet Union: Polity Style: 1922-1991",
        url="https://archontology.org/nations/ussr/01_polity.php",
        accessed=AUDIT,
        note=(
            "It dates the end of the Soviet Union to 26 Dec 1991, when the Council of Republics of "
            "the Supreme Council of the USSR adopted a declaration recognising it, and cites the "
            "USSR Supreme Council Records for it."
        ),
    ),
    Source(
        id="kremlin-musharraf-2003",
        publisher="President of Russia (Kremlin)",
        title="[news item on the Kremlin talks with Pervez Musharraf]",
        url="http://en.kremlin.ru/events/president/news/28108",
        published="2003-02-05",
        accessed=READ,
    ),
    Source(
        id="washington-times-musharraf-2003",
        publisher="The Washington Times",
        title="[report on Musharraf's visit to Moscow]",
        url="https://www.washingtontimes.com/news/2003/feb/6/20030206-085428-8264r/",
        published="2003-02-06",
        accessed=READ,
    ),
    Source(
        id="dawn-arms-embargo-lifted",
        publisher="Dawn (AFP)",
        title="Russia lifts arms embargo to Pakistan: report",
        url="https://www.dawn.com/news/1110131",
        published="2014-06-02",
        accessed=READ,
    ),
    Source(
        id="diplomat-keck-arms-embargo",
        publisher="The Diplomat",
        title="[Zachary Keck on Russia ending its arms embargo on Pakistan]",
        url="https://pacificsentinel.blogspot.com/2014/06/editorial-russia-ends-arms-embargo.html",
        published="2014-06",
        via="a repost on pacificsentinel.blogspot.com",
        accessed=AUDIT,
        note="It says Pakistan denied that an arms embargo had ever existed at all.",
    ),
    Source(
        id="interfax-mi35m-contract",
        publisher="Interfax",
        title="[report on the Mi-35M contract for Pakistan]",
        url="https://vpk.name/news/138920_pakistanu_budut_postavleny_chetyre_vertoleta_mi-35m.html",
        published="2015-08-20",
        via="a repost on vpk.name",
        accessed=AUDIT,
        note=(
            "In Russian. Interfax reported on 20 August that Pakistan's defence ministry and "
            "Rosoboronexport had signed a contract in Rawalpindi, at the end of the previous week, "
            "for four Mi-35M helicopters."
        ),
    ),
    Source(
        id="janes-mi35m-cost",
        publisher="IHS Jane's",
        title="Pakistan to receive four Mi-35M helos from Russia in 2017, says report",
        url="https://thaimilitaryandasianregion.wordpress.com/2016/12/24/pakistan-to-receive-four-mi-35m-helos-in-2017/",
        published="2016-12-21",
        via="a repost on thaimilitaryandasianregion.wordpress.com",
        accessed=AUDIT,
        note=(
            "By Gabriel Dominguez, IHS Jane's Defence Weekly. Pakistan's minister for defence "
            "production said Islamabad paid USD153 million for the four helicopters; the deal was "
            "agreed in August 2015."
        ),
    ),
    Source(
        id="khaleej-reuters-first-oil-cargo",
        publisher="Khaleej Times (Reuters)",
        title="Pakistan: First discounted Russian crude oil cargo arrives in Karachi, says PM",
        url="https://www.khaleejtimes.com/world/pakistan-first-discounted-russian-crude-oil-cargo-arrives-in-karachi-says-pm",
        published="2023-06-11",
        accessed=READ,
    ),
    Source(
        id="samaa-oil-unloading",
        publisher="Samaa TV",
        title="[report on the first Russian crude oil cargo being unloaded]",
        url="https://www.samaaenglish.tv/news/40038699/pakistan-russian-crude-oil-in-process-of-being-unloaded",
        published="2023-06-12",
        accessed=READ,
    ),
    Source(
        id="arabnews-russian-oil-2023",
        publisher="Arab News Pakistan",
        title="[report on Russian oil talks and cargoes]",
        url="https://www.arabnews.pk/node/2354836",
        published="2023-08-14",
        note="Named by pakru's research notes; no stored copy was found to re-read.",
    ),
    Source(
        id="nation-oil-delegation-2022",
        publisher="The Nation",
        title="[report on a Pakistani delegation leaving for Russia for oil talks]",
        url="https://www.nation.com.pk/28-Nov-2022/pakistani-delegation-leaves-for-russia-for-cheaper-oil-deal-talks",
        published="2022-11-28",
        accessed=AUDIT,
        note="A delegation led by the minister of state for petroleum, Musadik Malik, left for Russia on Monday.",
    ),
    Source(
        id="arynews-oil-discount-2022",
        publisher="ARY News",
        title="[report on Pakistan not facing US sanctions for buying Russian oil]",
        url="https://arynews.tv/pakistan-will-not-face-us-sanctions-on-procuring-oil-from-russia/",
        published="2022-12-06",
        accessed=AUDIT,
        note=(
            "It reports that, a day earlier, Musadik Malik told a press conference in Islamabad that "
            "Russia would supply crude oil, petrol and diesel at discounted rates. The News article "
            "the second audit names was not found in a stored copy."
        ),
    ),
    Source(
        id="arabnews-second-oil-cargo",
        publisher="Arab News Pakistan",
        title="Pakistan finalizing second cargo of discounted Russian crude oil — petroleum minister",
        url="https://www.arabnews.pk/node/2336571/pakistan",
        published="2023",
        accessed=READ,
    ),
    Source(
        id="nation-first-oil-order",
        publisher="The Nation",
        title="[report on Pakistan's first order of discounted Russian oil]",
        url="https://www.nation.com.pk/21-Apr-2023/pakistan-buys-russian-oil-on-discounted-price",
        published="2023-04-21",
        accessed=READ,
    ),
    Source(
        id="thenews-us-sovereign-choice",
        publisher="The News International",
        title="[report on the US calling Pakistan's purchase of Russian oil a sovereign choice]",
        url="https://www.thenews.com.pk/print/1064284-us-acknowledges-pakistan-s-decision-to-procure-russian-oil-as-sovereign-choice",
        published="2023-04-27",
        accessed=READ,
    ),
    Source(
        id="dawn-us-not-opposing-oil-deal",
        publisher="Dawn",
        title="US not opposing Pakistan’s oil deal with Russia",
        url="https://www.dawn.com/news/1749533/us-not-opposing-pakistans-oil-deal-with-russia",
        published="2023-04-27",
        accessed=READ,
    ),
    Source(
        id="agenzia-nova-sipri-2024",
        publisher="Agenzia Nova (quoting SIPRI)",
        title="[report on SIPRI's figures for Russian arms exports, 2019–23]",
        url="https://www.agenzianova.com/a/65eead4a3b5d66.89382786/5086575/2024-03-11/difesa-sipri-la-russia-cala-al-terzo-posto-in-export-armi-india-primo-paese-importatore",
        published="2024-03-11",
        accessed=READ,
    ),
    Source(
        id="deccan-herald-sipri-2024",
        publisher="Deccan Herald (quoting SIPRI)",
        title="[report on SIPRI's figures for India's arms imports, 2019–23]",
        url="https://www.deccanherald.com/india/india-again-tops-global-arms-imports-russia-main-supplier-sipri-2931533",
        published="2024-03-11",
        accessed=READ,
    ),
    Source(
        id="pratidin-sipri-2023",
        publisher="Pratidin Time (quoting SIPRI)",
        title="[report on SIPRI's figures for India's arms imports, 2018–22]",
        url="https://www.pratidintime.com/national/india-worlds-largest-arms-importer-in-2018-22-reveals-sipri-data",
        published="2023-03-14",
        accessed=READ,
    ),
    Source(
        id="abplive-sipri-2023",
        publisher="ABP Live (quoting SIPRI)",
        title="[report on SIPRI's figures for India's arms imports from Russia, 2018–22]",
        url="https://news.abplive.com/india-at-2047/russia-is-still-india-s-largest-arms-supplier-but-its-position-is-under-pressure-latest-sipri-report-says-1588029/amp",
        accessed=AUDIT,
        note="Russia's share of India's arms imports came down to 45% in 2018–22 from 64% in 2013–17.",
    ),
    Source(
        id="theprint-sipri-2023",
        publisher="ThePrint (quoting SIPRI)",
        title="[report on SIPRI's figures for Russian arms exports to India, 2018–22]",
        url="https://theprint.in/world/russian-arms-export-to-india-dip-ukraine-worlds-3rd-largest-importer-in-2022-sipri-report/1440173/",
        published="2023",
        accessed=READ,
    ),
    Source(
        id="newsnation-sipri-2019",
        publisher="News Nation (quoting SIPRI)",
        title="[report on SIPRI's figures for Russian arms exports to India, 2014–18]",
        url="https://english.newsnationtv.com/world/news/russian-arms-exports-to-india-fell-by-42-between-2014-18-and-2009-13-report-216614.html",
        published="2019",
        accessed=READ,
    ),
    Source(
        id="tribune-india-inventory-2025",
        publisher="The Tribune (India)",
        title="Despite Trump's latest threat, India can't decouple from Russian military equipment",
        url="https://www.tribuneindia.com/news/top-headlines/despite-trumps-latest-threat-india-cant-decouple-from-russian-military-equipment/",
        published="2025-07-31",
        accessed=READ,
    ),
    Source(
        id="brecorder-china-trade-2021",
        publisher="Business Recorder",
        title="Exports to China surge by 69pc in 2021",
        url="https://www.brecorder.com/news/40149148/exports-to-china-surge-by-69pc-in-2021",
        published="2022-01-23",
        accessed=READ,
        note="Chinese customs (GACC) figures, reported by Gwadar Pro.",
    ),
    Source(
        id="nation-china-trade-fy2024",
        publisher="The Nation",
        title="[report on Pakistan's exports to China in FY2023-24, from State Bank of Pakistan figures]",
        url="https://www.nation.com.pk/02-Aug-2024/pakistan-s-exports-to-china-increase-by-33-67pc-in-fy-2023-24",
        published="2024-08-02",
        accessed=READ,
    ),
    Source(
        id="nation-russia-trade-fy2023",
        publisher="The Nation",
        title="[report on Pakistan and Russia agreeing to improve trade]",
        url="https://www.nation.com.pk/13-Oct-2023/pakistan-russia-agree-to-improve-trade-volume",
        published="2023-10-13",
        accessed=READ,
    ),
    Source(
        id="wikipedia-dasu-bus-attack",
        publisher="Wikipedia",
        title="Dasu bus attack",
        url="https://en.wikipedia.org/wiki/Dasu_bus_attack",
        accessed=READ,
    ),
    Source(
        id="daily-pakistan-dasu",
        publisher="Daily Pakistan",
        title="[first report on the Upper Kohistan bus blast]",
        url="https://en.dailypakistan.com.pk/14-Jul-2021/nine-chinese-among-13-killed-in-upper-kohistan-bus-blast",
        published="2021-07-14",
        accessed=READ,
        note="An early report: its text counts nine Chinese and three Pakistanis killed.",
    ),
    Source(
        id="asiatimes-afp-dasu",
        publisher="Asia Times (AFP)",
        title="[report on nine Chinese workers killed in a bus blast in Pakistan]",
        url="https://asiatimes.com/2021/07/nine-chinese-workers-killed-in-pakistan-bus-blast/",
        published="2021-07",
        accessed=AUDIT,
        note="Nine Chinese workers were among 13 people killed when a blast sent the bus down a ravine.",
    ),
    Source(
        id="dawn-druzhba-2016",
        publisher="Dawn",
        title="Joint exercise with Russia progressing well: ISPR",
        url="https://www.dawn.com/news/1286616/joint-exercise-with-russia-progressing-well-ispr",
        published="2016-09-28",
        accessed=READ,
    ),
    Source(
        id="tass-druzhba-2021",
        publisher="TASS",
        title="[report on the Druzhba-2021 exercise at Molkino]",
        url="https://tass.com/defense/1342671",
        published="2021-09-27",
        accessed=READ,
    ),
    Source(
        id="dawn-druzhba-2024",
        publisher="Dawn",
        title="Pakistan, Russia commence joint military drill ‘Druzbha VII’ at Pabbi",
        url="https://www.dawn.com/news/1865391/pakistan-russia-commence-joint-military-drill-druzbha-vii-at-pabbi",
        published="2024-10-15",
        accessed=READ,
    ),
    Source(
        id="fdlx-north-south-pipeline-2015",
        publisher="fdlx.com",
        title="Россия и Пакистан подписали договор о строительстве газопровода",
        url="https://fdlx.com/tema/gazoprovod-sever-yug",
        accessed=AUDIT,
        note=(
            "In Russian, an item on a news aggregator's topic page: the governments signed the "
            "North-South pipeline agreement “today, 16 October”, Alexander Novak for Russia and "
            "Shahid Khaqan Abbasi for Pakistan. The item does not show its year."
        ),
    ),
    Source(
        id="elbalad-north-south-pipeline-2015",
        publisher="El Balad (via masress.com)",
        title="[report in Arabic on the North-South gas pipeline agreement]",
        url="https://www.masress.com/elbalad/1748161",
        accessed=AUDIT,
        note="Novak and Abbasi signed the intergovernmental agreement in Islamabad on a Friday (“today, Friday”).",
    ),
    Source(
        id="thenews-pakistan-stream-protocol",
        publisher="The News International",
        title="[report on Pakistan and Russia signing the protocol to the pipeline agreement]",
        url="https://www.thenews.com.pk/print/841345-pakistan-russia-sign-iga-protocol",
        accessed=AUDIT,
        note="It says the intergovernmental agreement on the North-South pipeline was signed in 2015.",
    ),
    Source(
        id="dawn-pakistan-stream-protocol",
        publisher="Dawn",
        title="Russia, Pakistan agree to build gas pipeline",
        url="https://www.dawn.com/news/1626307/russia-pakistan-agree-to-build-gas-pipeline",
        published="2021-05-29",
        accessed=READ,
    ),
    Source(
        id="arabnews-pakistan-stream-2021",
        publisher="Arab News Pakistan",
        title="[report on the revised Pakistan Stream agreement]",
        url="https://www.arabnews.pk/node/1865576/pakistan",
        published="2021-05",
        accessed=READ,
        note="Quotes The News for the cost estimate of Pakistani officials.",
    ),
    Source(
        id="brecorder-pakistan-stream-2021",
        publisher="Business Recorder",
        title="[report on Pakistan and Russia signing the amended gas project agreement]",
        url="https://www.brecorder.com/news/40095671/pakistan-russia-to-sign-amended-gas-project-agreement-on-friday",
        published="2021-05-27",
        accessed=READ,
    ),
    Source(
        id="tass-pakistan-stream-estimate",
        publisher="TASS",
        title="[report on Russia's cost estimate for Pakistan Stream]",
        url="https://tass.com/economy/1296619",
        published="2021-06-01",
        accessed=READ,
    ),
    Source(
        id="devdiscourse-pakistan-stream-hot",
        publisher="Devdiscourse (citing Dawn)",
        title="[report on Pakistan and Russia signing terms for the gas pipeline]",
        url="https://www.devdiscourse.com/article/business/1654070-pakistan-russia-sign-terms-of-accord-for-1100-km-gas-pipeline-from-karachi-to-lahore",
        published="2021-07-16",
        accessed=READ,
    ),
    Source(
        id="reuters-pakistan-stream-factbox",
        publisher="Reuters",
        title="Factbox: Pakistan-Russia collaboration on gas pipeline project",
        url="https://www.pakistantoday.com.pk/2022/02/24/factbox-pakistan-russia-collaboration-on-gas-pipeline-project/",
        published="2022-02-24",
        accessed=READ,
        via="a repost by Pakistan Today",
    ),
    Source(
        id="thenews-dastgir-2018",
        publisher="The News International",
        title="Pakistan in talks to buy Russian air defence systems: Dastgir",
        url="https://www.thenews.com.pk/print/301973-pakistan-in-talks-to-buy-russian-air-defence-systems-dastgir",
        published="2018-04-08",
        accessed=READ,
    ),
    Source(
        id="ndtv-india-s400",
        publisher="NDTV",
        title="[report on India and Russia signing the S-400 deal]",
        url="https://www.ndtv.com/india-news/india-russia-sign-s-400-missile-deal-keep-announcement-low-key-1927382",
        published="2018-10-05",
        accessed=READ,
    ),
    Source(
        id="dawn-india-s400",
        publisher="Dawn",
        title="Russia, India sign $5bn deal for S-400 air defence system",
        url="https://www.dawn.com/news/1436971/russia-india-sign-5bn-deal-for-s-400-air-defence-system",
        published="2018-10-05",
        accessed=READ,
    ),
    Source(
        id="paksteel-history",
        publisher="Pakistan Steel Mills",
        title="Our History",
        url="https://www.paksteel.com.pk/organ_our_history.html",
        note="Named by pakru's research notes; no stored copy was found to re-read.",
    ),
    Source(
        id="upi-steel-mills-1985",
        publisher="UPI",
        title="Zia dedicates $1.62 billion steel project to the nation",
        url="https://sikhheritageeducation.com/zia-dedicates-1-62-billion-steel-project-to-the-nation/",
        published="1985-01",
        via="a repost on sikhheritageeducation.com",
        accessed=READ,
    ),
    Source(
        id="nasdaq-reuters-wheat-2022",
        publisher="Reuters (via Nasdaq)",
        title="Pakistan government approves plan to buy 300,000 tonnes of Russian wheat",
        url="https://www.nasdaq.com/articles/pakistan-government-approves-plan-to-buy-300000-tonnes-of-russian-wheat",
        published="2022-10-31",
        accessed=READ,
    ),
    Source(
        id="propakistani-wheat-ships-2023",
        publisher="ProPakistani",
        title="[report on the first shipment of Russian wheat arriving in Karachi]",
        url="https://propakistani.pk/2023/01/09/first-shipment-of-russian-wheat-arrives-in-karachi/",
        published="2023-01-09",
        accessed=READ,
    ),
    Source(
        id="dawn-wheat-ship-docks-2023",
        publisher="Dawn",
        title="Ship carrying Russian wheat docks at Karachi",
        url="https://dawn.com/news/1730844",
        accessed=AUDIT,
        note=(
            "One ship, MV Levantes, was at Port Qasim; the second, Caravos Liberty, was near the port "
            "but yet to dock, though the food ministry announced that two ships had arrived on Monday."
        ),
    ),
    Source(
        id="tass-wheat-ships-2023",
        publisher="TASS",
        title="[report on Russian wheat deliveries to Pakistan]",
        url="https://tass.com/economy/1560037",
        published="2023-01-10",
        accessed=READ,
    ),
    Source(
        id="hindu-kashmir-veto-1957",
        publisher="The Hindu",
        title="dated February 22, 1957: UN resolution vetoed",
        url="https://www.thehindu.com/todays-paper/tp-miscellaneous/dated-February-22-1957-UN-resolution-vetoed/article14723958.ece",
        published="2007-02-22",
        accessed="2026-11-29",
        note=(
            "The newspaper's report dated 22 February 1957, printed again in 2007: the USSR vetoed "
            "a Security Council resolution on Kashmir which, its delegate said, India could not accept."
        ),
    ),
    Source(
        id="business-standard-1971-war",
        publisher="Business Standard",
        title="[report on Vijay Diwas, the anniversary of the end of the India–Pakistan war that freed Bangladesh]",
        url="https://www.business-standard.com/article/current-affairs/vijay-diwas-how-india-ended-pak-s-atrocities-and-ensured-freed-bangladesh-118121600120_1.html",
        published="2018-12-16",
        accessed="2026-11-29",
        note="An Indian newspaper's account, written for India's victory day.",
    ),
    # Issue 22: the guide's new topics, read in stored copies on this day
    Source(
        id="millenniumpost-sipri-2026",
        publisher="Millennium Post",
        title="India No. 2 in global arms imports",
        url="https://www.millenniumpost.in/big-stories/india-no-2-in-global-arms-imports-651237",
        published="2026-03-11",
        accessed=GUIDE,
        note=(
            "Quotes SIPRI's report of March 2026, Trends in International Arms Transfers: Russia's "
            "share of India's arms imports was 40% in 2021–25, 51% in 2016–20 and 70% in 2011–15."
        ),
    ),
    Source(
        id="easterneye-sipri-2026",
        publisher="Eastern Eye",
        title="[report: India the world's second largest arms importer in 2021–25, says SIPRI]",
        url="https://www.easterneye.biz/india-second-largest-arms-importer-report/",
        published="2026-03-09",
        accessed=GUIDE,
        note="Gives the same three shares from SIPRI's March 2026 report, quoting a news report.",
    ),
    Source(
        id="deccanchronicle-sipri-2026",
        publisher="Deccan Chronicle",
        title="[Imports of security, exports of unease: SIPRI's March 2026 report]",
        url="https://www.deccanchronicle.com/business/imports-of-security-exports-of-unease-1942709",
        published="2026-03-10",
        accessed=GUIDE,
        note="Russia's share of India's imports fell from 70% in 2011–15 to 40% in 2021–25.",
    ),
    Source(
        id="nyt-soviet-veto-1971",
        publisher="The New York Times",
        title="Soviet Vetoes a U.S. Plan In Council for Cease-Fire",
        url="http://1971.bdesh.com/show_article.php?article_id=1430",
        published="1971-12-05",
        accessed=GUIDE,
        via="a copy on 1971.bdesh.com, an archive of press reports on 1971",
        note=(
            "By Henry Tanner. The USSR and Poland voted against a US draft calling for a cease-fire "
            "and the withdrawal of Indian and Pakistani forces; China and ten others voted for it."
        ),
    ),
    Source(
        id="press-second-veto-1971",
        publisher="The Press (Christchurch), from Reuters",
        title="Security Council fails to agree on cease-fire",
        url="https://paperspast.natlib.govt.nz/newspapers/CHP19711207.2.111",
        published="1971-12-07",
        accessed=GUIDE,
        via="Papers Past, the National Library of New Zealand",
        note="Russia's second veto in less than 24 hours on a cease-fire between India and Pakistan.",
    ),
    Source(
        id="wikipedia-bhutto-1972-visit",
        publisher="Wikipedia",
        title="1972 visit by Zulfikar Ali Bhutto to the Soviet Union",
        url="https://en.wikipedia.org/wiki/1972_visit_by_Zulfikar_Ali_Bhutto_to_the_Soviet_Union",
        accessed=GUIDE,
        note="An encyclopedia article, so a weak source on its own: a visit of 2–5 March 1972 to normalise relations.",
    ),
    Source(
        id="us-cable-bhutto-moscow-1974",
        publisher="US Embassy Moscow (cable 1974MOSCOW16520)",
        title="Bhutto visit to Moscow",
        url="https://search.wikileaks.org/plusd/cables/1974MOSCOW16520.html",
        published="1974-10-30",
        accessed=GUIDE,
        via="the WikiLeaks copy of the State Department's declassified cables",
        note=(
            "A US diplomat's assessment: the visit of 24–26 October 1974 restored a high-level "
            "dialogue but brought no major breakthrough."
        ),
    ),
    Source(
        id="ap-swir-bombing-1985",
        publisher="Associated Press",
        title="Pakistan Shows Bombed Village After Air Attack",
        url="https://www.apnews.com/93b117d83b0076c48da384218ca527c2",
        published="1985-06-04",
        accessed=GUIDE,
        note="Pakistan's government said eight Afghan warplanes bombed the border village of Swir.",
    ),
    Source(
        id="latimes-arandu-1987",
        publisher="Los Angeles Times",
        title="The World - News from Jan. 5, 1987",
        url="https://www.latimes.com/archives/la-xpm-1987-01-05-mn-2355-story.html",
        published="1987-01-05",
        accessed=GUIDE,
        note=(
            "Pakistan charged that Soviet-built warplanes crossed the border at least 600 times in "
            "1986; the Afghan government denied it and accused Pakistan of backing the guerrillas."
        ),
    ),
    Source(
        id="latimes-border-raids-1988",
        publisher="Los Angeles Times",
        title="Border Raids Threaten Afghan Pact",
        url="https://www.latimes.com/archives/la-xpm-1988-10-01-mn-4269-story.html",
        published="1988-10-01",
        accessed=GUIDE,
        note=(
            "On the Geneva accords of April 1988 and the charges each side made afterwards; a Pakistani "
            "F-16 shot down a Soviet Su-25 over Pakistan on 4 August 1988."
        ),
    ),
    Source(
        id="sputnik-badaber-2016",
        publisher="Sputnik",
        title="US Resident May Disclose Details of 1985 Badaber Uprising in Pakistan",
        url="https://sputnikglobe.com/amp/20160622/badaber-uprising-pakistan-1041773003.html",
        published="2016-06-22",
        accessed=GUIDE,
        note="A Russian state news agency, quoting a retired Russian general; the Russian account.",
    ),
    Source(
        id="sarfraz-khan-overview",
        publisher="Central Asia (journal of the Area Study Centre, University of Peshawar), issue 71",
        title="An Overview of Pak-Soviet/Russia Relations",
        url="http://asc-centralasia.edu.pk/old_site/Issue_71/001_sarfraz.html",
        accessed=GUIDE,
        note="By Sarfraz Khan and Noor-ul-Amin, Pakistani scholars. Only the abstract and introduction were read.",
    ),
    Source(
        id="pakistantoday-first-visit-since-1999",
        publisher="Pakistan Today",
        title="Imran becomes first Pakistan leader to visit Russia in over two decades",
        url="https://www.pakistantoday.com.pk/2022/02/07/imran-becomes-first-pakistan-leader-to-visit-russia-in-over-two-decades/",
        published="2022-02-07",
        accessed=GUIDE,
        note=(
            "Nawaz Sharif's visit of April 1999 was the first by a head of Pakistan's government since "
            "1974; General Bajwa, in April 2018, was the third army chief in a row to visit Moscow."
        ),
    ),
    Source(
        id="defencetalk-mi17-2004",
        publisher="Defence Talk, from IANS and Dawn",
        title="Pakistan purchases 13 Russian helicopters",
        url="https://defencetalk.com/pakistan-purchases-13-russian-helicopters-2738",
        accessed=GUIDE,
        note=(
            "Thirteen new Mi-17s from the Kazan Helicopter Plant for $50.7 million, bought through a "
            "British firm; Pakistan had bought 12 in 1995. The page's date was not seen."
        ),
    ),
    Source(
        id="domainb-rd93-2007",
        publisher="domain-b.com",
        title="Putin clears sale of RD-93 fighter jet engines by China to Pakistan, says report",
        url="https://www.domain-b.com/aero/20070427_putin.htm",
        published="2007-04-27",
        accessed=GUIDE,
        note="Reports Kommersant: Putin approved the re-export of Russian RD-93 engines in China's JF-17s to Pakistan.",
    ),
    Source(
        id="app-sco-full-member-2017",
        publisher="Associated Press of Pakistan",
        title="SCO welcomes Pakistan as full member",
        url="https://www.app.com.pk/sco-welcomes-pakistan-as-full-member/",
        published="2017-06-09",
        accessed=GUIDE,
        note="Pakistan had been an observer since 2005 and applied for membership in 2010.",
    ),
    Source(
        id="dawn-sco-astana-2017",
        publisher="Dawn",
        title="[Pakistan formally becomes a full member of the SCO at Astana]",
        url="https://www.dawn.com/news/1338647",
        accessed=GUIDE,
        note="India joined on the same day. The page's date was not seen.",
    ),
    Source(
        id="nation-trilateral-moscow-2016",
        publisher="The Nation",
        title="Pakistan, China, Russia vow to facilitate Afghan peace process",
        url="https://nation.com.pk/28-Dec-2016/pakistan-china-russia-vow-to-facilitate-afghan-peace-process",
        published="2016-12-28",
        accessed=GUIDE,
        note="The third round of the three countries' consultations on Afghanistan, in Moscow on 27 December 2016.",
    ),
    Source(
        id="indianexpress-trilateral-2016",
        publisher="The Indian Express",
        title="China, Pak, Russia talks discuss deteriorating Afghanistan security",
        url="http://indianexpress.com/article/world/china-pak-russia-talks-discuss-deteriorating-afghanistan-security-4447914/",
        published="2016-12-28",
        accessed=GUIDE,
        note="Afghanistan was not invited; Kabul criticised the meeting.",
    ),
    Source(
        id="tass-moscow-format-2023",
        publisher="TASS",
        title="[the fifth meeting of the Moscow Format on Afghanistan opens in Kazan]",
        url="https://tass.com/russia/1682049",
        published="2023-09-29",
        accessed=GUIDE,
        note="The Moscow Format's members include Pakistan; the Taliban government's foreign minister attended.",
    ),
    Source(
        id="pakistantoday-unga-abstain-2022",
        publisher="Pakistan Today",
        title="Pakistan abstains from UN vote to condemn Russia over Ukraine violence",
        url="https://www.pakistantoday.com.pk/2022/03/03/pakistan-abstains-from-un-vote-to-condemn-russia-over-ukraine-violence/",
        published="2022-03-03",
        accessed=GUIDE,
        note="141 votes for, 5 against and 35 abstentions, among them China and India.",
    ),
    Source(
        id="thenews-unga-abstain-2022",
        publisher="The News",
        title="Pakistan abstains from voting against Russia at UNGA",
        url="https://www.thenews.com.pk/print/938140-pakistan-abstains-from-voting-against-russia-at-unga",
        accessed=GUIDE,
        note="European diplomats in Islamabad had asked Pakistan to condemn Russia. The page's date was not seen.",
    ),
    Source(
        id="nation-unga-abstain-2023",
        publisher="The Nation",
        title="Pakistan abstains from UN vote on Ukraine war",
        url="https://www.nation.com.pk/25-Feb-2023/pakistan-abstains-from-un-vote-on-ukraine-war",
        published="2023-02-25",
        accessed=GUIDE,
        note=(
            "Pakistan also abstained in October 2022 on Russia's annexation of Ukrainian regions; "
            "its ambassador, Munir Akram, explained the vote."
        ),
    ),
    Source(
        id="dailypakistan-unga-abstain-2023",
        publisher="Daily Pakistan",
        title="Pakistan abstains from UN vote on Ukraine",
        url="https://en.dailypakistan.com.pk/24-Feb-2023/pakistan-abstains-from-un-vote-on-ukraine",
        published="2023-02-24",
        accessed=GUIDE,
    ),
    Source(
        id="scmp-oil-yuan-2023",
        publisher="South China Morning Post, from Reuters",
        title="Pakistan uses Chinese yuan to buy cut-price oil from Russia",
        url="https://mcdn.i-scmp.com/news/asia/south-asia/article/3223866/pakistan-uses-chinese-yuan-buy-cut-price-oil-russia",
        published="2023-06",
        accessed=GUIDE,
        note="Pakistan's petroleum minister, Musadik Malik: the first government-to-government cargo was paid in yuan.",
    ),
    Source(
        id="chinadaily-oil-yuan-2023",
        publisher="China Daily Hong Kong",
        title="Pakistan uses yuan for Russian oil import in landmark deal",
        url="https://www.chinadailyhk.com/hk/article/336380",
        published="2023-06-16",
        accessed=GUIDE,
    ),
    Source(
        id="geo-steel-mills-protocol-2025",
        publisher="Geo News",
        title="Pakistan, Russia ink agreement to revive Pakistan Steel Mills",
        url="https://www.geo.tv/latest/613556-pakistan-russia-ink-agreement-to-revive-pakistan-steel-mills",
        published="2025-07-11",
        accessed=GUIDE,
        note=(
            "A protocol signed in Moscow by Pakistan's industries secretary and a Russian company, "
            "Industrial Engineering LLC; the mill had stood idle since June 2015."
        ),
    ),
    Source(
        id="tass-steel-mill-2025",
        publisher="TASS",
        title="[Pakistan would like to build a steel mill in Karachi jointly with Russia]",
        url="https://tass.com/economy/1987423",
        published="2025-07-09",
        accessed=GUIDE,
    ),
    Source(
        id="nationalherald-brics-2023",
        publisher="National Herald, from The News",
        title="Pakistan eyes BRICS membership, seeks Russia's help",
        url="https://www.nationalheraldindia.com/international/pakistan-eyes-brics-membership-seeks-russias-help",
        published="2023-11-24",
        accessed=GUIDE,
        note="Pakistan's ambassador in Moscow told TASS that Pakistan had applied; the Foreign Office did not comment.",
    ),
    Source(
        id="aa-brics-2023",
        publisher="Anadolu Agency",
        title="Pakistan's ambassador says Islamabad applied for BRICS membership",
        url="https://usmuslims.com/service/amp/pakistans-ambassador-says-islamabad-applied-for-brics-membership-228654h.htm",
        published="2023-11-22",
        accessed=GUIDE,
        via="a repost on usmuslims.com",
    ),
    Source(
        id="geo-russian-scholarships-2025",
        publisher="Geo News",
        title="Russia rolls out scholarship programme for Pakistani students",
        url="https://www.geo.tv/latest/631796-russia-rolls-out-scholarship-programme-for-pakistani-students",
        published="2025-11-02",
        accessed=GUIDE,
        note="The Russian House in Pakistan nominates students for Russian government scholarships.",
    ),
    Source(
        id="devdiscourse-sharif-visit-2026",
        publisher="Devdiscourse, from RIA Novosti",
        title="Diplomacy on the Horizon: Prime Minister Sharif's Upcoming Russian Visit",
        url="https://www.devdiscourse.com/article/headlines/3819802-diplomacy-on-the-horizon-prime-minister-sharifs-upcoming-russian-visit",
        published="2026-02-27",
        accessed=GUIDE,
        note="An announcement, before the visit: 3–5 March 2026. No report of the visit itself was found.",
    ),
    Source(
        id="morgulov-70-years-2018",
        publisher="The Destination (Islamabad)",
        title=(
            "Russia and Pakistan: new vistas of cooperation (commemorating the 70th anniversary of bilateral relations)"
        ),
        url="http://www.thedestination.com.pk/russia-and-pakistan-new-vistas-of-cooperation-commemorating-the-70th-anniversary-of-bilateral-relations/",
        published="2018-05",
        accessed=GUIDE,
        note=(
            "An article by Igor Morgulov, Russia's deputy foreign minister, so Russia's official view: "
            "in December 1991 Pakistan was one of the first countries to recognise the Russian "
            "Federation as the legal successor of the Soviet Union."
        ),
    ),
    Source(
        id="neftegaz-lng-2018",
        publisher="Neftegaz.RU",
        title="Alexey Miller and Pakistani FM Khawaja Muhammad Asif discuss potential LNG supplies to Pakistan",
        url="https://neftegazru.com/news/politics/407807-alexey-miller-and-pakistani-fm-khawaja-muhammad-asif-discuss-potential-lng-supplies-to-pakistan/",
        published="2018-02",
        accessed=GUIDE,
        note="Says Russia and Pakistan signed an intergovernmental agreement on LNG supplies on 13 October 2017.",
    ),
    Source(
        id="propakistani-lng-offer-2021",
        publisher="ProPakistani",
        title="Moscow is Offering LNG to Pakistan: Russian Media",
        url="https://propakistani.pk/2021/04/07/moscow-is-offering-lng-to-pakistan-russian-media/",
        published="2021-04-07",
        accessed=GUIDE,
        note="Lavrov: Gazprom, Rosneft and Novatek had offered Russian LNG, and Russia awaited Pakistan's answer.",
    ),
    Source(
        id="pakobserver-sco-2017",
        publisher="Pakistan Observer",
        title="Pakistan to become full member of SCO today",
        url="http://pakobserver.net/pakistan-become-full-member-sco-today/",
        published="2017-06-08",
        accessed=GUIDE,
        note="Quotes Pakistan's Foreign Office: an observer at the SCO since 2005.",
    ),
    Source(
        id="dagens-sipri-2026",
        publisher="Dagens",
        title="Putin's weapons empire still world's third biggest – ahead of UK and China",
        url="https://www.dagens.com/world/putins-weapons-empire-still-worlds-third-biggest-ahead-of-uk-and-china",
        published="2026-03-09",
        accessed=GUIDE,
        note=(
            "Reports SIPRI's March 2026 report: India received 48% of Russia's arms exports in 2021–25, "
            "China and Belarus 13% each. A news aggregator, and the only source found for these shares."
        ),
    ),
]
