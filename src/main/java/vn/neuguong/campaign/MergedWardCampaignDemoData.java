package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.neuguong.DemoDataRunner;

/**
 * Long Biên's 2026 round, the same as its 2024 one ({@link LongBienCampaignDemoData}) a year after the wards Bồ Đề
 * and Ngọc Lâm merged (that part runs before this one), so today's board shows the new ward Bồ Đề with the cells of
 * both, and its staff have overdue lines on their home page. The round and its figures are the demo's.
 */
@Component
@Profile("seed")
@Order(110)
class MergedWardCampaignDemoData implements DemoDataRunner {

    static final String TITLE = "Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức của người đứng đầu năm 2026";

    private final LongBienCampaignDemoData rounds;

    MergedWardCampaignDemoData(LongBienCampaignDemoData rounds) {
        this.rounds = rounds;
    }

    @Override
    public void run(ApplicationArguments args) {
        rounds.round(
                TITLE,
                LocalDate.of(2026, 3, 2),
                List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 10, 30)));
    }
}
