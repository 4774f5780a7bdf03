// The voter's half of a remote ballot credential (RFC 9474 blind RSA signatures, RSABSSA-SHA384-PSS-Randomized):
// the browser draws a random credential, blinds it with the round's public key, sends only the blinded message to
// be signed (with the page's CSRF token), unblinds the signature and checks it. The server never sees the
// credential, so the credential cast later cannot be tied to the voter who received it.
import { RSABSSA } from "./vendor/blindrsa.0.4.4.js";

const CREDENTIAL_BYTES = 32;

function base64url(bytes) {
  let text = "";
  bytes.forEach((byte) => {
    text += String.fromCharCode(byte);
  });
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function failure(response) {
  try {
    const problem = await response.json();
    return new Error(problem.detail || problem.title || String(response.status));
  } catch {
    return new Error(String(response.status));
  }
}

/**
 * Obtains one credential of a round: the text "<prepared message>.<signature>" (unpadded base64url) that casting
 * takes. keyUrl answers the round's key ({jwk}), issueUrl signs {blindedMessage} and answers {blindSignature}.
 */
export async function obtainCredential({ keyUrl, issueUrl, csrfHeader, csrfToken }) {
  const keyResponse = await fetch(keyUrl, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!keyResponse.ok) {
    throw await failure(keyResponse);
  }
  const { jwk } = await keyResponse.json();
  const publicKey = await crypto.subtle.importKey("jwk", jwk, { name: "RSA-PSS", hash: "SHA-384" }, true, ["verify"]);
  const suite = RSABSSA.SHA384.PSS.Randomized();
  const credential = crypto.getRandomValues(new Uint8Array(CREDENTIAL_BYTES));
  const prepared = suite.prepare(credential);
  const { blindedMsg, inv } = await suite.blind(publicKey, prepared);
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (csrfHeader && csrfToken) {
    headers[csrfHeader] = csrfToken;
  }
  const issueResponse = await fetch(issueUrl, {
    method: "POST",
    credentials: "same-origin",
    headers,
    body: JSON.stringify({ blindedMessage: base64url(blindedMsg) }),
  });
  if (!issueResponse.ok) {
    throw await failure(issueResponse);
  }
  const { blindSignature } = await issueResponse.json();
  // finalize checks the unblinded signature with the round's key, so a wrong answer never becomes a credential.
  const signature = await suite.finalize(publicKey, prepared, fromBase64url(blindSignature), inv);
  return `${base64url(prepared)}.${base64url(signature)}`;
}

function storageKey(section) {
  return `ballot-credential:${section.dataset.round}`;
}

function show(section, credential) {
  const output = section.querySelector("[data-credential-output]");
  output.value = credential;
  output.hidden = false;
  section.querySelector("[data-credential-label]").hidden = false;
  section.querySelector("[data-credential-start]").hidden = true;
  section.dataset.credentialState = "ready";
}

function say(section, text, state) {
  const status = section.querySelector("[data-credential-status]");
  status.textContent = text;
  status.hidden = false;
  status.className = state === "failed" ? "error" : "notice";
  section.dataset.credentialState = state;
}

function wire(section) {
  const status = section.querySelector("[data-credential-status]");
  const kept = sessionStorage.getItem(storageKey(section));
  if (kept) {
    show(section, kept);
    say(section, status.dataset.ready, "ready");
    return;
  }
  const start = section.querySelector("[data-credential-start]");
  start.addEventListener("click", async () => {
    start.disabled = true;
    say(section, status.dataset.working, "working");
    try {
      const credential = await obtainCredential({
        keyUrl: section.dataset.keyUrl,
        issueUrl: section.dataset.issueUrl,
        csrfHeader: document.querySelector("meta[name=_csrf_header]")?.content,
        csrfToken: document.querySelector("meta[name=_csrf]")?.content,
      });
      sessionStorage.setItem(storageKey(section), credential);
      show(section, credential);
      say(section, status.dataset.ready, "ready");
    } catch (error) {
      say(section, `${status.dataset.failed} ${error.message}`, "failed");
      start.disabled = false;
    }
  });
}

document.querySelectorAll("[data-ballot-credential]").forEach(wire);
