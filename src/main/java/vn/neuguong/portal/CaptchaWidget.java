package vn.neuguong.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the pages hand the ALTCHA widget ({@code @captchaWidget} in a template): its texts in the reader's language,
 * as the JSON of its {@code strings} attribute.
 */
@Component("captchaWidget")
class CaptchaWidget {

    private static final String[] KEYS = {
        "ariaLinkLabel",
        "error",
        "expired",
        "footer",
        "label",
        "verificationRequired",
        "verified",
        "verifying",
        "waitAlert"
    };

    private final MessageSource messages;
    private final JsonMapper json;

    CaptchaWidget(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public String strings(Locale locale) {
        var strings = new LinkedHashMap<String, String>();
        for (String key : KEYS) {
            strings.put(key, messages.getMessage("portal.captcha.widget." + key, null, locale));
        }
        return json.writeValueAsString(strings);
    }
}
