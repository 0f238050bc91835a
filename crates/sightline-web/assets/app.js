// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Move focus to the error summary so screen reader and keyboard users hear it first.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
  // Show a field only when another has a given value (e.g. handling conditions for code C).
  var dependants = document.querySelectorAll("[data-show-when]");
  Array.prototype.forEach.call(dependants, function (el) {
    var rule = el.getAttribute("data-show-when").split("=");
    var control = document.getElementById(rule[0]);
    if (!control) { return; }
    var update = function () {
      var hasValue = el.querySelector("textarea, input") && el.querySelector("textarea, input").value;
      el.hidden = control.value !== rule[1] && !hasValue;
    };
    control.addEventListener("change", update);
    update();
  });
})();
