// Loaded in the head without defer, so the page is styled for script from its first paint (the menu collapses
// only when this runs; without it the menu stays open).
document.documentElement.classList.add("js");

// Sends the CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("meta[name=_csrf]");
  const header = document.querySelector("meta[name=_csrf_header]");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Gives each cell the heading of its column, which the phone layout shows in front of the value.
function labelTableCells(root) {
  root.querySelectorAll("table").forEach((table) => {
    const headings = Array.from(table.querySelectorAll("thead tr:first-child th")).map((th) => th.textContent.trim());
    if (headings.length === 0) {
      return;
    }
    table.querySelectorAll("tbody tr").forEach((row) => {
      Array.from(row.children).forEach((cell, index) => {
        if (cell.tagName === "TD" && !cell.hasAttribute("data-label") && headings[index]) {
          cell.setAttribute("data-label", headings[index]);
        }
      });
    });
  });
}

// A toggle of the organization tree loads its children once (htmx), then opens and closes them.
document.addEventListener("click", (event) => {
  const toggle = event.target.closest(".tree-toggle");
  if (toggle) {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    const children = document.getElementById(toggle.getAttribute("aria-controls"));
    if (children) {
      children.hidden = !open;
    }
    return;
  }
  const link = event.target.closest(".error-summary a[href^='#']");
  const field = link && document.getElementById(link.getAttribute("href").slice(1));
  if (field) {
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
    return;
  }
  const menu = event.target.closest(".menu-toggle");
  if (menu) {
    menu.setAttribute("aria-expanded", String(menu.getAttribute("aria-expanded") !== "true"));
  }
});

document.addEventListener("DOMContentLoaded", () => {
  labelTableCells(document);
  // The error summary takes the focus, so a screen reader reads it first (GOV.UK pattern).
  const summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
});

document.addEventListener("htmx:afterSwap", (event) => labelTableCells(event.detail.target));

// A button with data-copy puts the value of the field it names on the clipboard.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  const field = button && document.getElementById(button.dataset.copy);
  if (field && navigator.clipboard) {
    navigator.clipboard.writeText(field.value);
  }
});
