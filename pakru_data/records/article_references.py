"""The original article's own references, and whether each could be found."""

from pakru_data.model import ArticleReference

ARTICLE_REFERENCES = [
    ArticleReference(
        id="bbc-arms-sales",
        cited_as="BBC News – Russia’s Arms Sales to India & Pakistan",
        found=False,
        finding=(
            "No BBC article with this subject was found. The only close BBC piece found is "
            "“Analysis: India and Russia's close ties”, an older analysis."
        ),
    ),
    ArticleReference(
        id="aljazeera-russian-oil",
        cited_as="Al Jazeera – Pakistan Buys Russian Oil Despite US Sanctions",
        found=False,
        finding="No matching Al Jazeera article was found.",
    ),
    ArticleReference(
        id="diplomat-relations-changing",
        cited_as="The Diplomat – How Pakistan-Russia Relations Are Changing",
        found=False,
        finding=(
            "No article with this title was found. Two possible candidates were seen only "
            "through reposts: Zachary Keck on Russia ending its arms embargo, and Dmitriy "
            "Frolovskiy, “What's behind Russia's rapprochement with Pakistan?”."
        ),
    ),
]
