// The slip's QR code opens /ballot/<round>#c=<code>: the fragment never leaves the browser, so the code lands in no
// proxy's or server's access log. This script moves it into the short-code form, takes it off the address bar and
// history, and posts the form, which opens the questionnaire.
const form = document.querySelector("form[data-ballot-slip]");
const match = /^#c=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
if (form && match) {
  history.replaceState(null, "", window.location.pathname + window.location.search);
  form.querySelector("input[name=c]").value = match[1];
  form.submit();
}
