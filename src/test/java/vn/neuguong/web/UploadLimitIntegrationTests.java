package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload over the limit, through the real servlet container (the limit is enforced while the container reads
 * the request, which a mock request never does): 413 with a problem naming the file field, nothing attached.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=1MB"})
@ActiveProfiles({"test", "seed"})
class UploadLimitIntegrationTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadOverTheLimitAnswers413NamingTheFileAndAttachesNothing() throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String loginPage =
                http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=dongda.tuyengiao&password=" + URLEncoder.encode("NeuGuong@2024", StandardCharsets.UTF_8)
                + "&_csrf=" + csrf(loginPage);
        var signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        String token = csrf(http.send(get("/dashboard"), HttpResponse.BodyHandlers.ofString())
                .body());
        long documentId = jdbc.sql("SELECT id FROM document WHERE number_text = '347-KH/QU'")
                .query(Long.class)
                .single();
        long attachments = attachments(documentId);

        byte[] big = new byte[200 * 1024];
        Arrays.fill(big, (byte) 'a');
        String boundary = "----neuguong";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(big);
        body.write(tail);
        var answer = http.send(
                HttpRequest.newBuilder(uri("/api/v1/documents/" + documentId + "/attachments"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", token)
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"file\"").contains("64 KB");
        assertThat(attachments(documentId)).isEqualTo(attachments);
    }

    private long attachments(long documentId) {
        return jdbc.sql("SELECT count(*) FROM document_attachment WHERE document_id = :id")
                .param("id", documentId)
                .query(Long.class)
                .single();
    }

    private static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
