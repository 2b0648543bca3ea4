package ru.nastavnik.pair;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.CompletedBy;
import ru.nastavnik.identity.Role;
import ru.nastavnik.identity.SignedInPerson;
import ru.nastavnik.school.InstanceSchool;

/**
 * Whose step of a pair a consent or a feedback is, decided by the process, never by what a request could set: the
 * pair's mentor, or the mentee of this instance of the mentees' multi-instance sub-process (its element variable, which
 * no form may post). A person with a login answers in their own task list (the curator may enter a paper answer for
 * them and is recorded as who entered it); for a person without a login only the curator (or the administrator, or
 * the system) enters it. On completion {@link CheckStepPersonListener} checks that the task's assignee is still that person.
 */
@Component
class StepPerson {

    private final PairPeople people;
    private final SignedInPerson signedIn;
    private final IdentityService identity;
    private final Clock clock;

    StepPerson(PairPeople people, SignedInPerson signedIn, IdentityService identity, Clock clock) {
        this.people = people;
        this.signedIn = signedIn;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * The pair, the kind of person (the recording service task's {@code participant}), the person, and who entered the
     * answer when.
     */
    record Whose(Pair pair, PersonKind kind, String personId, String recordedBy, LocalDateTime recordedAt) {
    }

    Whose of(DelegateExecution step) {
        Pair pair = Pair.of(step.getVariable(PairVariables.PAIR));
        PersonKind kind = StepProperties.participant(step);
        List<String> persons = personsOf(pair, kind);
        String person = personOf(step, pair, kind);
        boolean byStaff = identity.getCurrentAuthentication() == null || signedIn.hasRole(Role.CURATOR)
                || signedIn.isAdministrator();
        if (!persons.contains(person) || people.linkedLogin(InstanceSchool.of(step), kind, person).isEmpty() && !byStaff) {
            throw Refused.form(List.of("Эту задачу выполняет сам участник пары в своём "
                    + "списке задач; за участника без учётной записи (ответ на бумаге) её заполняет куратор."));
        }
        return new Whose(pair, kind, person, CompletedBy.of(identity), LocalDateTime.now(clock));
    }

    /**
     * On completing a consent or feedback task: refused when its assignee is another person of the pair than the one
     * the process made the step for, so that a variable changed behind the form cannot move the answer to someone else.
     */
    void checkAssignee(DelegateTask task) {
        Pair pair = Pair.of(task.getVariable(PairVariables.PAIR));
        PersonKind kind = StepProperties.participant(task);
        String person = personOf(task, pair, kind);
        String assignee = task.getAssignee();
        String schoolId = InstanceSchool.of(task);
        for (String other : personsOf(pair, kind)) {
            if (assignee != null && !other.equals(person) && people.linkedLogin(schoolId, kind, other).filter(assignee::equals).isPresent()) {
                throw Refused.form(List.of("Задача назначена другому участнику пары, чем тот, для кого она создана; "
                        + "обновите список задач."));
            }
        }
    }

    private static List<String> personsOf(Pair pair, PersonKind kind) {
        return kind == PersonKind.MENTOR ? List.of(pair.mentorId()) : pair.menteeIds();
    }

    private static String personOf(VariableScope step, Pair pair, PersonKind kind) {
        return kind == PersonKind.MENTOR ? pair.mentorId() : (String) step.getVariable(PairVariables.MENTEE_ID);
    }
}
