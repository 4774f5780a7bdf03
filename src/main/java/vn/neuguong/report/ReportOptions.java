package vn.neuguong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Campaign;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PageRequest;

/** What the report pages offer to choose: the organizations a person reports for, the periods of a template. */
@Component
@Transactional(readOnly = true)
class ReportOptions {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    ReportOptions(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** The open committees the scope covers, which ask for reports and review campaigns; the first thousand. */
    List<Choice> committees(Scope scope) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.open("o")
                        + " WHERE o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND " + scope.covers("o.path")
                        + " ORDER BY o.path LIMIT 1000")
                .query((rs, n) -> new Choice(rs.getString("id"), rs.getString("label")))
                .list();
    }

    /** The launched campaigns the scope reads, newest first; the first hundred. */
    List<Choice> campaigns(Scope scope) {
        return campaigns.list(scope, PageRequest.first(100)).items().stream()
                .filter(c -> c.status() == Campaign.Status.LAUNCHED)
                .map(c -> new Choice(String.valueOf(c.id()), c.title()))
                .toList();
    }

    record Choice(String value, String label) {}

    /**
     * The open organizations the scope covers that report by the template: the asking committee, and for a
     * campaign's template the organizations owing its periodic reports and their parents inside the committee's
     * subtree, for a template of its own the committee's children.
     */
    List<Choice> organizations(ReportTemplate template, Scope scope) {
        var parameters = new HashMap<String, Object>();
        parameters.put("committee", template.organizationId());
        parameters.put("campaign", template.campaignId());
        String owing = "SELECT owing.organization_id FROM ("
                + CampaignSql.periodicReportsOwed("CAST(:campaign AS bigint)") + ") owing";
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS label FROM " + TreeSql.open("o")
                        + " WHERE " + scope.covers("o.path") + " AND " + TreeSql.within("o.id", ":committee")
                        + " AND (o.id = :committee OR (CAST(:campaign AS bigint) IS NULL AND o.parent_id = :committee)"
                        + " OR o.id IN (" + owing + ")"
                        + " OR o.id IN (SELECT p.parent_id FROM " + TreeSql.open("p") + " WHERE p.id IN (" + owing
                        + "))) ORDER BY o.path")
                .params(parameters)
                .query((rs, n) -> new Choice(rs.getString("id"), rs.getString("label")))
                .list();
    }

    /**
     * The template's periods that have begun, newest first: those of its campaign (up to the campaign's end), or
     * those of the last two years.
     */
    List<Choice> periods(ReportTemplate template, LocalDate today, Locale locale) {
        var span = jdbc.sql("SELECT " + CampaignSql.startsOn(":c") + " AS starts_on, " + CampaignSql.endsOn(":c")
                        + " AS ends_on")
                .param("c", template.campaignId())
                .query((rs, n) -> new LocalDate[] {
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)
                })
                .single();
        var earliest = span[0] != null ? span[0] : today.minusYears(2);
        var latest = span[1] != null && span[1].isBefore(today) ? span[1] : today;
        var start = latest.withDayOfMonth(1);
        while (!template.period().startsOn(start)) {
            start = start.minusMonths(1);
        }
        var periods = new ArrayList<Choice>();
        for (var day = start; !template.period().endOf(day).isBefore(earliest); day = previous(template, day)) {
            periods.add(new Choice(day.toString(), template.period().label(day, locale)));
        }
        return periods;
    }

    private static LocalDate previous(ReportTemplate template, LocalDate start) {
        var day = start.minusMonths(1);
        while (!template.period().startsOn(day)) {
            day = day.minusMonths(1);
        }
        return day;
    }
}
