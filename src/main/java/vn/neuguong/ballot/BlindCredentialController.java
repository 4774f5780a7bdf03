package vn.neuguong.ballot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;

/**
 * What {@code ballot-credential.js} calls from a signed-in voter's page (session and CSRF, not the bearer API): the
 * round's public key, and the blind signature of the voter's one credential.
 */
@RestController
@RequestMapping("/ballot-rounds/{id:\\d+}")
class BlindCredentialController {

    /** The round's public key, as WebCrypto imports it (JWK) and as DER SubjectPublicKeyInfo. */
    record CredentialKey(long roundId, String variant, RoundKey.Jwk jwk, String spki) {}

    /** A blinded message: the modulus' length of bytes, unpadded base64url. */
    record BlindedMessage(
            @NotBlank(message = "validation.required") @Size(max = 2048, message = "validation.tooLong")
            String blindedMessage) {}

    record BlindSignature(String blindSignature) {}

    private final BlindCredentials credentials;

    BlindCredentialController(BlindCredentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping("/credential-key")
    ResponseEntity<CredentialKey> key(@PathVariable long id) {
        var key = credentials.publicKey(id);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(new CredentialKey(id, BlindSignatures.VARIANT, key.jwk(), key.spki()));
    }

    @PostMapping("/credential")
    ResponseEntity<BlindSignature> issue(
            @PathVariable long id,
            @AuthenticationPrincipal ActorPrincipal principal,
            @Valid @RequestBody BlindedMessage body) {
        byte[] signature = credentials.issue(id, principal.actor(), body.blindedMessage());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new BlindSignature(Base64.getUrlEncoder().withoutPadding().encodeToString(signature)));
    }
}
