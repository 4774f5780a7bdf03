// The remote voter's ballot: the credential the browser made (ballot-credential.js) goes into the questionnaire's
// form, which posts to the session-less casting path. Without a credential the form is not sent.
for (const form of document.querySelectorAll("form[data-ballot-vote]")) {
  form.addEventListener("submit", (event) => {
    const field = form.querySelector("input[name=credential]");
    const made = document.querySelector("[data-credential-output]");
    if (!field.value && made && made.value) {
      field.value = made.value;
    }
    if (!field.value && made) {
      event.preventDefault();
      document.querySelector("[data-credential-start]")?.focus();
    }
  });
}
