package ru.nastavnik.registry;

import java.time.LocalDate;

/** A mentee of the bank, with the pair they are in (if any). */
public record Mentee(String id, String fullName, String email, String phone, Integer birthYear, String mainRequest,
                     String subject, LocalDate workStartDate, Integer experienceYears, LocalDate entryDate,
                     MenteeStatus status, String mentorId, String mentoringForm, String mentorWorkplace,
                     LocalDate endDate, String results, String caseLink, boolean completed, String userId,
                     LocalDate mentorApprovedOn, String lateApprovalReason) {

    /** The last day the mentor may be approved on (see {@link MentorApproval}). */
    public LocalDate mentorDueBy() {
        return MentorApproval.dueBy(workStartDate, entryDate);
    }
}
