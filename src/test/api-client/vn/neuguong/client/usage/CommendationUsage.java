package vn.neuguong.client.usage;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import vn.neuguong.client.ApiClient;
import vn.neuguong.client.ApiException;
import vn.neuguong.client.api.CommendationsApi;
import vn.neuguong.client.model.CommendationDecision;
import vn.neuguong.client.model.CommendationDecisionInput;
import vn.neuguong.client.model.CommendationRound;
import vn.neuguong.client.model.CommendationRoundInput;
import vn.neuguong.client.model.Nomination;
import vn.neuguong.client.model.NominationDecisionStep;
import vn.neuguong.client.model.NominationInput;
import vn.neuguong.client.model.NominationStepInput;
import vn.neuguong.client.model.NomineeKind;

/**
 * A round of commendation as a client uses it: opened, a member nominated by his cell, approved by the ward and the
 * district, awarded in a decision, its certificate downloaded and its code read.
 */
final class CommendationUsage {

    private CommendationUsage() {}

    static String run(ApiClient client, long campaignId, long districtId, long wardId, long cellId, long memberId)
            throws ApiException {
        var commendations = new CommendationsApi(client);
        CommendationRound round = commendations.createCommendationRound(new CommendationRoundInput()
                .campaignId(campaignId)
                .organizationId(districtId)
                .title("Khen thưởng thực hiện Chuyên đề năm 2023")
                .closesOn(LocalDate.now().plusMonths(1)));
        Nomination nomination = commendations.proposeNomination(new NominationInput()
                .roundId(round.getId())
                .nominatedById(cellId)
                .nomineeKind(NomineeKind.MEMBER)
                .memberId(memberId)
                .formCode("CERTIFICATE_OF_MERIT")
                .achievement("Gương mẫu đi đầu")
                .exemplary(true));
        for (long level : List.of(wardId, districtId)) {
            nomination = commendations.actOnNomination(
                    nomination.getId(),
                    "\"" + nomination.getVersion() + "\"",
                    new NominationStepInput().organizationId(level).verdict(NominationDecisionStep.APPROVE));
        }
        round = commendations.getCommendationRound(round.getId());
        CommendationDecision decision = commendations.decideCommendationRound(
                round.getId(),
                "\"" + round.getVersion() + "\"",
                new CommendationDecisionInput().issuedOn(LocalDate.now()).nominationIds(List.of(nomination.getId())));
        File certificates = commendations.printCommendationCertificates(decision.getId());
        Nomination awarded = commendations.getNomination(nomination.getId());
        return decision.getNumber() + awarded.getCode() + awarded.getStatus() + certificates.length()
                + commendations.listAwardForms().get(0).getLevels();
    }
}
