package vn.neuguong.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.neuguong.account.Accounts.MailRecipient;

/**
 * Writes e-mails from the plain-text Thymeleaf templates in {@code templates/notification/mail/}, in the recipient's
 * language. The engine is this class's own (text mode), not a bean, so the pages' engine stays as Spring Boot
 * configures it.
 */
@Component
class MailTexts {

    /** An e-mail ready to send. */
    record Mail(String subject, String text) {}

    /** One line of a digest: the name of the notice's kind and its words, in the recipient's language. */
    record DigestLine(String kindName, String title, String body) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final MailChannel mail;

    MailTexts(MessageSource messages, MailChannel mail) {
        this.messages = messages;
        this.mail = mail;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/notification/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    static Locale localeOf(MailRecipient recipient) {
        return Locale.forLanguageTag(recipient.language() == null ? "vi" : recipient.language());
    }

    /** One notice, its title in the subject. */
    Mail notice(MailRecipient recipient, NoticeTexts.Told notice, String link) {
        Locale locale = localeOf(recipient);
        String text = render(
                "notice",
                locale,
                Map.of(
                        "recipient", recipient,
                        "notice", notice,
                        "link", link == null || link.isBlank() ? "" : mail.absolute(link)));
        return new Mail(subject(notice.title(), locale), text.replace("\n\n\n", "\n\n"));
    }

    /** The day's unread notices in one e-mail. */
    Mail digest(MailRecipient recipient, List<DigestLine> notices) {
        Locale locale = localeOf(recipient);
        String text = render(
                "digest",
                locale,
                Map.of("recipient", recipient, "notices", notices, "inbox", mail.absolute("/notifications")));
        String what = messages.getMessage("notification.digest.subject", new Object[] {notices.size()}, locale);
        return new Mail(subject(what, locale), text);
    }

    private String subject(String what, Locale locale) {
        return messages.getMessage("notification.mail.subject", new Object[] {what}, locale);
    }

    private String render(String template, Locale locale, Map<String, Object> variables) {
        var context = new Context(locale);
        context.setVariables(variables);
        context.setVariable("preferences", mail.absolute("/notifications/preferences"));
        return engine.process(template, context);
    }
}
