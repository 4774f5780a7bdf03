package vn.neuguong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser's session against the application: its own {@code SESSION} cookie, form sign-in with the CSRF token
 * of the login page, and the pages it reads as Jsoup documents. Redirects are followed by hand, keeping the cookie.
 * Each session comes from an address of its own, as the proxy in front of the application tells it
 * ({@code X-Forwarded-For}; the bench runs the application with {@code neuguong.security.behind-proxy=true}), so the
 * login throttle, which lets one address sign in one attempt at a time, sees a phone per member.
 */
final class BenchSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final URI base;
    private final String address;
    private volatile String cookie;

    BenchSession(HttpClient http, URI base, int number) {
        this.http = http;
        this.base = base;
        this.address = "10.20." + (number / 250) + "." + (number % 250 + 1);
    }

    /** A page as the browser lands on it, after the redirects. */
    record Page(int status, URI uri, Document document) {}

    /** Signs in through the login form; fails unless the application lets the account in. */
    void signIn(String username, String password) {
        var login = get(base.resolve("/login")).join();
        var fields = hiddenInputs(login.document().selectFirst("form[action$=/login]"));
        fields.put("username", username);
        fields.put("password", password);
        var answer = post(login.uri().resolve("/login"), fields).join();
        if (answer.uri().getPath().equals("/login") || answer.status() >= 400) {
            throw new IllegalStateException(
                    username + " could not sign in (" + answer.status() + ", " + answer.uri() + ")");
        }
    }

    /** The session cookie ({@code SESSION=...}) once signed in, for requests timed without parsing the answer. */
    String cookie() {
        return cookie;
    }

    CompletableFuture<Page> get(URI uri) {
        return send(request(uri).GET().build(), 0);
    }

    CompletableFuture<Page> post(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                request(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                0);
    }

    /** Every hidden input of the form, by name, in the form's order; empty without a form. */
    static Map<String, String> hiddenInputs(Element form) {
        var fields = new LinkedHashMap<String, String>();
        if (form != null) {
            for (var input : form.select("input[type=hidden][name]")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        return fields;
    }

    private HttpRequest.Builder request(URI uri) {
        var builder = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept-Language", "vi")
                .header("X-Forwarded-For", address);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private CompletableFuture<Page> send(HttpRequest request, int hops) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenCompose(response -> {
                    response.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith("SESSION="))
                            .findFirst()
                            .ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
                    var location = response.headers().firstValue("Location");
                    if (response.statusCode() / 100 == 3 && location.isPresent() && hops < 5) {
                        return send(
                                request(request.uri().resolve(location.get()))
                                        .GET()
                                        .build(),
                                hops + 1);
                    }
                    var uri = request.uri();
                    return CompletableFuture.completedFuture(
                            new Page(response.statusCode(), uri, Jsoup.parse(response.body(), uri.toString())));
                });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
