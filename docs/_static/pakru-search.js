// Search results quote each page's text around the words searched for.  Leave out what
// pakru marks "no-search" (the citation numbers and status markers after each fact,
// "[1] corrected"), as Sphinx's search index already does.
(() => {
  const pageText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const page = new DOMParser().parseFromString(htmlString, "text/html");
    page.querySelectorAll(".no-search").forEach((element) => element.remove());
    return pageText(page.documentElement.outerHTML, anchor);
  };
})();
