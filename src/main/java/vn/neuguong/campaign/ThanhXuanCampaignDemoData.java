package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * Article 002's campaign: Quận ủy Thanh Xuân carries out Kết luận 01-KL/TW of the Bộ Chính trị (18/5/2021) and holds
 * its interim review after three years, on 14/5/2024. The Thành ủy asks it (an owner never owes its own lines), so
 * the line is the district committee's; the report module's demo issues the review as a numbered report, which
 * fulfils it. A campaign already there is left alone.
 */
@Component
@Profile("seed")
@Order(62)
class ThanhXuanCampaignDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(ThanhXuanCampaignDemoData.class);
    static final String TITLE = "Thực hiện Kết luận 01-KL/TW của Bộ Chính trị trên địa bàn quận Thanh Xuân";

    private final JdbcClient jdbc;
    private final CampaignDrafts drafts;
    private final TransactionTemplate transaction;

    ThanhXuanCampaignDemoData(JdbcClient jdbc, CampaignDrafts drafts, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var city = jdbc.sql("SELECT " + TreeSql.openNamed("'Thành ủy Hà Nội'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .optional();
        var district = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Thanh Xuân'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .optional();
        var conclusion = jdbc.sql("SELECT d.id FROM " + DocumentSql.summaries() + " d WHERE d.number = '01-KL/TW'"
                        + " ORDER BY d.id LIMIT 1")
                .query(Long.class)
                .optional();
        if (city.isEmpty()
                || city.get() == null
                || district.isEmpty()
                || district.get() == null
                || conclusion.isEmpty()) {
            log.info("Campaign demo data: Quận ủy Thanh Xuân or 01-KL/TW is missing, {} is not created", TITLE);
            return;
        }
        transaction.executeWithoutResult(status -> {
            boolean exists = jdbc.sql("SELECT count(*) > 0 FROM campaign WHERE owner_id = :o AND title = :t")
                    .param("o", city.get())
                    .param("t", TITLE)
                    .query(Boolean.class)
                    .single();
            if (exists) {
                return;
            }
            var startsOn = LocalDate.of(2021, 6, 1);
            var campaign = drafts.create(
                    new CampaignForm(
                            TITLE,
                            "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Kết"
                                    + " luận 01-KL/TW trong Đảng bộ quận Thanh Xuân",
                            conclusion.get(),
                            city.get(),
                            List.of(district.get()),
                            startsOn,
                            LocalDate.of(2026, 5, 31),
                            List.of(new RequirementForm(
                                    ObligationKind.INTERIM_REVIEW,
                                    AppliesTo.COMMITTEE,
                                    LocalDate.of(2024, 5, 31),
                                    "Sơ kết 3 năm thực hiện Kết luận 01-KL/TW",
                                    null))),
                    Scope.everything());
            drafts.launch(campaign.id(), campaign.version(), Scope.everything(), startsOn);
            log.info("Campaign demo data: {} launched", TITLE);
        });
    }
}
