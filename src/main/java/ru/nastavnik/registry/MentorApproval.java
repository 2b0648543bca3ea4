package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.Optional;

import ru.nastavnik.common.RussianDates;

/**
 * The mentor is approved no later than 30 calendar days after the mentee actually started work (001, step 5).
 * A teacher who had been working longer when joining the bank cannot be served retroactively: for them the 30 days
 * run from the day they entered the bank. After the deadline a mentor may be proposed only when the director allowed
 * it, with a reason. The rule is about the first mentor after admission: a mentee whose earlier pair ended early and who
 * waits again had a mentor approved in time (the first approval date stays in the bank).
 */
public final class MentorApproval {

    public static final int DAYS = 30;

    private MentorApproval() {
    }

    public static LocalDate dueBy(LocalDate workStart, LocalDate enteredBank) {
        LocalDate from = enteredBank != null && workStart != null && enteredBank.isAfter(workStart) ? enteredBank : workStart;
        return from == null ? null : from.plusDays(DAYS);
    }

    /** The refusal in Russian when a mentor proposed today would be approved too late for this waiting mentee, or empty. */
    public static Optional<String> tooLate(WaitingMentee mentee, LocalDate today) {
        return mentee.mentorApprovedOn() != null ? Optional.empty()
                : tooLate(mentee.fullName(), mentee.mentorDueBy(), mentee.lateApprovalReason(), today);
    }

    static Optional<String> tooLate(Mentee mentee, LocalDate approvalDay) {
        return mentee.mentorApprovedOn() != null ? Optional.empty()
                : tooLate(mentee.fullName(), mentee.mentorDueBy(), mentee.lateApprovalReason(), approvalDay);
    }

    /** The refusal in Russian when a mentor would be approved too late for this mentee, or empty. */
    private static Optional<String> tooLate(String fullName, LocalDate dueBy, String lateApprovalReason, LocalDate approvalDay) {
        if (dueBy == null || !approvalDay.isAfter(dueBy) || (lateApprovalReason != null && !lateApprovalReason.isBlank())) {
            return Optional.empty();
        }
        return Optional.of("Наставника для " + fullName + " нужно было утвердить не позднее " + RussianDates.format(dueBy)
                + " (30 календарных дней со дня допуска к работе). Назначить наставника теперь можно только с разрешения "
                + "директора: задача «Наставник не утверждён в срок» в списке задач директора.");
    }
}
