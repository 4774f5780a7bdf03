package vn.neuguong.portal;

import java.net.URI;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.FieldErrors;

/**
 * The rules of an item of public opinion, all checked at once: an opinion has a class and a channel, a distortion
 * has neither class nor comment, comes from ELSEWHERE and names its source; the organization is open and in the
 * caller's scope, the campaign one the caller reads, the comment one on an article in scope; texts are plain, an
 * address is http(s); the day it was heard is not in the future.
 */
@Component
class OpinionChecks {

    /** The input as it is kept. */
    record Checked(
            Opinion.Kind kind,
            Opinion.Classification classification,
            Opinion.Channel channel,
            Long campaignId,
            Long organizationId,
            Long commentId,
            String content,
            String sourceText,
            String sourceUrl,
            LocalDate heardOn,
            boolean needsAnswer,
            String answer) {}

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    OpinionChecks(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    Checked checked(OpinionInput.New in, Scope scope, LocalDate today) {
        var errors = new FieldErrors();
        var kind = in.kind() == null ? Opinion.Kind.OPINION : in.kind();
        var channel = in.channel();
        Long organization = in.organizationId();
        if (kind == Opinion.Kind.DISTORTION) {
            if (in.classification() != null) {
                errors.add("classification", "portal.opinion.distortion.noClass");
            }
            if (in.commentId() != null) {
                errors.add("commentId", "portal.opinion.distortion.noComment");
            }
            if (channel != null && channel != Opinion.Channel.ELSEWHERE) {
                errors.add("channel", "portal.opinion.distortion.elsewhere");
            }
            channel = Opinion.Channel.ELSEWHERE;
            if (blank(in.sourceText()) && blank(in.sourceUrl())) {
                errors.add("sourceText", "portal.opinion.distortion.source");
            }
        } else {
            if (in.classification() == null) {
                errors.add("classification", "validation.required");
            }
            if (in.commentId() != null) {
                if (channel != null && channel != Opinion.Channel.COMMENT) {
                    errors.add("channel", "portal.opinion.comment.channel");
                }
                channel = Opinion.Channel.COMMENT;
                Long commented = commentOrganization(in.commentId(), scope);
                if (commented == null) {
                    errors.add("commentId", "portal.opinion.comment.unknown");
                } else if (organization == null) {
                    organization = commented;
                }
            } else if (channel == null) {
                errors.add("channel", "validation.required");
            } else if (channel == Opinion.Channel.COMMENT) {
                errors.add("commentId", "validation.required");
            }
        }
        if (organization == null) {
            errors.add("organizationId", "validation.required");
        } else if (!inScope(organization, scope)) {
            errors.add("organizationId", "portal.opinion.organization.unknown");
        }
        if (in.campaignId() != null && campaigns.find(in.campaignId(), scope).isEmpty()) {
            errors.add("campaignId", "portal.opinion.campaign.unknown");
        }
        CommentText.require(errors, "content", in.content(), 4000);
        CommentText.optional(errors, "sourceText", in.sourceText(), 1000);
        CommentText.optional(errors, "sourceUrl", in.sourceUrl(), 1000);
        if (!blank(in.sourceUrl())
                && !errors.has("sourceUrl")
                && !web(in.sourceUrl().strip())) {
            errors.add("sourceUrl", "portal.opinion.sourceUrl.invalid");
        }
        CommentText.optional(errors, "answer", in.answer(), 4000);
        LocalDate heardOn = in.heardOn() == null ? today : in.heardOn();
        if (heardOn.isAfter(today)) {
            errors.add("heardOn", "portal.opinion.heardOn.future");
        }
        errors.throwIfAny();
        return new Checked(
                kind,
                kind == Opinion.Kind.OPINION ? in.classification() : null,
                channel,
                in.campaignId(),
                organization,
                in.commentId(),
                CommentText.kept(in.content()),
                CommentText.kept(in.sourceText()),
                CommentText.kept(in.sourceUrl()),
                heardOn,
                Boolean.TRUE.equals(in.needsAnswer()),
                CommentText.kept(in.answer()));
    }

    /** What the public form sends: an open organization, a class, a plain text; the captcha is taken apart. */
    Checked checkedPublic(OpinionInput.Public in, LocalDate today) {
        var errors = new FieldErrors();
        if (in.organizationId() == null) {
            errors.add("organizationId", "validation.required");
        } else if (!inScope(in.organizationId(), Scope.everything())) {
            errors.add("organizationId", "portal.opinion.organization.unknown");
        }
        if (in.classification() == null) {
            errors.add("classification", "validation.required");
        }
        CommentText.require(errors, "content", in.content(), 4000);
        if (blank(in.altcha())) {
            errors.add(Captcha.FIELD, "portal.captcha.required");
        }
        errors.throwIfAny();
        return new Checked(
                Opinion.Kind.OPINION,
                in.classification(),
                Opinion.Channel.PUBLIC_FORM,
                null,
                in.organizationId(),
                null,
                CommentText.kept(in.content()),
                null,
                null,
                today,
                true,
                null);
    }

    private boolean inScope(long organization, Scope scope) {
        return ArticleChecks.openInScope(jdbc, organization, scope);
    }

    /** The organization of the article a comment in scope is on; null for one outside or unknown. */
    private Long commentOrganization(long comment, Scope scope) {
        return jdbc.sql("SELECT a.organization_id FROM portal_comment c JOIN portal_article a ON a.id = c.article_id"
                        + " WHERE c.id = :id AND c.status <> 'REJECTED' AND "
                        + scope.coversOrganization("a.organization_id"))
                .param("id", comment)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static boolean web(String address) {
        try {
            var uri = new URI(address);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
