package vn.neuguong.portal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the captcha's challenges to the widget of the public forms, without signing in. */
@RestController
class CaptchaController {

    private final Captcha captcha;

    CaptchaController(Captcha captcha) {
        this.captcha = captcha;
    }

    @GetMapping("/portal/captcha/challenge")
    ResponseEntity<CaptchaChallenge> challenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(captcha.challenge());
    }
}
