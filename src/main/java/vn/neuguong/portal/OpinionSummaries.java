package vn.neuguong.portal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/** The weekly summary of a campaign's public opinion (docs/DESIGN.md glossary: dư luận xã hội). */
@Service
class OpinionSummaries {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final JdbcClient jdbc;
    private final Opinions opinions;
    private final Campaigns campaigns;

    OpinionSummaries(JdbcClient jdbc, Opinions opinions, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.opinions = opinions;
        this.campaigns = campaigns;
    }

    /** The ISO week of a day, written as the summary takes it ("2024-W50"). */
    static String weekOf(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of an ISO week "2024-W50"; 400 naming {@code week} for anything else. */
    static LocalDate monday(String week) {
        var matcher = week == null ? null : WEEK.matcher(week.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("week", "portal.opinion.week.invalid");
        }
        int year = Integer.parseInt(matcher.group(1));
        int number = Integer.parseInt(matcher.group(2));
        var first = LocalDate.of(year, 1, 4);
        if (number < 1
                || number > first.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidInputException("week", "portal.opinion.week.invalid");
        }
        return first.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    @Transactional(readOnly = true)
    OpinionSummary summary(long campaignId, String week, Scope scope) {
        var campaign =
                campaigns.find(campaignId, scope).orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        var from = monday(week);
        var to = from.plusDays(6);
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("campaign", campaignId);
        parameters.put("from", from);
        parameters.put("to", to);
        String inScope = "p.campaign_id = :campaign AND " + scope.coversOrganization("p.organization_id");
        var counts = jdbc.sql("SELECT p.class, count(*) FROM portal_opinion p WHERE " + inScope
                        + " AND p.kind = 'OPINION' AND p.heard_on BETWEEN :from AND :to GROUP BY p.class")
                .params(parameters)
                .query((rs, n) ->
                        new OpinionSummary.ClassCount(Opinion.Classification.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        var byClass = Arrays.stream(Opinion.Classification.values())
                .map(c -> new OpinionSummary.ClassCount(
                        c,
                        counts.stream()
                                .filter(x -> x.classification() == c)
                                .mapToLong(OpinionSummary.ClassCount::count)
                                .sum()))
                .toList();
        var distortions = opinions.query(
                inScope + " AND p.kind = 'DISTORTION' AND p.heard_on BETWEEN :from AND :to ORDER BY p.heard_on, p.id",
                parameters);
        var toAnswer = opinions.query(
                inScope + " AND p.needs_answer AND p.answer IS NULL AND p.heard_on <= :to ORDER BY p.heard_on, p.id",
                parameters);
        var answered = opinions.query(
                inScope + " AND p.answer IS NOT NULL AND p.answered_at >= CAST(:from AS date)"
                        + " AND p.answered_at < CAST(:to AS date) + 1 ORDER BY p.answered_at, p.id",
                parameters);
        return new OpinionSummary(
                campaignId,
                campaign.title(),
                weekOf(from),
                from,
                to,
                byClass.stream().mapToLong(OpinionSummary.ClassCount::count).sum(),
                byClass,
                distortions.size(),
                distortions,
                toAnswer,
                answered);
    }
}
