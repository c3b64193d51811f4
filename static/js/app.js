// Small enhancements only: every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Bring the first problem into view and put the cursor on its field.
  const problem = document.querySelector(".has-error, .problems");
  if (problem) {
    problem.scrollIntoView({ block: "center" });
    const input = problem.querySelector("input:not([type=hidden]), select, textarea");
    if (input) input.focus({ preventScroll: true });
  }
  // Dim a rejected candidate so the ones being filed stand out.
  for (const fieldset of document.querySelectorAll("fieldset.candidate")) {
    const update = () => {
      const rejected = fieldset.querySelector("input[type=radio][value=reject]:checked");
      fieldset.classList.toggle("rejected", Boolean(rejected));
    };
    fieldset.addEventListener("change", update);
    update();
  }
});
