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
]
