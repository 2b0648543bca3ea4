package ru.nastavnik.registry;

import java.time.LocalDate;

/**
 * A mentee waiting for a mentor, with the last day the mentor may be approved on ({@link MentorApproval}) and, when
 * the director allowed a later approval, the reason.
 */
public record WaitingMentee(String id, String fullName, String subject, LocalDate workStartDate, LocalDate mentorDueBy,
                            String lateApprovalReason, LocalDate mentorApprovedOn) {
}
