package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The rotating check-in code: good for its 30-second step and the next, stale after, bound to its meeting. */
class QrCodesTests {

    static final Instant SHOWN = Instant.parse("2024-04-25T01:00:05Z");
    static final String SECRET = "shared-by-every-node";

    static QrCodes at(Instant instant) {
        return new QrCodes(SECRET, Clock.fixed(instant, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void aCodeIsValidNowAndThirtySecondsOnButStaleAfterSixty() {
        String code = at(SHOWN).current(7);
        assertThat(at(SHOWN).check(7, code)).isEqualTo(QrCodes.Check.VALID);
        assertThat(at(SHOWN.plusSeconds(30)).check(7, code)).isEqualTo(QrCodes.Check.VALID);
        assertThat(at(SHOWN.plusSeconds(60)).check(7, code)).isEqualTo(QrCodes.Check.STALE);
        assertThat(at(SHOWN.plusSeconds(30)).current(7)).isNotEqualTo(code);
    }

    @Test
    void anotherMeetingsCodeOrAnotherSecretOrGarbageIsForeign() {
        String code = at(SHOWN).current(7);
        assertThat(at(SHOWN).check(8, code)).isEqualTo(QrCodes.Check.FOREIGN);
        var otherNode = new QrCodes("another-secret", Clock.fixed(SHOWN, ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(otherNode.check(7, code)).isEqualTo(QrCodes.Check.FOREIGN);
        assertThat(at(SHOWN).check(7, "garbage")).isEqualTo(QrCodes.Check.FOREIGN);
        assertThat(at(SHOWN).check(7, ".")).isEqualTo(QrCodes.Check.FOREIGN);
        assertThat(at(SHOWN).check(7, null)).isEqualTo(QrCodes.Check.FOREIGN);
    }

    @Test
    void twoNodesWithTheSameSecretAgree() {
        var a = at(SHOWN);
        var b = at(SHOWN);
        assertThat(b.check(7, a.current(7))).isEqualTo(QrCodes.Check.VALID);
        assertThat(a.secondsLeft()).isEqualTo(25);
    }

    @Test
    void theImageReadsBackAsTheAddress() throws Exception {
        String url =
                "http://127.0.0.1:8080/meetings/7/check-in?code=" + at(SHOWN).current(7);
        var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, 360)));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }
}
