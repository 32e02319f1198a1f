// Elder mode (适老化): larger type and bigger targets on every citizen page. The choice lives in the
// browser (localStorage), not in a session, so anonymous visitors of the stateless pages keep it.
(function () {
  var KEY = "approval.elder";
  function on() {
    try { return window.localStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function apply(enabled) {
    document.documentElement.classList.toggle("elder", enabled);
    var button = document.getElementById("elderToggle");
    if (button) {
      button.setAttribute("aria-pressed", enabled ? "true" : "false");
      button.textContent = enabled ? button.getAttribute("data-off") : button.getAttribute("data-on");
    }
  }
  apply(on());
  document.addEventListener("DOMContentLoaded", function () {
    apply(on());
    var button = document.getElementById("elderToggle");
    if (button) {
      button.addEventListener("click", function () {
        var next = !on();
        try { window.localStorage.setItem(KEY, next ? "1" : "0"); } catch (e) { /* private mode */ }
        apply(next);
      });
    }
  });
})();
