// Kiosk mode (触摸式查询). A kiosk page (an element with data-kiosk-idle) marks the browser as a kiosk with a cookie
// holding the idle timeout, so every public page it leads to behaves as a kiosk page too: login and user-centre
// links hidden (css), an on-screen keyboard under text fields, and back to the start page after that many seconds
// without a touch or key. No session: the mark lives in the browser. approvalKiosk.setIdleSeconds and idleNow are
// the hooks tests use.
(function () {
  var COOKIE = "approval-kiosk";
  var script = document.currentScript;
  var context = script ? script.src.replace(/\/jakarta\.faces\.resource\/.*$/, "") : "";
  var api = (window.approvalKiosk = { home: context + "/kiosk/index.xhtml", active: false });
  var timer = null;
  var idleMs = 0;

  function marked() {
    var m = document.cookie.match(/(?:^|;\s*)approval-kiosk=(\d+)/);
    return m ? parseInt(m[1], 10) : 0;
  }

  api.idleNow = function () {
    window.location.href = api.home;
  };
  api.reset = function () {
    if (timer) {
      clearTimeout(timer);
    }
    if (idleMs > 0) {
      timer = setTimeout(api.idleNow, idleMs);
    }
  };
  api.setIdleSeconds = function (seconds) {
    idleMs = seconds * 1000;
    api.reset();
  };

  function keyboard() {
    var board = document.getElementById("kioskKeyboard");
    if (!board) {
      return;
    }
    var target = null;
    var fields = document.querySelectorAll("input[data-keyboard], input[type=text], input[type=search]");
    Array.prototype.forEach.call(fields, function (field) {
      field.setAttribute("inputmode", "none");
      field.addEventListener("focus", function () {
        target = field;
        // A numeric field (the rating code) gets a keypad: letters would only be typing errors.
        board.classList.toggle("digits-only", field.getAttribute("data-keyboard") === "digits");
        // The keyboard opens below the field's form, so it never covers a field or a button of it.
        var host = field.form || field.parentNode;
        host.parentNode.insertBefore(board, host.nextSibling);
        board.hidden = false;
      });
    });
    // Keys must not take the focus from the field they type into.
    board.addEventListener("mousedown", function (e) {
      e.preventDefault();
    });
    board.addEventListener("click", function (e) {
      var key = e.target.closest ? e.target.closest("button") : null;
      if (!key || !target) {
        return;
      }
      var action = key.getAttribute("data-action");
      if (action === "done") {
        board.hidden = true;
        target.blur();
        return;
      }
      if (action === "backspace") {
        target.value = target.value.slice(0, -1);
      } else if (action === "clear") {
        target.value = "";
      } else if (!target.maxLength || target.maxLength < 0 || target.value.length < target.maxLength) {
        target.value += key.getAttribute("data-key");
      }
      target.dispatchEvent(new Event("input", { bubbles: true }));
      target.focus();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var mark = document.querySelector("[data-kiosk-idle]");
    var start = mark ? mark.getAttribute("data-kiosk-idle") : null;
    if (start) {
      var path = new URL(context || window.location.href, window.location.href).pathname || "/";
      document.cookie = COOKIE + "=" + start + "; path=" + path + "; SameSite=Lax";
    }
    var seconds = start ? parseInt(start, 10) : marked();
    if (!seconds) {
      return;
    }
    api.active = true;
    document.documentElement.classList.add("kiosk");
    // The way back to the start page sits in the header, where it covers nothing.
    var home = document.getElementById("kioskHome");
    var header = document.querySelector(".portal-header");
    if (home && header) {
      header.appendChild(home);
    }
    keyboard();
    ["pointerdown", "touchstart", "keydown", "input", "scroll"].forEach(function (type) {
      document.addEventListener(type, api.reset, { passive: true, capture: true });
    });
    api.setIdleSeconds(seconds);
  });
})();
