package vn.neuguong.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A standing period as a form or a JSON body gives it. The rules that depend on the kind (an exemption needs its
 * reason and the date of the cell's decision, a temporary activity its host cell) are checked by
 * {@link MemberStandings}, which names the field. Serializable: a form sent back with errors waits in the session.
 */
public record MemberStandingInput(
        @NotNull(message = "validation.required") MemberStanding.Kind kind,
        MemberStanding.Reason reason,
        Long hostCellId,
        @Size(max = 100, message = "validation.tooLong") String decisionNo,
        @DateTimeFormat(iso = ISO.DATE) LocalDate decisionOn,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
        LocalDate startsOn,

        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
        @Size(max = 500, message = "validation.tooLong") String note)
        implements Serializable {}
