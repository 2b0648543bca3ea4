package ru.nastavnik.pair;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.SchoolVersions;
import ru.nastavnik.common.MarkdownText;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.identity.AsSystem;
import ru.nastavnik.registry.MenteesEntered;
import ru.nastavnik.school.InstanceSchool;

/**
 * Each mentee entering the bank gets a {@code MentorApprovalDeadline} process (business key: the mentee's id) whose
 * timers warn the curator a week before the 30 days run out and give the director a decision when they have; it ends
 * when the order approving the mentor is signed. Started in the transaction that saved the mentee.
 */
@Component
public class MentorApprovalWatch {

    static final String PROCESS_KEY = "MentorApprovalDeadline";
    static final String APPROVED = "MentorApproved";

    private final RuntimeService runtime;
    private final SchoolVersions versions;
    private final IdentityService identity;
    private final WorkProgress progress;

    MentorApprovalWatch(RuntimeService runtime, SchoolVersions versions, IdentityService identity, WorkProgress progress) {
        this.runtime = runtime;
        this.versions = versions;
        this.identity = identity;
        this.progress = progress;
    }

    @EventListener
    void menteesEntered(MenteesEntered event) {
        AsSystem.run(identity, () -> progress.forEach("Ставим на контроль 30-дневный срок утверждения наставника",
                event.mentees(), mentee -> start(event.schoolId(), mentee)));
    }

    private void start(String schoolId, MenteesEntered.Entry mentee) {
        versions.start(PROCESS_KEY, mentee.menteeId(), schoolId, Map.of(
                InstanceSchool.START_VARIABLE, schoolId,
                PairVariables.MENTEE_ID, mentee.menteeId(),
                "menteeName", mentee.fullName(),
                // for the form's Markdown text: the name as typed, never as markup
                "menteeNameText", MarkdownText.escaped(mentee.fullName()),
                "workStartDate", RussianDates.format(mentee.workStartDate()),
                MentorApprovalCalendar.DUE_BY, mentee.mentorDueBy().toString(),
                "mentorDueByText", RussianDates.format(mentee.mentorDueBy())));
    }

    /** The mentee's mentor is approved (the order is signed): the watch ends, if there is one. */
    public void approved(String schoolId, String menteeId) {
        // by the instance, not by the business key: correlating by business key reads every watch waiting for the
        // message (one per mentee in the bank), 90 ms a mentee with 10,000 of them (docs/benchmarks.md, scenario 4)
        AsSystem.run(identity, () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .tenantIdIn(schoolId).processInstanceBusinessKey(menteeId).list()
                .forEach(watch -> runtime.createMessageCorrelation(APPROVED).processInstanceId(watch.getId())
                        .correlateAllWithResult()));
    }
}
