// A filter box for the tables pakru builds from its records (visits, agreements, exercises,
// the timeline's era lists).  Without script every row shows; with it, one box above the
// first such table hides the rows, in every such table of the page, that do not contain
// what the reader types, and says how many rows are shown.  Nothing is loaded from elsewhere.
(() => {
  const tables = [...document.querySelectorAll("table.pakru-filterable")];
  if (!tables.length) return;
  const rows = tables.flatMap((table) => [...table.tBodies].flatMap((body) => [...body.rows]));
  // The words in the edition's language, from the page's meta tags (pakru_data/sphinxext/editions.py).
  const said = (name, english) => document.querySelector(`meta[name="${name}"]`)?.content || english;
  const box = document.createElement("div");
  box.className = "pakru-filter";
  const label = document.createElement("label");
  label.htmlFor = "pakru-filter-input";
  label.textContent = said(
    "pakru-filter-label",
    "Filter the tables on this page (a name, a place, a year, or a kind such as \u201cvisit\u201d): ",
  );
  const input = document.createElement("input");
  input.type = "search";
  input.id = "pakru-filter-input";
  input.autocomplete = "off";
  const status = document.createElement("p");
  status.className = "pakru-filter-status";
  status.setAttribute("aria-live", "polite");
  box.append(label, input, status);
  const first = tables[0].closest(".table-wrapper") || tables[0];
  first.before(box);
  const texts = rows.map((row) => row.textContent.toLowerCase());
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, index) => {
      const match = words.every((word) => texts[index].includes(word));
      row.hidden = !match;
      if (match) shown += 1;
    });
    const statusWords = said("pakru-filter-status", "{shown} of {total} rows shown.");
    status.textContent = words.length ? statusWords.replace("{shown}", shown).replace("{total}", rows.length) : "";
  });
})();
