package vn.neuguong.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR codes (ZXing, error correction M) of an address: the meeting's check-in screen, the ballot slips. */
public final class QrImages {

    private QrImages() {}

    /** The QR image of {@code text}, about {@code size} pixels a side, with a quiet zone of {@code margin} modules. */
    public static BufferedImage image(String text, int size, int margin) {
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            size,
                            size,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    margin)));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same as a PNG. */
    public static byte[] png(String text, int size, int margin) {
        try {
            var out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image(text, size, margin), "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
