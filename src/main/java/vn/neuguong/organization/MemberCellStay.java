package vn.neuguong.organization;

import java.time.LocalDate;

/** One stay of a member in a cell; the current one has no {@code leftOn}. */
public record MemberCellStay(long cellId, String cellName, LocalDate joinedOn, LocalDate leftOn, String note) {}
