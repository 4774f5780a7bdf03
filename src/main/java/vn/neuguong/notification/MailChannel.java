package vn.neuguong.notification;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail through the configured SMTP server. Without {@code spring.mail.host} Spring Boot creates no
 * mail sender, and the channel reports itself unavailable: notices stay in-app only.
 */
@Component
class MailChannel {

    private final JavaMailSender sender;
    private final NotificationProperties.Mail properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender.getIfAvailable();
        this.properties = properties.mail();
    }

    boolean available() {
        return sender != null && properties.enabled();
    }

    /** An absolute link for an e-mail, from a path inside the application. */
    String absolute(String link) {
        if (link == null || link.isBlank() || !link.startsWith("/")) {
            return link;
        }
        String base = properties.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + link;
    }

    void send(String to, String recipientName, String subject, String text) {
        if (!available()) {
            throw new IllegalStateException("E-mail is not configured");
        }
        sender.send(message -> {
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(address(to, recipientName));
            helper.setSubject(subject);
            helper.setText(text);
        });
    }

    private static InternetAddress address(String email, String name) {
        try {
            return new InternetAddress(email, name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
