package vn.neuguong.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When notifications are delivered ({@code neuguong.notifications.*}) and how e-mail is sent
 * ({@code neuguong.mail.*}). E-mail also needs {@code spring.mail.host}; without it only in-app notices are kept.
 */
@ConfigurationProperties("neuguong")
public record NotificationProperties(
        @DefaultValue Schedule notifications, @DefaultValue Mail mail) {

    /**
     * @param dispatchInterval pause between two runs of the e-mail dispatcher
     * @param digestCron when the daily digest goes out (Spring cron, six fields; "-" switches it off)
     * @param zone the time zone of the cron and of the digest's day
     * @param batchSize notices claimed by one dispatcher transaction
     * @param maxAge a notice older than this is no longer e-mailed (e.g. after e-mail was down for days)
     */
    public record Schedule(
            @DefaultValue("1m") Duration dispatchInterval,
            @DefaultValue("0 0 6 * * *") String digestCron,
            @DefaultValue("Asia/Ho_Chi_Minh") String zone,
            @DefaultValue("50") int batchSize,
            @DefaultValue("2d") Duration maxAge) {}

    /**
     * @param enabled false keeps every notice in-app only, even with a mail server configured
     * @param from the sender address of every e-mail
     * @param baseUrl the address of the application, to turn notice links into absolute links in e-mails
     */
    public record Mail(
            @DefaultValue("true") boolean enabled,

            @DefaultValue("Nêu Gương <no-reply@neuguong.local>")
            String from,

            @DefaultValue("http://localhost:8080") String baseUrl) {}
}
