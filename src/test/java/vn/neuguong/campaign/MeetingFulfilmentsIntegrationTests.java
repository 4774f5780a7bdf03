package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/**
 * A held meeting with approved minutes ({@link MeetingHeld}) fulfils the host's conference obligation and each bridge
 * point ward's own, dated by the meeting day, on time or late by each line's due day; a ward not at a bridge point
 * and a line already done are left alone.
 */
@IntegrationTest
class MeetingFulfilmentsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Obligations obligations;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    CampaignFixtures fixtures;
    long hanoi;
    long dongDa;
    long vanMieu;
    long quocTuGiam;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        hanoi = fixtures.organization("Thành ủy Hà Nội");
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        quocTuGiam = fixtures.organization("Đảng ủy phường Quốc Tử Giám");
    }

    /** A 2023 campaign of the city on Đống Đa: the district's conference due 20/4, its wards' due 30/5. */
    Campaign campaign2023() {
        long document = fixtures.document(hanoi, "TU", LocalDate.of(2023, 3, 1), List.of());
        var draft = drafts.create(
                new CampaignForm(
                        "Chuyên đề năm 2023 thử nghiệm " + System.nanoTime(),
                        null,
                        document,
                        hanoi,
                        List.of(dongDa),
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31),
                        List.of(
                                line(ObligationKind.HOLD_CONFERENCE, AppliesTo.COMMITTEE, LocalDate.of(2023, 4, 20)),
                                line(
                                        ObligationKind.HOLD_CONFERENCE,
                                        AppliesTo.GRASSROOTS_COMMITTEE,
                                        LocalDate.of(2023, 5, 30))),
                        null),
                Scope.everything());
        drafts.launch(draft.id(), draft.version(), Scope.everything(), LocalDate.of(2023, 3, 2));
        return campaigns.get(draft.id(), Scope.everything());
    }

    Obligation obligation(long id) {
        return obligations.find(id, Scope.everything()).orElseThrow();
    }

    @Test
    void theConferenceFulfilsTheHostsAndEachBridgePointWardsObligationOnTheMeetingDay() {
        var campaign = campaign2023();
        long district = fixtures.obligation(campaign.id(), dongDa, ObligationKind.HOLD_CONFERENCE);
        long ward = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        long absent = fixtures.obligation(campaign.id(), quocTuGiam, ObligationKind.HOLD_CONFERENCE);
        var day = LocalDate.of(2023, 4, 25);

        transaction.executeWithoutResult(status -> events.publishEvent(new MeetingHeld(
                4242L,
                "Hội nghị học tập Chuyên đề năm 2023",
                day,
                dongDa,
                List.of(vanMieu),
                campaign.id(),
                null,
                ObligationKind.HOLD_CONFERENCE,
                "Nguyễn Văn Chủ trì")));

        var done = obligation(district);
        assertThat(done.fulfilledOn()).isEqualTo(day);
        assertThat(done.note()).contains("#4242").contains("Hội nghị học tập Chuyên đề năm 2023");
        assertThat(done.fulfilledBy()).isEqualTo("Nguyễn Văn Chủ trì");
        assertThat(done.status(LocalDate.of(2023, 12, 31))).isEqualTo(ObligationStatus.DONE_LATE);
        var wardDone = obligation(ward);
        assertThat(wardDone.fulfilledOn()).isEqualTo(day);
        assertThat(wardDone.status(LocalDate.of(2023, 12, 31))).isEqualTo(ObligationStatus.DONE_ON_TIME);
        assertThat(obligation(absent).fulfilledOn()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'Obligation' AND entity_id IN (:ids)"
                                + " AND after_value::text LIKE '%4242%'")
                        .param("ids", List.of(String.valueOf(district), String.valueOf(ward)))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aLineNamedByTheMeetingIsTheOnlyOneAnsweredAndADoneLineKeepsItsAct() {
        var campaign = campaign2023();
        var wardLine = campaigns.requirements(campaign.id()).stream()
                .filter(r -> r.appliesTo() == AppliesTo.GRASSROOTS_COMMITTEE)
                .findFirst()
                .orElseThrow();
        long district = fixtures.obligation(campaign.id(), dongDa, ObligationKind.HOLD_CONFERENCE);
        long ward = fixtures.obligation(campaign.id(), vanMieu, ObligationKind.HOLD_CONFERENCE);
        var first = new MeetingHeld(
                1,
                "Hội nghị phường",
                LocalDate.of(2023, 5, 2),
                vanMieu,
                List.of(),
                campaign.id(),
                wardLine.id(),
                ObligationKind.HOLD_CONFERENCE,
                "A");
        var again = new MeetingHeld(
                2,
                "Hội nghị quận",
                LocalDate.of(2023, 5, 9),
                dongDa,
                List.of(vanMieu),
                campaign.id(),
                wardLine.id(),
                ObligationKind.HOLD_CONFERENCE,
                "B");
        transaction.executeWithoutResult(status -> events.publishEvent(first));
        transaction.executeWithoutResult(status -> events.publishEvent(again));

        assertThat(obligation(ward).fulfilledOn()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(obligation(ward).fulfilledBy()).isEqualTo("A");
        assertThat(obligation(district).fulfilledOn()).isNull();
    }
}
